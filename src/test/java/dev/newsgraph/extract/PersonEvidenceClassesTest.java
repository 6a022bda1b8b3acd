package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsgraph.extract.InventedCopy.people;
import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evidence wire copy gives that a capitalised name opening a sentence is a person's, and the readings that compete
 * with it, each as a class on invented copy: what follows the name after a comma ("of the X Party", "who", "whose", an
 * age, a title with its modifiers); a surname that a gazetteer has as a town, used again before a reporting verb; an
 * outlet's reporter named right after it without a possessive ("VOA Jane Doe talks to ..."); a religious office before
 * a name ("Cardinal X", "the imam Y"), a title like any other; and a name that opens with
 * another language's article ("El Periodico", "La Prensa"), which is a newspaper's or a group's, not a person's, unless
 * the copy shows it speaking; "Le" also opens Vietnamese names ("Le Thi Hoa").
 */
class PersonEvidenceClassesTest {

    @Test
    void whatFollowsANameAfterACommaMakesItAPersons() {
        ArticleInput a = only("""
                Polls Open Across the Bloc

                THE HAGUE — Polls opened on Thursday. Geert Vandamme, of the far-right Party for Freedom, was among the first to vote. Marta Olsen, who leads the Green list, voted later. Pieter Claes, whose brother was jailed, stayed home. Tomas Berger, 54, waited in line. Kim Sovann, senior program coordinator of the watchdog Nicfa, went on the radio.
                """);
        assertEquals(List.of("Geert Vandamme", "Marta Olsen", "Pieter Claes", "Tomas Berger", "Kim Sovann"), people(a),
                a.people()::toString);
    }

    @Test
    void aRunAloneOnItsLineIsAPageLabelUnlessTheStoryNamesThePerson() {
        // a page's menu pasted above the story, each line a paragraph of its own
        ArticleInput a = new ArticleExtractor().extractArticle(new RawArticle("Storm Floods Coastal Towns", List.of(), List.of(
                "1. Weather Journal", "2. Farm Report", "• Seats Declared: 1,204", "Amira Haddad",
                "A storm flooded coastal towns in Tunisia on Monday, officials said. Amira Haddad, a local councillor, said "
                        + "the water rose in minutes, and Haddad asked for help.")), "invented");
        assertEquals(List.of("Amira Haddad"), people(a), a.people()::toString);
    }

    @Test
    void aSurnameThatIsATownIsThePersonsWhereItSpeaks() {
        ArticleInput a = only("""
                Court Grants Release to Jailed Editor

                GUATEMALA CITY — Jose Ruben Segovia has rejected the accusations against him. The judges said there was no risk of flight. Segovia told journalists he would appeal. Ana Lucia Toledo has filed a complaint as well, and Toledo said the case was political.
                """);
        assertTrue(people(a).containsAll(List.of("Jose Ruben Segovia", "Ana Lucia Toledo")), a.people()::toString);
    }

    @Test
    void anOutletsReporterNamedAfterItIsNoPersonOfTheStory() {
        ArticleInput a = only("""
                Allies Pledge More Air Defense

                WASHINGTON — Leaders pledged more air defense on Wednesday. VOA Anna Petrova talks to Sophie Lind, who is part of a research group, about the pledge. Reuters Tom Baker spoke to Ivan Horak, a diplomat.
                """);
        assertEquals(List.of("Sophie Lind", "Ivan Horak"), people(a), a.people()::toString);
    }

    @Test
    void aReligiousOfficeIsATitleNotPartOfTheName() {
        ArticleInput a = only("""
                Church Leaders Demand Inquiry Into Bombings

                COLOMBO — Cardinal Malcolm Perera accused the government of hiding evidence on Sunday. "We want the truth," said Archbishop Peter Mwangi, who led the service, and the imam Yusuf Qasim prayed for the victims.
                """);
        assertEquals(List.of("Malcolm Perera", "Peter Mwangi", "Yusuf Qasim"), people(a), a.people()::toString);
    }

    @Test
    void aNameOpeningWithAnotherLanguagesArticleIsNoPersonUnlessItSpeaks() {
        ArticleInput a = only("""
                Editor Freed After Two Years

                The founder of the now-shuttered El Periodico was freed on Friday, and an editorial in the daily Le Figaro called for his acquittal. Columns in Die Tageszeitung and La Prensa Libre followed. Los Bravos said on Saturday the case was closed. In Hanoi, police arrested the blogger's lawyers Le Thi Hoa and Tran Van Minh.
                """);
        assertEquals(List.of("Los Bravos", "Le Thi Hoa", "Tran Van Minh"), people(a), a.people()::toString);
    }
}
