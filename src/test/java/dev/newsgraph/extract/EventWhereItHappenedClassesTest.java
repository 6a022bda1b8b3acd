package dev.newsgraph.extract;

import dev.newsgraph.domain.EventKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.EventInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where an event took place when its own phrase names no place, on invented copy without a dateline: a visit "to the
 * country" (the story's country), a speech someone went to a city to give, a protest told by its crowd's verb and a
 * place ("women demonstrated in Abobo"), and a nationwide strike (the story's country).
 */
class EventWhereItHappenedClassesTest {

    private static EventInput event(ArticleInput a, EventKind kind) {
        return a.events().stream().filter(e -> e.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + ": " + a.events()));
    }

    @Test
    void aVisitToTheCountryIsAVisitToTheStorysCountry() {
        ArticleInput a = only("""
                Fighting Flares in Northern Peru

                Peruvian troops clashed with rebels near the town of Tocache in Peru on Monday, officials said.

                U.N. envoy Maria Lindqvist called for an end to the fighting in Peru during her visit to the country last week.
                """);
        assertEquals("Peru", event(a, EventKind.VISIT).place(), a.events()::toString);
    }

    @Test
    void aSpeechSomeoneWentToACityToGiveWasGivenThere() {
        ArticleInput a = only("""
                Governor Says Farewell

                Governor Ana Ruiz said she is proud of her record. Ruiz flew back to Porto Alegre, Brazil to deliver her farewell speech on Tuesday.
                """);
        assertEquals("Porto Alegre", event(a, EventKind.SPEECH).place(), a.events()::toString);
    }

    @Test
    void aCrowdThatDemonstratedAtAPlaceProtestedThere() {
        ArticleInput a = only("""
                Police Fire Tear Gas at Teachers

                Police in Bolivia fired tear gas at a protest calling for higher wages, witnesses said.

                The clashes began on Wednesday as hundreds of teachers and parents demonstrated in Cochabamba, the country's third largest city.
                """);
        assertEquals("Cochabamba", event(a, EventKind.PROTEST).place(), a.events()::toString);
    }

    @Test
    void aNationwideStrikeIsInTheStorysCountry() {
        ArticleInput a = only("""
                Kenyan Opposition Says Dozens Arrested

                The opposition party says dozens of its supporters have been arrested by police in Kenya since the party called a national strike over the disputed results.
                """);
        assertEquals("Kenya", event(a, EventKind.PROTEST).place(), a.events()::toString);
    }
}
