package dev.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    @Test
    void plainStopsQuestionsAndClosingQuotesEndSentences() {
        assertEquals(List.of("Who did this?", "Nobody knows.", "Police said the attack was \"cowardly.\"", "The gunmen escaped."),
                SentenceSplitter.split("Who did this? Nobody knows. Police said the attack was \"cowardly.\" The gunmen escaped."));
    }

    /**
     * The model's ends are kept for a paragraph seen lately (the copy reader and the extraction both split it): the
     * same paragraph again, or another between, splits as it did the first time.
     */
    @Test
    void aParagraphSplitAgainSplitsTheSame() {
        String ft = "Crews arrived at Ft. Worth later. Nobody was hurt.";
        String dr = "Officials said Dr. Amina Yusuf treated 40 people. The clinic later closed.";
        List<String> first = SentenceSplitter.split(ft);
        assertEquals(List.of("Officials said Dr. Amina Yusuf treated 40 people.", "The clinic later closed."), SentenceSplitter.split(dr));
        assertEquals(first, SentenceSplitter.split(new String(ft.toCharArray())));
        assertEquals(List.of("Crews arrived at Ft. Worth later.", "Nobody was hurt."), first);
    }

    @Test
    void theModelOverrulesAStopAfterAnAbbreviationTheListDoesNotKnow() {
        assertEquals(List.of("Crews arrived at Ft. Worth later.", "Nobody was hurt."),
                SentenceSplitter.split("Crews arrived at Ft. Worth later. Nobody was hurt."));
    }

    @Test
    void theRulesOverruleTheModelAfterInitialsAndKnownAbbreviations() {
        // The model alone ends a sentence after "a.m.", "N." and "Jr.".
        assertEquals(List.of("Gunmen stormed the village shortly after 9 a.m. and fired into the air."),
                SentenceSplitter.split("Gunmen stormed the village shortly after 9 a.m. and fired into the air."));
        assertEquals(List.of("The chief minister, N. Biren Singh, told reporters in Imphal."),
                SentenceSplitter.split("The chief minister, N. Biren Singh, told reporters in Imphal."));
        assertEquals(List.of("Talks with President Ferdinand Marcos Jr. have stalled."),
                SentenceSplitter.split("Talks with President Ferdinand Marcos Jr. have stalled."));
    }
}
