package dev.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Gold names marked on the copy reader's sentences, on invented copy and gold. */
class NameProjectionTest {

    private static final String COPY = """
            Rebels seize river port in Varnia
            The Northern Liberation Front (NLF) said on Monday its fighters had taken Port Delos.
            NLF commander Ilse Markova's deputy told reporters the front would hold the town.
            Markova said the Varnian army had fled. Ms. Markova spoke from São Remo.
            """;

    private static final String GOLD = """
            {"people": ["Ilse Markova|Markova"],
             "organizations": ["Northern Liberation Front|NLF|the Northern Liberation Front", "Varnian army"],
             "places": [["Port Delos", "VA"], ["Varnia", "VA"], ["Sao Remo", "VA"]]}
            """;

    private static List<NameSample> project() throws Exception {
        JsonNode gold = new ObjectMapper().readTree(GOLD);
        List<String> lines = COPY.lines().toList();
        ArticleContext ctx = new ArticleContext(new RawArticle(lines.get(0), List.of(), lines.subList(1, lines.size())));
        return NameProjection.samples(NameModel.read(ctx), gold);
    }

    private static List<String> names(NameSample s) {
        return Arrays.stream(s.getNames())
                .map(sp -> sp.getType() + ":" + String.join(" ", List.of(s.getSentence()).subList(sp.getStart(), sp.getEnd())))
                .toList();
    }

    @Test
    void everyMentionOfEveryAlternativeIsMarkedLongestFirst() throws Exception {
        List<NameSample> samples = project();
        assertEquals(List.of("location:Varnia"), names(samples.get(0)), "the headline is read too");
        assertEquals(List.of("organization:Northern Liberation Front", "organization:NLF", "location:Port Delos"),
                names(samples.get(1)), "the full name before its acronym; a leading 'The' is outside");
        assertEquals(List.of("organization:NLF", "person:Ilse Markova's"), names(samples.get(2)),
                "every mention of an organization gold lists once; a possessive is its name");
        assertEquals(List.of("person:Markova", "organization:Varnian army"), names(samples.get(3)));
        assertEquals(List.of("person:Markova", "location:São Remo"), names(samples.get(4)), "accents do not matter");
    }

    @Test
    void theFirstSentenceOfAnArticleClearsWhatTheModelRemembersAndOnlyIt() throws Exception {
        List<NameSample> samples = project();
        assertTrue(samples.get(0).isClearAdaptiveDataSet());
        assertFalse(samples.get(1).isClearAdaptiveDataSet());
    }

    @Test
    void wholeTokensAndCaseOnly() throws Exception {
        JsonNode gold = new ObjectMapper().readTree("{\"people\": [\"Ann Rice|Rice\"], \"organizations\": [\"Delo\"], \"places\": []}");
        ArticleContext ctx = new ArticleContext(new RawArticle("Prices", List.of(), List.of("Rice told traders in Delos on Monday.", "They sold rice.")));
        List<NameSample> samples = NameProjection.samples(NameModel.read(ctx), gold);
        assertEquals(List.of("person:Rice"), names(samples.get(1)));
        assertEquals(0, samples.get(2).getNames().length, "lower-case rice is no name, Delos is not Delo");
        assertEquals(new Span(0, 1, "person"), samples.get(1).getNames()[0]);
    }
}
