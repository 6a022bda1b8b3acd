package dev.newsgraph.extract;

import dev.newsgraph.domain.DatePrecision;
import dev.newsgraph.domain.EventKind;
import dev.newsgraph.domain.OrganizationKind;
import dev.newsgraph.draft.EventInput;
import dev.newsgraph.draft.StatementInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.newsgraph.extract.EventText.head;

/**
 * Events: the occasions at which things are said (a speech at X, a summit in Y, a press conference, a visit to Z, a
 * meeting with ...). An event is kept only when the text anchors it to a place, a venue or a named participant; the
 * statements made at it are linked to it. The cues are in {@link EventCues}; where, when and who in {@link EventPlaces},
 * {@link EventDates} and {@link EventParticipants}; one event per occasion in {@link EventDedup}.
 */
final class EventExtractor {

    /** "During the first day of the summit ...", "These protests ...": the event the story told of before. */
    private static final Pattern TOLD_AGAIN = Pattern.compile("\\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]his|[Tt]hat)\\s+$");
    /**
     * "This is Morsi's first state visit outside the Middle East", "It was her second trip to Europe": the event told of
     * before, said again to set it in a series; the place it names is the series', not the event's.
     */
    private static final Pattern RESTATED = Pattern.compile("^(?:[Tt]his|[Tt]hat|[Ii]t) (?:is|was|marks|marked) "
            + "(?:(?:the|his|her|their|its|[A-Z][\\p{L}-]+(?:'s|’s)) )?(?:[a-z-]+ ){0,3}$");
    /** The cue is where the words were said: "told a news conference", "said at the summit", "in a speech". */
    private static final Pattern SAID_AT = Pattern.compile(
            "\\b(?:at|during|told|to|in|on the sidelines of|addressing|addressed)\\s+(?:(?:a|an|the|his|her|their|its|this|joint|[A-Z][\\p{L}]+(?:'s|’s)?)\\s+){0,3}$");

    /** A verb of saying: a clause with one tells of words said, not of the event. */
    private static final Pattern SAYING = Pattern.compile("\\b(?:said|says|say|told|tells|added|asked)\\b");
    /** A clause that opens on the event's preposition: ", in a summit hosted by", ", at the meeting". */
    private static final Pattern EVENT_PHRASE_ONLY = Pattern.compile("\\s*(?:in|at|during|on the sidelines of)\\s+\\S*(?:\\s+\\S+){0,3}\\s*");

    /** "his visit", "Mwangi's trip", "His comment was made during a visit": a possessive or a person's pronoun stands for the visitor. */
    /** A headline's summit ("Leaders Meet in Historic Summit"), not one looked ahead to ("Leaders Head to Lima for Summit"). */
    private static final Pattern HEADLINE_SUMMIT = Pattern.compile("\\b(?:[Ii]n|[Aa]t) (?:[A-Z][\\p{L}-]+ ){0,3}[Ss]ummit\\b");

    /** A headline's future: "Obama to Visit Japan", "Leaders Set to Meet", "Ministers Head to Lima for Summit". */
    private static final Pattern HEADLINE_AHEAD = Pattern.compile("\\b(?:[Tt]o|[Ww]ill|[Hh]eads?|[Pp]lans?|[Ee]yes|[Pp]repares?"
            + "|[Aa]waits?|[Ss]chedules?|[Ss]et)\\b(?! (?:the |a )?(?:[A-Z][\\p{L}-]+ )?(?:[Ss]ummit|[Mm]eeting|[Tt]alks|[Vv]isit)\\b)");

    private static final Pattern VISITOR_BEFORE = Pattern.compile("\\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\\b|(?:\\b(?:their|its)|['’]s?)\\s+"
            + "(?:(?!(?:a|an|the|during|on|in|of|at|to|from)\\s)[a-z-]+\\s+){0,3}$");

    /** Kinds of occasion the story tells were attacked (a funeral): told again, they are the incident's scene. */
    private final Set<EventKind> attackedScenes = EnumSet.noneOf(EventKind.class);
    /** Kinds of occasion the story told of as background (the 2016 election): told again, they are background still. */
    private final Set<EventKind> backgroundKinds = EnumSet.noneOf(EventKind.class);
    /** Kinds of occasion the story told of as still to come (a trial set to begin): told again, they are still to come. */
    private final Set<EventKind> plannedKinds = EnumSet.noneOf(EventKind.class);
    /** Whether the story told of an assembly's vote: "the vote" then means that sitting, not an election. */
    private boolean assemblyVoted;
    /** The index of the sentence whose cues are read. */
    private int sentenceAt;

    List<EventInput> extract(ArticleContext ctx, List<StatementInput> statements, List<StatementInput> linked) {
        attackedScenes.clear();
        backgroundKinds.clear();
        plannedKinds.clear();
        assemblyVoted = false;
        List<FoundEvent> found = new ArrayList<>();
        for (StatementInput st : statements) {
            if (st.venue() != null && st.speaker() != null && ctx.entities.findOrg(st.venue()) != null) {
                speechAtVenue(ctx, st, found);
            }
        }
        for (sentenceAt = 0; sentenceAt < ctx.sentences.size(); sentenceAt++) {
            ArticleContext.Sentence s = ctx.sentences.get(sentenceAt);
            if (s.section == ArticleContext.Section.HEADLINE) {
                continue;
            }
            nounCues(ctx, s, statements, found);
            verbCues(ctx, s, statements, found);
            visitCues(ctx, s, statements, found);
        }
        headlineCues(ctx, statements, found);
        EventDedup.dedupe(ctx, found);
        summitOfHeadline(ctx, found);
        EventPlaces.placeUnplaced(ctx, found);
        ForeignLeaderVisits.visitsOfForeignLeaders(ctx, found);
        linkSpeakersWords(found, statements);
        List<EventInput> out = new ArrayList<>();
        for (int i = 0; i < found.size() && out.size() < 100; i++) {
            FoundEvent f = found.get(i);
            String key = "event" + (out.size() + 1);
            out.add(new EventInput(key, f.kind, EventText.clip(f.title(ctx)), f.date, f.date == null ? null : f.precision, f.dateText,
                    f.place, f.venue, List.copyOf(f.participants).stream().limit(50).toList()));
            f.key = key;
        }
        for (StatementInput st : statements) {
            String key = null;
            for (FoundEvent f : found) {
                if (f.statements.contains(st)) {
                    key = f.key;
                    break;
                }
            }
            linked.add(key == null ? st : st.atEvent(key));
        }
        return out;
    }

    /** Events told by their noun: "a summit", "held talks", "the Brussels meeting". */
    private void nounCues(ArticleContext ctx, ArticleContext.Sentence s, List<StatementInput> statements, List<FoundEvent> found) {
        Matcher m = Prefilter.matcher(EventCues.CUE, s.text);
        while (m.find()) {
            EventKind kind = EventCues.kind(m.group(1));
            if (kind == null || EventCues.NOT_AN_EVENT.matcher(s.text).find()) {
                continue;
            }
            if (s.section == ArticleContext.Section.HEADLINE && nounFollows(s, m.end(1))) {
                continue; // "Russians Indicted in US Election Interference": a headline's noun that qualifies the next one
            }
            if (m.group(1).startsWith("briefing") && !EventCues.AT_BRIEFING.matcher(s.text.substring(0, m.start(1))).find()) {
                continue; // a bare briefing is a press event where words are said at it: "told a briefing", "speaking at a briefing"
            }
            if (kind == EventKind.ELECTION && m.group(1).startsWith("vote")
                    && (assemblyVoted || EventCues.ASSEMBLY_VOTE_CONTEXT.matcher(s.text).find())) {
                kind = EventKind.MEETING; // "abstained in the vote", "the vote on the resolution": an assembly's sitting
            }
            if ((kind == EventKind.PROTEST || kind == EventKind.CEREMONY) && EventCues.SPOKE_AT.matcher(s.text.substring(0, m.start(1))).find()) {
                kind = EventKind.SPEECH; // "Speaking at a rally in Erie, Trump ...": someone's speech, not a protest
            }
            if (m.group(1).equals("talks") && EventCues.TALKS_VERB.matcher(s.text.substring(m.end())).find()
                    && talker(ctx, EventText.lastWords(s.text.substring(0, m.start(1)), 1))) {
                continue; // "VOA's Phillip Alexious talks to Sophie Arts": the verb of a named person
            }
            if (kind == EventKind.TRIAL && m.group(1).startsWith("hearing")
                    && EventCues.LEGISLATIVE_BEFORE.matcher(s.text.substring(0, m.start(1))).find()) {
                kind = EventKind.MEETING; // a hearing of a committee of lawmakers questions witnesses, it tries nobody
            }
            if (kind == EventKind.CONFERENCE && s.text.startsWith(" call", m.end(1))) {
                // "told reporters on a conference call": a press conference by telephone
                kind = EventCues.PRESS.matcher(s.text).find() ? EventKind.PRESS_CONFERENCE : EventKind.MEETING;
            }
            cue(ctx, s, m.start(1), m.end(), true, EventCues.leadersMeeting(kind, s.text), statements, found);
        }
    }

    /** Events told by a verb: "appeared in court", "marched", "met with", "told parliament", "met in Brussels". */
    private void verbCues(ArticleContext ctx, ArticleContext.Sentence s, List<StatementInput> statements, List<FoundEvent> found) {
        for (Object[] verbal : List.of(new Object[]{EventCues.IN_COURT, EventKind.TRIAL}, new Object[]{EventCues.MARCHED, EventKind.PROTEST},
                new Object[]{EventCues.MET_WITH, EventKind.MEETING}, new Object[]{EventCues.VERDICT, EventKind.TRIAL},
                new Object[]{EventCues.VOTED, EventKind.ELECTION}, new Object[]{EventCues.TOLD_ASSEMBLY, EventKind.SPEECH},
                new Object[]{EventCues.TO_REPORTERS_AT, EventKind.PRESS_CONFERENCE}, new Object[]{EventCues.TOLD_GATHERING, EventKind.SPEECH},
                new Object[]{EventCues.REPORT_TO_ASSEMBLY, EventKind.SPEECH}, new Object[]{EventCues.PROTESTING_CROWD, EventKind.PROTEST})) {
            // what a report was on ("his report on Belarus to the council") is not where it was given: the place is after
            boolean placeAfter = verbal[0] == EventCues.REPORT_TO_ASSEMBLY;
            Matcher vm = found((Pattern) verbal[0], s.text);
            if (verbal[0] == EventCues.MARCHED) {
                // the earlier of the two ways a protest is told, as one pattern would find it
                Matcher crowd = found(EventCues.CROWD_OR_DAYS_OF_PROTEST, s.text);
                vm = crowd != null && (vm == null || crowd.start() < vm.start()) ? crowd : vm;
                Matcher protesters = vm == null ? found(EventCues.PROTESTERS_AT, s.text) : null;
                vm = protesters != null && IncidentExtractor.locatedPlace(ctx, s.text.substring(protesters.end())) != null ? protesters : vm;
            }
            if (vm != null && verbal[0] == EventCues.MET_WITH && EventCues.PASSIVE_BEFORE.matcher(s.text.substring(0, vm.start())).find()) {
                vm = null; // "the announcement was met with cheers", "was met by police": how something was received
            }
            if (vm != null) {
                // "met with": a meeting of leaders is a summit (asked only here: most sentences meet no one)
                EventKind kind = verbal[0] == EventCues.MET_WITH ? EventCues.leadersMeeting(EventKind.MEETING, s.text) : (EventKind) verbal[1];
                cue(ctx, s, placeAfter ? vm.end() : vm.start(), vm.end(), false, kind, statements, found);
            }
        }
        Matcher metIn = Prefilter.matcher(EventCues.MET_IN, s.text);
        // "Several thousand people gathered in ...": a crowd; leaders, ministers or someone named meet
        if (metIn.find() && (EventCues.MEETERS.matcher(s.text.substring(0, metIn.start())).find()
                || EventParticipants.firstPerson(ctx, s.text.substring(0, metIn.start())) != null)) {
            // leaders meeting in a place, in a story of a summit, are the summit told again; otherwise a meeting
            // ("Leaders of the 21 APEC economies gathered in Lima for the APEC Summit": a sentence's first word is no name)
            String opening = Character.toLowerCase(s.text.charAt(0)) + s.text.substring(1);
            boolean summit = found.stream().anyMatch(f -> f.kind == EventKind.SUMMIT) && Prefilter.matcher(EventCues.LEADERS, opening).find();
            cue(ctx, s, metIn.start(), metIn.end(), false, summit ? EventKind.SUMMIT : EventKind.MEETING, statements, found);
        }
        Matcher forTalks = Prefilter.matcher(EventCues.AT_PLACE_FOR_TALKS, s.text);
        if (forTalks.find() && IncidentExtractor.locatedPlace(ctx, "in " + forTalks.group(1)) != null) {
            cue(ctx, s, forTalks.start(2), forTalks.end(2), true, EventKind.MEETING, statements, found);
        }
        Matcher protested = Prefilter.matcher(EventCues.PROTESTED_AT, s.text);
        if (protested.find() && IncidentExtractor.locatedPlace(ctx, s.text.substring(protested.end())) != null) {
            cue(ctx, s, protested.start(), protested.end(), false, EventKind.PROTEST, statements, found);
        }
        Matcher voted = Prefilter.matcher(EventCues.ASSEMBLY_VOTED, s.text);
        if (voted.find()) {
            assemblyVoted = true;
            cue(ctx, s, voted.start(), voted.end(), false, EventKind.MEETING, statements, found);
        }
        Matcher hq = Prefilter.matcher(EventCues.AT_HEADQUARTERS, s.text);
        if (hq.find() && EventCues.ACTS_ON_BODY.matcher(s.text).find()) {
            cue(ctx, s, hq.start(), hq.end(), false, EventKind.MEETING, statements, found);
        }
        Matcher ad = Prefilter.matcher(EventCues.ADDRESSING, s.text);
        if (ad.find() && ctx.entities.findPlace(ad.group(1).strip()) == null && !isOutlet(ctx, ad.group(1).strip())) {
            cue(ctx, s, ad.start(), ad.start(), false, EventKind.SPEECH, statements, found);
        }
    }

    /**
     * A summit told of as a meeting: the last meeting at a place told before "the summit" ("African leaders met in
     * Addis Ababa ...", then "at the summit"), or the first one, the lead's, under a headline's summit. It becomes a
     * summit; null when there is none.
     */
    private static FoundEvent summitOfMeeting(List<FoundEvent> found, boolean last) {
        for (int n = 0; n < found.size(); n++) {
            int i = last ? found.size() - 1 - n : n;
            FoundEvent g = found.get(i);
            if (g.kind == EventKind.MEETING && g.place != null) {
                FoundEvent summit = g.as(EventKind.SUMMIT);
                found.set(i, summit);
                return summit;
            }
        }
        return null;
    }

    /**
     * "Leaders Meet in Historic Summit" over a lead that tells of "his historic meeting Tuesday in Singapore": the
     * headline names the kind of the story's news; the lead's meeting, when the body told of no summit, is it.
     */
    private static void summitOfHeadline(ArticleContext ctx, List<FoundEvent> found) {
        if (found.stream().anyMatch(f -> f.kind == EventKind.SUMMIT)) {
            return;
        }
        for (ArticleContext.Sentence s : ctx.sentences) {
            if (s.section == ArticleContext.Section.HEADLINE && HEADLINE_SUMMIT.matcher(s.text).find()
                    && !EventOccurrence.plannedOrHabitual(s.text)) {
                summitOfMeeting(found, false);
            }
        }
    }

    /**
     * "Azerbaijan's New President Holds Talks in Moscow": the headline tells the story's news; an event of a kind the body
     * told of nowhere (its lead may say "is visiting Moscow for three days of talks") is the headline's. The headline is
     * read as a sentence would be written; one looking ahead ("Obama to Visit Japan") tells of no event.
     */
    private void headlineCues(ArticleContext ctx, List<StatementInput> statements, List<FoundEvent> found) {
        for (sentenceAt = 0; sentenceAt < ctx.sentences.size(); sentenceAt++) {
            ArticleContext.Sentence h = ctx.sentences.get(sentenceAt);
            if (h.section != ArticleContext.Section.HEADLINE || HEADLINE_AHEAD.matcher(h.text).find()) {
                continue;
            }
            ArticleContext.Sentence s = new ArticleContext.Sentence(
                    EventText.sentenceCase(h.text, ctx.sentences.stream().filter(b -> b.section == ArticleContext.Section.BODY).map(b -> b.text).toList()), h.section, h.paragraph);
            List<FoundEvent> told = new ArrayList<>();
            nounCues(ctx, s, statements, told);
            verbCues(ctx, s, statements, told);
            visitCues(ctx, s, statements, told);
            for (FoundEvent f : told) {
                // a kind the body told of as background, still to come or attacked is that one in the headline too
                boolean toldAsNoEvent = backgroundKinds.contains(f.kind) || plannedKinds.contains(f.kind) || attackedScenes.contains(f.kind);
                if (!toldAsNoEvent && found.stream().noneMatch(g -> g.kind == f.kind)) {
                    if (f.place == null) {
                        f.place = EventPlaces.mostSpecificPlace(ctx, s.text); // "Obama Addresses Africans from Ghana"
                    }
                    EventDedup.merge(found, f);
                }
            }
        }
    }

    /** Whether the word after offset {@code end} of the sentence is a common noun: the word before it qualifies it. */
    private static boolean nounFollows(ArticleContext.Sentence s, int end) {
        for (int k = 0; k < s.tokens.size(); k++) {
            if (s.tokens.get(k).start() >= end) {
                return s.tag(k).startsWith("NOUN");
            }
        }
        return false;
    }

    /** The pattern's first match in the text, or null. */
    private static Matcher found(Pattern pattern, String text) {
        Matcher m = Prefilter.matcher(pattern, text);
        return m.find() ? m : null;
    }

    /**
     * "Phillip Alexious talks to", "Reporter Kofi Mensah talks with": the word before "talks" names someone who talks,
     * not a place or a body whose talks they are ("the Geneva talks with Iran").
     */
    private static boolean talker(ArticleContext ctx, String word) {
        String w = word.strip();
        return EventParticipants.firstPerson(ctx, w) != null || !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                && ctx.entities.findPlace(w) == null && ctx.entities.findOrg(w) == null;
    }

    /** "Mwangi's visit", "his trip", "Hu arrived after wrapping up a trip": the visitor is named or referred to before the noun. */
    private static boolean visitorNamed(ArticleContext ctx, String prior) {
        return VISITOR_BEFORE.matcher(prior).find() || ctx.entities.people.values().stream().anyMatch(p -> EventParticipants.mentions(prior, p))
                || ctx.entities.orgs.values().stream().anyMatch(o -> EventParticipants.namesOrg(prior, o));
    }

    /** "spoke to Reuters", "speaking to The Associated Press": words to an outlet, by any of its names, are an interview, not a speech. */
    private static boolean isOutlet(ArticleContext ctx, String object) {
        String named = object.startsWith("The ") ? object.substring(4) : object; // a paper's name may open with "The"
        for (Entities.Org o : ctx.entities.orgs.values()) {
            if (o.kind == OrganizationKind.NEWS_AGENCY || o.kind == OrganizationKind.PLATFORM) {
                if (object.startsWith(o.name) || named.startsWith(o.name) || o.aliases.stream().anyMatch(object::startsWith)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "visited Kabul", "arrived in the country": visits told by the visitor's verb. */
    private void visitCues(ArticleContext ctx, ArticleContext.Sentence s, List<StatementInput> statements, List<FoundEvent> found) {
        Matcher v = Prefilter.matcher(EventCues.VISITED, s.text);
        while (v.find()) {
            // "visited Kabul", "flew to the Afghan capital, Kabul": a place the object names, or a body visited;
            // "arrived in the country": the place the story is about
            String visited = IncidentExtractor.locatedPlace(ctx, "in " + v.group(2));
            Entities.Place p = visited != null ? ctx.entities.findPlace(visited) : ctx.entities.findPlace(EventText.firstPart(v.group(2), EventText.PUNCTUATION).strip());
            Entities.Org o = p == null ? ctx.entities.findOrg(EventText.firstPart(v.group(2), EventText.PUNCTUATION).strip()) : null;
            boolean anaphoric = p == null && o == null && EventPlaces.anaphoricPlace(ctx, v.group(2)) != null;
            // "The engineers, visiting Pakistan to ...", "the military vehicles traveled to the valley": a visit is one only
            // by a visitor the sentence names or refers to, a person or a body
            boolean byNamed = visitor(ctx, s.text.substring(0, v.start()));
            if ((p != null || o != null || anaphoric) && byNamed) {
                cue(ctx, s, v.start(), v.end(), false, EventKind.VISIT, statements, found);
            }
        }
    }

    /** A pronoun that refers to a visitor named before: "she flew to Kyiv". */
    private static final Pattern VISITOR_PRONOUN = Pattern.compile("\\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\\b");

    /**
     * Whether the words before a visit's verb name its visitor: a person, holders of an office ("a group of senators"), a
     * body, or a pronoun for one.
     */
    private static boolean visitor(ArticleContext ctx, String before) {
        return EventParticipants.firstPerson(ctx, before) != null || VISITOR_PRONOUN.matcher(before).find()
                || ctx.entities.orgs.values().stream().anyMatch(o -> before.contains(o.name)) || officeHolders(before);
    }

    private static boolean officeHolders(String before) {
        Lexicons lex = Lexicons.get();
        for (String word : before.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
            if (lex.titles.containsKey(word) || word.endsWith("s") && lex.titles.containsKey(word.substring(0, word.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** "Speaking at the Warsaw School of Economics, Rutte said ...": a speech, unless the sentence names another kind. */
    private void speechAtVenue(ArticleContext ctx, StatementInput st, List<FoundEvent> found) {
        FoundEvent f = new FoundEvent(EventKind.SPEECH);
        f.venue = st.venue();
        f.place = EventPlaces.placeInside(ctx, st.venue());
        LocalDate on = st.saidOn() != null ? st.saidOn() : EventDates.anchor(ctx);
        f.date = on;
        f.precision = DatePrecision.DAY;
        f.participants.add(st.speaker());
        f.statements.add(st);
        f.linkSpeaker = st.speaker();
        EventDedup.merge(found, f);
    }

    /** The speaker's other words of that day in the article were said at the speech too, unless they name another venue. */
    private static void linkSpeakersWords(List<FoundEvent> found, List<StatementInput> statements) {
        for (FoundEvent f : found) {
            if (f.linkSpeaker == null) {
                continue;
            }
            for (StatementInput st : statements) {
                boolean elsewhere = found.stream().anyMatch(g -> g != f && g.statements.contains(st));
                if (!elsewhere && f.linkSpeaker.equals(st.speaker()) && (st.venue() == null || st.venue().equals(f.venue))
                        && (st.saidOn() == null || st.saidOn().equals(f.date))) {
                    f.statements.add(st);
                }
            }
        }
    }

    /** An event the sentence tells of between from and to: by its noun ("a summit"), or by a verb ("met in", "told parliament"). */
    private void cue(ArticleContext ctx, ArticleContext.Sentence s, int from, int to, boolean noun, EventKind kind,
            List<StatementInput> statements, List<FoundEvent> found) {
        FoundEvent f = new FoundEvent(kind);
        String after = s.text.substring(to, Math.min(s.text.length(), to + 120));
        String before = s.text.substring(Math.max(0, from - 60), from);
        String prior = s.text.substring(0, from);
        prior = prior.substring(Math.max(prior.lastIndexOf('"'), prior.lastIndexOf('”')) + 1);
        // "... will meet next week, said X, speaking at a briefing": where words were said, only its clause tells whether it
        // was held; a clause that is only the phrase of the event goes on the clause before it when that one tells of
        // the event, not of words said ("are to meet Tuesday, in a summit hosted by ...")
        String clause = SAID_AT.matcher(before).find() ? prior.substring(prior.lastIndexOf(',') + 1) : prior;
        clause = EVENT_PHRASE_ONLY.matcher(clause).matches() && !SAYING.matcher(prior).find() ? prior : clause;
        if (EventOccurrence.plannedOrHabitual(clause)) {
            plannedKinds.add(kind);
            return; // planned or announced events are not events yet (a quote's "will" is the speaker's, not the event's)
        }
        Matcher month = EventDates.monthNaming(s.text, from, to);
        String rest = s.text.substring(to);
        if (noun && month == null && EventOccurrence.stillToCome(prior, rest)) {
            plannedKinds.add(kind);
            return; // "a special summit will be called": still to come (one named by its month is a date set, kept)
        }
        if (EventOccurrence.background(ctx, before, prior, rest, s.text.substring(from))) {
            backgroundKinds.add(kind);
            return; // "the promises made during the 2005 G8 summit", "the protests in 1989": background
        }
        if (kind == EventKind.CEREMONY && EventOccurrence.sceneOfAttack(s.text)) {
            attackedScenes.add(kind);
            return; // "a suicide bomber targeted a funeral": the attack is what happened there, an incident
        }
        // "During the first day of the summit ...", "These protests were organized by ...", "This is his first state
        // visit ...", "the three days of meetings": the event told of before
        FoundEvent toldAgain = null;
        boolean partOf = EventOccurrence.PART_OF.matcher(before).find();
        boolean restated = RESTATED.matcher(prior).find();
        boolean definite = TOLD_AGAIN.matcher(before).find();
        if (definite || partOf || restated) {
            for (FoundEvent g : found) {
                toldAgain = g.kind == kind || partOf && EventDedup.ONE_AT_A_TIME.contains(g.kind) ? g : toldAgain;
            }
            if (toldAgain == null && plannedKinds.contains(kind)) {
                return; // "The trial is set to begin on Wednesday ...", then "The trial is taking place in ...": the one to come
            }
            if (toldAgain == null && attackedScenes.contains(kind)) {
                return; // "The funeral was for two members of ...": the funeral attacked, told again
            }
            if (toldAgain == null && (backgroundKinds.contains(kind) || noun && EventOccurrence.toldBeforeAsPast(ctx, sentenceAt, s.text.substring(from, to)))) {
                return; // "the 2016 presidential election", then "the results of the election": the same past one
            }
            if (toldAgain == null && definite && kind == EventKind.SUMMIT) {
                toldAgain = summitOfMeeting(found, true); // "African leaders met in Addis Ababa ...", then "at the summit"
            }
        }
        f.place = EventPlaces.placeOfCue(ctx, s.text, kind, from, to, before, prior);
        f.nationwide = EventPlaces.NATIONWIDE.matcher(s.text.substring(Math.max(0, from - 20), to)).find();
        Matcher at = EventPlaces.AT_INSTITUTION.matcher(after);
        if (at.find()) {
            Entities.Org venue = EventParticipants.longestOrgPrefix(ctx, at.group(1));
            if (venue != null) {
                f.venue = venue.name;
                if (f.place == null) {
                    f.place = EventPlaces.placeInside(ctx, venue.name);
                }
            }
        }
        DateResolver.TimeRef ref = EventDates.when(ctx, s.text, month);
        if (ref != null && ref.date() != null) {
            f.date = ref.date();
            f.precision = ref.precision();
            f.dateText = ref.text();
        }
        if (kind == EventKind.ELECTION && !EventCountries.LOCAL_ELECTION.matcher(before).find()) {
            f.place = EventCountries.electionCountry(ctx, s.text, from, f.place);
        }
        if (kind == EventKind.ELECTION && f.place == null) {
            f.place = EventCountries.onlyCountryNamed(ctx, s.text); // "Indonesia's election commission says ... the election"
        }
        if (kind == EventKind.ELECTION && f.place == null) {
            String cc = ctx.salientCountryCode();
            Entities.Place country = cc == null ? null : ctx.entities.country(cc);
            f.place = country == null ? null : country.entry.name(); // "the election": the country's
        }
        EventParticipants.add(ctx, s, f, from, before, after);
        // Statements of the sentence were made at it when the sentence puts them there ("told a news conference").
        if (SAID_AT.matcher(before).find()) {
            for (StatementInput st : statements) {
                if (st.speaker() != null && s.text.contains(head(st.text()))) {
                    f.participants.add(st.speaker());
                    f.statements.add(st);
                }
            }
        }
        if (toldAgain != null && restated) {
            f.place = null;
        }
        if (toldAgain != null && (f.place == null || toldAgain.place == null || f.place.equals(toldAgain.place))) {
            toldAgain.absorb(f);
            return;
        }
        if (f.place == null && kind == EventKind.PROTEST && to > from) {
            // "demonstrators chanted slogans and burned an effigy ... in the eastern city of Jalalabad": the crowd's place
            f.place = IncidentExtractor.locatedPlace(ctx, after);
        }
        if (f.place == null && kind == EventKind.PROTEST) {
            // "Three people died in Bolivia after a third day of demonstrations": where its toll was
            f.place = IncidentExtractor.locatedPlace(ctx, prior);
        }
        if (f.place == null && EventPlaces.PLACED_BY_STORY.contains(kind)) {
            f.place = EventPlaces.storyPlace(ctx, f.nationwide);
        }
        boolean voted = kind == EventKind.ELECTION && EventCues.VOTED.matcher(s.text.substring(from, to)).find();
        if (f.place == null && f.venue == null && f.participants.isEmpty() && !voted) {
            return; // a bare "a meeting" says nothing we could store; "voters went to the polls" does
        }
        if (kind == EventKind.VISIT && noun && !visitorNamed(ctx, prior)) {
            return; // "the bus was returning from a trip to Iran": a visit is someone's, and the copy names no visitor
        }
        EventDedup.merge(found, f);
    }
}
