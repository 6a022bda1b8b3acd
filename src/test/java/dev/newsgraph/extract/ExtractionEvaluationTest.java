package dev.newsgraph.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression floors (see {@link ExtractionEvaluation}; its main prints the figures and every error by class): on the
 * invented evaluation set, and on the development split of the real-copy corpus. The floors sit a little under the
 * measured figures, so a change that loses quality fails. The held-out split has no floor: it is only measured. The dev
 * split grows by each unseen batch once it has been measured; the last (batch M, 422 to 448: kidnapped U.N. workers
 * released with a clash in the same town, two earthquakes whose tolls rise, a rally bombing, arrests during a strike
 * counted differently by the opposition and the police, a helicopter downing claimed and denied, a market shooting, a
 * bus bombing, an election night, speeches and protests, in shapes such as VOA copy on language-service, video and
 * republishing sites and Wikinews pages with a results box) joined at the start of round 20, at people 0.976,
 * organizations 0.933, places 0.960, quotes 263/265 with the right speaker 247/263, incidents 218/306, events 111/141
 * (the incident-sentence model retrained on the grown split). Round 20 raised people to 0.977, organizations to
 * 0.941, places to 0.961, the right speaker to 254/263 and incidents to 235/306; the floors sit just under those.
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
        assertTrue(DEV.people.f1() >= 0.974, DEV::corpusReport);
        assertTrue(DEV.organizations.f1() >= 0.938, DEV::corpusReport);
        assertTrue(DEV.places.f1() >= 0.959, DEV::corpusReport);
    }

    @Test
    void realCopyQuotesAndIncidentsHoldTheirFloor() {
        assertTrue(DEV.quotesFound.value() >= 0.985, DEV::corpusReport);
        assertTrue(DEV.quoteSpeaker.value() >= 0.955, DEV::corpusReport);
        assertTrue(DEV.incidentExact.value() >= 0.765, DEV::corpusReport);
    }

    @Test
    void realCopyEventsHoldTheirFloor() {
        assertTrue(DEV.eventsFound.value() >= 0.785, DEV::corpusReport);
    }
}
