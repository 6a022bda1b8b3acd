package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.PersonInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.people;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People in the shapes unseen copy had and dev rarely did, each class in invented copy: abbreviated ranks and members
 * of a legislature before a name; a courtesy title before a surname the copy gives alone ("Mr. Sayyad"), also when the
 * full name has the Arabic article ("Mr. Maliki" after "Nouri al-Maliki"); the members of a party and a demonym of two
 * words before names; the field of an office closing a title written in full ("Secretary of State for Justice"); people
 * known by one name, after a title in lower case or "named"; and, as no people, the adjectives of peoples that open the
 * names of groups and things, feasts, time zones and fairs, and a run that qualifies the title after it.
 */
class PersonUnseenShapesClassesTest {

    @Test
    void abbreviatedRanksAndLegislatorsAreTitles() {
        ArticleInput a = only("""
                Soldiers Honoured at Base

                KANDAHAR — Troops lined the runway on Friday for Cpl. Dana Whitfield and Pvt. Marcus Oyelaran, who died in the blast. Opposition MP Maria Teresa Lopes Cabral told reporters the inquiry must be public.
                """);
        List<String> people = people(a);
        assertTrue(people.containsAll(List.of("Dana Whitfield", "Marcus Oyelaran", "Maria Teresa Lopes Cabral")), people::toString);
    }

    @Test
    void aCourtesyTitleBeforeALoneSurnameNamesAPerson() {
        ArticleInput a = only("""
                Defense Vows Appeal in Bombing Case

                KARACHI — Defense lawyer Mr. Okonkwo said the case against his clients was weak. Dr Farrant told reporters the wounded guard was stable, and Mrs. Alvarado thanked the nurses. Earlier, Prime Minister Nouri al-Tamimi met the families; Mr. Tamimi said the attackers would be caught.
                """);
        List<String> people = people(a);
        assertTrue(people.containsAll(List.of("Okonkwo", "Farrant", "Alvarado", "Nouri al-Tamimi")), people::toString);
        assertFalse(people.contains("Tamimi"), people::toString);
        PersonInput lawyer = a.people().stream().filter(p -> p.name().equals("Okonkwo")).findFirst().orElseThrow();
        assertTrue(lawyer.aliases().contains("Mr. Okonkwo"), lawyer.aliases()::toString);
    }

    @Test
    void partyMembersAndTwoWordDemonymsDescribeTheNamesAfterThem() {
        ArticleInput a = only("""
                Senators Open Talks on Gun Bill

                WASHINGTON — A group of senators, Democrats Sarah Ellison and Tom Wexler and Republicans John Carrow and Mike Delaney, began talks on Tuesday. The freed hostages, New Zealander Olaf Brandt and Sri Lankan Ravi Perera, were flown home.
                """);
        assertEquals(List.of("Sarah Ellison", "Tom Wexler", "John Carrow", "Mike Delaney", "Olaf Brandt", "Ravi Perera"),
                people(a));
    }

    @Test
    void theFieldOfAnOfficeClosesATitleWrittenInFull() {
        ArticleInput a = only("""
                Ailing Prisoner Freed

                LONDON — The prisoner was freed by Secretary of State for Justice Alan Pryce on Friday. Commissioner for the Internal Market and Services Pieter Vos is proposing the change, and Minister for Health and Social Services Mary Keane said the ward would reopen.
                """);
        assertEquals(List.of("Alan Pryce", "Pieter Vos", "Mary Keane"), people(a));
    }

    @Test
    void peopleKnownByOneNameAfterATitleInLowerCaseOrNamed() {
        ArticleInput a = only("""
                Army Says Rebel Commanders Killed

                COLOMBO — The army said the rebels suffered heavy losses, including senior rebel leader Ilanthirayan. It also killed local commander Rasulov, the statement said. A radio station identified the bomber as a young man named Abdirahman.
                """);
        assertEquals(List.of("Ilanthirayan", "Rasulov", "Abdirahman"), people(a));
    }

    @Test
    void adjectivesOfPeoplesFeastsTimeZonesAndFairsOpenNoName() {
        ArticleInput a = only("""
                Island Marks New Holiday

                SUVA — On Monday, the Tamil Tigers said the army had attacked, and Kurdish Workers marched. Officials raised the Aboriginal Flag over the hall as crowds marked the Maori New Year, and the fireworks began at 9 p.m. (Mountain Time). Thousands went to the annual Riverside Craft Fair, organiser Helen Marsh said.
                """);
        assertEquals(List.of("Helen Marsh"), people(a));
    }

    @Test
    void aRunBeforeATitleQualifiesIt() {
        ArticleInput a = only("""
                Soldiers Killed in Base Attack

                NAIROBI — Al-Shabab says it killed 60 troops, but Deputy Bakool Governor Ahmed Farah Ali told VOA that 12 soldiers were killed. Acting Hiiraan Governor Abdi Aden Yusuf said the base was retaken.
                """);
        assertEquals(List.of("Ahmed Farah Ali", "Abdi Aden Yusuf"), people(a));
    }
}
