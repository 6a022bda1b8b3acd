package dev.newsgraph.formats;

import dev.newsgraph.extract.ArticleMetadata;
import org.jsoup.Jsoup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/** Atom 1.0: one article per entry; the body from content (text, html or xhtml), else the summary. */
final class AtomReader {

    private AtomReader() {
    }

    static List<FeedItem> read(Document doc) {
        List<FeedItem> out = new ArrayList<>();
        Element root = doc.getDocumentElement();
        List<Element> entries = "entry".equals(root.getLocalName()) ? List.of(root) : SafeXml.children(root, "entry");
        for (Element entry : entries) {
            Element content = SafeXml.child(entry, "content") != null ? SafeXml.child(entry, "content") : SafeXml.child(entry, "summary");
            String published = SafeXml.text(entry, "published") != null ? SafeXml.text(entry, "published") : SafeXml.text(entry, "updated");
            String link = null;
            for (Element l : SafeXml.children(entry, "link")) {
                String rel = l.getAttribute("rel");
                if (link == null && (rel.isEmpty() || rel.equals("alternate"))) {
                    link = SafeXml.blankToNull(l.getAttribute("href"));
                }
            }
            Element author = SafeXml.child(entry, "author");
            List<String> subjects = SafeXml.children(entry, "category").stream()
                    .map(c -> SafeXml.blankToNull(c.hasAttribute("label") ? c.getAttribute("label") : c.getAttribute("term")))
                    .filter(s -> s != null).toList();
            String id = SafeXml.text(entry, "id");
            ArticleMetadata meta = new ArticleMetadata(null, null, null, null, author == null ? null : SafeXml.text(author, "name"),
                    FeedDates.parse(published), published == null ? null : "Atom published '" + published + "'",
                    id != null ? id : link, null, link, subjects);
            out.add(new FeedItem(text(SafeXml.child(entry, "title")), body(content), meta));
        }
        return out;
    }

    private static String text(Element textConstruct) {
        if (textConstruct == null) {
            return null;
        }
        String type = textConstruct.getAttribute("type");
        String raw = textConstruct.getTextContent();
        return SafeXml.blankToNull("html".equals(type) ? Jsoup.parse(raw).text() : raw);
    }

    private static List<String> body(Element content) {
        if (content == null) {
            return List.of();
        }
        String type = content.getAttribute("type");
        if ("html".equals(type)) {
            return Markup.paragraphs(content.getTextContent());
        }
        if ("xhtml".equals(type)) {
            return Markup.htmlParagraphs(Jsoup.parseBodyFragment(XmlMarkup.innerXml(content)).body());
        }
        return Markup.textParagraphs(content.getTextContent());
    }
}
