package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shapes of a count that batch L showed, each in invented wire-style phrasings: the wounded told as injuries ("police
 * reported eleven injuries"); a count of someone's people ("three of the governor's bodyguards were wounded"); victims
 * told what befell them before the toll verb ("were ambushed and killed"); a ceiling, which is no toll ("fewer than 100
 * bodies have been recovered").
 */
class TollCountShapesClassesTest {

    private final FigureParser parser = new FigureParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // injuries
            "Police have reported eleven injuries in Chile.|INJURED|11",
            "The health ministry recorded 34 injuries after the tremor.|INJURED|34",
            "Hospitals treated at least 80 other injuries overnight, officials said.|INJURED|80",
            // someone's people
            "Officials say at least three of Ahmed Yusuf al-Bashiri's bodyguards were wounded in the blast.|INJURED|3",
            "Two of the mayor's guards were killed when gunmen opened fire on the convoy.|KILLED|2",
            "Police said four of his relatives died in the fire at the family home.|KILLED|4",
            // what befell them, then the toll verb
            "Also in Sinaloa, nine soldiers were ambushed and killed while patrolling a highway.|KILLED|9",
            "Six aid workers were abducted and killed in the east of the country.|KILLED|6",
            "Two journalists were captured and killed by the militia, the group said.|KILLED|2",
    })
    void readsTheCount(String sentence, FigureKind kind, int value) {
        List<FigureParser.Figure> figures = parser.figures(sentence);
        assertTrue(figures.stream().anyMatch(f -> f.kind() == kind && f.value() == value), () -> sentence + " -> " + figures);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Fewer than 100 bodies have been recovered so far.|KILLED|100",
            "Less than 20 people were hurt, according to the Red Cross.|INJURED|20",
            "Rescuers have found fewer than 40 bodies in the rubble.|KILLED|40",
    })
    void aCeilingIsNoToll(String sentence, FigureKind kind, int value) {
        List<FigureParser.Figure> figures = parser.figures(sentence);
        assertTrue(figures.stream().noneMatch(f -> f.kind() == kind && f.value() == value), () -> sentence + " -> " + figures);
    }
}
