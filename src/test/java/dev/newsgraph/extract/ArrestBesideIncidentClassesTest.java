package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.domain.IncidentType;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.IncidentInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Arrests told beside a story's other incident, on invented copy: arrests told as done (looting after a quake, leaders
 * detained after deadly protests, arrests counted as a noun at a rally) are an incident of their own; arrests of the
 * story's own attacker, awaited arrests, prisoners named by a participle ("release detained fighters"), a sweep across
 * the country and the main incident's own arrests told again are not.
 */
class ArrestBesideIncidentClassesTest {

    private static List<IncidentInput> arrests(ArticleInput a) {
        return a.incidents().stream().filter(i -> i.type() == IncidentType.ARREST).toList();
    }

    @Test
    void lootersArrestedAfterAQuakeAreAnIncident() {
        ArticleInput a = only("""
                Quake Toll in Southern Chile Rises to 40

                Forty people are confirmed dead after Sunday's earthquake in the Chilean city of Concepcion, officials said.

                Rescue teams are still searching collapsed apartment blocks.

                The police chief said four people have been arrested for looting shops.
                """);
        assertEquals(1, arrests(a).size(), a.incidents()::toString);
        assertEquals("Concepción", arrests(a).get(0).place());
        assertTrue(a.incidents().stream().anyMatch(i -> i.type() == IncidentType.OTHER), a.incidents()::toString);
    }

    @Test
    void leadersDetainedAfterDeadlyProtestsAreAnIncident() {
        ArticleInput a = only("""
                At Least 9 Dead in Protests in Gabon

                At least nine people have been killed in clashes between police and opposition protesters in Libreville.

                Witnesses said police fired live rounds at crowds marching on the presidential palace.

                Authorities responded by detaining several opposition leaders.
                """);
        assertEquals(1, arrests(a).size(), a.incidents()::toString);
    }

    @Test
    void arrestsCountedAsANounAtARallyAreAnIncident() {
        ArticleInput a = only("""
                Opposition supporters have taken to the streets of Lusaka to protest against the closure of two newspapers.

                The protests started Friday on the streets of Lusaka, where marchers waved banners and sang.

                At least twelve arrests took place, witnesses said.
                """);
        assertEquals(1, arrests(a).size(), a.incidents()::toString);
        assertEquals(12, arrests(a).get(0).figures().stream().filter(f -> f.kind() == FigureKind.ARRESTED)
                .findFirst().orElseThrow().value());
    }

    @Test
    void theAttackersArrestAndAwaitedArrestsAreNoIncident() {
        ArticleInput a = only("""
                Gunman Kills 5 at College in Western Canada

                A gunman killed five people at a college in the city of Kamloops on Tuesday, police said.

                Police said they arrested the gunman after a two-hour standoff. A second man was detained near the scene.

                Families of the victims say they will not rest until those responsible for the security failures are arrested.

                Armed men elsewhere have demanded that the government release detained fighters.
                """);
        assertTrue(arrests(a).isEmpty(), a.incidents()::toString);
    }

    @Test
    void theMainIncidentsOwnArrestsToldAgainAreNoSecondIncident() {
        ArticleInput a = only("""
                One Suspect Shot, 4 Arrested; Kenyan Police Seize Bomb Materials in Mombasa

                Kenyan police say they seized bomb-making materials in the coastal city of Mombasa, shooting one suspect and arresting four others.

                Four men accused of building explosive devices have been arrested in a joint operation in Kenya.
                """);
        assertTrue(arrests(a).stream().noneMatch(i -> "Kenya".equals(i.place())), a.incidents()::toString);
    }
}
