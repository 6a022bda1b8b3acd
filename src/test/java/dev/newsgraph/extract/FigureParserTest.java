package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Families of toll phrasings, in invented wire-style sentences: counts spelled out ("one hundred and fifty"; "a
 * dozen" and "two dozen" are round guesses with no figure, as "dozens"), a victim named by an article ("a policeman was killed"), verbs other than "kill" ("left seven
 * dead", "claimed the lives of", "shot dead", "gunned down"), tolls stated or updated ("the toll now stands at 30"), long
 * victim phrases, one victim named with a demonym ("a Malian rebel commander") and a title-case headline's one victim
 * ("Student Shot Dead at ...", but not the active "Protester Killed Grandmother"), deaths told by how they came
 * ("crushed to death"), "another eleven", and one victim with a count of others ("along with at least 20 other
 * people" is 21), but not a count of several with others ("two soldiers and three other people"); disaster tolls
 * ("confirmed dead", "the death toll ... in the U.S. state of X has reached 24", "Death Toll Now 31", "recovered 12
 * bodies") and groups told apart without a total ("eight soldiers and two civilians"); who the victims were told between the count and its verb ("72 people, many of
 * them Christians, were killed").
 */
class FigureParserTest {

    private final FigureParser parser = new FigureParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the number of those killed or hurt, and what it rose to; injuries someone sustained
            "The number of civilians killed in the air strike on the market town has risen to 51, a health official said.|KILLED|51",
            "The number of those killed as a result of the strikes conducted overnight on the coastal camps has increased to 56.|KILLED|56",
            "The number of martyrs in the camp massacre has risen to 45.|KILLED|45",
            "The number of people wounded in the blast rose to 140 on Tuesday.|INJURED|140",
            "Fourteen people died and 147 sustained injuries in the explosion.|INJURED|147",
            "Twelve passengers suffered serious wounds.|INJURED|12",
            "A policeman was killed and two civilians were wounded.|KILLED|1",
            "A policeman was killed and two civilians were wounded.|INJURED|2",
            "The blast killed a soldier and wounded three others.|INJURED|3",
            "One hundred and fifty people died in the fire.|KILLED|150",
            "Twenty two people were injured.|INJURED|22",
            "The attack left seven people dead.|KILLED|7",
            "The bombing killed five, leaving 20 wounded.|INJURED|20",
            "The storm claimed the lives of 14 people.|KILLED|14",
            "Officials put the toll at 25.|KILLED|25",
            "The number of dead has climbed to 41.|KILLED|41",
            "The toll now stands at 30.|KILLED|30",
            "Fifteen Afghan National Army soldiers were killed.|KILLED|15",
            "The plane crashed, killing all 150 people on board.|KILLED|150",
            "As many as 22 people were wounded.|INJURED|22",
            "Security forces shot dead a protester on Sunday.|KILLED|1",
            "Police gunned down three suspects after the robbery.|KILLED|3",
            "Six policemen were martyred and nine wounded in the ambush, the governor said.|KILLED|6",
            "A gunman opened fire on Friday, killing veteran photographer Jane Example and wounding Tom Roe.|KILLED|1",
            "A gunman opened fire, killing prize-winning photographer Jane Example and wounding senior correspondent Tom Roe.|INJURED|1",
            "The strike killed a Malian rebel commander and his driver.|KILLED|1",
            "Student Shot Dead at Campus Rally|KILLED|1",
            "Rebel Commander Reportedly Killed in Air Strike|KILLED|1",
            "More than 150 people were crushed to death when the crowd surged into a narrow alley.|KILLED|150",
            "Fighting between the two units has killed at least nine people and injured another eleven.|INJURED|11",
            "The district chief was wounded in the blast, along with at least 20 other people.|INJURED|21",
            "The mayor and four other people were killed when gunmen opened fire on the convoy.|KILLED|5",
            "A police officer and two other people were wounded in the explosion.|INJURED|3",
            "In the same district, a British Marine was killed while on foot patrol.|KILLED|1",
            // disaster tolls: confirmed dead, a toll that reached a figure past an abbreviation, a headline's toll, bodies
            "Seventy-five people are confirmed dead from the quake, police said.|KILLED|75",
            "The death toll from the weekend's mudslide in the northwestern U.S. state of Oregon has reached 31, officials said.|KILLED|31",
            "Flood Death Toll Now 31 in Southern Province|KILLED|31",
            "Rescuers have recovered 12 bodies from the flooded mine.|KILLED|12",
            "Officials said 40 bodies were pulled from the rubble on Tuesday.|KILLED|40",
            // groups of victims told apart, without a total: each group is a figure of its own, the first is read
            "Eight soldiers and two civilians were killed when the convoy was ambushed.|KILLED|8",
            "Three policemen and a civilian were wounded in the blast.|INJURED|3",
            // who the victims were, between the count and its verb
            "At least 72 people, many of them Christians celebrating Easter, were killed.|KILLED|72",
            "Thirty people, mostly women and children, were killed in the raid.|KILLED|30",
            "Eleven soldiers, among them a colonel, were wounded when the convoy was ambushed.|INJURED|11",
            "More than 40 people, most of whom were pilgrims, died in the stampede.|KILLED|40",
            "Nine villagers, two of them children, were killed overnight.|KILLED|9",
    })
    void readsTheCount(String sentence, FigureKind kind, int value) {
        List<FigureParser.Figure> figures = parser.figures(sentence);
        assertTrue(figures.stream().anyMatch(f -> f.kind() == kind && f.value() == value), () -> sentence + " -> " + figures);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Dozens of people were wounded.",
            // a dozen is a round guess, as dozens are: the corpus's gold gives it no figure
            "Gunmen killed a dozen villagers on Sunday.",
            "More than a dozen people were wounded in the blast.",
            "The explosion killed two dozen people, police said.",
            "Nearly two dozen people were killed in the bus bombing.",
            "A man was seen near the market.",
            "The five-year plan was announced.",
            "A Malian official said the talks would resume.",
            "Protester Killed Grandmother, Court Hears",
            "The raid killed a senior commander of the group and several other fighters.",
            "He was unhurt in the blast, which the police said was the work of other groups.",
            // "no one", "not one": a count of none, not of one
            "No one was hurt, a police spokesman said.",
            "Officials said no one was killed or injured in the fire.",
            "Not one passenger was injured when the bus overturned.",
            "Police said that no one had been wounded.",
    })
    void findsNoTollWhereThereIsNone(String sentence) {
        List<FigureParser.Figure> figures = parser.figures(sentence);
        assertTrue(figures.stream().noneMatch(f -> f.kind() == FigureKind.KILLED || f.kind() == FigureKind.INJURED),
                () -> sentence + " -> " + figures);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a count of more than one before "and N other": the rules read each count as it stands, no one is added
            "Two soldiers and three other people were killed in the ambush.|KILLED|4",
            "Five guards were wounded, along with two other people.|INJURED|3",
    })
    void addsNoOneToACountOfSeveral(String sentence, FigureKind kind, int notValue) {
        List<FigureParser.Figure> figures = parser.figures(sentence);
        assertTrue(figures.stream().noneMatch(f -> f.kind() == kind && f.value() == notValue), () -> sentence + " -> " + figures);
    }
}
