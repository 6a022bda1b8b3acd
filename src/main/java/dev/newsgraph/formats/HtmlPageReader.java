package dev.newsgraph.formats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsgraph.error.BadUserInputException;
import dev.newsgraph.extract.ArticleMetadata;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * An HTML article page. The main content is found by Readability4J (Mozilla's Readability algorithm); headline, date,
 * author, publisher, dateline and URL come from schema.org NewsArticle JSON-LD, else OpenGraph and article meta tags.
 */
final class HtmlPageReader {

    private static final List<String> ARTICLE_TYPES = List.of("NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
            "Article", "BackgroundNewsArticle", "ReviewNewsArticle", "OpinionNewsArticle", "LiveBlogPosting");

    private HtmlPageReader() {
    }

    static List<FeedItem> read(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(20);
        Document doc = Jsoup.parse(html, "", parser);
        JsonNode ld = newsArticle(doc);
        String url = first(ld == null ? null : JsonItems.text(ld, "url", "mainEntityOfPage"), meta(doc, "og:url"),
                canonical(doc));
        List<String> paragraphs = mainContent(html, url);
        if (paragraphs.isEmpty() && ld != null && ld.hasNonNull("articleBody")) {
            paragraphs = Markup.textParagraphs(ld.get("articleBody").asText());
        }
        if (paragraphs.isEmpty()) {
            String where = "";
            if (!parser.getErrors().isEmpty()) {
                ParseError e = parser.getErrors().get(0);
                where = "; the first markup error is at " + position(html, e.getPosition()) + ": " + e.getErrorMessage();
            }
            throw new BadUserInputException("The HTML page has no article text that could be found" + where);
        }
        String headline = first(ld == null ? null : JsonItems.text(ld, "headline", "name"), meta(doc, "og:title"),
                doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text(), doc.title());
        String published = first(ld == null ? null : JsonItems.text(ld, "datePublished", "dateCreated"),
                meta(doc, "article:published_time"), meta(doc, "datePublished"));
        String author = first(ld == null ? null : person(ld.get("author")), meta(doc, "author"), meta(doc, "article:author"));
        String publisher = ld == null ? null : person(ld.get("publisher"));
        String dateline = ld == null ? null : JsonItems.text(ld, "dateline");
        List<String> subjects = new ArrayList<>();
        doc.select("meta[property=article:tag]").forEach(m -> subjects.add(m.attr("content")));
        String id = ld == null ? null : JsonItems.text(ld, "identifier", "@id");
        ArticleMetadata metadata = new ArticleMetadata(null, dateline == null ? null : dateline.split("[,(—–-]")[0].strip(),
                null, publisher, author, FeedDates.parse(published),
                published == null ? null : "page's datePublished '" + published + "'", id != null ? id : url, null, url, subjects);
        return List.of(new FeedItem(headline, paragraphs, metadata));
    }

    private static List<String> mainContent(String html, String url) {
        var article = new Readability4J(url == null ? "https://localhost/" : url, html).parse();
        String content = article.getContent();
        if (content == null || content.isBlank()) {
            return List.of();
        }
        return Markup.htmlParagraphs(Jsoup.parseBodyFragment(content).body());
    }

    /** The page's NewsArticle (or Article) JSON-LD object: top level, in an array, or in an @graph. */
    private static JsonNode newsArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JsonItems.parse(script.data(), "JSON-LD", 1);
            } catch (BadUserInputException e) {
                continue; // a broken JSON-LD block: the page's other metadata still counts
            }
            JsonNode found = find(root);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static JsonNode find(JsonNode node) {
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = find(n);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        if (type != null && (ARTICLE_TYPES.contains(type.asText()) || type.isArray()
                && java.util.stream.StreamSupport.stream(type.spliterator(), false).anyMatch(t -> ARTICLE_TYPES.contains(t.asText())))) {
            return node;
        }
        return node.has("@graph") ? find(node.get("@graph")) : null;
    }

    /** A schema.org Person or Organization value: its name; several authors joined. */
    private static String person(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isArray()) {
            List<String> names = new ArrayList<>();
            value.forEach(v -> {
                String n = person(v);
                if (n != null) {
                    names.add(n);
                }
            });
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return JsonItems.text(value, "name");
    }

    private static String meta(Document doc, String property) {
        Element m = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "], meta[itemprop=" + property + "]");
        return m == null ? null : SafeXml.blankToNull(m.attr("content"));
    }

    private static String canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical]");
        return link == null ? null : SafeXml.blankToNull(link.attr("href"));
    }

    private static String position(String text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return "line " + line + ", column " + column;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
