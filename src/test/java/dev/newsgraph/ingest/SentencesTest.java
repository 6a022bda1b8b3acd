package dev.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentence a mention keeps: a surface form counts only as a whole word, in any script, case-sensitively. */
class SentencesTest {
    @Test
    void aFormCountsOnlyAsAWholeWord() {
        assertTrue(Sentences.containsWord("The US said so.", "US"));
        assertFalse(Sentences.containsWord("Tell us more.", "US"), "case-sensitive");
        assertFalse(Sentences.containsWord("USAID said so.", "US"), "a letter after it");
        assertFalse(Sentences.containsWord("G7US said so.", "US"), "a digit before it");
        assertTrue(Sentences.containsWord("Kyiv's mayor spoke.", "Kyiv"), "an apostrophe is no letter");
        assertTrue(Sentences.containsWord("A Kharkiv-based group.", "Kharkiv"));
        assertTrue(Sentences.containsWord("USAID and the US.", "US"), "a later whole-word occurrence");
        assertFalse(Sentences.containsWord("Zelenskyyé spoke.", "Zelenskyy"), "an accented letter after it");
        assertFalse(Sentences.containsWord("Москвабад", "Москва"), "letters of any script");
        assertTrue(Sentences.containsWord("В Москве и Москва.", "Москва"));
        assertFalse(Sentences.containsWord("Anything.", ""));
    }

    @Test
    void theSentencesOfAnArticleThatNameAnEntity() {
        List<String> sentences = Sentences.split("Rutte meets Zelensky", List.of("Mark Rutte met Volodymyr Zelensky in Kyiv on Monday. "
                + "\"We stand with Ukraine,\" Rutte said. The meeting lasted an hour."));
        assertEquals(List.of("Rutte meets Zelensky", "Mark Rutte met Volodymyr Zelensky in Kyiv on Monday.",
                "\"We stand with Ukraine,\" Rutte said.", "The meeting lasted an hour."), sentences);
        assertEquals(List.of("Rutte meets Zelensky", "Mark Rutte met Volodymyr Zelensky in Kyiv on Monday.", "\"We stand with Ukraine,\" Rutte said."),
                Sentences.containing(sentences, List.of("Mark Rutte", "Rutte")));
        assertEquals(List.of(), Sentences.containing(sentences, List.of("NATO")));
    }
}
