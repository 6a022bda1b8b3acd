package dev.newsgraph.extract;

import dev.newsgraph.domain.EventKind;
import dev.newsgraph.domain.PlaceKind;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.newsgraph.extract.EventText.clauseTail;
import static dev.newsgraph.extract.EventText.firstPart;
import static dev.newsgraph.extract.EventText.indexOfWord;
import static dev.newsgraph.extract.EventText.lastWords;

/** Where an event took place: the places a sentence puts it in, an institution's city, the story's place. */
final class EventPlaces {

    /** "arrived in the country", "has flown to the region": a visit to the place the story is about. */
    static final Pattern ANAPHORIC_PLACE = Pattern.compile("\\bthe (country|region|province|area|city)\\b");
    /** "a visit to China", "his trip last week to Kabul": the place a visit names is after "to" or "in". */
    static final Pattern VISIT_OBJECT = Pattern.compile("^\\s*(?:[a-z-]+\\s+){0,2}?(?:to|in)\\s+");

    static final Pattern COURT_OF = Pattern.compile("\\b([A-Z][\\p{L}]+)(?:'s|’s) (?:[a-z]+ )?court\\b");

    /** "In Miami, VOA's Brian Wagner reports ...": where the reporter is, not where the event was. */
    static final Pattern REPORTER_OPENING = Pattern.compile("^(?:In|At)\\s+[^,]{2,40},\\s+(?:[A-Z][\\p{L}.'’-]*\\s+){0,4}"
            + "(?:reports|correspondent)\\b");

    /** "In New Delhi, the prime minister met ...": a place that opens the sentence is where its event took place. */
    static final Pattern OPENING_PLACE = Pattern.compile("^(?:In|At)\\s+([^,]{2,40}),");

    static final Pattern CLAUSE_END = Pattern.compile("[;]|\\b(?:and|but|where|which|after|before|while|with|including"
            + "|regarding|concerning|about)\\b");

    /** A character of the same sentence: no full stop but an initial's ("resumed at a U.N. tribunal in Arusha"). */
    private static final String IN_SENTENCE = "(?:[^.;]|(?<=\\b\\p{Lu})\\.)";

    /** "began today in Hokkaido", "was held in Bali": where the event's own verb puts it. */
    static final Pattern HELD_IN = Pattern.compile("^" + IN_SENTENCE + "{0,160}?\\b(?:began|begins|opened|opens|was held"
            + "|is being held|were held|took place|takes place|convened|started|kicked off|got under way|gathered|met|resumed"
            + "|resumes|reopened|re-opened)\\b" + IN_SENTENCE + "{0,40}?\\b(?:in|at)\\s+(?:[^,.;]|(?<=\\b\\p{Lu})\\.){2,60}");

    /** "leaders gathered in Lima on Friday for the APEC Summit": the place people came to for the event. */
    static final Pattern CAME_FOR = Pattern.compile("\\b(?:gathered|gathering|convened|convening|met|meeting|arrived|assembled)"
            + " in ([A-Z][^,.;]{2,40}?) (?:[a-z]+ (?:[A-Z][a-z]+ )?)?for (?:the|a|an) (?:\\S+ ){0,3}$");

    /**
     * "went home to Chicago to give his last speech", "flew to Brussels to attend the summit": the place someone went to
     * in order to take part in the event.
     */
    static final Pattern WENT_TO_FOR = Pattern.compile("\\b(?:went|goes|came|comes|returned|returns|travell?ed|travels|flew|flies"
            + "|headed|heads) (?:home |back )?to ([A-Z][^.;]{1,60}?),? to (?:[a-z]+ ){1,4}$");

    /** "Obama is in Ghana on his first trip to sub-Saharan Africa": where the visitor is on the visit is its place. */
    static final Pattern IS_IN_ON_VISIT = Pattern.compile("\\b(?:is|was|are|were) in ([A-Z][^,.;]{1,40}?),? (?:on|during|for) (?:\\S+ ){0,3}$");

    static final Pattern AT_INSTITUTION = Pattern.compile("^\\s*(?:at|in)\\s+(?:the\\s+)?([A-Z][^,.;]{2,80})");

    /** "the country", "the region": the story's most mentioned country, province or city. */
    static String anaphoricPlace(ArticleContext ctx, String text) {
        Matcher m = ANAPHORIC_PLACE.matcher(text);
        if (!m.find()) {
            return null;
        }
        Entities.Place p = switch (m.group(1)) {
            case "country" -> ctx.entities.country(ctx.salientCountryCode());
            case "city" -> ctx.salient(PlaceKind.CITY);
            default -> ctx.salient(PlaceKind.PROVINCE);
        };
        return p == null ? null : p.entry.name();
    }

    /** Two places that can be one event's: either unknown, the same, or one inside the other (Havana and Cuba). */
    static boolean compatible(ArticleContext ctx, String a, String b) {
        return a == null || b == null || a.equals(b) || inside(ctx, a, b) || inside(ctx, b, a);
    }

    static boolean inside(ArticleContext ctx, String inner, String outer) {
        Entities.Place i = ctx.entities.findPlace(inner);
        Entities.Place o = ctx.entities.findPlace(outer);
        if (i == null || o == null || i.entry.countryCode() == null || !i.entry.countryCode().equals(o.entry.countryCode())) {
            return false;
        }
        return o.entry.kind() == PlaceKind.COUNTRY && i.entry.kind() != PlaceKind.COUNTRY
                || o.entry.name().equals(i.parent) || o.entry.name().equals(i.entry.parent());
    }

    static String moreSpecific(ArticleContext ctx, String a, String b) {
        return a == null ? b : b == null ? a : inside(ctx, b, a) ? b : a;
    }

    static final Set<EventKind> PLACED_BY_STORY = Set.of(EventKind.SPEECH, EventKind.PRESS_CONFERENCE, EventKind.SUMMIT,
            EventKind.MEETING, EventKind.PROTEST, EventKind.TRIAL, EventKind.CONFERENCE);
    static final Pattern NATIONWIDE = Pattern.compile("\\b(?:nationwide|national|general|countrywide)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Where an event whose sentence gives no place took place: where the story is filed from (its dateline), or that
     * country for a nationwide one ("a nationwide strike"); without a dateline, a nationwide one is in the country the
     * story is about.
     */
    static String storyPlace(ArticleContext ctx, boolean nationwide) {
        String datelined = StatedMetadata.dateline(ctx);
        Entities.Place dateline = datelined == null ? null : ctx.entities.findPlace(datelined);
        if (dateline == null) {
            Entities.Place salient = nationwide ? ctx.entities.country(ctx.salientCountryCode()) : null;
            return salient == null ? null : salient.entry.name();
        }
        Entities.Place country = nationwide ? ctx.entities.country(dateline.entry.countryCode()) : null;
        return country != null ? country.entry.name() : dateline.entry.name();
    }

    /**
     * Without a dateline, an event with no place is where the story's other events are, when they are all in one (a city
     * and the country it is in are one: "a news conference in Jakarta" and "talks in Indonesia"), else in the city the
     * story tells most of (a news conference on a shooting in that town). A visit with no place
     * is a visit to where its visitor's other events took place.
     */
    static void placeUnplaced(ArticleContext ctx, List<FoundEvent> found) {
        Set<String> others = new LinkedHashSet<>();
        // a visit's place counts: what the visitor does, the story tells of where the visit is
        found.stream().filter(f -> f.place != null && (PLACED_BY_STORY.contains(f.kind) || f.kind == EventKind.VISIT))
                .forEach(f -> others.add(f.place));
        String one = onePlace(ctx, others);
        if (one == null && StatedMetadata.dateline(ctx) == null) {
            one = storyCity(ctx);
        }
        for (FoundEvent f : found) {
            if (f.place == null && PLACED_BY_STORY.contains(f.kind) && one != null) {
                f.place = one;
            }
        }
        for (FoundEvent visit : found) {
            if (visit.place == null && visit.kind == EventKind.VISIT && !visit.participants.isEmpty()) {
                Set<String> where = new LinkedHashSet<>();
                found.stream().filter(f -> f != visit && f.place != null && PLACED_BY_STORY.contains(f.kind)
                        && f.participants.contains(visit.participants.iterator().next())).forEach(f -> where.add(f.place));
                visit.place = onePlace(ctx, where);
            }
        }
    }

    /** The city the story tells most of, when in the country it tells most of: where its news is. */
    private static String storyCity(ArticleContext ctx) {
        Entities.Place city = ctx.salient(PlaceKind.CITY);
        return city != null && Objects.equals(city.entry.countryCode(), ctx.salientCountryCode()) ? city.entry.name() : null;
    }

    /** The most specific of places that are all one place or inside one another, else null. */
    private static String onePlace(ArticleContext ctx, Set<String> places) {
        String one = null;
        for (String p : places) {
            if (!compatible(ctx, one, p)) {
                return null;
            }
            one = moreSpecific(ctx, one, p);
        }
        return one;
    }

    static String mostSpecificPlace(ArticleContext ctx, String text) {
        String best = null;
        int bestRank = -1;
        int bestPos = Integer.MAX_VALUE;
        for (Entities.Place p : ctx.entities.places.values()) {
            int pos = indexOfWord(text, p.entry.name());
            for (String a : p.aliases) {
                int i = Gazetteer.get().byDemonym(a) != null ? -1 : indexOfWord(text, a); // "African leaders" are not in Africa
                if (i >= 0 && (pos < 0 || i < pos)) {
                    pos = i;
                }
            }
            if (pos < 0 || possessive(text, pos + p.entry.name().length())) {
                continue; // "with Poland's Prime Minister" says nothing of where
            }
            int rank = Entities.specificity(p.entry.kind());
            if (rank > bestRank || rank == bestRank && pos < bestPos) {
                best = p.entry.name();
                bestRank = rank;
                bestPos = pos;
            }
        }
        return best;
    }

    static boolean possessive(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’') && text.charAt(end + 1) == 's';
    }


    /**
     * The place of an institution named after it ("Warsaw" in "Warsaw School of Economics", "University of Lisbon"): a
     * declared place, else a city of the gazetteer, which is then declared.
     */
    static String placeInside(ArticleContext ctx, String name) {
        String declared = mostSpecificPlace(ctx, name);
        if (declared != null) {
            return declared;
        }
        Gazetteer.Entry best = null;
        for (String word : Text.SPACES.split(name)) {
            for (Gazetteer.Entry e : Text.isCapitalized(word) ? Gazetteer.get().lookup(word) : List.<Gazetteer.Entry>of()) {
                if (e.kind() == PlaceKind.CITY && e.population() > 100_000 && (best == null || e.population() > best.population())) {
                    best = e;
                }
            }
        }
        if (best == null) {
            return null;
        }
        ctx.entities.place(best);
        return best.name();
    }

    /**
     * Where the event a sentence tells of between from and to took place: the most specific place after the cue that a
     * preposition puts it in ("summit in Brussels", "a demonstration ... outside the liaison office in Hong Kong"),
     * where its own verb puts it ("was held in Bali"), a visit's object, a court's city, a place just before the cue
     * ("the Brussels summit") or one that opens the sentence ("In New Delhi, ...").
     */
    static String placeOfCue(ArticleContext ctx, String sentence, EventKind kind, int from, int to, String before, String prior) {
        String after = sentence.substring(to, Math.min(sentence.length(), to + 120));
        String clause = firstPart(after, CLAUSE_END);
        Matcher held = HELD_IN.matcher(sentence.substring(to, Math.min(sentence.length(), to + 240)));
        String heldIn = kind == EventKind.VISIT || !held.find() ? null : IncidentExtractor.locatedPlace(ctx, held.group());
        // a visit's place is its object ("a visit to China"), not a place its sentence goes on to name
        Matcher object = VISIT_OBJECT.matcher(clause);
        boolean visitObject = kind == EventKind.VISIT && object.find();
        String place = kind == EventKind.VISIT ? (visitObject ? mostSpecificPlace(ctx, clause) : null)
                : heldIn != null ? heldIn : IncidentExtractor.locatedPlace(ctx, clause);
        Matcher stay = kind == EventKind.VISIT ? IS_IN_ON_VISIT.matcher(prior) : null;
        String stayedIn = stay != null && stay.find() ? IncidentExtractor.locatedPlace(ctx, "in " + stay.group(1)) : null;
        place = stayedIn != null ? stayedIn : place;
        if (place == null && visitObject && clause.startsWith("the ", object.end())) {
            place = anaphoricPlace(ctx, firstPart(clause.substring(object.end()), CLAUSE_END)); // "his visit to the country"
        }
        if (place == null && kind == EventKind.TRIAL) {
            Matcher court = COURT_OF.matcher(sentence);
            Entities.Place p = court.find() ? ctx.entities.findPlace(court.group(1)) : null;
            place = p == null ? null : p.entry.name(); // "appeared in Beijing's high court"
        }
        Matcher visited = kind == EventKind.VISIT ? EventCues.VISITED.matcher(sentence.substring(from, to)) : null;
        if (place == null && visited != null && visited.find()) {
            place = IncidentExtractor.locatedPlace(ctx, "in " + visited.group(2)); // "visited the Afghan capital, Kabul"
            if (place == null) {
                place = anaphoricPlace(ctx, visited.group(2)); // "arrived in the country"
            }
        }
        if (place == null && to > from) {
            place = IncidentExtractor.locatedPlace(ctx, sentence.substring(from, to)); // "the court in Hanoi found ..."
        }
        if (place == null && kind != EventKind.VISIT && !EventCues.AFTER_VERB.matcher(before).find()) {
            // "the Brussels summit", not "in Gaza, during a meeting" nor "Duarte of Portugal held talks"
            place = mostSpecificPlace(ctx, lastWords(clauseTail(before), 3));
        }
        Matcher cameFor = CAME_FOR.matcher(prior);
        if (place == null && cameFor.find()) {
            place = IncidentExtractor.locatedPlace(ctx, "in " + cameFor.group(1));
        }
        Matcher presentFor = EventCues.AT_PLACE_FOR.matcher(prior);
        if (place == null && presentFor.find()) {
            place = IncidentExtractor.locatedPlace(ctx, "in " + presentFor.group(1)); // "is in Iran for three days of talks"
        }
        Matcher wentTo = WENT_TO_FOR.matcher(prior);
        if (place == null && wentTo.find()) {
            place = IncidentExtractor.locatedPlace(ctx, "in " + wentTo.group(1));
        }
        Matcher opening = OPENING_PLACE.matcher(prior);
        if (place == null && opening.find() && !REPORTER_OPENING.matcher(prior).find()) {
            place = IncidentExtractor.locatedPlace(ctx, "in " + opening.group(1));
        }
        return place;
    }

    private EventPlaces() {
    }
}
