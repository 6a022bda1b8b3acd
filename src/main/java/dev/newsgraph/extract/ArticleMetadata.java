package dev.newsgraph.extract;

import dev.newsgraph.domain.HeadlineBasis;

import java.time.LocalDate;
import java.util.List;

/**
 * What is known about an article besides its text: from the copy's own lines (dateline, byline, "Published" line)
 * or from the format that delivered it (a feed item's date, provider, author, GUID). Any field may be null.
 *
 * @param datelinePlace the place the story is filed from, as printed ("KYIV", "Gaza City")
 * @param datelineRegion the country or state printed after it ("Ukraine" in "KYIV, Ukraine (AP) —")
 * @param agency the agency the story comes from, as printed ("Reuters", "AP")
 * @param dateEvidence the words that gave {@code publishedOn}
 * @param externalId the identifier its publisher gave the item (GUID, NewsML guid, URL)
 * @param version the publisher's version of that item, when it numbers them
 */
public record ArticleMetadata(HeadlineBasis headlineBasis, String datelinePlace, String datelineRegion, String agency,
                              String author, LocalDate publishedOn, String dateEvidence, String externalId,
                              Integer version, String url, List<String> subjects) {

    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null, null, null, null, null, null,
            null, List.of());

    public ArticleMetadata {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }

    /** This metadata with every unknown field taken from {@code fallback}. */
    public ArticleMetadata orElse(ArticleMetadata fallback) {
        boolean ownDate = publishedOn != null;
        return new ArticleMetadata(first(headlineBasis, fallback.headlineBasis),
                datelinePlace != null ? datelinePlace : fallback.datelinePlace,
                datelinePlace != null ? datelineRegion : fallback.datelineRegion,
                first(agency, fallback.agency), first(author, fallback.author),
                ownDate ? publishedOn : fallback.publishedOn, ownDate ? dateEvidence : fallback.dateEvidence,
                first(externalId, fallback.externalId), first(version, fallback.version), first(url, fallback.url),
                subjects.isEmpty() ? fallback.subjects : subjects);
    }

    private static <T> T first(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
