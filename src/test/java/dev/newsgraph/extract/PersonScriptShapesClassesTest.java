package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.people;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People in the shapes of scripts, transcripts and lyric files, each class in invented copy: a line in title case in
 * the body (a title tag, a headline the page repeats) whose verbs look like names; the tags of a lyric file and the
 * credits of a script (the voices, the writer, the editor) that name who made the copy; a pronunciation guide; a title
 * word of an office written in capitals before the name ("Senior Adviser"); a name that opens its sentence and is never
 * repeated; a name written family name first, repeated by that name; one name after "a man called".
 */
class PersonScriptShapesClassesTest {

    @Test
    void aTitleCaseLineInTheBodyNeedsTheEvidenceOfAHeadline() {
        ArticleInput a = only("""
                [ti:Amara Diallo Sentenced to Prison in Dakar]
                [ar:Paula Westbrook]
                [al:IN THE NEWS]
                [00:00.00]This is IN THE NEWS in VOA Special English.
                [00:05.12]A court in Senegal sentenced former minister Amara Diallo
                [00:09.40]to ten years in prison on Tuesday.
                [00:13.85]Amara Diallo said nothing as Judge Fatou Ndiaye read the verdict.
                [00:20.10]And that's IN THE NEWS in VOA Special English. I'm Paula Westbrook.
                """);
        List<String> people = people(a);
        assertTrue(people.containsAll(List.of("Amara Diallo", "Fatou Ndiaye")), people::toString);
        assertFalse(people.stream().anyMatch(p -> p.contains("Sentenced") || p.contains("Westbrook")), people::toString);
    }

    @Test
    void aHeadlineRepeatedInTheBodyMakesNoPersonOfItsVerbs() {
        ArticleInput a = only("""
                Floods Hit Coastal Towns

                MANILA — Heavy rain flooded towns along the coast on Monday, officials said. Mayor Lito Ramos Garcia said two schools were shut.

                Related: Senator Grace Uy Villar Wins Appeal Over Land Deal

                Garcia said the water was falling.
                """);
        List<String> people = people(a);
        assertEquals(List.of("Lito Ramos Garcia"), people);
    }

    @Test
    void theCreditsOfAScriptNameNoPersonOfTheStory() {
        ArticleInput a = only("""
                Drought Hurts Farmers in the Sahel

                From Washington, this is the VOA Special English Agriculture Report.

                Farmers in Niger say the rains came late this year. Issoufou Garba, a farmer, said his millet died in the field.

                This program was written by Helen Marsh. Editing by Tom Okeke. I'm Dan Whitcombe. And I'm Ruth Abernathy.
                """);
        assertEquals(List.of("Issoufou Garba"), people(a));
    }

    @Test
    void aPronunciationGuideIsNoName() {
        ArticleInput a = only("""
                Island King Dies

                NUKU'ALOFA — King Siaosi Taufa (Pronounced Tow-fah) of the islands has died, the palace said. Taufa came to power in 2006. Prime Minister Sione Havili (pronounced Hah-VEE-lee) announced a week of mourning.
                """);
        assertEquals(List.of("Siaosi Taufa", "Sione Havili"), people(a));
    }

    @Test
    void theTitleOfAnAdviserOrAideIsNoPartOfTheName() {
        ArticleInput a = only("""
                Envoy Meets Officials in Vienna

                VIENNA — The president's National Security Adviser Mark Hollister met officials on Monday. Hollister said the talks were useful. Senior Adviser Kwame Mensah and presidential aide Joan Pettifer also attended; Pettifer took notes.
                """);
        assertEquals(List.of("Mark Hollister", "Kwame Mensah", "Joan Pettifer"), people(a));
    }

    @Test
    void aNameThatOpensItsSentenceIsAPersonWhenAVerbFollowsItUnlessTheCopyPlacesIt() {
        ArticleInput a = only("""
                Protesters Clash With Police in Capital

                LUSAKA — Police fired tear gas at protesters outside the parliament on Thursday.

                Mulenga Chanda stood near a burning barricade holding a flag. "We want our jobs back," he said.

                Bwalya Mwansa with the Zambia Traders Union says the protests will go on. Police also broke up a march in Kanyama Chilenje.

                Kanyama Chilenje was until now one of the quietest townships of the capital.
                """);
        List<String> people = people(a);
        assertTrue(people.containsAll(List.of("Mulenga Chanda", "Bwalya Mwansa")), people::toString);
        assertFalse(people.contains("Kanyama Chilenje"), people::toString);
    }

    @Test
    void aNameWrittenFamilyNameFirstIsRepeatedByThatName() {
        ArticleInput a = only("""
                Leaders Pledge Closer Ties

                BEIJING — Li Qiangwei and Park Sungmin met in the capital on Monday. Li said the two countries were friends, and Park agreed.
                """);
        List<String> people = people(a);
        assertTrue(people.containsAll(List.of("Li Qiangwei", "Park Sungmin")), people::toString);
    }

    @Test
    void aPersonKnownByOneNameIsCalledSo() {
        ArticleInput a = only("""
                Police Hunt Market Attackers

                QUETTA — Police said on Monday they were searching for the gunmen. Residents said they knew one of them, a young man called Baryalai, from the bazaar.
                """);
        assertEquals(List.of("Baryalai"), people(a));
    }
}
