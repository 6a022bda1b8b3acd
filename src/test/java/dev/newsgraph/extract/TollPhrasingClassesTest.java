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
 * by its count ("Gilkey, Tammana and two Afghan soldiers were killed" is four); victims told how they were killed
 * before the toll verb ("were shot and killed"); one attacker who was killed ("A suspected gunman was shot and killed by
 * police"), while "an assailant killed ..." tells of his victims, not of him.
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
            // how they were killed, then the toll verb
            "Two protesters were shot and killed by police outside the parliament in Lima.|KILLED|2",
            "Three farmers were stabbed and killed in a land dispute, officials said.|KILLED|3",
            "A traffic officer was shot and killed at a checkpoint in Culiacan on Friday.|KILLED|1",
            // one attacker, killed
            "A suspected gunman was shot and killed by soldiers after the raid in Mindanao.|KILLED|1",
            "Police said an assailant had been killed in the exchange of fire near the market.|KILLED|1",
            "A suspected kidnapper has been killed in a shootout with police in Kano.|KILLED|1",
    })
    void readsTheToll(String sentence, FigureKind kind, int value) {
        List<FigureParser.Figure> figures = parser.figures(sentence);
        assertTrue(figures.stream().anyMatch(f -> f.kind() == kind && f.value() == value), () -> sentence + " -> " + figures);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the count stands as it is: a place or a sentence's first word before "and" is no victim
            "Four civilians died in Kabul and two soldiers were killed in Kandahar.|KILLED|3",
            "Police and two soldiers were wounded in the clash.|INJURED|3",
            // an attacker who killed: his victims are told by the rest of the copy
            "An assailant killed dozens of worshippers at the mosque in Kano.|KILLED|1"
    })
    void addsNothingToTheCount(String sentence, FigureKind kind, int notValue) {
        List<FigureParser.Figure> figures = parser.figures(sentence);
        assertTrue(figures.stream().noneMatch(f -> f.kind() == kind && f.value() == notValue), () -> sentence + " -> " + figures);
    }
}
