package dev.newsgraph.extract;

import dev.newsgraph.domain.PlaceKind;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a sentence puts an incident when no gazetteer knows the name: "claimed the attack in Tezirzayt", "the blast
 * at Kaduwela killed ...". Villages, outposts and hamlets are the commonest incident places on fresh copy and the
 * least likely to be listed; the sentence's structure (an incident word, then a preposition of place and a proper
 * name closing its phrase) says the name is a place, so the incident takes it rather than its country.
 */
final class UnlistedIncidentPlace {

    private UnlistedIncidentPlace() {
    }

    /**
     * A preposition of place and a name of one to three capitalised words that closes the phrase: punctuation, a
     * lowercase word or the end follows ("in Tezirzayt on its Web site", "near Kibati, ..."); "in Ethiopia's Oromia" is
     * not of that shape.
     */
    private static final Pattern PLACED_NAME = Pattern.compile("\\b(?:in|at|near|outside)\\s+"
            + "(\\p{Lu}[\\p{Ll}-]+(?:[\\s-]\\p{Lu}[\\p{Ll}-]+){0,2})(?=\\s*[,.;:—(]|\\s+\\p{Ll}|\\s*$)");
    /** Calendar words stand after "in" and "at" as often as places do ("in January", "at Christmas"). */
    private static final Pattern CALENDAR = Pattern.compile("(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Ramadan)\\b.*");

    /**
     * The unlisted name the text puts an incident it tells of in: the preposition stands after an incident word of the
     * same clause, and the name is no declared place, person or body and no entry of the gazetteer (those the place
     * extractor has weighed already).
     */
    static String in(ArticleContext ctx, String text) {
        Matcher m = PLACED_NAME.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            String before = clauseBefore(text, m.start());
            if (IncidentExtractor.type(before) == null || CALENDAR.matcher(name).matches()
                    || Lexicons.get().stopCaps.contains(name.split("[\\s-]")[0]) || ctx.entities.findPlace(name) != null
                    || ctx.entities.findPerson(name) != null || ctx.entities.findOrg(name) != null
                    || !Gazetteer.get().lookup(name).isEmpty()) {
                continue;
            }
            return name;
        }
        return null;
    }

    /** The clause a preposition stands in, up to it: the text back to the last sentence or clause break. */
    private static String clauseBefore(String text, int at) {
        int from = Math.max(Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("; ", at)), text.lastIndexOf(", ", at));
        return text.substring(from < 0 ? 0 : from, at);
    }

    /** The unlisted name declared as a town inside the incident's known place (a province or its country). */
    static Entities.Place declare(ArticleContext ctx, String name, Entities.Place within) {
        String cc = within == null ? null : within.entry.countryCode();
        String parent = within != null && within.entry.kind() == PlaceKind.PROVINCE ? within.entry.name() : cc;
        return ctx.entities.place(Gazetteer.Entry.stated(PlaceKind.CITY, name, cc, parent));
    }
}
