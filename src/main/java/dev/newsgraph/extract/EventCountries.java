package dev.newsgraph.extract;

import dev.newsgraph.draft.RoleInput;
import dev.newsgraph.domain.PlaceKind;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.newsgraph.extract.EventText.indexOfWord;
import static dev.newsgraph.extract.EventText.lastIndexOfWord;

/** The countries of people an event concerns: where someone holds office, the country whose election it was. */
final class EventCountries {

    /** "this month's governor's election in Aceh province": an election of a region is placed there, not in its country. */
    static final Pattern LOCAL_ELECTION = Pattern.compile("\\b(?:governor(?:'s|’s)?|gubernatorial|provincial|regional|state"
            + "|local|municipal|mayoral|city|commune|council|county|district)\\s+(?:\\S+\\s+)?$", Pattern.CASE_INSENSITIVE);

    static final Pattern OWN_ELECTION = Pattern.compile("\\b(?:his|her|their) (?:re-)?election\\b");

    /** The country a person holds office in: of a role, else named just before the name ("Solomon Islands Prime Minister"). */
    static Entities.Place homeCountry(ArticleContext ctx, Entities.Person person) {
        for (ArticleContext.Sentence s : ctx.body()) {
            int at = indexOfWord(s.text, person.name);
            if (at < 0) {
                continue;
            }
            String before = s.text.substring(Math.max(0, at - 40), at);
            String home = personCountry(ctx, person, before);
            if (home != null) {
                return ctx.entities.findPlace(home);
            }
            Entities.Place last = null;
            int lastAt = -1;
            for (Entities.Place p : ctx.entities.places.values()) {
                int i = p.entry.kind() == PlaceKind.COUNTRY ? lastIndexOfWord(before, p.entry.name()) : -1;
                if (i > lastAt) {
                    last = p;
                    lastAt = i;
                }
            }
            return last;
        }
        return null;
    }

    /**
     * An election takes place in a country: "congratulated British Prime Minister Keir Starmer on his election" is
     * the country of the person elected; otherwise the country of the place found.
     */
    static String electionCountry(ArticleContext ctx, String sentence, int cueAt, String place) {
        Matcher own = OWN_ELECTION.matcher(sentence);
        if (own.find() && own.start() <= cueAt + 4) {
            String before = sentence.substring(0, own.start());
            Entities.Person last = null;
            int lastAt = -1;
            for (Entities.Person p : ctx.entities.people.values()) {
                int i = Math.max(lastIndexOfWord(before, p.name), lastIndexOfWord(before, p.surname()));
                if (i > lastAt) {
                    lastAt = i;
                    last = p;
                }
            }
            if (last != null) {
                String country = personCountry(ctx, last, before.substring(Math.max(0, lastAt - 60), lastAt));
                if (country != null) {
                    return country;
                }
            }
        }
        Entities.Place p = place == null ? null : ctx.entities.findPlace(place);
        if (p != null && p.entry.kind() != PlaceKind.COUNTRY && p.entry.countryCode() != null) {
            Entities.Place country = ctx.entities.country(p.entry.countryCode());
            return country == null ? null : country.entry.name();
        }
        return place;
    }

    /**
     * The one country a sentence names, by name, possessive or demonym ("Indonesia's election commission", "the Indonesian
     * vote"); null when it names none or several.
     */
    static String onlyCountryNamed(ArticleContext ctx, String sentence) {
        String only = null;
        for (Entities.Place p : ctx.entities.places.values()) {
            if (p.entry.kind() != PlaceKind.COUNTRY) {
                continue;
            }
            boolean named = indexOfWord(sentence, p.entry.name()) >= 0 || p.aliases.stream().anyMatch(a -> indexOfWord(sentence, a) >= 0);
            if (named && only != null) {
                return null;
            }
            only = named ? p.entry.name() : only;
        }
        return only;
    }

    /** The country of a person's role, or of the demonym or country just before the name ("British Prime Minister"). */
    static String personCountry(ArticleContext ctx, Entities.Person person, String before) {
        for (RoleInput r : person.roles) {
            Entities.Place p = r.place() == null ? null : ctx.entities.findPlace(r.place());
            if (p != null && p.entry.countryCode() != null) {
                Entities.Place country = ctx.entities.country(p.entry.countryCode());
                if (country != null) {
                    return country.entry.name();
                }
            }
        }
        for (String word : before.split("[\\s,]+")) {
            String bare = word.replaceAll("(?:'s|’s)$", "");
            Gazetteer.Entry e = Gazetteer.get().byDemonym(bare);
            Entities.Place named = ctx.entities.findPlace(bare);
            if (named != null && named.entry.kind() == PlaceKind.COUNTRY) {
                return named.entry.name();
            }
            if (e != null && e.kind() == PlaceKind.COUNTRY) {
                Entities.Place country = ctx.entities.country(e.countryCode());
                return country != null ? country.entry.name() : e.name();
            }
        }
        return null;
    }

    private EventCountries() {
    }
}
