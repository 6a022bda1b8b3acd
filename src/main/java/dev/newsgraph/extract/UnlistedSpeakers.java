package dev.newsgraph.extract;

import dev.newsgraph.domain.PlaceKind;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Speakers the people extractor did not take for people: the subject of a verb of saying is a person's place, so a
 * phrase there shaped like a name is one even when its words are also a title, a month or a thing ("Hun Sen" with
 * "Sen." for Senator, "Gregory May" with the month, "War Lay"). A word of one person's longer name stands for that
 * person ("Vikere said" after "Kakule Vikere Lem"). Words a body's or place's name holds are never taken.
 */
final class UnlistedSpeakers {

    /** A capitalised word as names are written: "Hun", "O'Neill", "Al-Amin"; no acronym, no digits. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)?");
    private static final Set<String> PARTICLES = Set.of("al", "bin", "ibn", "van", "von", "de", "da", "der", "la", "le", "el",
            "abu", "di", "du", "del", "dos", "ben", "bint", "ould");
    private static final Pattern HONORIFIC = Pattern.compile("^(?:Mr|Mrs|Ms|Dr|Miss)\\.?\\s+");

    private final Lexicons lex = Lexicons.get();
    private final Gazetteer gaz = Gazetteer.get();

    /** The person a speaker phrase names though nobody was listed under it, declared a person of the story; or null. */
    String person(ArticleContext ctx, String subject) {
        String phrase = HONORIFIC.matcher(Text.trimPunct(subject).strip()).replaceFirst("");
        if (phrase.isEmpty() || ctx.entities.resolve(phrase) != null) {
            return null;
        }
        String[] words = phrase.split("\\s+");
        if (words.length == 1) {
            if (!NAME_WORD.matcher(phrase).matches() || isBodyOrPlaceWord(phrase)) {
                return null;
            }
            Entities.Person within = onlyPersonWithWord(ctx, phrase);
            if (within != null) {
                return within.name;
            }
            String full = fullNameEndingWith(ctx, phrase);
            return full == null ? null : ctx.entities.person(full).name;
        }
        return nameShaped(ctx, words) && !claimedWhereWritten(ctx, phrase) ? ctx.entities.person(phrase).name : null;
    }

    /** Whether another extractor took the words where the copy wrote them ("Reporter Jane Doe tells VOA": the correspondent). */
    private static boolean claimedWhereWritten(ArticleContext ctx, String phrase) {
        for (ArticleContext.Sentence s : ctx.body()) {
            for (int at = s.text.indexOf(phrase); at >= 0; at = s.text.indexOf(phrase, at + 1)) {
                if (s.isClaimed(at, at + phrase.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Vikere" in "Kakule Vikere Lem": the one person whose name holds the word, null when none or several do. */
    private static Entities.Person onlyPersonWithWord(ArticleContext ctx, String word) {
        Entities.Person only = null;
        for (Entities.Person p : ctx.entities.people.values()) {
            if (List.of(p.name.split(" ")).contains(word)) {
                if (only != null) {
                    return null;
                }
                only = p;
            }
        }
        return only;
    }

    /**
     * "Gregory May, first secretary ..." before "May said": the name words the copy wrote before the surname where it
     * gave the full name, the last such run; null when it never does.
     */
    private String fullNameEndingWith(ArticleContext ctx, String surname) {
        String found = null;
        for (ArticleContext.Sentence s : ctx.body()) {
            List<Tokens.Token> t = s.tokens;
            for (int k = 1; k < t.size(); k++) {
                if (!t.get(k).text().equals(surname)) {
                    continue;
                }
                int i = k;
                while (i > 0 && k - i < 3 && isGivenNameWord(t.get(i - 1).text())) {
                    i--;
                }
                if (i < k) {
                    String[] words = s.text.substring(t.get(i).start(), t.get(k).end()).split("\\s+");
                    if (nameShaped(ctx, words)) {
                        found = String.join(" ", words);
                    }
                }
            }
        }
        return found;
    }

    private boolean isGivenNameWord(String w) {
        return NAME_WORD.matcher(w).matches() && !lex.stopCaps.contains(w) && !lex.thingHeads.contains(w)
                && !lex.titles.containsKey(w.toLowerCase(Locale.ROOT)) && !isBodyOrPlaceWord(w);
    }

    /**
     * Two to four name words, particles between them: no title or demonym first ("President Ruto", "Kenyan Police"), no
     * word of a body's or place's name ("Foreign Ministry", "Human Rights Watch"), no place or body as a whole, and not
     * the copy's own words for a thing ("Typhoon Haikui").
     */
    private boolean nameShaped(ArticleContext ctx, String[] words) {
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        String first = words[0];
        String last = words[words.length - 1];
        if (!NAME_WORD.matcher(first).matches() || !NAME_WORD.matcher(last).matches()
                || lex.titles.containsKey(first.toLowerCase(Locale.ROOT)) || lex.stopCaps.contains(first)
                || gaz.byDemonym(first) != null || lex.thingHeads.contains(last)
                || lex.placeNouns.containsKey(last.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String w : words) {
            boolean particle = PARTICLES.contains(w);
            if (!particle && (!NAME_WORD.matcher(w).matches() || isBodyOrPlaceWord(w))) {
                return false;
            }
        }
        String phrase = String.join(" ", words);
        return ctx.entities.findOrg(phrase) == null && ctx.entities.findPlace(phrase) == null && lex.org(phrase) == null
                && gaz.lookup(phrase).isEmpty();
    }

    /** A word of a body's name ("Ministry", "Watch") or a place big enough to be meant ("Moscow", "Kenya"). */
    private boolean isBodyOrPlaceWord(String w) {
        if (lex.orgCues.containsKey(w) || lex.org(w) != null || gaz.byDemonym(w) != null) {
            return true;
        }
        for (Gazetteer.Entry e : gaz.lookup(w)) {
            if (e.kind() != PlaceKind.CITY && e.kind() != PlaceKind.PROVINCE || e.population() > 500_000) {
                return true;
            }
        }
        return false;
    }
}
