package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.PlaceInput;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.newsgraph.extract.InventedCopy.named;
import static dev.newsgraph.extract.InventedCopy.place;

/**
 * Places whose name or country depends on the words around them, on invented wire-style copy: seas and regions that
 * span countries, names behind an Arabic article, words of a person's or an event's name that some town also has, faiths
 * before a kind word, a building described by an apposition, "the capital city", places named after "community of" or
 * placed "in" a known province, and a place misspelt with its own letters.
 */
class PlaceContextClassesTest {

    private static void noPlace(ArticleInput a, String name) {
        assertTrue(place(a, name).isEmpty(), () -> name + " is no place here: " + a.places());
    }

    private static void noCountry(ArticleInput a, String countryCode) {
        assertTrue(a.places().stream().noneMatch(p -> countryCode.equals(p.countryCode())),
                () -> "nothing here lies in " + countryCode + ": " + a.places());
    }

    @Test
    void aGulfBayOrStraitOfAPlaceIsABodyOfWaterOfNoCountry() {
        ArticleInput a = InventedCopy.only("""
                Ferry Catches Fire in Gulf of Thailand

                BANGKOK — A ferry carrying 90 passengers caught fire in the Gulf of Thailand on Friday, the navy said. All on board were rescued.
                """);
        assertNull(named(a, "Gulf of Thailand").countryCode(), a.places()::toString);
        noCountry(a, "PG"); // not Papua New Guinea's Gulf Province
        ArticleInput b = InventedCopy.only("""
                Navy Shadows Tanker Off Vietnam

                HANOI — Two patrol boats shadowed a tanker through the Gulf of Tonkin on Tuesday, Vietnamese officials said.
                """);
        assertNull(named(b, "Gulf of Tonkin").countryCode(), b.places()::toString);
        ArticleInput c = InventedCopy.only("""
                Migrant Boat Sinks

                MADRID — A boat carrying 40 migrants sank in the Strait of Gibraltar on Sunday, Spain's sea rescue service said.
                """);
        assertNull(named(c, "Strait of Gibraltar").countryCode(), c.places()::toString);
        noCountry(c, "GI");
    }

    @Test
    void aRegionSpanningCountriesHasNoCountryEvenWhereOneCountryHasADivisionOfThatName() {
        ArticleInput a = InventedCopy.only("""
                Troops Leave Niger

                NIAMEY — The last foreign troops left Niger on Monday. Armed groups linked to al-Qaida remain active in the Sahel region, officials said.
                """);
        assertNull(named(a, "Sahel").countryCode(), "the Sahel, not Burkina Faso's province: " + a.places());
        ArticleInput b = InventedCopy.only("""
                Gunmen Attack Village in Burkina Faso

                OUAGADOUGOU — Gunmen killed nine people in a village of Burkina Faso's Sahel region on Sunday, the governor said.
                """);
        assertEquals("BF", named(b, "Sahel").countryCode(), "the province its country's possessive names: " + b.places());
        ArticleInput c = InventedCopy.only("""
                Haiti Appeals for Aid

                PORT-AU-PRINCE — Haiti, the poorest country in the Western Hemisphere, appealed for aid on Friday.
                """);
        assertNull(named(c, "Western Hemisphere").countryCode(), c.places()::toString);
        ArticleInput d = InventedCopy.only("""
                Rebels Attack Convoy

                Gunmen attacked a police convoy on Thursday in the Northern Caucasus republic of Dagestan, officials said. Fishermen on the shores of Lake Chad said the water had risen.
                """);
        assertNull(named(d, "Northern Caucasus").countryCode(), d.places()::toString);
        assertNull(named(d, "Lake Chad").countryCode(), d.places()::toString);
        noCountry(d, "TD");
    }

    @Test
    void aNameBehindAnArabicArticleIsThePlaceTheGazetteerWritesWithTheArticle() {
        ArticleInput a = InventedCopy.only("""
                Paramilitaries Shell Darfur City

                CAIRO — Paramilitary forces shelled el-Fasher on Saturday, killing eight people, a medical group said.
                """);
        assertEquals("SD", named(a, "el-Fasher").countryCode(), a.places()::toString);
        ArticleInput b = InventedCopy.only("""
                Drone Strike Hits Syrian Town

                BEIRUT — A drone struck a market in Al-Bab on Monday, killing four people, a monitoring group said.
                """);
        assertEquals("SY", named(b, "Al-Bab").countryCode(), b.places()::toString);
    }

    @Test
    void aTownsNameInsideAPersonsOrAnEventsNameIsNoPlace() {
        ArticleInput a = InventedCopy.only("""
                Court Frees Editor

                GUATEMALA CITY — A Guatemalan court on Wednesday granted journalist Jose Ruben Zamora a conditional release. Zamora told reporters he was innocent.
                """);
        noPlace(a, "Zamora");
        ArticleInput b = InventedCopy.only("""
                Pilgrims Gather in Samarra

                BAGHDAD — Thousands of pilgrims gathered in Samarra on Friday to mark the death of imam Hassan al-Askari, police said.
                """);
        noPlace(b, "Hassan");
        noCountry(b, "IN");
        ArticleInput c = InventedCopy.only("""
                Bolivian Leader Quits

                LA PAZ — Former president Carlos Diego Mesa called for calm on Sunday. Mesa told supporters the vote must be repeated.
                """);
        noPlace(c, "Mesa");
        ArticleInput d = InventedCopy.only("""
                Leaders Meet for Second Day

                Leaders met in Washington on Wednesday for the second day of the NATO Summit, officials said. The ASEAN Summit opens next week.
                """);
        noPlace(d, "Summit");
    }

    @Test
    void aFaithBeforeAKindWordIsNoPlace() {
        ArticleInput a = InventedCopy.only("""
                Bomb Kills Pilgrims in Iraq

                BAGHDAD — A bomb killed six pilgrims in the Shiite city of Najaf on Friday. Gunmen later raided a Sunni district of Baghdad, and a car bomb struck the Christian town of Qaraqosh, police said.
                """);
        noPlace(a, "Shiite");
        noPlace(a, "Sunni");
        noPlace(a, "Christian");
        assertEquals("IQ", named(a, "Najaf").countryCode(), a.places()::toString);
        assertEquals("IQ", named(a, "Qaraqosh").countryCode(), a.places()::toString);
    }

    @Test
    void anAppositionSaysWhetherANameFollowedByItsCountryIsAPlaceOrABuilding() {
        ArticleInput a = InventedCopy.only("""
                Missile Hits Children's Hospital

                KYIV — A missile struck Okhmatdyt, Ukraine's largest children's hospital, on Monday, officials said. Another hit Zelenobriv, Ukraine's smallest city, hours later.
                """);
        noPlace(a, "Okhmatdyt");
        assertEquals("UA", named(a, "Zelenobriv").countryCode(), a.places()::toString);
        ArticleInput b = InventedCopy.only("""
                Strike Damages Clinic

                A drone hit Soroka Nesher, Israel's main southern trauma center, on Tuesday, the army said.
                """);
        noPlace(b, "Soroka Nesher");
    }

    @Test
    void theCapitalCityIsThePlaceNotItsGovernment() {
        ArticleInput a = InventedCopy.only("""
                Missiles Hit Ukraine

                GENEVA — U.N. agencies condemned missile attacks that hit a hospital in the capital city Kyiv on Monday.
                """);
        assertEquals("UA", named(a, "Kyiv").countryCode(), a.places()::toString);
        assertEquals("CITY", named(a, "Kyiv").kind().name());
        ArticleInput b = InventedCopy.only("""
                Blast Shakes Kenyan Capital

                A blast shook the capital city Nairobi early on Friday, police said.
                """);
        assertEquals("CITY", named(b, "Nairobi").kind().name(), b.places()::toString);
    }

    @Test
    void aCommunityOrRepublicOfAName_AndANamePlacedInAKnownProvince_AreTownsOfThatCountry() {
        ArticleInput a = InventedCopy.only("""
                Gunmen Kill 30 in Nigerian Village

                MAIDUGURI — Militants attacked the community of Kwaghir in Borno state before dawn on Tuesday, killing 30 people. The army said its troops were in full control of Marte in Borno state.
                """);
        assertEquals("NG", named(a, "Kwaghir").countryCode(), a.places()::toString);
        assertEquals("NG", named(a, "Marte").countryCode(), a.places()::toString);
        ArticleInput b = InventedCopy.only("""
                Soldiers Killed in Russian South

                Police in the Russian republic of Ingushetia are searching for gunmen who killed six soldiers on Thursday.
                """);
        assertEquals("RU", named(b, "Ingushetia").countryCode(), b.places()::toString);
        ArticleInput c = InventedCopy.only("""
                Hazara Mourn Dead

                KABUL — The Hazara community buried its dead on Sunday, a day after a bomb killed 12 people in western Kabul.
                """);
        noPlace(c, "Hazara");
    }

    @Test
    void aNameSpeltWithTheLettersOfAPlaceTheStoryNamesIsThatPlaceNotANamesakeAbroad() {
        ArticleInput a = InventedCopy.only("""
                Taliban Attack District Center in Ghazni

                KABUL — Taliban insurgents attacked a district center in Ghazni province on Thursday, Afghan officials said. Officials in Ghanzi said the fighting lasted four hours.
                """);
        noCountry(a, "BW");
        assertTrue(named(a, "Ghazni").aliases().contains("Ghanzi"), a.places()::toString);
        ArticleInput b = InventedCopy.only("""
                Drought Grips Botswana

                GABORONE — Farmers in Botswana's Ghanzi district lost half their cattle this year, the agriculture ministry said.
                """);
        assertEquals("BW", named(b, "Ghanzi").countryCode(), b.places()::toString);
    }
    @Test
    void aNamedCityQuarterIsADistrictOfTheCityThatOwnsIt() {
        ArticleInput a = InventedCopy.only("""
                Clashes Erupt in Iraqi Capital

                BAGHDAD — Fresh battles broke out late Wednesday in Baghdad's Sadr City between troops and militants, officials said.
                """);
        PlaceInput sadr = named(a, "Sadr City");
        assertEquals("IQ", sadr.countryCode(), a.places()::toString);
        assertEquals("Baghdad", sadr.parent());
        ArticleInput b = InventedCopy.only("""
                Fire Destroys Market

                MANILA — A fire destroyed a market in Kalinaw City in the Philippines on Sunday, officials said. Nobody was hurt.
                """);
        assertEquals("PH", named(b, "Kalinaw City").countryCode(), b.places()::toString);
        ArticleInput c = InventedCopy.only("""
                Quake Shakes Southern Mexico

                A strong earthquake shook Oaxaca's Tlalcanapa City on Tuesday, damaging dozens of homes, officials said.
                """);
        assertEquals("MX", named(c, "Tlalcanapa City").countryCode(), c.places()::toString);
    }

    @Test
    void aTwoWordTownWrittenAsOneWordIsThatTown() {
        ArticleInput a = InventedCopy.only("""
                Blast Kills Three in Helmand

                KABUL — A roadside bomb killed three civilians on the outskirts of Lashkargah, the capital of Helmand province, officials said.
                """);
        assertEquals("AF", named(a, "Lashkargah").countryCode(), a.places()::toString);
        ArticleInput b = InventedCopy.only("""
                Floods Hit Sindh

                KARACHI — Floods cut the road between Hyderabad and Mirpurkhas on Monday, Pakistani officials said.
                """);
        assertEquals("PK", named(b, "Mirpurkhas").countryCode(), b.places()::toString);
    }

    @Test
    void aCountrysShortNameBesideItsOwnFullNameIsTheOtherCountryOfThatName() {
        ArticleInput a = InventedCopy.only("""
                African Leaders Meet

                MAPUTO — The summit was missing leaders from Congo, the Democratic Republic of Congo and Uganda, diplomats said.
                """);
        assertEquals("CG", named(a, "Congo").countryCode(), a.places()::toString);
        assertEquals("CD", named(a, "Democratic Republic of Congo").countryCode(), a.places()::toString);
        ArticleInput b = InventedCopy.only("""
                Rebels Seize Town

                KINSHASA — Rebels seized a town in eastern Congo on Monday, the army said.
                """);
        assertEquals("CD", named(b, "Congo").countryCode(), "alone, Congo is the larger one: " + b.places());
        ArticleInput c = InventedCopy.only("""
                Troops Deployed in Kashmir

                NEW DELHI — India says Pakistan helps militants cross into Indian Kashmir, a charge Pakistani officials deny. Troops patrolled the winter capital of Indias state of Jammu and Kashmir.
                """);
        noCountry(c, "IO"); // "Indian" beside "India" is India's demonym, not the British Indian Ocean Territory
        noPlace(c, "Indias");
    }
}
