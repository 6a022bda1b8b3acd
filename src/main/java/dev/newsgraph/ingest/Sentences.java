package dev.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the sentence a name stands in, so that every mention keeps its provenance. */
final class Sentences {
    // A sentence ends at . ! or ? (optionally followed by a closing quote) before a space and a capital or quote.
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?][\"”’]?)\\s+(?=[\"“‘A-Z])");

    private Sentences() {
    }

    static List<String> split(String headline, List<String> paragraphs) {
        List<String> sentences = new ArrayList<>();
        sentences.add(headline.strip());
        for (String paragraph : paragraphs) {
            for (String sentence : BOUNDARY.split(paragraph.strip())) {
                if (!sentence.isBlank()) {
                    sentences.add(sentence.strip());
                }
            }
        }
        return sentences;
    }

    /** The sentences that contain one of the surface forms as a whole word (case-sensitive: "US" is not "us"). */
    static List<String> containing(List<String> sentences, List<String> surfaceForms) {
        List<Pattern> patterns = surfaceForms.stream()
                .map(form -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])"))
                .toList();
        List<String> found = new ArrayList<>();
        for (String sentence : sentences) {
            for (Pattern pattern : patterns) {
                Matcher matcher = pattern.matcher(sentence);
                if (matcher.find()) {
                    found.add(sentence);
                    break;
                }
            }
        }
        return found;
    }
}
