package dev.newsgraph.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
public class Article extends IdentityEntity {
    public String headline;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> paragraphs;
    public LocalDate publishedOn;
    @Enumerated(EnumType.STRING)
    public DateBasis dateBasis;
    public String dateEvidence;
    /** Earliest possible publication date when the date itself is unknown. */
    public LocalDate notBefore;
    public Long datelineId;
    public Long sourceId;
    /** SHA-256 of the normalised headline and body: the same story from two feeds is one article. */
    @Column(columnDefinition = "char(64)")
    public String contentHash;
    public OffsetDateTime ingestedAt;
    @Enumerated(EnumType.STRING)
    public HeadlineBasis headlineBasis;
    /** The byline's writer: not a person the article is about. */
    public String author;
    /** The publisher's identifier of the item (GUID, NewsML guid, URL): a re-delivery is the same article. */
    public String externalId;
    /** The publisher's version of the item; a higher one replaces the stored content. */
    public Integer version;
    public String url;
}
