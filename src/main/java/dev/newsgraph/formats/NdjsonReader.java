package dev.newsgraph.formats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsgraph.error.BadUserInputException;
import dev.newsgraph.extract.ArticleMetadata;

import java.util.ArrayList;
import java.util.List;

/** Newline-delimited JSON: one article object per line (headline, body, published, source, url; id, author, dateline). */
final class NdjsonReader {

    private NdjsonReader() {
    }

    static List<FeedItem> read(String text) {
        List<FeedItem> out = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            JsonNode o = JsonItems.parse(lines[i], "NDJSON", i + 1);
            if (!o.isObject()) {
                throw new BadUserInputException("Malformed NDJSON at line " + (i + 1) + ", column 1: each line must be a JSON object");
            }
            out.add(item(o));
        }
        return out;
    }

    private static FeedItem item(JsonNode o) {
        JsonNode body = o.has("body") ? o.get("body") : o.has("text") ? o.get("text") : o.get("content");
        List<String> paragraphs = new ArrayList<>();
        if (body != null && body.isArray()) {
            body.forEach(p -> paragraphs.addAll(Markup.paragraphs(p.asText())));
        } else if (body != null && body.isTextual()) {
            paragraphs.addAll(Markup.paragraphs(body.asText()));
        }
        String published = JsonItems.text(o, "published", "publishedOn", "datePublished", "date");
        String url = JsonItems.text(o, "url", "link");
        String id = JsonItems.text(o, "id", "guid", "uri");
        ArticleMetadata meta = new ArticleMetadata(null, JsonItems.text(o, "dateline", "located"), null,
                JsonItems.text(o, "source", "provider", "agency"), JsonItems.text(o, "author", "byline"),
                FeedDates.parse(published), published == null ? null : "NDJSON published '" + published + "'",
                id != null ? id : url, JsonItems.integer(JsonItems.text(o, "version")), url, JsonItems.names(o, "subjects"));
        return new FeedItem(JsonItems.text(o, "headline", "title"), paragraphs, meta);
    }
}
