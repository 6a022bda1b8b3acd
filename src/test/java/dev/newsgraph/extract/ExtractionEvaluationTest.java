package dev.newsgraph.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression floors (see {@link ExtractionEvaluation}; its main prints the figures and every error by class): on the
 * invented evaluation set, and on the development split of the real-copy corpus. The floors sit a little under the
 * measured figures, so a change that loses quality fails. The held-out split has no floor: it is only measured. The dev
 * split grows by each unseen batch once it has been measured; with the last (133 to 140: a protest death, a drone strike
 * told with counter-claims, an election, an indictment) the floors sit just under the figures of the grown split
 * (people 0.967, organizations 0.911, places 0.926, incidents 74/97, events 31/42): the new copy is harder, no figure
 * fell on the articles measured before.
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
        assertTrue(DEV.people.f1() >= 0.965, DEV::corpusReport);
        assertTrue(DEV.organizations.f1() >= 0.905, DEV::corpusReport);
        assertTrue(DEV.places.f1() >= 0.925, DEV::corpusReport);
    }

    @Test
    void realCopyQuotesAndIncidentsHoldTheirFloor() {
        assertTrue(DEV.quotesFound.value() >= 0.97, DEV::corpusReport);
        assertTrue(DEV.quoteSpeaker.value() >= 0.97, DEV::corpusReport);
        assertTrue(DEV.incidentExact.value() >= 0.79, DEV::corpusReport);
    }

    @Test
    void realCopyEventsHoldTheirFloor() {
        assertTrue(DEV.eventsFound.value() >= 0.78, DEV::corpusReport);
    }
}
