package dev.newsgraph.formats;

import dev.newsgraph.extract.ArticleMetadata;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/** RSS 2.0: one article per item; the body from content:encoded when present, else the description. */
final class RssReader {

    private RssReader() {
    }

    static List<FeedItem> read(Document doc) {
        Element channel = SafeXml.child(doc.getDocumentElement(), "channel");
        List<FeedItem> out = new ArrayList<>();
        for (Element item : SafeXml.children(channel, "item")) {
            String body = SafeXml.child(item, "encoded") != null ? SafeXml.child(item, "encoded").getTextContent()
                    : SafeXml.child(item, "description") == null ? null : SafeXml.child(item, "description").getTextContent();
            String guid = SafeXml.text(item, "guid");
            String link = SafeXml.text(item, "link");
            String published = SafeXml.text(item, "pubDate") != null ? SafeXml.text(item, "pubDate") : SafeXml.text(item, "date");
            List<String> subjects = SafeXml.children(item, "category").stream().map(c -> SafeXml.blankToNull(c.getTextContent()))
                    .filter(s -> s != null).toList();
            ArticleMetadata meta = new ArticleMetadata(null, null, null, null, author(item), FeedDates.parse(published),
                    published == null ? null : "RSS pubDate '" + published + "'", guid != null ? guid : link, null, link, subjects);
            out.add(new FeedItem(SafeXml.text(item, "title"), Markup.paragraphs(body), meta));
        }
        return out;
    }

    /** dc:creator, or the name in an RSS author ("desk@example.org (Jane Doe)"). */
    private static String author(Element item) {
        String creator = SafeXml.text(item, "creator");
        if (creator != null) {
            return creator;
        }
        String author = SafeXml.text(item, "author");
        if (author != null && author.matches(".*\\((.+)\\)\\s*$")) {
            return author.replaceFirst(".*\\((.+)\\)\\s*$", "$1").strip();
        }
        return author == null || author.contains("@") ? null : author;
    }
}
