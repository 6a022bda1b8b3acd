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
