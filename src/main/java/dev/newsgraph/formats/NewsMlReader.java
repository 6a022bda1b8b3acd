package dev.newsgraph.formats;

import dev.newsgraph.extract.ArticleMetadata;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * IPTC NewsML-G2: a newsItem, or a newsMessage whose itemSet holds several (package items only refer to them). The
 * body is the inline NITF or XHTML of the contentSet (or inline plain text); headline, located, by, provider,
 * subjects, content date, guid and version come from the item's metadata.
 */
final class NewsMlReader {

    private NewsMlReader() {
    }

    static List<FeedItem> read(Document doc) {
        Element root = doc.getDocumentElement();
        List<Element> items = new ArrayList<>();
        if ("newsItem".equals(root.getLocalName())) {
            items.add(root);
        } else {
            for (Element set : SafeXml.children(root, "itemSet")) {
                items.addAll(SafeXml.children(set, "newsItem"));
            }
        }
        return items.stream().map(NewsMlReader::item).toList();
    }

    private static FeedItem item(Element item) {
        Element itemMeta = SafeXml.child(item, "itemMeta");
        Element contentMeta = SafeXml.child(item, "contentMeta");
        String created = first(SafeXml.text(contentMeta, "contentCreated"), SafeXml.text(itemMeta, "firstCreated"),
                SafeXml.text(itemMeta, "versionCreated"));
        Element located = SafeXml.child(contentMeta, "located");
        String place = located == null ? null : SafeXml.text(located, "name");
        if (place == null && SafeXml.text(contentMeta, "dateline") != null) {
            place = SafeXml.text(contentMeta, "dateline").split("[,(—–-]")[0].strip();
        }
        List<String> subjects = new ArrayList<>();
        for (Element subject : SafeXml.children(contentMeta, "subject")) {
            String name = SafeXml.text(subject, "name");
            if (name != null) {
                subjects.add(name);
            }
        }
        String version = item.getAttribute("version");
        String guid = SafeXml.blankToNull(item.getAttribute("guid"));
        String link = null;
        for (Element l : SafeXml.children(itemMeta, "link")) {
            if (link == null && l.getAttribute("rel").endsWith("canonical")) {
                link = SafeXml.blankToNull(l.getAttribute("href"));
            }
        }
        ArticleMetadata meta = new ArticleMetadata(null, place, null, agency(itemMeta, contentMeta), author(contentMeta),
                FeedDates.parse(created), created == null ? null : "NewsML-G2 date '" + created + "'", guid,
                version.matches("\\d{1,9}") ? Integer.valueOf(version) : null, link, subjects);
        return new FeedItem(first(SafeXml.text(contentMeta, "headline"), nitfHeadline(item)), body(item), meta);
    }

    /** The source the item names (infoSource), else its provider: a name, a literal, or the code of "nprov:REUTERS". */
    private static String agency(Element itemMeta, Element contentMeta) {
        Element source = SafeXml.child(contentMeta, "infoSource");
        Element provider = source != null ? source : SafeXml.child(itemMeta, "provider");
        if (provider == null) {
            return null;
        }
        String name = SafeXml.text(provider, "name");
        if (name == null) {
            name = SafeXml.blankToNull(provider.getAttribute("literal"));
        }
        if (name == null && provider.getAttribute("qcode").contains(":")) {
            String code = provider.getAttribute("qcode").substring(provider.getAttribute("qcode").indexOf(':') + 1);
            name = code.length() <= 5 ? code.toUpperCase(Locale.ROOT) : code.substring(0, 1).toUpperCase(Locale.ROOT)
                    + code.substring(1).toLowerCase(Locale.ROOT);
        }
        return name;
    }

    private static String author(Element contentMeta) {
        String by = SafeXml.text(contentMeta, "by");
        if (by != null) {
            return by.replaceFirst("^(?i:by)\\s+", "");
        }
        Element creator = SafeXml.child(contentMeta, "creator");
        return creator == null ? null : first(SafeXml.text(creator, "name"), SafeXml.blankToNull(creator.getAttribute("literal")));
    }

    private static String nitfHeadline(Element item) {
        Element hl1 = SafeXml.descendant(item, "hl1");
        return hl1 == null ? null : SafeXml.blankToNull(hl1.getTextContent());
    }

    private static List<String> body(Element item) {
        Element contentSet = SafeXml.child(item, "contentSet");
        Element inline = SafeXml.child(contentSet, "inlineXML");
        if (inline != null) {
            List<String> out = new ArrayList<>();
            paragraphs(inline, out);
            return out;
        }
        Element data = SafeXml.child(contentSet, "inlineData");
        return data == null ? List.of() : Markup.textParagraphs(data.getTextContent());
    }

    /** The p elements of NITF's body.content or an XHTML body, in order. */
    private static void paragraphs(Node node, List<String> out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if ("p".equals(e.getLocalName())) {
                    String text = SafeXml.blankToNull(e.getTextContent());
                    if (text != null) {
                        out.add(text);
                    }
                } else if (!"head".equals(e.getLocalName()) && !"body.head".equals(e.getLocalName())) {
                    paragraphs(e, out);
                }
            }
        }
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
