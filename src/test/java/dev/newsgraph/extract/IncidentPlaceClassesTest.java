package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.IncidentInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.newsgraph.extract.InventedCopy.best;
import static dev.newsgraph.extract.InventedCopy.only;

/**
 * Where an incident happened, on invented wire-style copy: a capital named by the word ("in Mali's capital", "the
 * Nigerien capital") with the dateline town known as a place from the start; a demonym that describes a victim ("a
 * Malian commander") and so puts nothing anywhere, while "the Nigerien region of X" does; a sentence that takes up the
 * incident told of last ("The attack in X also killed ...") adds to it rather than making another; a district given
 * far down by a sentence that takes the incident up ("The explosion went off outside ... X district"); what the blast
 * "rocked" or "tore through"; a place given by its bearing from a city ("in X province west of Y") is not that city;
 * the district the sentence after the lead gives, within a region the lead names, is the incident's place before later
 * tolls are read (a toll there is not another incident's); where a sentence taking the incident up says it took place
 * ("Monday's bombings took place ... in the X region, where ...") beats a town the lead put it only near; a town where a quake or blast was felt, heard or seen from afar ("felt in
 * X", "300 kilometers away in X") or where something might happen ("a possibility of a tsunami in X") is not its place; a headline's demonym before
 * a bombing, blast or quake ("Pakistani Market Bombing") puts it in that country when nothing more specific does,
 * rather than in a city named only in passing; a hospital the attack hit ("an airstrike hit a hospital in X") is where it
 * happened, one the wounded were taken to is not.
 */
class IncidentPlaceClassesTest {

    @Test
    void aCapitalNamedByTheWordIsTheDatelineCity() {
        ArticleInput a = only("""
                Police Officer Shot Dead in Mali

                BAMAKO, Mali — Gunmen shot dead a police officer in Mali's capital on Sunday, officials said.

                The officer was on patrol near a market when the gunmen opened fire, a police spokesman said.
                """);
        assertEquals(1, a.incidents().size(), a.incidents()::toString);
        assertEquals("Bamako", a.incidents().get(0).place());
        assertEquals(1, best(a.incidents().get(0), FigureKind.KILLED));
    }

    @Test
    void aDemonymOfTheVictimPutsTheIncidentNowhere() {
        ArticleInput a = only("""
                Rebel Commander Reportedly Killed in Drone Strike

                A drone strike in western Niger has killed a Malian rebel commander, Nigerien media reported. The car of the commander was hit on Friday in the Nigerien region of Tillabéri near the border, according to security sources.
                """);
        IncidentInput strike = a.incidents().get(0);
        assertTrue(strike.place().startsWith("Tillab"), a.incidents()::toString);
        assertEquals(1, best(strike, FigureKind.KILLED));
    }

    @Test
    void aDistrictGivenFarDownByASentenceThatTakesTheIncidentUpPlacesIt() {
        ArticleInput a = only("""
                Bomb Kills Five Police Officers in Mali

                Five police officers were killed Sunday in a bombing in Bamako, officials said.

                A police spokesman confirmed that a senior officer was among the dead.

                The officers had just finished a night patrol.

                Two of them had joined the force last year.

                Police have not said who they suspect.

                The government called the bombing cowardly.

                The explosion went off outside the police station of Bamako's Kalaban Coura district, witnesses said.
                """);
        assertEquals(1, a.incidents().size(), a.incidents()::toString);
        assertEquals("Kalaban Coura", a.incidents().get(0).place());
    }

    @Test
    void theAttackTakenUpAgainIsTheOneToldOfLast() {
        ArticleInput a = only("""
                Air Strike Kills 9 in Central Mali

                An air strike killed nine people in Mopti Province on Saturday, officials in Bamako said.

                The deaths came on the same day that a roadside bomb killed four soldiers. The attack in Mali's Gao Province also killed a driver.
                """);
        List<IncidentInput> inGao = a.incidents().stream().filter(i -> i.place().startsWith("Gao")).toList();
        assertEquals(1, inGao.size(), a.incidents()::toString);
        assertTrue(inGao.get(0).figures().stream().anyMatch(f -> f.kind() == FigureKind.KILLED && f.value() == 4), inGao::toString);
    }

    @Test
    void whatTheBlastRockedIsWhereItHappened() {
        ArticleInput a = only("""
                Suicide Car Bomb Kills 8 Soldiers in Mali

                A suicide bomber drove an explosives-laden truck into an army checkpoint Sunday in northern Mali, killing at least eight soldiers.

                The blast rocked the town of Ansongo in the restive Gao Province, local officials told reporters.

                No group has claimed the attack.
                """);
        assertEquals(1, a.incidents().size(), a.incidents()::toString);
        assertEquals("Ansongo", a.incidents().get(0).place());
        assertEquals(8, best(a.incidents().get(0), FigureKind.KILLED));
    }

    @Test
    void aPlaceGivenByItsBearingFromACityIsNotThatCity() {
        ArticleInput a = only("""
                Roadside Bomb Kills 11 in Central Mali

                BAMAKO, Mali — A roadside bomb killed 11 passengers of a bus in Mali's Mopti Province on Tuesday, officials said.

                The army said separately that four soldiers died on Monday from wounds sustained in an ambush in Gao Province east of Timbuktu.
                """);
        IncidentInput ambush = a.incidents().stream().filter(i -> i.place().startsWith("Gao")).findFirst().orElse(null);
        assertTrue(ambush != null, a.incidents()::toString);
        assertEquals(4, best(ambush, FigureKind.KILLED));
        assertTrue(a.incidents().stream().noneMatch(i -> i.place().equals("Timbuktu")), a.incidents()::toString);
    }

    @Test
    void theDistrictTheNextSentenceGivesPlacesTheLeadIncidentBeforeLaterTollsAreRead() {
        ArticleInput a = only("""
                Militants Ambush Army Patrol in Kashmir

                Militants ambushed an army patrol in Indian Kashmir on Monday, killing three soldiers, officials said.

                At least four militants attacked the patrol in the Poonch district near the Line of Control.

                Troops killed two of the attackers in the gunfight that followed, an army spokesman said.
                """);
        assertEquals(1, a.incidents().size(), a.incidents()::toString);
        assertEquals("Poonch", a.incidents().get(0).place());
    }

    @Test
    void whereTheIncidentTakenUpTookPlaceBeatsATownItWasOnlyNear() {
        ArticleInput a = only("""
                Militants Claim Car Bombings in Mali

                An armed group has claimed responsibility for two suicide car bombings near Bamako that killed at least nine people and wounded 20 others.

                The attacks Monday were the first the group has claimed this year.

                Monday's bombings took place about 30 kilometers east of the capital, in the Koulikoro region, where the army has a base.
                """);
        assertEquals(1, a.incidents().size(), a.incidents()::toString);
        assertTrue(a.incidents().get(0).place().startsWith("Koulikoro"), a.incidents()::toString);
        assertEquals(9, best(a.incidents().get(0), FigureKind.KILLED));
    }

    @Test
    void aPlaceWhereTheIncidentWasFeltFromAfarIsNotItsPlace() {
        assertEquals("Kushiro", onlyIncidentPlace("""
                Strong Earthquake Hits Northern Japan

                A strong earthquake with a magnitude of 6.8 struck off the Pacific coast near the city of Kushiro on Tuesday, the Japan Meteorological Agency said.

                There were no immediate reports of damage, although buildings were seen swaying 300 kilometers away in Sapporo.
                """));
        assertEquals("Ambato", onlyIncidentPlace("""
                Earthquake Shakes Central Ecuador

                An earthquake of magnitude 6.1 struck near the town of Ambato in central Ecuador early Sunday, officials said.

                The quake was felt in Quito, where people ran into the streets.
                """));
        assertEquals("Ikorodu", onlyIncidentPlace("""
                Blast at Fuel Depot Shakes Nigerian City

                A huge explosion tore through a fuel depot near the town of Ikorodu on Monday, officials said.

                Windows were shattered more than 20 kilometres away in Lagos, and the blast was heard across the city.
                """));
        assertEquals("Mamuju", onlyIncidentPlace("""
                Quake Strikes Off Indonesia's Sulawesi

                A magnitude 6.4 earthquake struck near the town of Mamuju on the island of Sulawesi on Friday, the geophysics agency said.

                Tremors were also felt strongly in Makassar, the provincial capital.
                """));
        assertEquals("Coquimbo", onlyIncidentPlace("""
                Earthquake Strikes Off Chile's Coast

                A magnitude 6.9 earthquake struck off the coast of northern Chile near the port of Coquimbo on Wednesday, the national seismological center said.

                The navy said there was a possibility of small waves in La Serena and Antofagasta.
                """));
    }

    @Test
    void aHeadlineDemonymBeforeTheIncidentIsItsCountryWhenNothingMoreSpecificIs() {
        assertEquals("Pakistan", onlyIncidentPlace("""
                Death Toll in Pakistani Market Bombing Rises to 25

                Officials say the death toll from a bombing at a crowded vegetable market has risen to 25, with more than 40 people wounded.

                The wounded were flown to Peshawar for treatment. Peshawar's main hospital declared an emergency.
                """));
        assertEquals("Chile", onlyIncidentPlace("""
                Chilean Mine Explosion Kills 6 Workers

                An explosion deep inside a copper mine has killed six workers, the company said Tuesday.

                Rescue teams from Santiago and from Antofagasta joined the search. Santiago sent two more teams later in the day.
                """));
        assertEquals("Türkiye", onlyIncidentPlace("""
                Turkish Earthquake Toll Climbs to 41

                Rescuers have pulled more bodies from the rubble, raising the death toll to 41, the disaster agency said.

                Aid convoys left Ankara on Sunday. Ankara pledged more tents for the survivors.
                """));
    }

    @Test
    void aHospitalTheAttackHitIsWhereItHappenedWhileOneTheWoundedWereTakenToIsNot() {
        assertEquals("Idlib", onlyIncidentPlace("""
                Civilians Killed as Jets Bomb Hospital in Syria

                Fourteen civilians died on Saturday after an airstrike hit a hospital in the city of Idlib in northern Syria, a charity said. About fifty people were in the building.
                """));
        assertEquals("Mosul", onlyIncidentPlace("""
                Gunmen Storm Clinic in Iraq

                Gunmen stormed a hospital in Mosul in northern Iraq on Tuesday, killing three guards, police said. The wounded were taken to a hospital in Erbil.
                """));
        assertEquals("Quetta", onlyIncidentPlace("""
                Bomb Kills Six in Pakistan

                A roadside bomb killed six people in Quetta in southwestern Pakistan on Monday. Nine wounded were rushed to a hospital in Karachi.
                """));
    }

    private static String onlyIncidentPlace(String copy) {
        ArticleInput a = only(copy);
        assertEquals(1, a.incidents().size(), a.incidents()::toString);
        return a.incidents().get(0).place();
    }
}
