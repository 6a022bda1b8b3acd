package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.PlaceInput;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.newsgraph.extract.InventedCopy.named;
import static dev.newsgraph.extract.InventedCopy.place;

/**
 * How wire copy names places beyond a single locative, on invented copy: a capital coordinated with a place the
 * sentence locates, names that share one plural kind word, and a division or town
 * spelt as another transliteration than the gazetteer's.
 */
class PlaceCopyClassesTest {

    /** The capital is a place of its own, not an alias of its country. */
    private static void cityItself(ArticleInput a, String capital, String code) {
        PlaceInput city = a.places().stream().filter(p -> p.name().equals(capital)
                || p.kind() == dev.newsgraph.domain.PlaceKind.CITY && p.aliases().contains(capital)).findFirst()
                .orElseThrow(() -> new AssertionError("no city " + capital + " in " + a.places()));
        assertEquals(code, city.countryCode());
    }

    @Test
    void aCapitalCoordinatedWithALocatedPlaceIsLocatedToo() {
        cityItself(InventedCopy.only("""
                Aid Blocked in Sudan, U.N. Says

                The United Nations said on Monday that fighting had cut off aid to parts of Darfur and Khartoum for a third week.
                """), "Khartoum", "SD");
        cityItself(InventedCopy.only("""
                Protests Spread Across Myanmar

                Thousands of people marched on Sunday in Mandalay, Monywa and Yangon, witnesses said, as the army warned of a crackdown.
                """), "Yangon", "MM");
        cityItself(InventedCopy.only("""
                Airlines Suspend Flights to Lebanon

                Several airlines on Tuesday suspended flights to Amman and Beirut after a night of strikes, the carriers said.
                """), "Beirut", "LB");
        // the capital that opens the coordination still stands for its government
        ArticleInput a = InventedCopy.only("""
                Talks Stall Over Border

                Beijing and New Delhi traded accusations on Friday after the talks stalled, officials said.
                """);
        assertTrue(a.places().stream().noneMatch(p -> p.name().equals("Beijing")), a.places()::toString);
    }

    @Test
    void namesThatShareOnePluralKindWordAreEachThatKindOfPlace() {
        // a division named like its people ("Somali", "Afar") is the division when the kind word follows the list
        ArticleInput a = InventedCopy.only("""
                Drought Deepens in Ethiopia

                Aid agencies said on Tuesday that the drought had left millions hungry in Ethiopia's Oromia and Somali regions.
                """);
        assertEquals("ET", named(a, "Somali").countryCode(), a.places()::toString);
        assertEquals("ET", named(a, "Oromia").countryCode(), "a name no gazetteer has, in the list: " + a.places());
        ArticleInput b = InventedCopy.only("""
                Fighting Spreads in Northern Ethiopia

                Fighting spread this week into the Afar and Amhara regions, residents told reporters, as Ethiopia's army said it had retaken two towns.
                """);
        assertEquals("ET", named(b, "Afar").countryCode(), b.places()::toString);
        assertEquals("ET", named(b, "Amhara").countryCode(), b.places()::toString);
        ArticleInput c = InventedCopy.only("""
                Nigeria Extends Curfew

                Nigeria extended a curfew on Monday across the Borno, Yobe and Adamawa states after a week of attacks, officials said.
                """);
        assertEquals("NG", named(c, "Yobe").countryCode(), c.places()::toString);
        assertEquals("NG", named(c, "Adamawa").countryCode(), c.places()::toString);
        // "Somali police and Kenyan troops": a demonym without a kind word after the list stays a demonym
        ArticleInput d = InventedCopy.only("""
                Joint Patrols Begin on Border

                Somali police and Kenyan troops began joint patrols along the border on Wednesday, officials said.
                """);
        assertTrue(place(d, "Somali").isEmpty(), d.places()::toString);
        ArticleInput e = InventedCopy.only("""
                Envoys Meet Over Gulf Crisis

                Envoys of Arab and Western states met in Doha on Monday to discuss the crisis, diplomats said.
                """);
        assertTrue(place(e, "Western").isEmpty() && place(e, "Arab").isEmpty(), e.places()::toString);
    }

    @Test
    void aDivisionOrTownSpeltAsAnotherTransliterationIsThePlaceOfTheStorysCountry() {
        ArticleInput a = InventedCopy.only("""
                Bomber Hits Afghan Army Base

                A suicide bomber struck an army base in eastern Afghanistan on Monday, wounding nine soldiers. Paktiya provincial officials said the attacker drove a truck to the gate.
                """);
        assertEquals("AF", named(a, "Paktiya").countryCode(), a.places()::toString);
        assertEquals(dev.newsgraph.domain.PlaceKind.PROVINCE, named(a, "Paktiya").kind());
        ArticleInput b = InventedCopy.only("""
                Six Guards Killed in Pakistan

                Gunmen killed six border guards in Pakistan on Tuesday. Local officials in Baluchistan said the attackers fled toward the mountains.
                """);
        assertEquals("PK", named(b, "Baluchistan").countryCode(), b.places()::toString);
        ArticleInput c = InventedCopy.only("""
                Afghan Police Repel Attack

                Afghan police repelled a Taliban attack on a checkpoint in Qandahar on Wednesday, officials said.
                """);
        assertEquals("AF", named(c, "Qandahar").countryCode(), c.places()::toString);
        ArticleInput d = InventedCopy.only("""
                Somali Forces Retake Port Town

                Somali forces said on Thursday they had retaken a district near Kismayu from al-Shabab fighters after a week of clashes in Somalia.
                """);
        assertEquals("SO", named(d, "Kismayu").countryCode(), d.places()::toString);
        // no spelling of a place abroad: a name of another country's province in a story that does not name it
        ArticleInput e = InventedCopy.only("""
                Mexican Police Arrest Suspects

                Mexican police arrested four suspects in Paktiya on Friday, officials in Mexico said.
                """);
        assertTrue(e.places().stream().noneMatch(p -> "AF".equals(p.countryCode())), e.places()::toString);
    }
}
