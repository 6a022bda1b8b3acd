package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.best;
import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A story of several incidents whose lead gives their total ("killed in three attacks", "died across Sudan"), on
 * invented copy: the total is no incident's toll; a share given with its place ("at least 12 people have been killed,
 * including seven in the city of Omdurman") is that place's toll; the incidents are the ones told place by place.
 */
class StoryTotalClassesTest {

    @Test
    void theShareOfAPlaceIsItsTollAndTheTotalNoIncidents() {
        ArticleInput protests = only("""
                Security Forces Kill at Least 12 Protesters in Sudan

                Several people died across Sudan on Thursday as security forces fired on protesters demanding civilian rule.

                Medics say at least 12 people have been killed, including seven people in the city of Omdurman, quoting witnesses.

                A teenage boy was shot dead in the eastern city of Kassala, residents said.
                """);
        assertTollAt(protests, "Omdurman", 7);
        assertNoToll(protests, 12);
        ArticleInput bombings = only("""
                Bombings Kill 20 Across Iraq

                A wave of bombings across Iraq killed at least 20 people on Tuesday, police said.

                Police said the dead included 11 people in the city of Kirkuk, where a car bomb hit a crowded market.

                Police say at least 20 people were killed, including 11 in the city of Kirkuk.
                """);
        assertTollAt(bombings, "Kirkuk", 11);
        assertNoToll(bombings, 20);
    }

    @Test
    void aTotalOfSeveralAttacksIsNoIncidentOfItsOwn() {
        ArticleInput attacks = only("""
                3 Attacks in Nigeria Kill at Least 30

                At least 30 people were killed in three attacks across northwestern Nigeria, police said on Sunday.

                Gunmen killed 14 villagers in the town of Gusau on Saturday, police said.

                In a separate attack, bandits killed nine people in the city of Kaduna.
                """);
        assertTollAt(attacks, "Gusau", 14);
        assertTollAt(attacks, "Kaduna", 9);
        assertNoToll(attacks, 30);
        ArticleInput blasts = only("""
                Blasts Kill 25 in Northern Iraq

                At least 25 people were killed in two separate bombings in northern Iraq on Monday, officials said.

                A suicide bomber killed 16 people at a checkpoint in the city of Mosul.

                Separately, a car bomb killed nine people outside a mosque in the town of Balad.
                """);
        assertTollAt(blasts, "Mosul", 16);
        assertTollAt(blasts, "Balad", 9);
        assertNoToll(blasts, 25);
    }

    private static void assertTollAt(ArticleInput a, String place, int killed) {
        assertTrue(a.incidents().stream().anyMatch(i -> place.equals(i.place()) && Integer.valueOf(killed).equals(best(i, FigureKind.KILLED))),
                () -> "no incident at " + place + " with " + killed + " killed: " + a.incidents());
    }

    private static void assertNoToll(ArticleInput a, int killed) {
        assertTrue(a.incidents().stream().noneMatch(i -> Integer.valueOf(killed).equals(best(i, FigureKind.KILLED))),
                () -> "an incident holds the story's total " + killed + ": " + a.incidents());
    }
}
