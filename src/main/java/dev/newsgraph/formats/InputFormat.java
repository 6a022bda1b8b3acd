package dev.newsgraph.formats;

import org.eclipse.microprofile.graphql.Description;

import java.util.List;
import java.util.Locale;

@Description("A shape raw copy arrives in. Detected from the content unless given.")
public enum InputFormat {
    @Description("Plain text: one or more articles as pasted or scraped.")
    TEXT(List.of("text/plain")),
    @Description("RSS 2.0, with content:encoded HTML where present.")
    RSS(List.of("application/rss+xml")),
    @Description("Atom 1.0.")
    ATOM(List.of("application/atom+xml")),
    @Description("IPTC NewsML-G2: a newsItem, or a newsMessage with several items.")
    NEWSML_G2(List.of("application/vnd.iptc.g2.newsitem+xml", "application/vnd.iptc.g2.newsmessage+xml",
            "application/vnd.iptc.g2.packageitem+xml")),
    @Description("IPTC ninjs 1.x or 2.x JSON: one item or an array of items.")
    NINJS(List.of("application/ninjs+json")),
    @Description("An HTML article page: main content, schema.org NewsArticle JSON-LD and OpenGraph metadata.")
    HTML(List.of("text/html", "application/xhtml+xml")),
    @Description("Newline-delimited JSON, one article per line: headline, body, published, source, url (and id).")
    NDJSON(List.of("application/x-ndjson", "application/ndjson", "application/jsonl"));

    private final List<String> mediaTypes;

    InputFormat(List<String> mediaTypes) {
        this.mediaTypes = mediaTypes;
    }

    public List<String> mediaTypes() {
        return mediaTypes;
    }

    /**
     * The format a media type names; null for generic ones (application/xml, application/json,
     * application/octet-stream), whose content says which format it is.
     */
    public static InputFormat ofMediaType(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        for (InputFormat f : values()) {
            if (f.mediaTypes.contains(type)) {
                return f;
            }
        }
        return null;
    }
}
