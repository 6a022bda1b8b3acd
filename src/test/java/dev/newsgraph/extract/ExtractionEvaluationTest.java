package dev.newsgraph.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression floor on the hand-annotated development set (see {@link ExtractionEvaluation}; its main prints the
 * figures and every error). The floors sit a little under the measured figures, so a change that loses quality fails.
 */
class ExtractionEvaluationTest {

    private static final ExtractionEvaluation.Scores SCORES = ExtractionEvaluation.evaluate(new ArticleExtractor());

    @Test
    void everyArticleIsFound() {
        assertTrue(SCORES.articlesFound.value() == 1.0, SCORES::report);
    }

    @Test
    void entitiesAreFoundWithFewFalseAlarms() {
        assertTrue(SCORES.people.f1() >= 0.90, SCORES::report);
        assertTrue(SCORES.organizations.f1() >= 0.85, SCORES::report);
        assertTrue(SCORES.places.f1() >= 0.88, SCORES::report);
    }

    @Test
    void quotesGoToTheirSpeakers() {
        assertTrue(SCORES.quoteAttribution.value() >= 0.90, SCORES::report);
    }

    @Test
    void incidentsHaveTheirPlaceAndFigures() {
        assertTrue(SCORES.incidentPlace.value() >= 0.75, SCORES::report);
        assertTrue(SCORES.incidentKilled.value() >= 0.85, SCORES::report);
        assertTrue(SCORES.incidentInjured.value() >= 0.85, SCORES::report);
    }
}
