package dev.newsgraph.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression floors (see {@link ExtractionEvaluation}; its main prints the figures and every error by class): on the
 * invented evaluation set, and on the development split of the real-copy corpus. The floors sit a little under the
 * measured figures, so a change that loses quality fails. The held-out split has no floor: it is only measured. The dev
 * split grows by each unseen batch once it has been measured; the last (batch I, 311 to 337: a base bombing told
 * with bombings in two other provinces, a prison van ambush, a tornado and an earthquake with rising tolls, an outpost
 * clash with separate tolls, two drone strikes, a cross-border shelling, feed-page items pasted with the feed's header,
 * a print view, a blog's and a teaser site's republished copies, a ReliefWeb entry without a headline) joined at the
 * start of round 16, at people 0.976, organizations 0.931, places 0.947 (0.969 once the places of a feed's standing
 * self-description left the gold), quotes 187/188 with the right speaker 176/187, incidents 168/237, events 87/94.
 * Round 16's fixes raised them (people 0.985, organizations 0.948, places 0.973, the right speaker 181/187, incidents
 * 172/237, events 89/94); the floors sit just under those.
 */
class ExtractionEvaluationTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
    private static final ExtractionEvaluation.Scores SCORES = ExtractionEvaluation.evaluate(EXTRACTOR);
    private static final ExtractionEvaluation.Scores DEV = ExtractionEvaluation.evaluateCorpus(EXTRACTOR, "dev");

    @Test
    void everyArticleIsFound() {
        assertTrue(SCORES.articlesFound.value() == 1.0, SCORES::report);
    }

    @Test
    void entitiesAreFoundWithFewFalseAlarms() {
        assertTrue(SCORES.people.f1() >= 0.95, SCORES::report);
        assertTrue(SCORES.organizations.f1() >= 0.88, SCORES::report);
        assertTrue(SCORES.places.f1() >= 0.95, SCORES::report);
    }

    @Test
    void quotesGoToTheirSpeakers() {
        assertTrue(SCORES.quoteAttribution.value() >= 0.95, SCORES::report);
    }

    @Test
    void incidentsHaveTheirPlaceAndFigures() {
        assertTrue(SCORES.incidentPlace.value() >= 0.85, SCORES::report);
        assertTrue(SCORES.incidentKilled.value() >= 0.95, SCORES::report);
        assertTrue(SCORES.incidentInjured.value() >= 0.95, SCORES::report);
    }

    @Test
    void realCopyEntitiesHoldTheirFloor() {
        assertTrue(DEV.people.f1() >= 0.98, DEV::corpusReport);
        assertTrue(DEV.organizations.f1() >= 0.94, DEV::corpusReport);
        assertTrue(DEV.places.f1() >= 0.965, DEV::corpusReport);
    }

    @Test
    void realCopyQuotesAndIncidentsHoldTheirFloor() {
        assertTrue(DEV.quotesFound.value() >= 0.97, DEV::corpusReport);
        assertTrue(DEV.quoteSpeaker.value() >= 0.96, DEV::corpusReport);
        assertTrue(DEV.incidentExact.value() >= 0.72, DEV::corpusReport);
    }

    @Test
    void realCopyEventsHoldTheirFloor() {
        assertTrue(DEV.eventsFound.value() >= 0.94, DEV::corpusReport);
    }
}
