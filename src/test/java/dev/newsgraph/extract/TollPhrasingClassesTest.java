package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Classes of toll phrasing that unseen copy showed, each in several invented wire-style phrasings: a toll the copy
 * hedges ("was reported wounded", "are feared dead", "were believed to have been killed"); the dead counted as deaths
 * or fatalities ("reporting four other deaths", "suffered six fatalities"); victims named one by one with a group told
 * by its count ("Gilkey, Tammana and two Afghan soldiers were killed" is four).
 */
class TollPhrasingClassesTest {

    private final FigureParser parser = new FigureParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // hedged tolls
            "At least one security force member was reported wounded in the rescue operation.|INJURED|1",
            "Two police officers were reported killed in the exchange of fire, the ministry said.|KILLED|2",
            "Some 40 miners are feared dead after the shaft flooded.|KILLED|40",
            "Three aid workers were believed to have been killed in the ambush near the border.|KILLED|3",
            "Twelve villagers were said to be injured when the boat capsized.|INJURED|12",
            // deaths and fatalities
            "AFP also reported four other deaths in the Sagaing region.|KILLED|4",
            "Security sources said government forces suffered six fatalities.|KILLED|6",
            "The health ministry confirmed 23 deaths from the landslide on Monday.|KILLED|23",
            "Hospital officials recorded at least nine fatalities after the stampede.|KILLED|9",
            "Rescuers reported one more death overnight, a district official said.|KILLED|1",
            // named victims and a counted group
            "Gilkey, Tammana and two Afghan soldiers were killed while riding in a vehicle.|KILLED|4",
            "Police said Okafor and three other passengers were wounded when the bus was attacked.|INJURED|4",
            "Reporters Diallo, Traore, Keita and two drivers died when the convoy was struck.|KILLED|5",
            "The governor said Haidari and two of his guards were killed in the blast.|KILLED|3",
    })
    void readsTheToll(String sentence, FigureKind kind, int value) {
        List<FigureParser.Figure> figures = parser.figures(sentence);
        assertTrue(figures.stream().anyMatch(f -> f.kind() == kind && f.value() == value), () -> sentence + " -> " + figures);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the count stands as it is: a place or a sentence's first word before "and" is no victim
            "Four civilians died in Kabul and two soldiers were killed in Kandahar.|KILLED|3",
            "Police and two soldiers were wounded in the clash.|INJURED|3"
    })
    void addsNothingToTheCount(String sentence, FigureKind kind, int notValue) {
        List<FigureParser.Figure> figures = parser.figures(sentence);
        assertTrue(figures.stream().noneMatch(f -> f.kind() == kind && f.value() == notValue), () -> sentence + " -> " + figures);
    }
}
