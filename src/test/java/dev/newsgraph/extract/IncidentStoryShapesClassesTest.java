package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.IncidentInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.best;
import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.onlyIncident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * How wire copy shapes a story around its incident, on invented copy: a sentence whose subject is the place ("The
 * villages of X and Y in western Cameroon are almost empty", "The northern town of X was under curfew") puts the
 * incident there; an attack the defenders beat off ("repelled", "fended off", "beat back") is an incident though
 * nobody counts its dead; a war's cumulative toll, told with the war as subject ("The war has killed ...") or by a
 * pronoun after it ("The conflict wrecked the country. It killed ..."), is not the incident's; in a newscast or a
 * briefs page whose lead tells another story, a bare toll a few sentences after an attack is that attack's.
 */
class IncidentStoryShapesClassesTest {

    @Test
    void villagesNamedAsTheSubjectOfTheAftermathPlaceTheIncident() {
        IncidentInput raid = onlyIncident(only("""
                Separatists Abduct 12 in Cameroon Raid

                Authorities in Cameroon say hundreds of people have fled their homes after suspected separatists abducted 12 people and torched 40 houses.

                The villages of Bamessing and Bambalang in northwestern Cameroon are almost empty.

                Residents say the attackers arrived before dawn on motorbikes.
                """));
        assertEquals("Bamessing", raid.place());
    }

    @Test
    void aTownNamedAsTheSubjectTheDayAfterPlacesTheIncident() {
        IncidentInput attack = onlyIncident(only("""
                Gunmen Kill 14 in Northern Burkina Faso

                Gunmen killed 14 people in an attack in northern Burkina Faso on Sunday, the army said.

                The northern town of Sebba was under curfew on Monday, residents said.
                """));
        assertEquals("Sebba", attack.place());
        assertEquals(14, best(attack, FigureKind.KILLED));
    }

    @Test
    void aVillageOpeningTheLeadIsMoreSpecificThanItsState() {
        IncidentInput attack = onlyIncident(only("""
                Gunmen Kill Nine in Nigeria Village

                The village of Kawuri in Nigeria's Borno State was deserted on Sunday after gunmen killed nine people there overnight, residents said.
                """));
        assertEquals("Kawuri", attack.place());
        assertEquals(9, best(attack, FigureKind.KILLED));
    }

    @Test
    void aCaptionAndItsPhotoCreditAreNoProseOfTheStory() {
        IncidentInput raid = onlyIncident(only("""
                Separatists Abduct 12 in Cameroon Raid

                The governor of Cameroon's Northwest region says gunmen abducted 12 people and burned houses. (Photo: M. Kindzeka/VOA)
                The governor of Cameroon's Northwest region says gunmen abducted 12 people and burned houses. (Photo: M. Kindzeka/VOA)

                Authorities in Cameroon say hundreds of people have fled their homes after suspected separatists abducted 12 people and torched 40 houses.

                Witnesses say the gunmen came before dawn.

                The villages of Bamessing and Bambalang in northwestern Cameroon are almost empty.
                """));
        assertEquals("Bamessing", raid.place());
    }

    @Test
    void anAttackRepelledOnATownIsAnIncident() {
        IncidentInput attack = onlyIncident(only("""
                Nigerian Troops Repel Boko Haram in Monguno

                Nigerian troops repelled an attack by Boko Haram fighters on the town of Monguno in Borno State on Sunday, the army said.

                Residents said shops stayed closed.
                """));
        assertEquals("Monguno", attack.place());
        assertNull(best(attack, FigureKind.KILLED));
    }

    @Test
    void anAttackBeatenBackNearACityIsAnIncident() {
        IncidentInput attack = onlyIncident(only("""
                Somali Forces Beat Back Militant Attack

                Somali forces beat back an assault by al-Shabab fighters near Mogadishu on Tuesday, officials said.
                """));
        assertEquals("Mogadishu", attack.place());
    }

    @Test
    void anAttackFendedOffByTheArmyIsAnIncident() {
        IncidentInput attack = onlyIncident(only("""
                Afghan Army Fends Off Taliban

                Afghan soldiers and police fended off an attack by Taliban fighters in Ghazni province overnight, the provincial governor said.
                """));
        assertEquals("Ghazni", attack.place().replace(" Province", "").replace(" province", ""));
    }

    @Test
    void aWarsTollWithTheWarAsSubjectIsNotTheIncidents() {
        IncidentInput strike = onlyIncident(only("""
                Missile Strike Kills Five in Yemen's Marib

                A missile fired by Houthi rebels hit a camp for displaced people in Yemen's Marib province on Monday, killing five people, officials said.

                The war has killed more than 150,000 people, according to aid groups.
                """));
        assertEquals(5, best(strike, FigureKind.KILLED));
        assertEquals(1, strike.figures().stream().filter(f -> f.kind() == FigureKind.KILLED).count(), strike.figures()::toString);
    }

    @Test
    void aWarsTollGivenByAPronounAfterTheWarIsNotTheIncidents() {
        IncidentInput attack = onlyIncident(only("""
                Paramilitary Attack Kills 12 in Sudan's Darfur

                An attack by paramilitary fighters on a market in Sudan's Darfur region killed 12 people on Thursday, residents said.

                The conflict has wrecked the country and pushed millions to the brink of famine.

                It killed more than 14,000 people and wounded thousands more, the United Nations says.
                """));
        assertEquals(12, best(attack, FigureKind.KILLED));
        assertEquals(1, attack.figures().stream().filter(f -> f.kind() == FigureKind.KILLED).count(), attack.figures()::toString);
    }

    @Test
    void aCivilWarsTollInAppositionIsNotTheIncidents() {
        IncidentInput strike = onlyIncident(only("""
                Air Strike Kills 9 in Myanmar Village

                A military air strike killed nine people in a village in Myanmar's Sagaing region on Wednesday, residents said.

                Myanmar's civil war, now in its fourth year, has killed at least 5,000 civilians.
                """));
        assertEquals(9, best(strike, FigureKind.KILLED));
        assertEquals(1, strike.figures().stream().filter(f -> f.kind() == FigureKind.KILLED).count(), strike.figures()::toString);
    }

    @Test
    void aNewscastsAttackToldAfterAnotherStoryTakesTheBareTollsAfterIt() {
        IncidentInput attack = onlyIncident(only("""
                VOA Newscast: 1500 UTC March 3, 2016

                From Washington, this is VOA News. I'm Jane Doe reporting. The World Health Organization says a new vaccine campaign has reached two million children in West Africa. Officials say the campaign will continue through April. Witnesses in Somalia's Gedo region say militants attacked an army base Friday near the town of Bulo Hawo. Witnesses say the attackers used car bombs. Casualty numbers cannot be independently verified. Al-Shabab says it has killed more than 30 soldiers. A regional official told VOA at least 12 soldiers were killed. This is VOA News.
                """));
        assertEquals("Bulo Hawo", attack.place());
        Integer killed = best(attack, FigureKind.KILLED);
        assertEquals(true, killed != null && (killed == 12 || killed == 30), attack.figures()::toString);
    }

    @Test
    void aBriefsPagesCheckpointAttackTakesTheTollToldNext() {
        IncidentInput attack = onlyIncident(only("""
                News in Brief

                Stock markets in Asia closed higher on Monday. Japan's Nikkei index gained one percent. Traders said investors were hopeful about exports. Police in Pakistan say gunmen attacked a checkpoint near Quetta late Monday. Officials said four police officers were killed.
                """));
        assertEquals("Quetta", attack.place());
        assertEquals(4, best(attack, FigureKind.KILLED));
    }

    @Test
    void aBulletinsRoadsideBombTakesTheTollToldAfterIt() {
        IncidentInput bombing = onlyIncident(only("""
                World News Roundup

                The European Union's leaders met in Brussels on Thursday to discuss the budget. They are expected to agree on a deal by Friday. Farmers protested outside the building. In Afghanistan, a roadside bomb exploded in Kandahar province on Tuesday. Two soldiers were killed and three were wounded, the defense ministry said.
                """));
        assertEquals(true, bombing.place().startsWith("Kandahar"), bombing::toString);
        assertEquals(2, best(bombing, FigureKind.KILLED));
        assertEquals(3, best(bombing, FigureKind.INJURED));
    }
}
