package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cuts pasted copy into articles. Rule lines ({@code ---}, {@code ***}, {@code ###}) and form feeds always separate
 * articles. Each part is read as a scraped news-site feed when it has that feed's tell-tale repeats (every headline
 * and caption printed twice, for desktop and mobile), and as plain copy otherwise.
 */
final class CopySplitter {

    private static final Pattern RULE = Pattern.compile("^\\s*(?:([-*#=_~•·])\\s*(?:\\1\\s*){2,}|\\f+)\\s*$");

    private final FeedParser feedParser = new FeedParser();
    private final PlainCopyParser plainParser = new PlainCopyParser(feedParser);

    List<RawArticle> split(String text) {
        List<RawArticle> out = new ArrayList<>();
        for (String copy : parts(text)) {
            String part = TimedLyrics.asCopy(FeedMarkup.asCopy(copy));
            List<String> lines = FeedParser.cleanLines(part);
            if (lines.isEmpty()) {
                continue;
            }
            out.addAll(scrapedFeed(lines) ? feedParser.parse(part) : plainParser.parse(plainLines(part)));
        }
        return out;
    }

    /** The text between rule lines and form feeds. */
    private static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        String previous = "";
        for (String line : text.replace("\f", "\n\f\n").split("\n", -1)) {
            if (RULE.matcher(line).matches() && !underline(previous, line)) {
                parts.add(part.toString());
                part.setLength(0);
            } else if (!RULE.matcher(line).matches()) {
                part.append(line).append('\n');
            }
            previous = line;
        }
        parts.add(part.toString());
        return parts;
    }

    /**
     * "Rice Tries Again to Re-Start Mideast Peace Process", then as many dashes right under it: a plain-text newsletter
     * underlines its headline; a rule between two stories has no such length of its own.
     */
    private static boolean underline(String above, String rule) {
        String title = above.strip();
        return !title.isEmpty() && !rule.contains("\f") && Math.abs(rule.strip().length() - title.length()) <= 2
                && PlainCopyParser.looksLikeHeadline(title);
    }

    /**
     * A headline-shaped line printed twice, each time with the same line after it (its picture's caption): the shape of
     * the scraped feeds the seeds come in, which repeat each story's heading block. A page that prints its own title
     * twice (a video page's player, a box of related stories with their sections and dates) has other lines after each
     * copy. A line followed by a quotation is a script's speaker label ("COLIN POWELL, U.S. SECRETARY OF STATE"), which
     * repeats in plain copy.
     */
    private boolean scrapedFeed(List<String> lines) {
        Map<String, String> afterFirstCopy = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || !feedParser.looksLikeHeadline(line) || speakerLabel(lines, i)) {
                continue;
            }
            String after = nextLine(lines, i);
            String first = afterFirstCopy.putIfAbsent(line, after);
            if (first != null && first.equals(after)) {
                return true;
            }
        }
        return false;
    }

    /** The first non-blank line after line i, or "" at the end. */
    private static String nextLine(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isEmpty()) {
                return lines.get(j);
            }
        }
        return "";
    }

    private static boolean speakerLabel(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isEmpty()) {
                return "\"“‘'".indexOf(lines.get(j).charAt(0)) >= 0;
            }
        }
        return false;
    }

    /** Stripped lines; a blank line is "", a run of blank lines two "" (a wide gap), for the plain reader. */
    private static List<String> plainLines(String part) {
        List<String> out = new ArrayList<>();
        int blanks = 0;
        for (String raw : Text.normalize(part).split("\n", -1)) {
            String line = CopyLines.withoutOrnaments(raw.strip());
            if (line.isEmpty()) {
                blanks++;
                continue;
            }
            if (!out.isEmpty() && blanks > 0) {
                out.add("");
                if (blanks > 1) {
                    out.add("");
                }
            }
            blanks = 0;
            out.add(line);
        }
        return out;
    }
}
