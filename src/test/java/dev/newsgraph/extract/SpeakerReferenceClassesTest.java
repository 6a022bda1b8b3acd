package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.speakerOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How wire copy refers to the speaker of quoted words when no verb of saying stands next to them (issue 11, speakers),
 * each class in several phrasings on invented copy: a sentence's subject who acted "..., saying "..."", a person named
 * behind the body they work for ("The U.N. refugee chief X also welcomed ..."), a bare name two people of the story
 * share, a surname of several words ("Van Rompuy"), a verb of saying in the present tense ("The government claims ..."), quoted words with no frame right after
 * someone's reported speech, and a description the copy gave in an apposition after the name ("X, a mother of three,
 * ..." then "the mother of three said").
 */
class SpeakerReferenceClassesTest {

    @Test
    void wordsQuotedInAParticipleOfSayingAreTheSubjectsWhoActed() {
        ArticleInput bombing = only("""
                Minister Condemns Bus Station Bombing

                QUETTA, Pakistan — A bomb tore through a crowded bus station in Quetta on Sunday, killing nine people.

                Interior Minister Rashid Kamal condemned the bombing, saying the attackers were "cowards who hide among the people they kill."
                """);
        assertEquals("Rashid Kamal", speakerOf(bombing, "cowards who hide"), "a named subject");
        ArticleInput flood = only("""
                Prime Minister Visits Flooded Valley

                DILI, East Timor — Prime Minister Hana Lorosae visited the flooded Loes valley on Monday, two days after the river burst its banks.

                She thanked the rescue teams, saying that they had "worked through the night without a single hour of rest."
                """);
        assertEquals("Hana Lorosae", speakerOf(flood, "worked through the night"), "a pronoun subject");
        ArticleInput verdict = only("""
                Court Jails Former Mayor for Fraud

                BUCHAREST, Romania — A court in Bucharest sentenced former mayor Victor Dragan to six years in prison on Tuesday for taking bribes.

                Justice Minister Elena Munteanu welcomed the verdict, adding that it was "a victory for everyone who pays their taxes honestly."
                """);
        assertEquals("Elena Munteanu", speakerOf(verdict, "a victory for everyone"), "adding that");
        ArticleInput aid = only("""
                Charity Pulls Staff From Northern Province

                NAIROBI, Kenya — The charity Doctors Without Borders withdrew its staff from two clinics in northern Kenya on Thursday, saying its workers had been "threatened at gunpoint three times in a week."
                """);
        assertEquals("Doctors Without Borders", speakerOf(aid, "threatened at gunpoint"), "a body that acted");
    }

    @Test
    void aPersonNamedBehindTheBodyTheyWorkForIsTheSubjectNotTheBody() {
        ArticleInput deal = only("""
                Deal Reached on Grain Corridor

                GENEVA — Negotiators agreed on Friday to reopen a grain corridor across the Black Sea.

                The U.N. refugee chief Filippo Conte also welcomed the deal, saying it was a "lifeline for millions of families who depend on bread."
                """);
        assertEquals("Filippo Conte", speakerOf(deal, "lifeline for millions"), "the body's name, a title, the name");
        ArticleInput spending = only("""
                Allies Pledge More for Defence

                BRUSSELS — Allied ministers met in Brussels on Wednesday to discuss military spending.

                NATO Secretary General Jens Holmberg urged member states to "spend more, and spend it faster than ever before."
                """);
        assertEquals("Jens Holmberg", speakerOf(spending, "spend more, and spend"), "a title after the body, no verb of saying");
        ArticleInput outbreak = only("""
                Health Agency Warns of Cholera Spread

                LUSAKA, Zambia — Cholera cases rose sharply in Zambia's capital this week, health officials said.

                The World Health Organization's Africa director Amara Sesay called for "clean water in every market before the rains come."
                """);
        assertEquals("Amara Sesay", speakerOf(outbreak, "clean water in every market"), "a possessive body, a title, the name");
    }

    @Test
    void aBareNameTwoPeopleShareIsTheOneTheStoryIsAbout() {
        ArticleInput village = only("""
                Villagers Describe Night of Killing

                ADDIS ABABA — Prime Minister Dawit Tesfaye has condemned an attack on a village in western Ethiopia that killed dozens.

                Tesfaye Girma, a farmer, says he lost his two brothers. Tesfaye, who spoke to VOA by phone, said the gunmen came at night.

                "We hid in the forest until morning, and when we came back the houses were burning," he said.
                """);
        assertEquals("Tesfaye Girma", speakerOf(village, "We hid in the forest"), "a given name that is another's surname");
        ArticleInput market = only("""
                Fire Guts Main Market

                MOGADISHU, Somalia — Finance Minister Ali Farah promised help to traders after a fire destroyed the main market in Mogadishu.

                Farah Abdi, a cloth trader, said he lost all his stock. "Twenty years of work burned in one night," Farah said.
                """);
        assertEquals("Farah Abdi", speakerOf(market, "Twenty years of work"), "\"Farah said\" after Farah Abdi is introduced");
        ArticleInput river = only("""
                River Floods Farms in Valley

                LIMA, Peru — Senator Ana Ruiz called for emergency funds after the river flooded farms in the valley.

                Pedro Ruiz, a farmer, said the water rose overnight. "We lost the whole harvest in a few hours," Ruiz said.
                """);
        assertEquals("Pedro Ruiz", speakerOf(river, "We lost the whole harvest"), "a surname two people share");
    }

    @Test
    void aSurnameOfSeveralWordsIsThePersonWhoseFullNameEndsWithIt() {
        ArticleInput budget = only("""
                Leaders Agree Budget After Long Night

                BRUSSELS — European leaders agreed on a budget for the next seven years early on Friday after a night of talks.

                Council President Herman Van Rompuy said the deal was fair to every member state.

                "Nobody got everything they wanted, but everybody got something," Van Rompuy told reporters.
                """);
        assertEquals("Herman Van Rompuy", speakerOf(budget, "Nobody got everything"), "Van Rompuy");
        ArticleInput vote = only("""
                Observers Urge Calm After Close Vote

                PODGORICA, Montenegro — Election observers urged all parties on Monday to accept the result of Sunday's close referendum.

                Giovanni Di Stasi, who heads the observer mission, urged all parties to respect the outcome.

                "After the poll, everyone must accept the result," said Di Stasi.
                """);
        assertEquals("Giovanni Di Stasi", speakerOf(vote, "everyone must accept"), "said Di Stasi");
    }

    @Test
    void aVerbOfSayingInThePresentTenseFramesQuotedWords() {
        ArticleInput offensive = only("""
                Troops Move on Rebel Town

                TBILISI — Fighting spread on Friday as troops advanced on the rebel-held town of Tskhvari.

                The Georgian government claims that the offensive is a response to attacks by rebels on "unarmed villagers and peacekeepers" near the town.
                """);
        assertEquals("Georgian government", speakerOf(offensive, "unarmed villagers"), "claims");
        ArticleInput vote = only("""
                Opposition Rejects Election Result

                LUSAKA, Zambia — The electoral commission declared President Joseph Banda the winner of Thursday's vote.

                The opposition Party for National Unity alleges that the count was "rigged from the first ballot box to the last."
                """);
        assertEquals("Party for National Unity", speakerOf(vote, "rigged from the first"), "alleges");
        ArticleInput ministry = only("""
                Ministry Defends Border Closure

                ALMATY, Kazakhstan — The border with Kyrgyzstan stayed closed on Monday for a third week.

                Kazakhstan's Foreign Ministry maintains that the closure is "a temporary measure for the safety of travellers."
                """);
        assertEquals("Kazakhstan's Foreign Ministry", speakerOf(ministry, "a temporary measure"), "maintains");
    }

    @Test
    void quotedWordsWithoutAFrameAfterSomeonesReportedSpeechAreTheirs() {
        ArticleInput arrest = only("""
                Fugitive General Arrested

                BELGRADE, Serbia — Police arrested a general wanted for war crimes in a village near Belgrade on Monday.

                Goran Petrovic, the director of the Belgrade Centre for Security Policy, says the arrest was the right move for the government.

                The arrest "also shows that the new government means what it says about cooperating with the tribunal."
                """);
        assertEquals("Goran Petrovic", speakerOf(arrest, "also shows that the new government"), "the next paragraph");
        ArticleInput ruling = only("""
                Court Rejects Families' Appeal

                MANILA, Philippines — The Supreme Court rejected an appeal by the families of 40 miners killed in a landslide.

                Maria Santos, a lawyer for the families, said the ruling would be challenged. The decision "ignores everything the families told the court over six years."
                """);
        assertEquals("Maria Santos", speakerOf(ruling, "ignores everything the families"), "the next sentence");
        ArticleInput truce = only("""
                Truce Holds in Southern City

                ADEN, Yemen — Fighting stopped in the southern city of Aden on Saturday for a third day.

                U.N. envoy Karim Haddad told reporters the truce was holding. The ceasefire "has lasted longer than anyone in the city expected."
                """);
        assertEquals("Karim Haddad", speakerOf(truce, "has lasted longer"), "after \"told reporters\"");
    }

    @Test
    void aDescriptionTheCopyGaveInAnAppositionAfterTheNameIsThatPerson() {
        ArticleInput market = only("""
                Traders Count Losses at Closed Crossing

                AMMAN, Jordan — The main border crossing with Iraq stayed closed for a fifth day on Thursday.

                Trade Minister Omar Khalil told parliament the crossing would reopen next week.

                Layla Haddad, a 52-year-old grandmother of seven who sells vegetables at the crossing, said she had lost a week of income. "There is nothing left to sell," the grandmother of seven said.
                """);
        assertEquals("Layla Haddad", speakerOf(market, "nothing left to sell"), "X, a 52-year-old grandmother of seven, ... \"...,\" the grandmother of seven said");
    }
}
