package dev.newsgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news feed pasted with its markup: an RSS item's title in a character-data section run into the channel's text
 * ("...UTC&lt;![CDATA[Kite-Flying Gives a Lift]]&gt;Susan Shand..."), an Atom or RSS file whose elements stand one a
 * line ({@code <title>}, {@code <id>}, {@code <updated>}, {@code <summary>}). Read as copy: an item's title on a line of
 * its own, the text of its summary, and nothing of the elements that only describe the file (the feed's own title
 * before its first item, ids, links, stamps).
 */
final class FeedMarkup {

    private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[(?<text>[^\\]]{3,250})]]>");
    /** A line that is one element and its text: "&lt;title&gt;Bridge reopens&lt;/title&gt;". */
    private static final Pattern ELEMENT = Pattern.compile("^\\s*<(?<name>[a-zA-Z:]+)(?:\\s[^>]*)?>(?<text>.*?)(?:</\\k<name>>)?\\s*$");
    /** A line that is only markup: a declaration, an opening or closing tag, an empty element. */
    private static final Pattern TAG_ONLY = Pattern.compile("^\\s*<[?/!]?[a-zA-Z:][^<>]*>\\s*$");
    /** The elements of an item whose text is the item's. */
    private static final Pattern ITEM = Pattern.compile("entry|item");
    private static final Pattern TEXT_ELEMENT = Pattern.compile("title|summary|description|content");

    private FeedMarkup() {
    }

    /** The text as plain copy when it holds feed markup; the text itself otherwise. */
    static String asCopy(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        Matcher cdata = CDATA.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean first = true;
        while (cdata.find()) {
            cdata.appendReplacement(out, Matcher.quoteReplacement("\n\n" + cdata.group("text").strip() + "\n\n"));
            if (first) {
                // what the line holds before the first item's title is the channel's: its name, address and stamp
                int lineStart = out.lastIndexOf("\n", out.length() - cdata.group("text").strip().length() - 5) + 1;
                out.delete(lineStart, out.length() - cdata.group("text").strip().length() - 4);
                first = false;
            }
        }
        cdata.appendTail(out);
        return elements(out.toString()) ? elementLines(out.toString()) : out.toString();
    }

    /** Whether the text is a feed file: it opens with an XML declaration or a feed's root element. */
    private static boolean elements(String text) {
        String start = text.stripLeading();
        return start.startsWith("<?xml") || start.startsWith("<feed") || start.startsWith("<rss");
    }

    private static String elementLines(String text) {
        StringBuilder out = new StringBuilder();
        boolean inItem = false;
        for (String line : text.split("\n", -1)) {
            Matcher element = ELEMENT.matcher(line);
            if (element.matches()) {
                String name = element.group("name");
                inItem |= ITEM.matcher(name).matches();
                // the feed's own title and the elements that only describe the file are no text of an item
                if (inItem && TEXT_ELEMENT.matcher(name).matches() && !element.group("text").isBlank()) {
                    out.append(element.group("text").strip()).append("\n\n");
                }
            } else if (!TAG_ONLY.matcher(line).matches()) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}
