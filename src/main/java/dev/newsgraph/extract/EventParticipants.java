package dev.newsgraph.extract;

import dev.newsgraph.domain.EventKind;
import dev.newsgraph.domain.OrganizationKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.newsgraph.extract.EventText.firstPart;
import static dev.newsgraph.extract.EventText.indexOfWord;
import static dev.newsgraph.extract.EventText.lastWords;

/** Who took part in an event: the people and organizations its sentence names, and whom a meeting was with. */
final class EventParticipants {

    /** "talks with X", "his meeting earlier in the day with X". */
    static final Pattern WITH = Pattern.compile("^\\s*(?:[a-z]+\\s+|" + EventCues.DAY_TOLD + "){0,4}?(?:with|between)\\s+([^,;]{2,120}"
            + "(?:,\\s+(?:including|among them|notably)\\s+[^,;]{2,120})?)");
    /** Where the words on whom a meeting was with end: "with officials to assess ...", "with X, who ...". */
    static final Pattern PARTNER_END = Pattern.compile("\\b(?:to|who|whom|which|that|where|while|after|before|because|as"
            + "|for|about|over|amid|on|at)\\b|\\band [a-z]+ (?:the|a|an|their|his|her|its)\\b");

    static final Pattern THE_NOUN = Pattern.compile("\\bthe ([a-z]+)(?:'s|’s)\\s");

    static final Set<EventKind> SPOKEN = Set.of(EventKind.SPEECH, EventKind.PRESS_CONFERENCE, EventKind.TRIAL, EventKind.VISIT);

    /** "the embattled president ", "the governor ": a title right before the cue, with a word or two before it. */
    private static final Pattern TITLE_BEFORE = Pattern.compile("\\b[Tt]he ((?:[a-z-]+ ){1,3})$");

    /**
     * The person of the story whose title the words right before the cue give: the only one, or of several (the
     * president and a foreign president) the one the sentences before last named; null when none.
     */
    private static String holderOfTitleBefore(ArticleContext ctx, String before, int sentence) {
        Matcher title = TITLE_BEFORE.matcher(before);
        if (!title.find()) {
            return null;
        }
        String[] w = title.group(1).strip().split(" ");
        String last = w[w.length - 1];
        String lastTwo = w.length > 1 ? w[w.length - 2] + " " + last : last;
        List<Entities.Person> holders = new ArrayList<>();
        List<Entities.Person> byRole = new ArrayList<>();
        for (Entities.Person p : ctx.entities.people.values()) {
            if (p.roles.stream().anyMatch(r -> r.title() != null && (r.title().equalsIgnoreCase(last) || r.title().equalsIgnoreCase(lastTwo)))) {
                byRole.add(p);
                holders.add(p);
            } else if (titledBefore(ctx, last, p, sentence)) {
                holders.add(p); // "President Rafael Quintero was rescued": the title the copy put before the name
            }
        }
        for (int i = sentence - 1; i >= 0; i--) {
            String text = ctx.sentences.get(i).text;
            List<Entities.Person> named = holders.stream().filter(p -> mentions(text, p)).toList();
            if (!named.isEmpty()) {
                return named.size() == 1 ? named.get(0).name : null; // the sentence names both: which one is not said
            }
        }
        return byRole.size() == 1 ? byRole.get(0).name : null;
    }

    /** Whether a sentence before this one puts the title right before the person's name ("President Rafael Quintero"). */
    private static boolean titledBefore(ArticleContext ctx, String title, Entities.Person p, int sentence) {
        String titled = title + " " + p.name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < sentence; i++) {
            if (ctx.sentences.get(i).text.toLowerCase(Locale.ROOT).contains(titled)) {
                return true;
            }
        }
        return false;
    }

    /** The person named first in a text. */
    static String firstPerson(ArticleContext ctx, String text) {
        String first = null;
        int at = Integer.MAX_VALUE;
        for (Entities.Person p : ctx.entities.people.values()) {
            int i = indexOfWord(text, p.name);
            int j = indexOfWord(text, p.surname());
            int k = i < 0 ? j : j < 0 ? i : Math.min(i, j);
            if (k >= 0 && k < at) {
                at = k;
                first = p.name;
            }
        }
        return first;
    }

    /** "the alliance's": the one organization whose name or alias ends with that noun. */
    static boolean refersTo(String lead, Entities.Org o, ArticleContext ctx) {
        Matcher m = THE_NOUN.matcher(lead);
        if (!m.find()) {
            return false;
        }
        String noun = m.group(1).toLowerCase(Locale.ROOT);
        Predicate<Entities.Org> endsWith = org -> org.name.toLowerCase(Locale.ROOT).endsWith(" " + noun)
                || org.aliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).endsWith(noun));
        return endsWith.test(o) && ctx.entities.orgs.values().stream().filter(endsWith).count() == 1;
    }

    static Entities.Org longestOrgPrefix(ArticleContext ctx, String text) {
        Entities.Org best = null;
        for (Entities.Org o : ctx.entities.orgs.values()) {
            if (text.startsWith(o.name) && (best == null || o.name.length() > best.name.length())) {
                best = o;
            }
        }
        return best;
    }

    static boolean mentions(String text, Entities.Person p) {
        if (indexOfWord(text, p.name) >= 0 || indexOfWord(text, p.surname()) >= 0) {
            return true;
        }
        for (String a : p.aliases) {
            if (indexOfWord(text, a) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean namesOrg(String text, Entities.Org o) {
        if (indexOfWord(text, o.name) >= 0) {
            return true;
        }
        for (String a : o.aliases) {
            String bare = a.startsWith("the ") ? a.substring(4) : a;
            if (indexOfWord(text, bare) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who: an organization named just before the cue ("NATO summit", "the alliance's June summit"), else the people the
     * sentence names before it; and whoever comes after "with" ("talks with X"), whose place a meeting without one takes.
     */
    static void add(ArticleContext ctx, ArticleContext.Sentence s, FoundEvent f, int from, String before, String after) {
        EventKind kind = f.kind;
        String lead = lastWords(before, 4);
        for (Entities.Org o : ctx.entities.orgs.values()) {
            if (o.kind != OrganizationKind.NEWS_AGENCY && (namesOrg(lead, o) || refersTo(lead, o, ctx))) {
                f.participants.add(o.name);
            }
        }
        if (f.participants.isEmpty() && kind != EventKind.ELECTION) {
            for (Entities.Person p : ctx.entities.people.values()) {
                if (mentions(s.text.substring(0, from), p)) {
                    f.participants.add(p.name);
                }
            }
        }
        if (f.participants.isEmpty() && kind != EventKind.ELECTION) {
            // "In a communiqué released after the virtual meeting, leaders from 15 SADC member states agreed ..."
            for (Entities.Org o : ctx.entities.orgs.values()) {
                if (o.kind != OrganizationKind.NEWS_AGENCY && namesOrg(s.text, o)) {
                    f.participants.add(o.name);
                }
            }
        }
        if (f.participants.isEmpty() && SPOKEN.contains(kind)) {
            // "Addressing the General Assembly on Tuesday, President Biden said": whoever the sentence names, else the
            // person the previous sentence is about ("Xi touted ... During a speech at ...").
            String named = firstPerson(ctx, s.text);
            int index = ctx.sentences.indexOf(s);
            if (named == null) {
                named = holderOfTitleBefore(ctx, s.text.substring(0, from), index); // "Later, the embattled president addressed ..."
            }
            if (named == null && index > 0) {
                named = firstPerson(ctx, ctx.sentences.get(index - 1).text);
            }
            if (named != null) {
                f.participants.add(named);
            }
        }
        Matcher with = WITH.matcher(after);
        if (with.find()) {
            String partner = firstPart(with.group(1), PARTNER_END);
            for (Entities.Person p : ctx.entities.people.values()) {
                if (mentions(partner, p)) {
                    f.partners.add(p.name);
                }
            }
            for (Entities.Org o : ctx.entities.orgs.values()) {
                if (o.kind != OrganizationKind.NEWS_AGENCY && namesOrg(partner, o)) {
                    f.partners.add(o.name);
                }
            }
            f.participants.addAll(f.partners);
            if (f.place == null && (kind == EventKind.MEETING || kind == EventKind.SUMMIT)) {
                f.place = IncidentExtractor.locatedPlace(ctx, partner); // "talks with his Turkish counterpart in Ankara"
            }
        }
    }

    private EventParticipants() {
    }
}
