package dev.newsgraph.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression floors (see {@link ExtractionEvaluation}; its main prints the figures and every error by class): on the
 * invented evaluation set, and on the development split of the real-copy corpus. The floors sit a little under the
 * measured figures, so a change that loses quality fails. The held-out split has no floor: it is only measured. The dev
 * split grows by each unseen batch once it has been measured; the last (batch K, 368 to 394: a quake toll that rises,
 * a hospital air strike with the charity's toll against the military's statement, kidnappings in three towns in one
 * item, clashes told only by the two sides' opposing figures, a press conference of two leaders, an election, Wikinews
 * stories republished on blogs' listing pages, a mobile page without its title, a VOA text one paragraph a line) joined
 * at the start of round 18, at people 0.956, organizations 0.927, places 0.960, quotes 224/225 with the right speaker
 * 207/224, incidents 190/275, events 96/113 (the incident-sentence and speaker models retrained on the grown split).
 * Round 18 made a named country's forces that act an organization in the gold (as the acceptance graph has them) and
 * raised people to 0.980, organizations to 0.937, places to 0.963, the right speaker to 212/224 and incidents to
 * 199/275; the floors sit just under those.
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
        assertTrue(DEV.people.f1() >= 0.975, DEV::corpusReport);
        assertTrue(DEV.organizations.f1() >= 0.93, DEV::corpusReport);
        assertTrue(DEV.places.f1() >= 0.96, DEV::corpusReport);
    }

    @Test
    void realCopyQuotesAndIncidentsHoldTheirFloor() {
        assertTrue(DEV.quotesFound.value() >= 0.97, DEV::corpusReport);
        assertTrue(DEV.quoteSpeaker.value() >= 0.94, DEV::corpusReport);
        assertTrue(DEV.incidentExact.value() >= 0.72, DEV::corpusReport);
    }

    @Test
    void realCopyEventsHoldTheirFloor() {
        assertTrue(DEV.eventsFound.value() >= 0.84, DEV::corpusReport);
    }
}
