package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.speakerOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Speakers the copy refers to by a shorter form than it introduced them with (issue 11, speakers), each on invented
 * copy in several phrasings: a title no lexicon knows before a surname ("said Pastor Mensah" after "Pastor Samuel
 * Mensah"), an unnamed official of a body the copy calls by a common noun ("according to an official of the regional
 * body"), and a statement named by the body that issued it ("the army statement said").
 */
class SpeakerTitleAndBodyClassesTest {

    @Test
    void aTitleBeforeASurnameIsThePersonTheCopyGaveThatTitleAndFullName() {
        ArticleInput mourning = only("""
                Mourners Gather After Ferry Sinking

                ACCRA, Ghana — Hundreds of mourners gathered in Accra on Sunday for the victims of a ferry that sank on Lake Volta last week.

                Pastor Samuel Mensah of the Methodist Church was one of the ministers who led the service.

                "We prayed that the families find the strength to carry on, and that the lake gives back the missing," said Pastor Mensah.
                """);
        assertEquals("Samuel Mensah", speakerOf(mourning, "strength to carry on"), "the title dropped from the name");
        ArticleInput mosque = only("""
                Mosque Reopens After Storm

                IZMIR, Turkey — The central mosque of a district of Izmir reopened on Friday, a month after a storm tore off its roof.

                Sheikh Omar Haddad, who leads the mosque, thanked the builders.

                "Our neighbours carried stones on their backs to give us this roof again," Sheikh Haddad told the crowd.
                """);
        assertEquals("Sheikh Omar Haddad", speakerOf(mosque, "carried stones"), "the title kept in the name");
    }

    @Test
    void anOfficialOfTheBodyTheCopyNamedSpeaksForIt() {
        ArticleInput summit = only("""
                Foreign Ministers Meet in Lima

                LIMA, Peru — Foreign ministers of the Americas met in Lima on Saturday for the general assembly of the Organization of American States.

                According to an official of the regional body, trade and "restoring constitutional order in the member states" lead the agenda.
                """);
        assertEquals("Organization of American States", speakerOf(summit, "restoring constitutional order"),
                "a partial quote after \"according to\"");
        ArticleInput league = only("""
                Arab League Ministers Discuss Refugee Aid

                CAIRO — Foreign ministers of the Arab League met in Cairo on Tuesday to discuss aid for refugees.

                "We cannot ask the neighbours to carry this burden alone," a spokesman for the pan-Arab body said.
                """);
        assertEquals("Arab League", speakerOf(league, "carry this burden alone"), "a spokesman for the body");
    }

    @Test
    void aStatementNamedByItsIssuerIsTheIssuersWords() {
        ArticleInput ambush = only("""
                Soldiers Killed in Ambush Near Border

                NIAMEY, Niger — Gunmen ambushed a patrol near the border with Mali on Sunday, killing seven soldiers, the Nigerien army said.

                "Our forces will pursue the attackers wherever they hide," the army statement said.
                """);
        assertEquals("Nigerien army", speakerOf(ambush, "pursue the attackers"), "a body's common name");
        ArticleInput aid = only("""
                Aid Convoy Reaches Besieged Town

                GENEVA — A convoy of the International Committee of the Red Cross reached a besieged town in eastern Ukraine on Thursday.

                "The needs are immense and the winter is coming," the International Committee of the Red Cross's statement said.
                """);
        assertEquals("International Committee of the Red Cross", speakerOf(aid, "winter is coming"), "a body's full name");
    }
}
