package dev.newsgraph.formats;

import dev.newsgraph.error.BadUserInputException;
import dev.newsgraph.extract.ArticleExtractor;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.IncidentInput;
import dev.newsgraph.draft.StatementInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * One real article (VOA, public domain) delivered in every format: each delivery is recognised from its content and
 * gives the same article as the plain text: headline, paragraphs, people, organizations, places, quotes and incidents,
 * plus the metadata the format carries.
 */
class FormatsTest {

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final FeedFormats formats = new FeedFormats();

    static String read(String name) {
        try (InputStream in = Objects.requireNonNull(FormatsTest.class.getResourceAsStream("/formats/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<ArticleInput> articles(String text) {
        InputFormat format = FeedFormats.detect(text);
        return format == InputFormat.TEXT ? extractor.extract(text, null) : extractor.extractArticles(formats.articles(text, format), null);
    }

    @ParameterizedTest
    @CsvSource({"leego-rss.xml, RSS", "leego-atom.xml, ATOM", "leego-newsml.xml, NEWSML_G2", "leego-ninjs1.json, NINJS",
            "leego-ninjs2.json, NINJS", "leego.ndjson, NDJSON", "leego.html, HTML"})
    void everyWrappingGivesTheArticleOfThePlainText(String file, InputFormat expected) {
        String delivery = read(file);
        assertEquals(expected, FeedFormats.detect(delivery));
        ArticleInput plain = articles(read("leego.txt")).get(0);
        List<ArticleInput> wrapped = articles(delivery);
        assertEquals(1, wrapped.size());
        ArticleInput a = wrapped.get(0);
        assertEquals(plain.headline(), a.headline());
        assertEquals(plain.paragraphs(), a.paragraphs());
        assertEquals(plain.people(), a.people());
        assertEquals(plain.organizations(), a.organizations());
        assertEquals(plain.places(), a.places());
        assertEquals(plain.statements().stream().map(FormatsTest::quote).toList(), a.statements().stream().map(FormatsTest::quote).toList());
        assertEquals(plain.incidents().stream().map(FormatsTest::incident).toList(), a.incidents().stream().map(FormatsTest::incident).toList());
        assertFalse(a.statements().isEmpty());
        assertFalse(a.incidents().isEmpty());
        // what the format states
        assertEquals(LocalDate.of(2015, 6, 26), a.publishedOn(), "publication date");
        assertEquals("VOA", a.source());
        if (expected != InputFormat.NINJS) { // ninjs has no field for the page address
            assertEquals("http://www.voanews.com/content/suicide-bomber-attacks-african-union-base-somalia/2837996.html", a.url());
        }
        assertEquals(expected == InputFormat.NEWSML_G2 ? "urn:newsml:voanews.com:20150626:2837996"
                : expected == InputFormat.HTML ? a.url() : "tag:voanews.com,2015:2837996", a.externalId());
    }

    private static String quote(StatementInput s) {
        return s.kind() + "|" + s.text() + "|" + s.speaker();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"[ti:Floods Cut Roads in the North]\\n[ar:Jane Roe]\\n[00:01.20]Floods cut roads. | TEXT",
            "[Updated 10:40] Rescuers reached the village on Monday. | TEXT", "[ {\"headline\": \"a\"} ] | NINJS", "[] | NINJS"})
    void onlyAnArrayOfObjectsIsReadAsNinjs(String head, InputFormat expected) {
        // a timed-lyrics script or copy opening on a bracketed note is text, not malformed JSON
        assertEquals(expected, FeedFormats.detect(head.replace("\\n", "\n")));
    }

    /** An incident without its date: the plain text gives no publication date to resolve "Friday" against. */
    private static String incident(IncidentInput i) {
        return i.type() + "|" + i.place() + "|" + i.figures() + "|" + i.actors();
    }

    @org.junit.jupiter.api.Test
    void malformedDeliveriesNameLineAndColumn() {
        List<List<String>> cases = List.of(
                List.of("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><item><title>x</title></channel></rss>", "line 2, column"),
                List.of("<?xml version=\"1.0\"?>\n<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\">\n<contentMeta>\n</newsItem>",
                        "line 4, column"),
                List.of("[{\"uri\": \"a\", \"headline\": \"x\",\n \"body_text\": }]", "line 2, column"),
                List.of("{\"headline\": \"a\", \"body\": \"b\"}\n{\"headline\": \"c\", \"body\": \"d\"\n", "line 2, column"),
                List.of("<html><body><div><span>&nbsp;</span>", "no article text"));
        for (List<String> c : cases) {
            BadUserInputException e = org.junit.jupiter.api.Assertions.assertThrows(BadUserInputException.class,
                    () -> articles(c.get(0)), c.get(0));
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains(c.get(1)), e.getMessage());
        }
    }
}
