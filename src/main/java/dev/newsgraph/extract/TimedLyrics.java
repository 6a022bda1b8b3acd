package dev.newsgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timed-lyrics file (LRC), the shape learners' sites give a broadcast's script in: "[ti:...]" the title, "[ar:...]"
 * the voice, other tags ("[al:...]" the programme, "[by:...]" who timed it) about the file, and every line of the
 * script behind its time stamps ("[00:12.16]found former ..."). Read as copy: the title, a byline, and the script's
 * lines joined into paragraphs at the end of each sentence.
 */
final class TimedLyrics {

    /** A line's time stamps: "[00:12.16]", "[01:03]", several in a row for a repeated line. */
    private static final Pattern STAMPS = Pattern.compile("^(?:\\s*\\[\\d{1,3}:\\d{2}(?:[.:]\\d{1,3})?\\])+\\s*");
    /** An ID tag: "[ti:Charles Taylor Found Guilty]", "[offset:500]". */
    private static final Pattern TAG = Pattern.compile("^\\s*\\[(?<tag>[a-z#]{1,6}):(?<value>[^\\]]*)\\]\\s*$");
    /** How many stamped lines make a text a timed-lyrics file rather than copy quoting one. */
    private static final int MIN_STAMPED = 3;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')]?$");

    private TimedLyrics() {
    }

    /** The text as plain copy when it is a timed-lyrics file; the text itself otherwise. */
    static String asCopy(String text) {
        if (text.indexOf('[') < 0 || !timed(text)) {
            return text;
        }
        StringBuilder head = new StringBuilder();
        StringBuilder script = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            Matcher tag = TAG.matcher(line);
            Matcher stamps = STAMPS.matcher(line);
            if (tag.matches()) {
                String value = tag.group("value").strip();
                if (!value.isEmpty() && tag.group("tag").equals("ti")) {
                    head.append(value).append('\n');
                } else if (!value.isEmpty() && tag.group("tag").equals("ar")) {
                    head.append("By ").append(value).append('\n');
                }
            } else if (stamps.lookingAt()) {
                String words = line.substring(stamps.end()).strip();
                if (!words.isEmpty()) {
                    script.append(words).append(SENTENCE_END.matcher(words).find() ? "\n\n" : " ");
                }
            } else {
                script.append(line).append('\n');
            }
        }
        return head.append('\n').append(script).toString();
    }

    private static boolean timed(String text) {
        int stamped = 0;
        for (String line : text.split("\n")) {
            if (STAMPS.matcher(line).lookingAt() && ++stamped >= MIN_STAMPED) {
                return true;
            }
        }
        return false;
    }
}
