package dev.newsgraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which pronoun, "he" or "she", the article itself uses for each of its people, from what it says of them: an
 * honorific ("Ms. Ruiz"), a gendered title or kin word in front of the name ("spokeswoman Linda Moyo", "his widow,
 * Mary Cole"), or the pronoun subject of the clause the person reports ("Ruiz said she would stay"). People the article
 * gives no such evidence for, or contrary evidence, have none: a name alone says nothing.
 */
final class PronounGender {

    enum Pronoun { HE, SHE }

    /** The grammatically gendered words of English that stand before a name: honorifics, titles, kin. */
    private static final Map<String, Pronoun> GENDERED_WORDS = new HashMap<>();

    static {
        for (String w : new String[]{"mr", "spokesman", "chairman", "congressman", "businessman", "father", "husband",
                "widower", "son", "brother", "king", "prince", "actor"}) {
            GENDERED_WORDS.put(w, Pronoun.HE);
        }
        for (String w : new String[]{"mrs", "ms", "miss", "spokeswoman", "chairwoman", "congresswoman", "businesswoman",
                "mother", "wife", "widow", "daughter", "sister", "queen", "princess", "actress"}) {
            GENDERED_WORDS.put(w, Pronoun.SHE);
        }
    }

    /** The word right before a name, past a comma: "Ms. Ruiz", "spokeswoman Linda Moyo", "his widow, Mary Cole". */
    private static final Pattern WORD_BEFORE = Pattern.compile("\\b(\\p{L}+)\\.?,?\\s+$");
    /** "Ruiz said she ...", "Ruiz, the mayor, told reporters that he ...": the subject of what the person reports. */
    private static final Pattern REPORTS_PRONOUN = Pattern.compile(
            "^(?:,[^,.;\"“”]{1,80},)?\\s+(?:has |had |also |later )?(?:said|says|told [\\p{L}.]+|added|stated|insisted)"
                    + "(?: on \\p{Lu}\\p{Ll}+)?,?(?: that)?\\s+(he|she)\\b");

    private PronounGender() {
    }

    /** The pronoun the article's body shows for each person it gives consistent evidence for. */
    static Map<Entities.Person, Pronoun> of(ArticleContext ctx) {
        Map<Entities.Person, Pronoun> out = new HashMap<>();
        Set<Entities.Person> contrary = new HashSet<>();
        for (ArticleContext.Sentence s : ctx.body()) {
            for (Entities.Person p : ctx.entities.people.values()) {
                for (String form : forms(p)) {
                    int at = s.text.indexOf(form);
                    while (at >= 0) {
                        Pronoun seen = evidence(s.text, at, at + form.length());
                        if (seen != null) {
                            Pronoun before = out.put(p, seen);
                            if (before != null && before != seen) {
                                contrary.add(p);
                            }
                        }
                        at = s.text.indexOf(form, at + form.length());
                    }
                }
            }
        }
        contrary.forEach(out::remove);
        return out;
    }

    private static Pronoun evidence(String text, int from, int to) {
        boolean wholeWord = (from == 0 || !Character.isLetter(text.charAt(from - 1)))
                && (to == text.length() || !Character.isLetter(text.charAt(to)));
        if (!wholeWord) {
            return null;
        }
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, from - 30), from));
        if (before.find()) {
            Pronoun p = GENDERED_WORDS.get(before.group(1).toLowerCase(Locale.ROOT));
            if (p != null) {
                return p;
            }
        }
        Matcher reports = REPORTS_PRONOUN.matcher(text.substring(to, Math.min(text.length(), to + 140)));
        return reports.find() ? (reports.group(1).equals("she") ? Pronoun.SHE : Pronoun.HE) : null;
    }

    private static Set<String> forms(Entities.Person p) {
        Set<String> f = new LinkedHashSet<>();
        f.add(p.name);
        f.add(p.surname());
        return f;
    }
}
