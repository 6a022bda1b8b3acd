package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.newsgraph.extract.InventedCopy.named;

/**
 * Places of a country's inside named by shape on invented wire-style copy: neighbourhoods named with their kind word
 * (slums, constituencies), parks and coasts where something happens, towns between two names, a small town of the
 * story's country rather than one abroad, a name placed by its distance from another place, "UK" as the subject of a verb, a big city spelt another way after any locative,
 * and a Russian republic as English copy spells it.
 */
class PlaceLocalShapesClassesTest {

    @Test
    void aSlumOrConstituencyNamedWithItsKindWordIsADistrictOfTheStorysCountry() {
        ArticleInput a = InventedCopy.only("""
                Police Clash With Protesters in Lagos

                LAGOS — Police fired tear gas at youths who blocked roads outside Lagos's Makoko slum on Monday. Officials said \
                three people were wounded in the constituency of Ajeromi, which includes the Olaleye shantytown.
                """);
        assertEquals("NG", named(a, "Makoko").countryCode());
        assertEquals("NG", named(a, "Ajeromi").countryCode());
        assertEquals("NG", named(a, "Olaleye").countryCode());
    }

    @Test
    void aParkOrCoastWhereSomethingHappensIsAPlace() {
        ArticleInput a = InventedCopy.only("""
                Thousands Rally in Accra

                ACCRA — Thousands of opposition supporters gathered in central Accra's Kwame Park on Saturday, while fishermen \
                protested along the Volta Coast, Ghanaian officials said.
                """);
        assertEquals("GH", named(a, "Kwame Park").countryCode());
        named(a, "Volta Coast");
    }

    @Test
    void townsBetweenTwoNamesAreTownsOfTheStorysCountry() {
        ArticleInput a = InventedCopy.only("""
                Cyclone Nears Australian Coast

                PERTH — A cyclone closed in on Western Australia on Wednesday. Forecasters expect the storm to cross the coast \
                between Exmouth and Karratha tonight, officials said.
                """);
        assertEquals("AU", named(a, "Exmouth").countryCode()); // not the English town of that name
        assertEquals("AU", named(a, "Karratha").countryCode());
    }

    @Test
    void theUkBeforeAVerbThatTakesADeterminerIsTheCountry() {
        ArticleInput a = InventedCopy.only("""
                Nurses Strike Over Pay

                Hospital staff across the UK began their walkout on Tuesday in a dispute over pay, union leaders said.
                """);
        assertEquals("GB", named(a, "UK").countryCode());
    }

    @Test
    void anotherSpellingOfABigCityAfterAnyLocativeIsThatCity() {
        ArticleInput a = InventedCopy.only("""
                Bombing Kills 12 in Northern Iraq

                MOSUL — A truck bomb killed 12 people in a village on Sunday. The wounded were flown to Dohuk, police said.
                """);
        assertEquals("IQ", named(a, "Dohuk").countryCode());
    }

    @Test
    void aNamePlacedByItsDistanceFromAnotherPlaceIsATownAndTheIncidentsPlace() {
        ArticleInput a = InventedCopy.only("""
                Rebels Kill Six Soldiers in Peru

                In Santa Rosita, about 300 km east of Lima, rebels ambushed an army patrol on Friday, killing six soldiers, \
                the Peruvian defense ministry said.
                """);
        assertEquals("PE", named(a, "Santa Rosita").countryCode());
        assertEquals("Santa Rosita", InventedCopy.onlyIncident(a).place());
    }

    @Test
    void aRussianRepublicIsNamedAsEnglishCopySpellsIt() {
        ArticleInput a = InventedCopy.only("""
                Gunmen Kill Two Police in Russia's North Caucasus

                MOSCOW — Gunmen attacked a police patrol in Buryatia and in Ingushetia on Monday, killing two officers, Russian \
                officials said.
                """);
        assertEquals("RU", named(a, "Ingushetia").countryCode());
        assertEquals("RU", named(a, "Buryatia").countryCode());
    }
}
