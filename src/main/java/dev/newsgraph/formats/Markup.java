package dev.newsgraph.formats;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.List;

/** Paragraphs of an HTML (or XHTML, NITF) fragment, or of plain text, as the copy printed them. */
final class Markup {

    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dd, dt";

    private Markup() {
    }

    /** The paragraphs of a fragment that may be HTML or plain text (RSS descriptions are either). */
    static List<String> paragraphs(String fragment) {
        if (fragment == null || fragment.isBlank()) {
            return List.of();
        }
        if (!fragment.contains("<")) {
            return textParagraphs(fragment);
        }
        return htmlParagraphs(Jsoup.parseBodyFragment(fragment).body());
    }

    /** Block-level texts in document order; text outside any block (a bare "Hello<br>world") by line breaks. */
    static List<String> htmlParagraphs(Element root) {
        root.select("script, style, noscript, iframe, form, button, nav, aside, footer").remove();
        Elements blocks = root.select(BLOCKS);
        List<String> out = new ArrayList<>();
        if (blocks.isEmpty()) {
            root.select("br").forEach(br -> br.after(new TextNode("\n")));
            return textParagraphs(root.wholeText());
        }
        for (Element block : blocks) {
            if (!block.select(BLOCKS).not(block.cssSelector()).isEmpty() && block.children().stream().anyMatch(c -> c.is(BLOCKS))) {
                continue; // a list item or quote holding paragraphs: its paragraphs are read on their own
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }

    /** Paragraphs of plain text: its non-blank lines. */
    static List<String> textParagraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String l = line.strip().replaceAll("\\s+", " ");
            if (!l.isEmpty()) {
                out.add(l);
            }
        }
        return out;
    }
}
