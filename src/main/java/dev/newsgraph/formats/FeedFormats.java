package dev.newsgraph.formats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsgraph.error.BadUserInputException;
import dev.newsgraph.extract.ItemText;
import dev.newsgraph.extract.RawArticle;
import org.w3c.dom.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structured deliveries to articles: which format a text is in (from its content), and the articles of its items,
 * each read by {@link ItemText} like pasted copy so that every wrapping of an article gives the same article.
 */
public final class FeedFormats {

    /** The first element of an XML document, after the prolog, comments and processing instructions. */
    /** "[ {" or "[]": a ninjs array; "[ti:Title]" (a timed-lyrics tag) or "[Updated]" opens plain copy. */
    private static final Pattern JSON_ARRAY_OF_OBJECTS = Pattern.compile("\\[\\s*[{\\]]");
    private static final Pattern ROOT = Pattern.compile("^(?:\\s|<\\?[^>]*\\?>|<!--.*?-->|<!DOCTYPE[^>\\[]*(?:\\[.*?\\])?\\s*>)*<([\\w.:-]+)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final int SNIFF = 4096;

    private final ItemText itemText = new ItemText();

    /** The format of the text, from its first characters: markup root, JSON shape, else plain text. */
    public static InputFormat detect(String text) {
        String head = text.substring(0, Math.min(text.length(), SNIFF)).stripLeading().replace("\uFEFF", "");
        if (head.startsWith("<")) {
            Matcher m = ROOT.matcher(head);
            String root = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
            String local = root.contains(":") ? root.substring(root.indexOf(':') + 1) : root;
            return switch (local) {
                case "rss" -> InputFormat.RSS;
                case "feed", "entry" -> InputFormat.ATOM;
                case "newsitem", "newsmessage", "packageitem" -> InputFormat.NEWSML_G2;
                case "html", "!doctype" -> InputFormat.HTML;
                default -> {
                    if (head.toLowerCase(Locale.ROOT).startsWith("<?xml")) {
                        throw new BadUserInputException("XML with the root element <" + root + "> is none of the formats read"
                                + " here (RSS 2.0 <rss>, Atom <feed>, NewsML-G2 <newsItem>/<newsMessage>)");
                    }
                    yield InputFormat.HTML;
                }
            };
        }
        if (head.startsWith("{") || JSON_ARRAY_OF_OBJECTS.matcher(head).lookingAt()) {
            String firstLine = head.lines().findFirst().orElse("").strip();
            // One object per line is NDJSON; a single item or an array is ninjs.
            if (firstLine.startsWith("{") && firstLine.endsWith("}") && isObject(firstLine)
                    && !NinjsReader.looksLike(JsonItems.parse(firstLine, "JSON", 1))) {
                return InputFormat.NDJSON;
            }
            return InputFormat.NINJS;
        }
        return InputFormat.TEXT;
    }

    private static boolean isObject(String line) {
        try {
            return JsonItems.parse(line, "JSON", 1).isObject();
        } catch (BadUserInputException e) {
            return false;
        }
    }

    /** The articles of a structured delivery; an item without body text gives none. */
    public List<RawArticle> articles(String text, InputFormat format) {
        List<FeedItem> items = switch (format) {
            case RSS -> RssReader.read(xml(text, "RSS"));
            case ATOM -> AtomReader.read(xml(text, "Atom"));
            case NEWSML_G2 -> NewsMlReader.read(xml(text, "NewsML-G2"));
            case NINJS -> NinjsReader.read(text);
            case NDJSON -> NdjsonReader.read(text);
            case HTML -> HtmlPageReader.read(text);
            case TEXT -> throw new IllegalArgumentException("plain text is split by the extractor itself");
        };
        List<RawArticle> out = new ArrayList<>(items.size());
        for (FeedItem item : items) {
            RawArticle article = itemText.article(item.headline(), item.paragraphs(), item.metadata());
            if (article != null) {
                out.add(article);
            }
        }
        return out;
    }

    private static Document xml(String text, String format) {
        Document doc = SafeXml.parse(text.replace("\uFEFF", ""), format);
        String root = doc.getDocumentElement().getLocalName();
        boolean expected = switch (format) {
            case "RSS" -> "rss".equals(root);
            case "Atom" -> "feed".equals(root) || "entry".equals(root);
            default -> "newsItem".equals(root) || "newsMessage".equals(root) || "packageItem".equals(root);
        };
        if (!expected) {
            throw new BadUserInputException("The document's root element <" + root + "> is not one of " + format);
        }
        return doc;
    }
}
