package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a feed of news-site copy into articles. Such feeds repeat the headline and each caption (desktop and mobile
 * renderings), carry page clutter ("TT", "20"), end captions with a credit, and sometimes glue the last paragraph of
 * one article to the next headline on the same line.
 */
public final class FeedParser {

    private static final int MAX_HEADLINE = 250;
    private static final Pattern EDGE_NON_WORD = Pattern.compile("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$");
    private static final Pattern CLUTTER = Pattern.compile("\\d{1,4}|[A-Z]{1,3}|[\\p{Punct}\\s]+");
    /** "(AFP)", "(Reuters/John Doe)" or "(Photo: J. Doe/VOA)" at the end of a caption. */
    private static final Pattern CREDIT_PAREN = Pattern.compile("^(.*\\S)\\s*\\((?<label>(?:Photo|Image|Picture)s?(?: credit)?\\s*:\\s*)?"
            + "([A-Z][\\p{L}.&\\- ]{1,40}(?:/[\\p{L}.' \\-]{2,60})?)\\)\\s*$");
    /**
     * "Rescuers search the rubble. | AP" or "... | Photo: Reuters": a credit after a pipe, closing a caption that ends as
     * a sentence does (a page title's "Blast kills 14 | Reuters" has no full stop before its pipe).
     */
    private static final Pattern CREDIT_PIPE = Pattern.compile("^(.*[.!?])\\s*\\|\\s*(?:(?:Photo|Image|Picture|File)s?\\s*:\\s*)?"
            + "([A-Z][\\p{L}.&\\- ]{1,40}(?:/[\\p{L}.' \\-]{2,60})?)\\s*$");
    /** "EPA/SHAHZAIB AKBER" or "REUTERS/Jane Doe" at the end of a caption. */
    private static final Pattern CREDIT_SLASH = Pattern.compile("^(.*[.!?)\\d])\\s+([A-Z][A-Z\\-]{1,20}(?:/[\\p{L}.' \\-]{2,60})+)\\s*$");
    private static final Pattern FILE_PHOTO = Pattern.compile("^(?i)(file\\s+photo|archive\\s+photo|file)\\s*[:\\-]");
    /** "..., in this file photo taken February 17, 2023." */
    private static final Pattern FILE_PHOTO_PHRASE = Pattern.compile("(?i)\\b(?:file|archive) (?:photo|picture|image)\\b");

    private final Lexicons lexicons = Lexicons.get();

    public List<RawArticle> parse(String feedText) {
        List<String> lines = cleanLines(feedText);
        if (lines.isEmpty()) {
            return List.of();
        }
        Set<String> headlines = headlineCandidates(lines);
        lines = splitRunIns(lines, headlines);
        return segment(lines, headlines);
    }

    /** Normalised non-empty lines; blank-line runs of two or more are kept as a single "" separator. */
    static List<String> cleanLines(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String t = Text.normalize(text);
        int blanks = 0;
        for (String raw : t.split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                blanks++;
                continue;
            }
            if (blanks >= 2 && !out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
                out.add("");
            }
            blanks = 0;
            if (CLUTTER.matcher(line).matches()) {
                continue;
            }
            out.add(line);
        }
        return out;
    }

    /** Lines shaped like a headline: short, no final full stop, mostly capitalised words, not a caption. */
    private Set<String> headlineCandidates(List<String> lines) {
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        Set<String> shaped = new LinkedHashSet<>();
        for (String line : lines) {
            if (!looksLikeHeadline(line)) {
                continue;
            }
            shaped.add(line);
            if (!seen.add(line)) {
                repeated.add(line);
            }
        }
        return repeated.isEmpty() ? shaped : repeated;
    }

    boolean looksLikeHeadline(String line) {
        if (line.isEmpty() || line.length() > MAX_HEADLINE || !plausibleEnglish(line) || caption(line) != null) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (last == '.' || last == ':' || last == ';' || last == ',') {
            return false;
        }
        String[] words = Text.SPACES.split(line);
        if (words.length < 3) {
            return false;
        }
        int content = 0;
        int capital = 0;
        for (String w : words) {
            String core = wordAtBothEdges(w) ? w : EDGE_NON_WORD.matcher(w).replaceAll("");
            if (core.length() <= 3) {
                continue;
            }
            content++;
            if (Character.isUpperCase(core.charAt(0)) || Character.isDigit(core.charAt(0))) {
                capital++;
            }
        }
        return content > 0 && capital * 10 >= content * 7;
    }

    /** A word that opens and closes with a letter or an ASCII digit, which {@link #EDGE_NON_WORD} leaves as it is. */
    private static boolean wordAtBothEdges(String w) {
        return !w.isEmpty() && letterOrDigit(w.codePointAt(0)) && letterOrDigit(w.codePointBefore(w.length()));
    }

    private static boolean letterOrDigit(int c) {
        return Character.isLetter(c) || c >= '0' && c <= '9';
    }

    /** "...that killed 31.‘This Is Not the Time...": the end of one article glued to the next headline. */
    private static List<String> splitRunIns(List<String> lines, Set<String> headlines) {
        List<String> out = new ArrayList<>(lines.size() + 2);
        for (String line : lines) {
            String split = null;
            for (String h : headlines) {
                if (line.length() > h.length() + 20 && line.endsWith(h)) {
                    char before = line.charAt(line.length() - h.length() - 1);
                    if (".!?\"”’)".indexOf(before) >= 0 || Character.isWhitespace(before)) {
                        split = h;
                        break;
                    }
                }
            }
            if (split != null) {
                out.add(line.substring(0, line.length() - split.length()).strip());
                out.add("");
                out.add(split);
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private List<RawArticle> segment(List<String> lines, Set<String> headlines) {
        List<RawArticle> articles = new ArrayList<>();
        String headline = null;
        List<RawArticle.RawCaption> captions = new ArrayList<>();
        Set<String> seenCaptions = new HashSet<>();
        LinkedHashSet<String> paragraphs = new LinkedHashSet<>();
        boolean afterSeparator = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                afterSeparator = true;
                continue;
            }
            boolean headlineLike = headlines.contains(line) || (afterSeparator && looksLikeHeadline(line)
                    && nextIsCaptionOrBody(lines, i));
            if (headlineLike && !line.equals(headline)) {
                if (headline != null && (headline.equals(line) || paragraphs.isEmpty() && captions.isEmpty())) {
                    headline = line; // an article with nothing yet: take the later, better candidate
                    afterSeparator = false;
                    continue;
                }
                flush(articles, headline, captions, paragraphs);
                headline = line;
                captions = new ArrayList<>();
                seenCaptions = new HashSet<>();
                paragraphs = new LinkedHashSet<>();
                afterSeparator = false;
                continue;
            }
            afterSeparator = false;
            if (line.equals(headline)) {
                continue;
            }
            RawArticle.RawCaption caption = caption(line);
            if (caption != null) {
                if (seenCaptions.add(line)) {
                    captions.add(caption);
                }
                continue;
            }
            if (headline != null && isBody(line)) {
                paragraphs.add(line);
            }
        }
        flush(articles, headline, captions, paragraphs);
        return articles;
    }

    private boolean nextIsCaptionOrBody(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size() && j <= i + 3; j++) {
            String next = lines.get(j);
            if (next.isEmpty()) {
                continue;
            }
            return caption(next) != null || isBody(next);
        }
        return false;
    }

    /** Mostly Latin letters, spaces and ordinary punctuation: rejects binary junk decoded as text. */
    static boolean plausibleEnglish(String line) {
        int ascii = 0;
        int letters = 0;
        int odd = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c < 128) {
                    ascii++;
                }
            } else if (!Character.isWhitespace(c) && !Character.isDigit(c) && ".,;:'\"’‘“”()-–—%!?/&$€£".indexOf(c) < 0) {
                odd++;
            }
        }
        return letters > 0 && ascii * 10 >= letters * 8 && odd * 20 <= line.length();
    }

    /** A body paragraph: prose with at least a few words that ends like a sentence or a quote. */
    private static boolean isBody(String line) {
        if (line.length() < 25 || !plausibleEnglish(line)) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetter(line.charAt(i))) {
                letters++;
            }
        }
        return letters * 2 >= line.length() && line.indexOf(' ') > 0;
    }

    private static void flush(List<RawArticle> out, String headline, List<RawArticle.RawCaption> captions,
                              Set<String> paragraphs) {
        if (headline != null && !paragraphs.isEmpty()) {
            out.add(new RawArticle(headline, List.copyOf(captions), List.copyOf(paragraphs)));
        }
    }

    /** The caption and credit of a line ending with a photo credit, or null. */
    RawArticle.RawCaption caption(String line) {
        boolean file = Prefilter.matcher(FILE_PHOTO, line).find() || Prefilter.matcher(FILE_PHOTO_PHRASE, line).find();
        Matcher m = Prefilter.matcher(CREDIT_PAREN, line);
        // a labelled credit is one whoever it names
        if (m.matches() && (m.group("label") != null || isCredit(m.group(3)))) {
            return new RawArticle.RawCaption(m.group(1).strip(), m.group(3).strip(), file);
        }
        m = Prefilter.matcher(CREDIT_SLASH, line);
        if (m.matches() && isCredit(m.group(2))) {
            return new RawArticle.RawCaption(m.group(1).strip(), m.group(2).strip(), file);
        }
        m = Prefilter.matcher(CREDIT_PIPE, line);
        if (m.matches() && isCredit(m.group(2))) {
            return new RawArticle.RawCaption(m.group(1).strip(), m.group(2).strip(), file);
        }
        return null;
    }

    private boolean isCredit(String credit) {
        String agency = credit.split("/")[0].strip();
        if (lexicons.agenciesBySurface.containsKey(agency)) {
            return true;
        }
        // An unknown agency: an upper-case acronym followed by a photographer ("XYZ/JOHN DOE").
        return credit.contains("/") && agency.matches("[A-Z]{2,10}");
    }
}
