package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.domain.IncidentType;
import dev.newsgraph.draft.IncidentInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.newsgraph.extract.InventedCopy.best;
import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.onlyIncident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Arrests told as news are incidents even when the lead gives no count ("Students ... were detained by police on
 * Monday"); a count told after such a lead, with the towns of the one sweep, is that arrest's, not another incident;
 * and a name that begins like a bomb word ("Bombali", "Bombo", a school named after "Bombelli") makes no bombing.
 */
class ArrestIncidentClassesTest {

    @Test
    void anArrestWithoutACountIsAnIncidentWhereItHappened() {
        IncidentInput school = onlyIncident(only("""
                Students Detained After Occupying Their School in Chile

                Valparaiso, Chile — Students of a secondary school in the port city of Valparaiso were detained by police on Monday after they had held the building for two days.

                The students had demanded repairs to classrooms damaged years ago.
                """));
        assertEquals(IncidentType.ARREST, school.type());
        assertTrue(school.place().startsWith("Valpara"), school::toString);
        IncidentInput activists = onlyIncident(only("""
                Opposition Activists Arrested in Minsk

                Belarusian police arrested opposition activists at their homes in Minsk early Tuesday, their lawyers said.

                The lawyers said they had not been allowed to see their clients.
                """));
        assertEquals(IncidentType.ARREST, activists.type());
        assertEquals("Minsk", activists.place());
    }

    @Test
    void aCountOfTheSweepIsTheArrestOfTheLead() {
        IncidentInput sweep = onlyIncident(only("""
                Kenya arrests journalists in sedition probe, lawyers say

                NAIROBI — Several Kenyan journalists were arrested on Wednesday, their lawyers said. Three women and four men were arrested at their homes in Nairobi, Mombasa and Kisumu, the lawyers said.
                """));
        assertEquals(IncidentType.ARREST, sweep.type());
        assertTrue(best(sweep, FigureKind.ARRESTED) != null, sweep::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Students of the Colegio Ana Bombelli detained after occupying their school|ARREST",
            "Police detain 14 traders in Bombo after a dispute over market fees|ARREST",
            "Heavy rains flood Bombali district, killing nine|OTHER",
            "Suicide bombers kill 12 at a market in Maiduguri|BOMBING",
            "The car-bombing killed four policemen|BOMBING",
            "Residents fled the bombardment of the town|BOMBING",
    })
    void aNameThatBeginsLikeABombWordIsNoBombing(String text, IncidentType type) {
        assertEquals(type, IncidentExtractor.type(text));
    }
}
