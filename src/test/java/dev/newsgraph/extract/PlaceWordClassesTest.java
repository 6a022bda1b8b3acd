package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.PlaceInput;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Words that name a place and something else, on invented wire-style copy: a country named only by its people's
 * adjective, a people of the same name as its region, a headline word the story writes as a common noun.
 */
class PlaceWordClassesTest {

    private static Optional<PlaceInput> place(ArticleInput a, String name) {
        return a.places().stream().filter(p -> p.name().equals(name) || p.aliases().contains(name)).findFirst();
    }

    private static void noPlace(ArticleInput a, String name) {
        assertTrue(place(a, name).isEmpty(), () -> name + " is no place here: " + a.places());
    }

    private static void inCountry(ArticleInput a, String name, String countryCode) {
        PlaceInput p = place(a, name).orElseThrow(() -> new AssertionError("no place " + name + " in " + a.places()));
        assertEquals(countryCode, p.countryCode(), a.places()::toString);
    }

    @Test
    void aCountryNamedOnlyByItsAdjectiveIsNoPlaceThoughItsTownsLieInItAndAQuoteMentionsIt() {
        // the town's country is its code, not a mention of the country; a quote that says "U.S. troops" is not about a place
        ArticleInput a = InventedCopy.only("""
                Car Bomb Kills Nine in Baghdad Market

                A car bomb exploded in a crowded market in Baghdad on Tuesday, killing nine people, Iraqi police said. "The Iraqi forces will find those who did this," an Iraqi police officer said.
                """);
        noPlace(a, "Iraq");
        inCountry(a, "Baghdad", "IQ");
        ArticleInput b = InventedCopy.only("""
                Gunmen Attack Bus Near Garissa

                Gunmen attacked a bus near Garissa on Sunday, killing four passengers, Kenyan officials said. Kenyan troops were sent to the area, a police commander said.
                """);
        noPlace(b, "Kenya");
        inCountry(b, "Garissa", "KE");
        ArticleInput c = InventedCopy.only("""
                Drone Strike Kills Militant Commander

                A drone strike killed a militant commander in the town of Miranshah on Friday, Pakistani intelligence officials said. "The U.S. drones were seen over the area for days," a resident said.
                """);
        noPlace(c, "United States");
        noPlace(c, "Pakistan");
        ArticleInput d = InventedCopy.only("""
                Protesters Gather Outside Embassy in Bamako

                Hundreds of protesters gathered outside the French embassy in Bamako on Friday, demanding that French troops leave, witnesses said.
                """);
        noPlace(d, "France");
        inCountry(d, "Bamako", "ML");
    }

    @Test
    void aPeopleNamedLikeItsRegionIsNoPlaceUnlessTheTextLocatesIt() {
        // "ethnic Amharas", "the Oromo and Amhara": the people; "in Amhara", "the Amhara region": the region
        ArticleInput a = InventedCopy.only("""
                Gunmen Kill Dozens in Western Ethiopia

                Gunmen killed at least 30 villagers in Ethiopia's Oromia region on Saturday, residents said. Most of the dead were ethnic Amharas, they said. Clashes between the Oromo and Amhara, Ethiopia's two largest ethnic groups, have grown this year.
                """);
        noPlace(a, "Amhara");
        inCountry(a, "Oromia", "ET");
        ArticleInput b = InventedCopy.only("""
                Militia Leader Arrested in Amhara

                Police arrested a militia leader in Amhara on Monday, officials said. The leader, an ethnic Amhara, led attacks on Oromos in the border area, the officials said.
                """);
        inCountry(b, "Amhara", "ET");
        ArticleInput c = InventedCopy.only("""
                Bomb Kills Elders in Quetta

                A bomb killed four tribal elders in Quetta on Sunday, police said. The elders were ethnic Hazara, and Hazaras have been targeted by militants for years, a community leader said.
                """);
        noPlace(c, "Hazara");
        ArticleInput d = InventedCopy.only("""
                Refugees Return to Northern Syria

                Hundreds of ethnic Kurds returned to their homes in northern Syria this week, aid workers said. Many Kurds fled fighting last year, the workers said.
                """);
        noPlace(d, "Kurdistan");
        noPlace(d, "Kurd");
    }

    @Test
    void anAdjectiveBeforeTheKindWordOfANamedTownDescribesTheTownAndIsNoPlace() {
        // "the Ossetian town of Tskhinvali": the town is Tskhinvali, "Ossetian" no town of the local tier
        ArticleInput a = InventedCopy.only("""
                Fighting Spreads in Georgia

                Georgian troops launched an offensive against the Ossetian town of Tskhinvali on Thursday, officials in Georgia said.
                """);
        noPlace(a, "Ossetian");
        inCountry(a, "Tskhinvali", "GE");
        ArticleInput b = InventedCopy.only("""
                Mass Grave Found Near Srebrenica

                Investigators found a mass grave near the Bosnian town of Srebrenica, officials in Sarajevo said on Tuesday.
                """);
        noPlace(b, "Bosnian");
        inCountry(b, "Srebrenica", "BA");
        ArticleInput c = InventedCopy.only("""
                Rockets Hit Border Town

                Rockets hit the Kurdish town of Qamishli on Monday, killing two people, local officials in Syria said.
                """);
        noPlace(c, "Kurdish");
        inCountry(c, "Qamishli", "SY");
        ArticleInput d = InventedCopy.only("""
                Gunmen Raid Village in Plateau State

                Gunmen raided the Berom village of Heipang in Nigeria's Plateau state on Sunday, killing 11 people, police said.
                """);
        noPlace(d, "Berom");
        inCountry(d, "Heipang", "NG");
    }

    @Test
    void aHeadlineWordTheStoryWritesInLowerCaseIsACommonNounNotATownAbroad() {
        // a headline capitalises every word: "Independence" there is Missouri's city only if the body says so
        ArticleInput a = InventedCopy.only("""
                Montenegro Votes for Independence, Official Results Show

                A majority of voters in Montenegro backed independence from Serbia in Sunday's referendum, official results showed.
                """);
        noPlace(a, "Independence");
        inCountry(a, "Montenegro", "ME");
        ArticleInput b = InventedCopy.only("""
                Surprise Attack Kills Six Soldiers in Mali

                Militants killed six soldiers in a surprise attack on an army post in central Mali on Friday, the army said.
                """);
        noPlace(b, "Surprise");
        ArticleInput c = InventedCopy.only("""
                Mobile Networks Cut Across Iran Amid Protests

                Authorities in Iran cut mobile networks in several cities on Thursday as protests spread, residents said.
                """);
        noPlace(c, "Mobile");
        ArticleInput d = InventedCopy.only("""
                Ruling Coalition Split Deepens in Nepal

                The split in Nepal's ruling coalition deepened on Monday when two ministers resigned, officials in Kathmandu said.
                """);
        noPlace(d, "Split");
        ArticleInput located = InventedCopy.only("""
                Storm Floods Streets in Mobile

                A storm flooded streets in Mobile, Alabama, on Tuesday and cut power to thousands of homes, officials said. Mobile phone networks were down for hours.
                """);
        inCountry(located, "Mobile", "US");
    }

    @Test
    void aDivisionWithItsCapitalisedKindWordBeforeATitleAndANameIsAPlace() {
        // "Interior Minister for Morelos State Pablo Ojeda": the state, then the person
        ArticleInput a = InventedCopy.only("""
                Gunmen Kill Eight at Funeral in Mexico

                Gunmen killed eight people at a funeral in the city of Cuernavaca on Tuesday. Interior Minister for Morelos State Pablo Ojeda said the gunmen arrived in several vehicles.
                """);
        inCountry(a, "Morelos", "MX");
        assertTrue(InventedCopy.people(a).contains("Pablo Ojeda"), InventedCopy.people(a)::toString);
        ArticleInput b = InventedCopy.only("""
                Floods Kill Dozens in Pakistan

                Floods killed 40 people in southern Pakistan this week. Sindh Province Chief Minister Murad Ali Shah said more rain was expected.
                """);
        inCountry(b, "Sindh", "PK");
        assertTrue(InventedCopy.people(b).contains("Murad Ali Shah"), InventedCopy.people(b)::toString);
        ArticleInput c = InventedCopy.only("""
                Bandits Kidnap Pupils in Nigeria

                Bandits kidnapped dozens of pupils from a school in northwest Nigeria on Friday. Kaduna State Governor Nasir el-Rufai said security forces were searching for them.
                """);
        inCountry(c, "Kaduna State", "NG");
    }

    @Test
    void aNamedHillMountainOrForestWhereSomethingHappensIsAPlaceOfTheCountryAroundIt() {
        ArticleInput a = InventedCopy.only("""
                Quake Damages Churches in Central Philippines

                A strong earthquake damaged old churches and set off landslides near the Chocolate Hills in Bohol province on Tuesday, officials said.
                """);
        inCountry(a, "Chocolate Hills", "PH");
        ArticleInput b = InventedCopy.only("""
                Defense Chief Testifies on Syria Strategy

                Defense Secretary Ash Carter arrived on Capitol Hill in Washington on Wednesday to testify before a Senate committee.
                """);
        inCountry(b, "Capitol Hill", "US");
        ArticleInput c = InventedCopy.only("""
                Army Says Rebels Killed in Sudan Clashes

                The Sudanese army said it killed 40 rebels in fighting in the Nuba Mountains on Sunday, in Sudan's South Kordofan state.
                """);
        inCountry(c, "Nuba Mountains", "SD");
        ArticleInput d = InventedCopy.only("""
                Wildfire Forces Thousands to Flee in California

                A wildfire burning in the Sierra National Forest forced thousands of people to flee their homes in California on Monday, officials said.
                """);
        inCountry(d, "Sierra National Forest", "US");
        ArticleInput e = InventedCopy.only("""
                Hill Says Talks With North Korea Will Resume

                U.S. envoy Christopher Hill said on Monday talks with North Korea would resume next week in Beijing.
                """);
        noPlace(e, "Christopher Hill");
    }

    @Test
    void aNamedRiverIsAPlaceOfNoCountryNotTheTownOfItsName() {
        // a river is a named natural feature; it has no country code (it may cross borders), and the town or district
        // that shares its first word is not meant
        ArticleInput a = InventedCopy.only("""
                Floods Maroon Villages in Eastern India

                The rising Mahanadi River burst its banks in Orissa state on Monday, marooning 191 villages, officials said.
                """);
        assertTrue(place(a, "Mahanadi River").isPresent(), a.places()::toString);
        assertEquals(null, place(a, "Mahanadi River").get().countryCode());
        ArticleInput b = InventedCopy.only("""
                Bihar Flood Toll Rises

                The Kosi river, which flows from Nepal into India, changed its course last month and flooded much of Bihar, officials said.
                """);
        assertEquals(null, place(b, "Kosi river").orElseThrow(() -> new AssertionError(b.places().toString())).countryCode());
        noPlace(b, "Kosi");
        ArticleInput c = InventedCopy.only("""
                Troops Cross Euphrates to Retake Villages

                Kurdish-led fighters crossed the Euphrates River on Sunday and retook two villages near Raqqa, a spokesman said.
                """);
        assertEquals(null, place(c, "Euphrates River").orElseThrow(() -> new AssertionError(c.places().toString())).countryCode());
        ArticleInput d = InventedCopy.only("""
                Bodies Found in River After Attack

                Police recovered 12 bodies from the Tana River on Wednesday, two days after gunmen attacked a village near Garsen, Kenyan officials said. Residents of Tana River County fled.
                """);
        assertEquals(null, place(d, "Tana River").orElseThrow(() -> new AssertionError(d.places().toString())).countryCode());
        inCountry(d, "Tana River County", "KE");
    }

    @Test
    void aPlaceInCapitalsOpeningANewsItemsSlugIsNamed() {
        // news briefs pages open each item with a slug in capitals: the place it is about, a dash or colon, the topic
        // (the first item's slug reads as the page's dateline; the later ones are the class)
        ArticleInput a = InventedCopy.only("""
                World News Briefs

                BURMA - SUU KYI: The trial of Burmese opposition leader Aung San Suu Kyi resumed on Thursday at a prison in Rangoon, her lawyers said.

                INDONESIA - ELECTION: The election commission said on Friday the president had won a second term with 61 percent of the vote.

                PHILIPPINES: A typhoon killed at least 12 people on Saturday and forced thousands from their homes, officials said.
                """);
        inCountry(a, "INDONESIA", "ID");
        inCountry(a, "PHILIPPINES", "PH");
        ArticleInput b = InventedCopy.only("""
                Afternoon Bulletin

                Leaders of the region met on Monday to discuss trade, officials said.

                NORTH KOREA \u2014 MISSILES: The North fired two short-range missiles into the sea on Tuesday, the South Korean military said.

                TRIAL - VERDICT: A court sentenced a former minister to eight years in prison on Wednesday.
                """);
        inCountry(b, "North Korea", "KP");
        noPlace(b, "Trial");
        noPlace(b, "TRIAL");
    }

    @Test
    void aBreakawayRegionItsCapitalAndAFormerStateArePlaces() {
        // regions that declared themselves states lie in the country whose territory they are; a former state has no code
        ArticleInput a = InventedCopy.only("""
                Fighting Flares in Breakaway Region

                Fighting flared in South Ossetia overnight, officials in Georgia said. Shells hit the outskirts of Tskhinvali, the region's main town.
                """);
        inCountry(a, "South Ossetia", "GE");
        ArticleInput b = InventedCopy.only("""
                Shelling Hits Enclave's Capital

                Azerbaijan shelled the breakaway enclave of Nagorno-Karabakh on Sunday, including its capital Stepanakert, Armenian officials said.
                """);
        inCountry(b, "Nagorno-Karabakh", "AZ");
        inCountry(b, "Stepanakert", "AZ");
        ArticleInput c = InventedCopy.only("""
                Pirates Seize Fishing Boat off Somalia

                Pirates seized a fishing boat off the coast of Puntland on Monday, officials in Somaliland and Somalia said.
                """);
        inCountry(c, "Puntland", "SO");
        inCountry(c, "Somaliland", "SO");
        ArticleInput d = InventedCopy.only("""
                Montenegro Marks Anniversary of Vote

                Montenegro marked 10 years since its vote to leave what remained of Yugoslavia. Like Slovakia, which split from Czechoslovakia, it joined NATO.
                """);
        inCountry(d, "Yugoslavia", null);
        inCountry(d, "Czechoslovakia", null);
        ArticleInput e = InventedCopy.only("""
                Veterans Remember Afghan War

                Veterans in Moscow remembered the soldiers killed in Afghanistan, where the Soviet Union fought a decade-long war. Soviet troops left in 1989.
                """);
        inCountry(e, "Soviet Union", null);
    }

    @Test
    void initialsGluedToAParticipleAreABodysNotACountrysCode() {
        // "IS-affiliated" is the Islamic State's, not Iceland's; "AU-led" the African Union's, not Australia's
        ArticleInput a = InventedCopy.only("""
                Militants Kill 26 Civilians in Eastern Congo

                Officials in the Democratic Republic of the Congo blamed IS-affiliated rebels for the killing of 26 civilians near the town of Oicha on Monday.
                """);
        noPlace(a, "Iceland");
        ArticleInput b = InventedCopy.only("""
                Militants Attack Base in Somalia

                Militants attacked an AU-led peacekeeping base in southern Somalia on Tuesday, the mission said.
                """);
        noPlace(b, "Australia");
        ArticleInput c = InventedCopy.only("""
                Talks Stall in Gaza

                The PA-run ministry in Ramallah said talks on Gaza had stalled, officials said. US-led mediators and UK-based aid groups met in Cairo.
                """);
        noPlace(c, "Panama");
    }
}
