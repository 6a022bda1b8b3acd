package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.IncidentInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.newsgraph.extract.InventedCopy.only;

/**
 * Tolls told with an adverb on either side of the auxiliary ("one civilian also was killed", "were slightly injured",
 * "was critically wounded") and as part of a body's own people ("three of its peacekeepers", "five of their
 * soldiers"), but not as a part of the dead ("two of the dead were children" is a sub-count); and a separate group told
 * after the main toll ("six policemen were killed ..., one civilian also was killed"), which is no part of a story
 * total even when the two groups sum to another incident's toll plus one.
 */
class TollAdverbAndGroupClassesTest {

    private final FigureParser parser = new FigureParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Residents said at least one farmer also was killed in the raid.|KILLED|1",
            "Four shoppers reportedly were killed when the roof fell.|KILLED|4",
            "Two of its engineers were seriously injured in the ambush, the company said.|INJURED|2",
            "The mission says five of its soldiers were killed near the border.|KILLED|5",
            "Eleven pilgrims were critically wounded, a hospital official said.|INJURED|11",
            "The ministry said three of their officers were slightly hurt.|INJURED|3",
    })
    void tollsWithAdverbsAndABodysOwnPeopleAreRead(String sentence, FigureKind kind, int value) {
        List<FigureParser.Figure> figs = parser.figures(sentence);
        assertTrue(figs.stream().anyMatch(f -> f.kind() == kind && f.value() == value), () -> sentence + " -> " + figs);
    }

    @Test
    void aPartOfTheDeadIsNoTollOfItsOwn() {
        assertTrue(parser.figures("Two of the dead were children, officials said.").isEmpty());
    }

    @Test
    void aGroupToldAfterTheMainTollIsNoPartOfAStoryTotal() {
        ArticleInput a = only("""
                Eight Die in Guinea Unrest

                Residents report more fighting in Guinea's capital between soldiers and supporters of the opposition.

                The interior ministry said at least seven soldiers were killed in Conakry on Thursday. Several army trucks were burned.

                Residents said at least one student also was killed.

                Similar clashes in Conakry on Wednesday left six people dead.
                """);
        IncidentInput main = a.incidents().get(0);
        List<Integer> killed = main.figures().stream().filter(f -> f.kind() == FigureKind.KILLED).map(f -> f.value()).toList();
        assertTrue(killed.contains(7) && killed.contains(1), a.incidents()::toString);
        assertEquals("Conakry", main.place(), a.incidents()::toString);
    }
}
