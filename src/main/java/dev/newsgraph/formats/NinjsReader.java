package dev.newsgraph.formats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsgraph.error.BadUserInputException;
import dev.newsgraph.extract.ArticleMetadata;

import java.util.ArrayList;
import java.util.List;

/**
 * IPTC ninjs, 1.x (headline, body_text/body_html, byline, located) and 2.x (headlines, bodies, bylines,
 * infosources): one item, or an array of items.
 */
final class NinjsReader {

    private NinjsReader() {
    }

    static List<FeedItem> read(String json) {
        JsonNode root = JsonItems.parse(json, "ninjs JSON", 1);
        List<FeedItem> out = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(item -> out.add(item(item)));
        } else if (root.isObject()) {
            out.add(item(root));
        } else {
            throw new BadUserInputException("Malformed ninjs JSON: expected an object or an array of objects");
        }
        return out;
    }

    /** Whether a JSON object reads as a ninjs item. */
    static boolean looksLike(JsonNode node) {
        return node.isObject() && (node.has("uri") || node.has("headlines") || node.has("bodies") || node.has("body_text")
                || node.has("body_html") || node.has("versioncreated") || node.path("$schema").asText().contains("ninjs"));
    }

    private static FeedItem item(JsonNode item) {
        if (!item.isObject()) {
            throw new BadUserInputException("Malformed ninjs JSON: an item is not an object");
        }
        String headline = JsonItems.text(item, "headline");
        if (headline == null) {
            headline = role(item.get("headlines"), "value");
        }
        List<String> body;
        if (item.hasNonNull("body_html")) {
            body = Markup.paragraphs(item.get("body_html").asText());
        } else if (item.hasNonNull("body_text")) {
            body = Markup.textParagraphs(item.get("body_text").asText());
        } else {
            JsonNode main = mainOf(item.get("bodies"));
            String type = main == null ? "" : main.path("contenttype").asText("");
            String value = main == null ? null : main.path("value").asText(null);
            body = value == null ? List.of() : type.contains("html") ? Markup.paragraphs(value) : Markup.textParagraphs(value);
        }
        String byline = JsonItems.text(item, "byline");
        if (byline == null && item.path("bylines").isArray() && !item.path("bylines").isEmpty()) {
            byline = JsonItems.text(item.path("bylines").get(0), "byline", "name");
        }
        String agency = JsonItems.text(item, "provider", "source");
        if (agency == null && item.path("infosources").isArray() && !item.path("infosources").isEmpty()) {
            agency = JsonItems.text(item.path("infosources").get(0), "name");
        }
        String date = JsonItems.text(item, "contentcreated", "firstcreated", "versioncreated");
        List<String> subjects = new ArrayList<>(JsonItems.names(item, "subject"));
        subjects.addAll(JsonItems.names(item, "subjects"));
        String located = JsonItems.text(item, "located");
        String uri = JsonItems.text(item, "uri", "guid");
        String url = JsonItems.text(item, "url");
        if (url == null && uri != null && uri.startsWith("http")) {
            url = uri;
        }
        ArticleMetadata meta = new ArticleMetadata(null, located, null, agency,
                byline == null ? null : byline.replaceFirst("^(?i:by)\\s+", ""), FeedDates.parse(date),
                date == null ? null : "ninjs date '" + date + "'", uri, JsonItems.integer(JsonItems.text(item, "version")), url,
                subjects);
        return new FeedItem(headline, body, meta);
    }

    /** The "main" entry of a ninjs 2 role array (headlines, bodies), else its first. */
    private static JsonNode mainOf(JsonNode array) {
        if (array == null || !array.isArray() || array.isEmpty()) {
            return null;
        }
        for (JsonNode e : array) {
            if ("main".equals(e.path("role").asText())) {
                return e;
            }
        }
        return array.get(0);
    }

    private static String role(JsonNode array, String field) {
        JsonNode main = mainOf(array);
        return main == null ? null : JsonItems.text(main, field);
    }
}
