package dev.newsgraph.domain;

import jakarta.persistence.Entity;

@Entity
public class ArticleFeed extends IdentityEntity {
    public Long articleId;
    public Long feedId;

    public static ArticleFeed of(long articleId, long feedId) {
        ArticleFeed link = new ArticleFeed();
        link.articleId = articleId;
        link.feedId = feedId;
        return link;
    }
}
