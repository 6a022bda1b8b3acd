package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.hasOrg;
import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.orgs;
import static dev.newsgraph.extract.InventedCopy.people;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How wire copy says what an unknown name is, each as a class on invented copy: a name set off by "a group", "an armed
 * faction", "a mining company" after a comma is a body, not a person ("Jane Doe, a party leader" stays a person); a
 * convention, protocol or charter and a programme's "News Briefs" are no people; a faith or sect before a name ("Shi'ite
 * Houthi rebels", "Sunni Awakening fighters") opens no person's name; a coalition led by a country of two words ("the
 * Saudi Arabia-led coalition") is the "Saudi-led coalition" named otherwise; "the chief of Nigeria's Army Staff" is a
 * title, not a body; a picture's credit in the text ("(Photo: J. Doe/VOA)") names no outlet of the story; a country's army
 * spelled out in capitals ("the Malian Armed Forces") is the army the story names in lower case.
 */
class NameAppositionClassesTest {

    @Test
    void aNameSetOffByWhatKindOfBodyItIsIsABody() {
        ArticleInput a = only("""
                Blast Kills 12 at Market in Eastern Town

                PESHAWAR, Pakistan — A bomb tore through a crowded market on Friday, killing 12 people. Lashkar-e-Zil Ahrar, a group that broke away from the Pakistani Taliban, claimed responsibility. Police blamed Ansar Wilayat, an armed faction active in the tribal areas. Khyber Kanak Mining, a state-owned company, said two of its guards were among the dead. Rahim Gul Wazir, a party leader, condemned the bombing, and Sadia Noor, a member of the provincial assembly, visited the wounded.
                """);
        assertTrue(hasOrg(a, "Lashkar-e-Zil Ahrar") && hasOrg(a, "Ansar Wilayat") && hasOrg(a, "Khyber Kanak Mining"),
                a.organizations()::toString);
        assertTrue(people(a).contains("Rahim Gul Wazir") && people(a).contains("Sadia Noor"), people(a)::toString);
        assertFalse(people(a).stream().anyMatch(p -> p.contains("Ahrar") || p.contains("Wilayat") || p.contains("Kanak")),
                people(a)::toString);
    }

    @Test
    void aMilitiaNamedBeforeItsLabelInAnotherOrderIsABody() {
        ArticleInput a = only("""
                Gunmen Attack Army Post in Central Mali

                BAMAKO, Mali — Gunmen attacked an army post near Tenenkou on Sunday. Katiba Serma Dogon, an Islamist militia linked to al-Qaida, said its fighters had taken the post. Dan Na Kolo, a self-defense group, said it had lost three men.
                """);
        assertTrue(hasOrg(a, "Katiba Serma Dogon") && hasOrg(a, "Dan Na Kolo"), a.organizations()::toString);
        assertTrue(people(a).isEmpty(), people(a)::toString);
    }

    @Test
    void aTreatyAProgrammeAndAFaithBeforeANameAreNoPeople() {
        ArticleInput a = only("""
                Nerve Agent Used in Killing, Police Say

                KUALA LUMPUR — Police said on Tuesday that the poison used in the killing is banned under the 1993 Chemical Weapons Convention and the Geneva Protocol. Lawyers for the two suspects cited the African Charter on Human Rights. This is Radio Kenya: World Briefs. In Yemen, Shi'ite Houthi rebels shelled the port, and Sunni Awakening fighters said they had repelled an attack. Inspector-General Khalid Abu Bakar said the suspects would be charged on Wednesday.
                """);
        assertTrue(people(a).contains("Khalid Abu Bakar"), people(a)::toString);
        assertTrue(people(a).stream().allMatch(p -> p.equals("Khalid Abu Bakar")), people(a)::toString);
    }

    @Test
    void aCoalitionLedByACountryOfTwoWordsIsTheCoalitionNamedByItsDemonym() {
        ArticleInput a = only("""
                Airstrikes Hit Market in Northern Yemen

                SANAA, Yemen — Airstrikes by a Saudi Arabia-led coalition hit a market in Saada province on Monday, killing nine people, residents said. The Saudi-led coalition said it had targeted a weapons depot. In a separate conflict, a South Africa-led coalition of peacekeepers said it had withdrawn from the east of the Congo.
                """);
        long saudi = orgs(a).stream().filter(o -> o.contains("Saudi")).count();
        assertTrue(saudi == 1, a.organizations()::toString);
        assertTrue(hasOrg(a, "Saudi Arabia-led coalition") && hasOrg(a, "Saudi-led coalition"), a.organizations()::toString);
        assertTrue(orgs(a).stream().anyMatch(o -> o.startsWith("South Africa")), a.organizations()::toString);
        assertFalse(orgs(a).stream().anyMatch(o -> o.startsWith("Arabia") || o.startsWith("Africa")), a.organizations()::toString);
    }

    @Test
    void theChiefOfACountrysArmyStaffIsATitleNotABody() {
        ArticleInput a = only("""
                Army Says Schoolgirls Not Found in Retaken Towns

                ABUJA, Nigeria — The chief of Nigeria's Army Staff told reporters on Tuesday that troops had searched every recaptured town. Pakistan's Chief of Army Staff met the Afghan president in Kabul, and the Chief of the Defence Staff of Kenya visited troops in Somalia. The Ghanaian army said its soldiers were ready.
                """);
        assertFalse(orgs(a).stream().anyMatch(o -> o.endsWith("Staff")), a.organizations()::toString);
        assertTrue(hasOrg(a, "Ghanaian army"), a.organizations()::toString);
    }

    @Test
    void aPicturesCreditInTheTextNamesNoOutlet() {
        ArticleInput a = only("""
                Villagers Flee After Separatist Raid

                BAMENDA, Cameroon — Villagers fled their homes on Monday after gunmen torched 40 houses. (Photo: J. Mbah/Reuters) Residents gather near a burned house in Bali. (Photo by A. Tchoua/AFP) The governor said troops had been sent to the area. Residents told the Associated Press that the gunmen spoke English.
                """);
        assertFalse(hasOrg(a, "Reuters") || hasOrg(a, "AFP"), a.organizations()::toString);
        assertTrue(hasOrg(a, "Associated Press"), a.organizations()::toString);
    }

    @Test
    void aCountrysArmySpelledOutInCapitalsIsTheArmyNamedInLowerCase() {
        ArticleInput a = only("""
                Two Soldiers Killed in Attack on Army Post

                BAMAKO, Mali — Suspected jihadists attacked an army post near Douentza on Sunday, killing two soldiers, the Malian army said. "The toll is two dead on the side of the Malian Armed Forces," it added. In Niger, the Nigerien Armed Forces said they had killed 12 attackers, and the Nigerien army later raised the toll.
                """);
        assertTrue(orgs(a).stream().filter(o -> o.startsWith("Malian")).count() == 1, a.organizations()::toString);
        assertTrue(orgs(a).stream().filter(o -> o.startsWith("Nigerien")).count() == 1, a.organizations()::toString);
    }
}
