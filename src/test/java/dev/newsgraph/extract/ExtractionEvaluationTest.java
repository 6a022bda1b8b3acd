package dev.newsgraph.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression floors (see {@link ExtractionEvaluation}; its main prints the figures and every error by class): on the
 * invented evaluation set, and on the development split of the real-copy corpus. The floors sit a little under the
 * measured figures, so a change that loses quality fails. The held-out split has no floor: it is only measured. The dev
 * split grows by each unseen batch once it has been measured; the last (batch N, 449 to 475: clashes told by both
 * sides, a mall attack with hostages, a rebel assault on a capital, a roadside bombing, a grenade attack on a bar,
 * protests with clashes, troops firing on protesters after a prison break, an earthquake and a cyclone with tolls from
 * several sources, a trial, visits, summits and an election day, in shapes such as a VOA page with a closed comments
 * box and another story's box, a newscast page and a mobile Wikinews page with its "Sources" list) joined at the start
 * of round 21, at people 0.975, organizations 0.932, places 0.958, quotes 277/279 with the right speaker 266/277,
 * incidents 244/322, events 120/157 (the incident-sentence model retrained on the grown split); the floors sit just
 * under those.
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
        assertTrue(DEV.people.f1() >= 0.973, DEV::corpusReport);
        assertTrue(DEV.organizations.f1() >= 0.937, DEV::corpusReport);
        assertTrue(DEV.places.f1() >= 0.959, DEV::corpusReport);
    }

    @Test
    void realCopyQuotesAndIncidentsHoldTheirFloor() {
        assertTrue(DEV.quotesFound.value() >= 0.985, DEV::corpusReport);
        assertTrue(DEV.quoteSpeaker.value() >= 0.965, DEV::corpusReport);
        assertTrue(DEV.incidentExact.value() >= 0.765, DEV::corpusReport);
    }

    @Test
    void realCopyEventsHoldTheirFloor() {
        assertTrue(DEV.eventsFound.value() >= 0.768, DEV::corpusReport);
    }
}
