package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A denied event is no incident ("denied that troops shelled the town"), but a denial of one's part in an event
 * ("denied any involvement in a raid ...", "an attack the Taliban denied carrying out", "denies responsibility") says
 * who did not do it, not that it did not happen: the incident stands with its place and toll.
 */
class DeniedRoleClassesTest {

    @Test
    void aGroupDenyingItsPartLeavesTheIncident() {
        ArticleInput raid = only("""
                Gunmen Kill Eight in Attack on Village in Central Nigeria

                Gunmen killed eight people in an attack on a village near the central city of Jos on Sunday, police said.

                In a separate incident, a herders' group denied any involvement in a raid on the town of Bokkos in which gunmen killed six farmers on Saturday.
                """);
        assertTrue(has(raid, "Bokkos", 6), raid.incidents()::toString);
        ArticleInput bomb = only("""
                Car Bomb Kills 11 at Checkpoint in Southern Afghanistan

                Officials in southern Afghanistan say a car bomb has killed 11 policemen at a checkpoint in Kandahar province.

                Elsewhere, a roadside bomb killed four soldiers in the western province of Herat, an attack the Taliban denied carrying out.
                """);
        assertTrue(has(bomb, "Herat", 4), bomb.incidents()::toString);
    }

    private static boolean has(ArticleInput a, String place, int killed) {
        return a.incidents().stream().anyMatch(i -> place.equals(i.place())
                && i.figures().stream().anyMatch(f -> f.kind() == FigureKind.KILLED && f.value() == killed));
    }
}
