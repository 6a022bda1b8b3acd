package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A story's second incident is told in a province, and the sentence after a word on its victims or its source says
 * where in it it was ("A spokesman told VOA that women and children were among the victims. He said insurgents had
 * planted the bomb in the X district"): the incident is there, as when the very next sentence says so.
 */
class PlaceTakenUpLaterClassesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kandahar|Maiwand",
            "Helmand|Nad Ali",
    })
    void theSecondIncidentIsWhereTheSentenceAfterTheAsideSays(String province, String district) {
        ArticleInput a = only("""
                Gunmen Storm Police Headquarters in Eastern Afghanistan

                Afghan officials say an attack on a police headquarters in eastern Afghanistan has killed at least nine people.

                Officials said the attackers targeted the police headquarters in Gardez, the capital of Paktia province.

                Meanwhile, in southern %s province, officials said a roadside bomb on Monday killed at least seven passengers and wounded 20 others.

                A provincial spokesman told VOA that women and children were among the victims. He said insurgents had planted the bomb in the %s district to target a police patrol.
                """.formatted(province, district));
        assertTrue(a.incidents().stream().anyMatch(i -> i.place() != null && plain(i.place()).startsWith(plain(district))
                && i.figures().stream().anyMatch(f -> f.kind() == FigureKind.KILLED && f.value() == 7)), a.incidents()::toString);
    }

    /** The place's letters without their accents ("Nād ‘Alī" is "NadAli"). */
    private static String plain(String place) {
        return java.text.Normalizer.normalize(place, java.text.Normalizer.Form.NFD).replaceAll("[^\\p{L}]", "");
    }
}
