package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.IncidentInput;
import org.junit.jupiter.api.Test;
import java.util.List;

import static dev.newsgraph.extract.InventedCopy.best;
import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whose toll a count is, on invented copy: the toll of an incident the story's one is dated by ("The attack came four
 * weeks after ..., which killed nearly 70") is not the story's, and a vague count after a conjunction ("killed at least
 * 15 and left dozens wounded") gives the wounded no figure, and a month's tally ("the highest monthly number of
 * casualties, with 210 killed") is cumulative; one victim named by "the" and his death ("the pilot was killed", "the
 * suspect has died") is a count of one.
 */
class TollOwnerClassesTest {

    private final FigureParser parser = new FigureParser();

    @Test
    void theTollOfTheIncidentItCameAfterIsNotItsOwn() {
        ArticleInput a = only("""
                Car Bomb Kills 9 at Checkpoint in Northern Mali

                A car bomb exploded at an army checkpoint in the Malian town of Gao on Tuesday, killing at least nine soldiers, officials said.

                The attack came two weeks after a raid on a military camp in the town of Kidal, which killed 40 people.
                """);
        IncidentInput gao = a.incidents().stream().filter(i -> "Gao".equals(i.place())).findFirst().orElseThrow();
        assertEquals(Integer.valueOf(9), best(gao, FigureKind.KILLED));
        assertTrue(gao.figures().stream().noneMatch(f -> f.value() == 40), gao::toString);
    }

    @Test
    void aVagueCountAfterAConjunctionCountsNoWounded() {
        for (String sentence : new String[]{
                "The bombing killed at least 15 and left dozens wounded, police said.",
                "Gunmen killed 7 and left hundreds injured in the stampede that followed.",
                "The blast killed 22 and left scores hurt."}) {
            assertTrue(parser.figures(sentence).stream().noneMatch(f -> f.kind() == FigureKind.INJURED),
                    () -> sentence + " -> " + parser.figures(sentence));
        }
    }

    @Test
    void aMonthsTallyIsNoTollOfTheStrike() {
        ArticleInput a = only("""
                Missile Hits Maternity Ward in Eastern Ukrainian City

                A Russian missile struck a maternity hospital in the Ukrainian city of Dnipro on Tuesday, officials said.

                A U.N. monitor said April saw the highest monthly number of civilian casualties this year, with 210 civilians killed and 830 injured.
                """);
        assertTrue(a.incidents().stream().allMatch(i -> i.figures().isEmpty()), a.incidents()::toString);
    }

    @Test
    void aDefiniteVictimsDeathIsACountOfOne() {
        for (String sentence : new String[]{
                "The gunman in the attack has died of a self-inflicted wound, police said.",
                "Officials say the pilot was killed and two passengers survived.",
                "The suspect died in hospital on Sunday."}) {
            assertEquals(List.of(1), parser.figures(sentence).stream().filter(f -> f.kind() == FigureKind.KILLED)
                    .map(FigureParser.Figure::value).toList(), sentence);
        }
        assertTrue(parser.figures("The soldiers were killed in the ambush.").isEmpty());
    }
}
