package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Incidents a story tells of only as background, on invented wire-style copy: a court's ruling whose lead names the
 * attack behind the case ("sentenced ... for a bombing last year that killed 9") reports the case, not the attack.
 */
class BackgroundIncidentClassesTest {

    @Test
    void theAttackBehindACourtRulingIsNoIncidentOfTheStory() {
        ArticleInput a = only("""
                Mali Court Sentences Two Men to Death Over Hotel Bombing

                BAMAKO, Mali — A court in Mali has sentenced two men to death for planning a suicide bombing last year that killed nine people at a hotel in Bamako.

                The court, sitting behind closed doors, also sentenced a third man to 20 years in prison.

                Defense lawyers said they would appeal the verdict.
                """);
        assertTrue(a.incidents().isEmpty(), a.incidents()::toString);
    }
}
