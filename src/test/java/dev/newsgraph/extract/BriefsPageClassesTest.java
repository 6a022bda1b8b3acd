package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.domain.IncidentType;
import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.best;
import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages of short stories (a wiki's briefs), on invented copy: each story's "Sources" heading is followed by the next
 * story, not by the end of the page, and a box pointing to a later story ("This story has updates", "See ..., date")
 * is navigation; with no main incident, a story's heading and its lead that give one toll tell of one incident; "Another
 * rocket exploded in X" is one more strike, where none of the story's was.
 */
class BriefsPageClassesTest {

    @Test
    void everyStoryOfABriefsPageIsRead() {
        ArticleInput a = only("""
                News Shorts: March 3, 2009

                A compilation of brief news reports for Tuesday, March 3, 2009.

                Minister resigns over budget row

                The finance minister of Ruritania has resigned after parliament rejected his budget for a second time.

                Sources


                Clashes after vote leave 15 dead in Ghana town

                This story has updates

                See Clashes in Ghana kill 60, March 5, 2009

                Tamale is in the north of Ghana

                According to the Red Cross, at least fifteen people have been killed and about 120 wounded in clashes in the town of Tamale after local elections.

                Sources


                Car bomb kills nine in Iraqi market

                A car bomb exploded in a market in the town of Baqubah on Monday, killing nine people and injuring a further twenty.
                """);
        assertTrue(a.incidents().stream().anyMatch(i -> "Tamale".equals(i.place()) && Integer.valueOf(15).equals(best(i, FigureKind.KILLED))
                && Integer.valueOf(120).equals(best(i, FigureKind.INJURED))), a.incidents()::toString);
        assertTrue(a.incidents().stream().anyMatch(i -> "Baqubah".equals(i.place()) && Integer.valueOf(9).equals(best(i, FigureKind.KILLED))
                && Integer.valueOf(20).equals(best(i, FigureKind.INJURED))), a.incidents()::toString);
        assertTrue(a.incidents().stream().noneMatch(i -> i.figures().stream().anyMatch(f -> f.value() == 60)),
                () -> "the box points to a later story: " + a.incidents());
    }

    /** "Another rocket exploded in X": one more strike, at a place none of the story's incidents was, even without a toll. */
    @Test
    void anotherStrikeElsewhereIsAnIncidentOfItsOwn() {
        ArticleInput rockets = only("""
                Rockets fired at two Red Sea ports

                Two rockets exploded on Monday in Aqaba, Jordan, near a cargo ship docked at the port. One Jordanian soldier was killed.

                Another rocket exploded in Eilat, Israel, police said.
                """);
        assertTrue(rockets.incidents().stream().anyMatch(i -> "Eilat".equals(i.place())), rockets.incidents()::toString);
        assertTrue(rockets.incidents().stream().anyMatch(i -> "Aqaba".equals(i.place()) && Integer.valueOf(1).equals(best(i, FigureKind.KILLED))),
                rockets.incidents()::toString);
        ArticleInput bombs = only("""
                Car Bomb Kills 14 in Baghdad Market

                A car bomb exploded in a crowded market in Baghdad on Sunday, killing at least 14 people, police said.

                A second car bomb went off in Kirkuk an hour later, officials said.
                """);
        assertTrue(bombs.incidents().stream().anyMatch(i -> "Kirkuk".equals(i.place())), bombs.incidents()::toString);
    }

    @Test
    void aHeadingAndItsLeadOnABriefsPageAreOneIncident() {
        ArticleInput a = only("""
                Radio Briefs for Monday, May 4, 2009

                From Radio News, the free news source you can listen to!

                Problems listening to the file? See our media help.

                The time is 12:00 UTC and this is the news brief for Monday, May 4, 2009. Here are today's stories.

                Attack on governor's convoy leaves at least 30 dead in Yemen

                A suicide bombing hit the convoy of the governor of a southern province and has killed at least thirty people. The governor was not harmed in the attack.

                Senator to retire next year

                Senator Jane Roe of Ohio said she will retire at the end of her term, in a speech in Columbus, Ohio.
                """);
        long withToll = a.incidents().stream().filter(i -> Integer.valueOf(30).equals(best(i, FigureKind.KILLED))).count();
        assertEquals(1, withToll, a.incidents()::toString);
        assertTrue(a.incidents().stream().anyMatch(i -> "Yemen".equals(i.place()) && i.type() == IncidentType.BOMBING
                && Integer.valueOf(30).equals(best(i, FigureKind.KILLED))), a.incidents()::toString);
    }
}
