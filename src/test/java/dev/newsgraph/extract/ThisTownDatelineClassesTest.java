package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.IncidentInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.best;
import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.onlyIncident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A datelined lead that puts the incident "in this western Montenegro city", "at a hospital in this city" or "in the
 * center of this eastern Afghan city" tells of the dateline town, even when the headline or the phrase itself names
 * the country or the state around it.
 */
class ThisTownDatelineClassesTest {

    @Test
    void thisCityNamedWithItsCountryIsTheDatelineTown() {
        IncidentInput rampage = onlyIncident(only("""
                Gunman Kills 6 in Shooting Rampage in Serbia

                KRAGUJEVAC, Serbia — A man went on a shooting rampage Sunday in the streets of this central Serbian city, killing six people before turning the gun on himself, police said.
                """));
        assertEquals("Kragujevac", rampage.place());
        assertEquals(6, best(rampage, FigureKind.KILLED));
        IncidentInput bank = onlyIncident(only("""
                Suicide Bomber Kills 9 in Afghanistan

                JALALABAD, Afghanistan — A suicide bomber blew himself up outside a bank in the center of this eastern Afghan city on Saturday, killing nine people, officials said.
                """));
        assertTrue(bank.place().startsWith("Jal"), bank::toString);
    }

    @Test
    void thisCityUnderAHeadlineNamingItsStateIsTheDatelineTown() {
        IncidentInput hospital = onlyIncident(only("""
                Gunman Kills 3 at Hospital in Oklahoma

                TULSA, Okla. — A gunman killed three people at a hospital in this city on Wednesday before taking his own life, police said.
                """));
        assertEquals("Tulsa", hospital.place());
        assertEquals(3, best(hospital, FigureKind.KILLED));
    }

    @Test
    void thisPortTownWithNoCountryNamedIsTheDatelineTown() {
        IncidentInput bus = onlyIncident(only("""
                Bus Bombing Kills 14 in Southern Philippines

                ZAMBOANGA, Philippines — A bomb exploded on a crowded bus in this southern port city on Monday, killing 14 passengers and wounding 30, police said.
                """));
        assertEquals("Zamboanga", bus.place());
        assertEquals(30, best(bus, FigureKind.INJURED));
    }
}
