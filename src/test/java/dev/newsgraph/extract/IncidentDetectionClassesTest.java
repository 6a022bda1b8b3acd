package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.best;
import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whether a sentence tells of one more incident of the story, on invented copy: a sentence dated to another month
 * ("In March, two peacekeepers were shot ... in Y") tells of the past, background to the story, even when it opens on
 * "Also in"; one that says it tells of another incident elsewhere ("Also in Colombia, ...") starts one; what the story
 * of a court's ruling tells of its case (the arrest of the accused, the crime) is no incident; an incident placed
 * nowhere yet takes its place up past a reporter's line.
 */
class IncidentDetectionClassesTest {

    @Test
    void anIncidentOfAnotherMonthAfterTheStoryIsBackground() {
        ArticleInput a = only("""
                Six Police Officers Killed in Northern Mali

                Gunmen killed six police officers at a checkpoint near the town of Kidal on Tuesday, officials said.

                The attackers fled on motorbikes toward the border with Niger, the officials said.

                Security forces in the region have come under repeated attack.

                In February, four soldiers were killed in an ambush near Gao, in eastern Mali.
                """);
        assertEquals(1, a.incidents().size(), a.incidents()::toString);
        assertEquals(6, best(a.incidents().get(0), FigureKind.KILLED), a.incidents()::toString);
    }

    @Test
    void alsoInAMonthIsTheStorysPastNotAnotherItem() {
        ArticleInput a = only("""
                Four Men Found Shot Dead in Honduran Town

                The bodies of four men have been found on a road outside the town of Olanchito.

                Police say the men had been shot several times.

                The killings are the latest sign of a feud between two gangs in the north of the country.

                Earlier in September, a mayor was shot dead in the port of La Ceiba.

                Also in September a bomb was thrown into a bar in Tocoa, killing three people and injuring at least 11.
                """);
        assertTrue(a.incidents().stream().noneMatch(i -> "Tocoa".equals(i.place())), a.incidents()::toString);
    }

    @Test
    void alsoInAPlaceOnABriefsPageIsAnotherItem() {
        ArticleInput a = only("""
                News Briefs for Monday, June 3, 2013

                This is the news. Parliament in Lisbon has passed a new budget after a week of debate.

                A bus plunged into a ravine in the Andes on Sunday. Police said 14 people were killed in the crash near Cusco.

                Also in Peru, nine miners were killed when a gallery collapsed near the town of Puno.
                """);
        assertTrue(a.incidents().stream().anyMatch(i -> "Puno".equals(i.place())
                && Integer.valueOf(9).equals(best(i, FigureKind.KILLED))), a.incidents()::toString);
    }

    @Test
    void aSecondIncidentTakesItsPlaceUpPastAReportersLine() {
        ArticleInput a = only("""
                Truck Bomb Kills 9 in Kandahar

                Afghan officials say a truck bomb has killed nine people and wounded 20 in the southern city of Kandahar. And NATO is investigating an air strike that killed 11 civilians on Tuesday. VOA's John Doe reports from Kabul.

                NATO says the air strike targeted a Taliban commander in the Sangin district of Helmand province, acting on intelligence reports.

                A NATO spokesman expressed regret at the deaths of civilians.
                """);
        assertTrue(a.incidents().stream().anyMatch(i -> i.place() != null && i.place().startsWith("Sang")
                && Integer.valueOf(11).equals(best(i, FigureKind.KILLED))), a.incidents()::toString);
    }

    @Test
    void whatARulingsStoryTellsOfTheCaseIsNoIncident() {
        ArticleInput a = only("""
                Kenyan Court Jails Three Militants for Mall Plot

                A Kenyan court has sentenced three members of a militant group to 20 years in prison each for plotting attacks in Nairobi.

                The three were arrested in a raid on a house in Mombasa, where police seized explosives and two rifles.

                Their arrest came weeks after gunmen stormed a bus station in Garissa, killing 14 people, an attack the group claimed.

                Defense lawyers said they would appeal.
                """);
        assertTrue(a.incidents().isEmpty(), a.incidents()::toString);
    }
}
