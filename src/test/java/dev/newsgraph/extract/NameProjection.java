package dev.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Training data for {@link NameModel} by projection: every occurrence, as whole tokens, of every gold name of an
 * article (each of its {@code |} alternatives, the longest first) is marked in the sentences the copy reader made, as
 * a person, organization or location; every other token is outside. Gold lists an organization once for the article;
 * each of its mentions is marked.
 */
final class NameProjection {

    /** One gold name to mark: its type and comparable tokens. */
    private record Name(String type, String[] keys) {
    }

    private NameProjection() {
    }

    /** The article's sentences with the gold names marked; the first one clears the model's memory of the last article. */
    static List<NameSample> samples(NameModel.Reading reading, JsonNode gold) {
        List<Name> names = new ArrayList<>();
        gold.path("people").forEach(p -> add(names, NameModel.PERSON, p.asText()));
        gold.path("organizations").forEach(o -> add(names, NameModel.ORGANIZATION, o.asText()));
        gold.path("places").forEach(p -> add(names, NameModel.LOCATION, p.get(0).asText()));
        names.sort(Comparator.comparingInt((Name n) -> -n.keys().length)); // stable: people before organizations on a tie
        List<NameSample> out = new ArrayList<>();
        for (int s = 0; s < reading.tokens().size(); s++) {
            String[] keys = reading.keys().get(s);
            boolean[] taken = new boolean[keys.length];
            List<Span> spans = new ArrayList<>();
            for (Name n : names) {
                for (NameMentions.Mention m : NameMentions.find(List.<String[]>of(keys), n.keys())) {
                    if (free(taken, m.from(), m.to())) {
                        Arrays.fill(taken, m.from(), m.to(), true);
                        spans.add(new Span(m.from(), m.to(), n.type()));
                    }
                }
            }
            spans.sort(Comparator.comparingInt(Span::getStart));
            out.add(new NameSample(reading.tokens().get(s), spans.toArray(Span[]::new), reading.features().get(s), s == 0));
        }
        return out;
    }

    private static void add(List<Name> names, String type, String alternatives) {
        for (String a : alternatives.split("\\|")) {
            String[] keys = NameMentions.nameKeys(a);
            if (keys.length > 0) {
                names.add(new Name(type, keys));
            }
        }
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
