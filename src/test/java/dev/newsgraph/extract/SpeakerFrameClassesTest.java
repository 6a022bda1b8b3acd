package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.speakerOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Frames of quotes that wire copy writes often and that left quotes without their speaker (issue 11, speakers), each
 * on invented copy that names no person, body or place of the corpus: a quote cut in two by "but also" or "and" with
 * the frame after its second part; a body's act told with its words in marks mid-sentence ("condemned the strike "in
 * the strongest terms," while ..."); an official described by a title of a named body, not named, whom "he said" then
 * means rather than a person named before.
 */
class SpeakerFrameClassesTest {

    @Test
    void theFirstPartOfAQuoteCutByAConnectiveHasTheSpeakerOfTheFrameAfterTheSecond() {
        ArticleInput escape = only("""
                Manhunt After Courthouse Escape

                DAKAR, Senegal — Police were searching on Thursday for three inmates who escaped from a courthouse in the capital. "We have sent every unit we have to find not only the three men", but also "whoever drove the car that waited for them," Police Chief Amadou Sall told Radio Futurs Medias.
                """);
        assertEquals("Amadou Sall", speakerOf(escape, "every unit we have"), "\"A\", but also \"B,\" X told Y");
        ArticleInput port = only("""
                Port Closed After Tanker Fire

                GDANSK, Poland — The port of Gdansk stayed closed on Tuesday after a fire on a fuel tanker. "The harbour is closed to all traffic for now" and "nobody will enter until the divers have finished their work," harbour master Tomasz Wieczorek said.
                """);
        assertEquals("Tomasz Wieczorek", speakerOf(port, "closed to all traffic"), "\"A\" and \"B,\" X said");
        ArticleInput aid = only("""
                Minister Says Neighbours Let Flood Victims Down

                LILONGWE, Malawi — Malawi asked for more help on Monday as flood waters rose in the south. "We expected much more from our neighbours," but "we will not beg anyone for their help," Foreign Minister Grace Chirwa said on Monday.
                """);
        assertEquals("Grace Chirwa", speakerOf(aid, "expected much more"), "\"A,\" but \"B,\" X said");
    }

    @Test
    void wordsInMarksInTheMiddleOfABodysActAreThatBodys() {
        ArticleInput execution = only("""
                Executions Draw Condemnation

                BRUSSELS — The European Union has condemned the execution of two activists "in the harshest possible terms," while several member states summoned ambassadors on Tuesday.
                """);
        assertEquals("European Union", speakerOf(execution, "harshest possible terms"), "X condemned ... \"...,\" while ...");
        ArticleInput vote = only("""
                Bloc Rejects Election Result

                ADDIS ABABA, Ethiopia — The African Union rejected the result of the presidential election "as neither free nor fair by any measure," and the opposition called for protests on Friday.
                """);
        assertEquals("African Union", speakerOf(vote, "neither free nor fair"), "X rejected ... \"...,\" and ...");
        ArticleInput rights = only("""
                Rights Group Urges Inquiry Into Prison Deaths

                LONDON — Amnesty International urged the authorities to open an inquiry into the deaths of four prisoners "without any further delay or excuses," as relatives gathered outside the prison on Sunday.
                """);
        assertEquals("Amnesty International", speakerOf(rights, "without any further delay"), "X urged ... \"...,\" as ...");
    }

    @Test
    void anOfficialDescribedByATitleOfANamedBodySpeaksForItNotForThePersonNamedBefore() {
        ArticleInput rebels = only("""
                Army Retakes Border Town

                KAMPALA, Uganda — President Joseph Okello praised the troops on Monday after the Uganda People's Defence Forces retook the town of Bundibugyo from rebels.

                The commander of the Uganda People's Defence Forces' mountain division told reporters the rebels had fled across the border. But he said the soldiers "will stay in the hills until every village is safe again."
                """);
        assertEquals("Uganda People's Defence Forces", speakerOf(rebels, "stay in the hills"), "The commander of X told reporters ... he said \"...\"");
        ArticleInput food = only("""
                Food Aid Cut in Refugee Camps

                NAIROBI, Kenya — Interior Minister Peter Mwangi visited the Dadaab camps on Tuesday as rations were cut for a second month.

                The head of the World Food Programme's office in Kenya said the agency had run out of money. "We are feeding families with half of what they need," she said.
                """);
        assertEquals("World Food Programme", speakerOf(food, "half of what they need"), "The head of X's office said ... she said");
        ArticleInput police = only("""
                Officers Suspended Over Protest Shooting

                MANILA, Philippines — Senator Ramon Reyes demanded answers on Wednesday after police fired on protesters in Davao.

                The chief of the Philippine National Police told reporters that six officers had been suspended. "Nobody is above the law, not even a policeman," he said.
                """);
        assertEquals("Philippine National Police", speakerOf(police, "Nobody is above the law"), "The chief of X told reporters ... he said");
        ArticleInput girls = only("""
                Army Still Searching for Abducted Students

                MAIDUGURI, Nigeria — Governor Babagana Kolo met the families of the abducted students on Friday. The Nigerian army says it has found no trace of the students in the forest.

                The chief of Nigeria's Army Staff told reporters the troops had searched every village. But he said those questioned "have not seen the girls or the men who took them."
                """);
        assertEquals("Nigerian army", speakerOf(girls, "have not seen the girls"), "The chief of Country's Army Staff ... he said");
    }

    @Test
    void aSentenceOpeningWithASurnameMisspeltByOneLetterIsAboutThatPerson() {
        ArticleInput talks = only("""
                Leaders Meet Before Summit

                TOKYO — Chinese President Li Wenhua and Japanese Prime Minister Kenji Matsumoto met for an hour on Sunday before the summit opened. Matsumuto noted that it had been a frank meeting. He also said that "we agreed that trade between our two countries must not become a weapon."
                """);
        assertEquals("Kenji Matsumoto", speakerOf(talks, "trade between our two countries"), "Matsumuto noted ... He also said");
        ArticleInput visit = only("""
                Minister Visits Flooded Towns

                DHAKA, Bangladesh — Prime Minister Farida Rahman and Indian Foreign Minister Arjun Mehta toured the flooded districts on Tuesday. Rahmen told reporters the water was slowly falling. "We will need help from every friend we have to rebuild these towns," she said.
                """);
        assertEquals("Farida Rahman", speakerOf(visit, "help from every friend"), "Rahmen told reporters ... she said");
    }

    @Test
    void aPronounWithAnAdverbBeforeItsVerbFramesAPartialQuote() {
        ArticleInput court = only("""
                Court Frees Opposition Leader

                LUSAKA, Zambia — A court in Lusaka freed opposition leader Mutale Banda on Wednesday after six weeks in custody. She later said the charges had been "invented to keep me away from the voters for good."
                """);
        assertEquals("Mutale Banda", speakerOf(court, "keep me away from the voters"), "She later said ... \"...\"");
        ArticleInput mine = only("""
                Miners Rescued After Three Days

                SANTIAGO, Chile — Rescuers pulled 12 miners from a collapsed copper mine on Friday, Mining Minister Tomas Vidal said. He also told reporters the mine had been "inspected twice this year and found to be safe."
                """);
        assertEquals("Tomas Vidal", speakerOf(mine, "inspected twice this year"), "He also told reporters ... \"...\"");
    }
}
