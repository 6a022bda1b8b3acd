package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.domain.IncidentType;
import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.best;
import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Copy whose lead tells of no incident (the search for survivors, a briefs page that opens with other news), on
 * invented copy: a toll without an event word of its own ("More than 500 people are feared dead", "Police reported
 * nine injuries") is that of the event told a few sentences before it, where that sentence puts it.
 */
class BareTollClassesTest {

    @Test
    void aBareTollAfterTheSearchIsTheDisastersToll() {
        ArticleInput a = only("""
                Hopes Fade for Survivors of Mudslide in Peru

                Rescuers in Peru say their dogs have found no sign of life beneath the mud, and hopes of finding survivors are fading.

                Teams in the village of Yungay Alto are digging today (Wednesday) toward a chapel buried by Sunday's mudslide.

                Officials said they were unsure how many people had been inside.

                More than 400 people are feared dead. Fewer than 50 bodies have been recovered so far.
                """);
        assertTrue(a.incidents().stream().anyMatch(i -> "Yungay Alto".equals(i.place()) && i.type() == IncidentType.OTHER
                && Integer.valueOf(400).equals(best(i, FigureKind.KILLED))
                && i.figures().stream().noneMatch(f -> f.value() == 50)), a.incidents()::toString);
    }

    @Test
    void aBareTollOnABriefsPageIsTheStoryBeforeIt() {
        ArticleInput a = only("""
                Audio Briefs for Saturday, April 14, 2012

                Today is Saturday, April 14, 2012. I am Jane Roe and this is the news.

                The European Union has agreed on a new budget for farm aid after two days of talks.

                A magnitude six-point-nine earthquake struck Peru on Thursday. The epicenter was in the region of Arequipa. Police have reported twenty-one injuries in Arequipa.

                Also in Colombia, eight soldiers were ambushed and killed near the town of Tumaco.
                """);
        assertTrue(a.incidents().stream().anyMatch(i -> i.place() != null && i.place().startsWith("Arequipa") && i.type() == IncidentType.OTHER
                && Integer.valueOf(21).equals(best(i, FigureKind.INJURED))), a.incidents()::toString);
        assertTrue(a.incidents().stream().anyMatch(i -> "Tumaco".equals(i.place())
                && Integer.valueOf(8).equals(best(i, FigureKind.KILLED))), a.incidents()::toString);
    }
}
