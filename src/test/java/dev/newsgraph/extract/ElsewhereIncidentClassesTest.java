package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.IncidentInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sentence that says it tells of another incident ("Elsewhere, ...", "In a separate attack, ...") and puts it where
 * neither the main incident nor the one told of last happened starts an incident of its own there: its toll is not
 * more figures of the incident told of last, however alike the sentences before it read.
 */
class ElsewhereIncidentClassesTest {

    @Test
    void anotherIncidentSomewhereElseIsItsOwn() {
        ArticleInput briefs = only("""
                Roadside Bomb Kills Two Soldiers in Eastern Afghanistan

                Officials in eastern Afghanistan say a roadside bomb has killed two soldiers and wounded five others in Paktika province.

                Earlier Monday, the coalition said 40 insurgents have been killed in two battles in western Farah province in recent days.

                Elsewhere, gunmen attacked a police checkpoint in the southern city of Kandahar, prompting a firefight that left three attackers dead.
                """);
        IncidentInput kandahar = at(briefs, "Kandahar");
        assertEquals(List.of(3), killed(kandahar), kandahar::toString);
        IncidentInput farah = at(briefs, "Farah");
        assertEquals(List.of(40), killed(farah), farah::toString);
    }

    @Test
    void anotherIncidentInAnotherCityIsItsOwn() {
        ArticleInput day = only("""
                Car Bomb Kills 12 in Northern Iraq

                Iraqi police say a car bomb exploded near a market in the northern city of Kirkuk, killing at least 12 people.

                Earlier, the U.S. military said its troops killed six militants in a raid near Fallujah.

                Elsewhere, insurgents ambushed a police patrol in the northern city of Mosul, sparking a gunbattle that left five gunmen dead.
                """);
        IncidentInput mosul = at(day, "Mosul");
        assertEquals(List.of(5), killed(mosul), mosul::toString);
        assertTrue(killed(at(day, "Fallujah")).stream().noneMatch(k -> k == 5), day::toString);
    }

    private static IncidentInput at(ArticleInput a, String place) {
        return a.incidents().stream().filter(i -> i.place() != null && java.text.Normalizer.normalize(i.place(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").contains(place)).findFirst()
                .orElseThrow(() -> new AssertionError("no incident at " + place + ": " + a.incidents()));
    }

    private static List<Integer> killed(IncidentInput i) {
        return i.figures().stream().filter(f -> f.kind() == FigureKind.KILLED).map(f -> f.value()).toList();
    }
}
