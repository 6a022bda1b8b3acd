package dev.newsgraph.extract;

import dev.newsgraph.domain.DatePrecision;
import dev.newsgraph.domain.EventKind;
import dev.newsgraph.domain.OrganizationKind;
import dev.newsgraph.domain.PlaceKind;
import dev.newsgraph.ingest.EventInput;
import dev.newsgraph.ingest.RoleInput;
import dev.newsgraph.ingest.StatementInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events: the occasions at which things are said (a speech at X, a summit in Y, a press conference, a visit to Z, a
 * meeting with ...). An event is kept only when the text anchors it to a place, a venue or a named participant; the
 * statements made at it are linked to it.
 */
final class EventExtractor {

    /** Verbs whose object is an event: "held talks", "following talks in San Jose", "dominated talks between ...". */
    private static final String TAKES_EVENT = "(?:following|held|hold|holds|holding|attended|attend|attends|attending|hosted|host"
            + "|hosts|hosting|dominated|dominates|resumed|concluded|chaired|chairs|chairing)";
    /** An event noun, in its noun use only: after a determiner, a possessive, a month, a verb taking it or a qualifier. */
    private static final Pattern CUE = Pattern.compile(
            "(?:\\b(?:a|an|the|their|his|her|its|this|last|next|joint|emergency|annual|upcoming|planned|during|at|after|before"
                    + "|several|other|separate|bilateral|another|two|three|nationwide|national|general)\\s+"
                    + "|'s\\s+|’s\\s+|\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+"
                    + "|\\b[A-Z][\\p{L}]+\\s+|\\b\\p{Lu}\\d{1,2}\\s+"
                    + "|\\b" + TAKES_EVENT + "\\s+)"
                    // up to two qualifiers ("an official state visit"), never the first word of a compound cue
                    + "(?:(?!(?:press|news|media|of|to|for|in|on|and|or|with|than|at|by|from|as) )[a-z-]+\\s+){0,2}"
                    + "(press conference|news conference|press briefing|media briefing|speech|keynote address|address|lecture"
                    + "|summit|meeting|talks|visit|trip|conference|forum|congress|rally|protest march|demonstration|protest|march"
                    + "|presidential election|parliamentary election|general election|election|re-election|referendum|vote"
                    + "|(?:general|nationwide|national|indefinite|labou?r|workers'?|hunger|teachers'?|doctors'?) strike"
                    + "|trial|hearing|funeral|ceremony|inauguration|commemoration|interview)s?\\b(?! (?:room|hall|venue|site|place|point|organi[sz]ers|movements?|leaders?|groups?|camps?|slogans))");
    /** Events told by a verb: a court appearance, an address to an assembly, a march. */
    private static final Pattern IN_COURT = Pattern.compile(
            "\\b(?:appeared|appears|appearing|went|stood|stands|goes|go) (?:in|before|on) (?:(?:the |a )?(?:[A-Z][\\p{L}]+(?:'s|’s)? )?(?:[a-z]+ )?court|trial)\\b");
    private static final Pattern ADDRESSING = Pattern.compile(
            "\\b(?:[Aa]ddress(?:ed|ing|es)?|[Ss]poke to|[Ss]peaking to) (?:the |a )?((?:[A-Z][\\p{L}.]*\\s?){1,6})");
    /** "told parliament", "told the Asia-Pacific Council": words said to an assembly are a speech to it. */
    private static final Pattern TOLD_ASSEMBLY = Pattern.compile("\\btold (?:the )?(?:(?:[A-Z][\\p{L}'’.-]*|of|for|and) ){0,5}?"
            + "(?:[Pp]arliament|Assembly|Congress|Senate|Council|Duma|Knesset|Bundestag|Diet|Chamber|Lok Sabha|Rajya Sabha|Majlis"
            + "|House of (?:Commons|Lords|Representatives)|Club|Forum|Conference|Convention)\\b");
    /** "Speaking to reporters at the White House": a press conference where the reporters met the speaker. */
    private static final Pattern TO_REPORTERS_AT = Pattern.compile("\\b(?:[Ss]peaking|[Ss]poke|told|[Tt]alking|talked|briefed|[Bb]riefing)"
            + " (?:to |with )?(?:reporters|journalists|the press|the media) at (?:the )?([A-Z][^,.;]{2,60})");
    /** "leaders of more than 50 nations ... met in Germany", "European leaders gathered in Berlin": a meeting by its verb. */
    private static final Pattern MET_IN = Pattern.compile("\\b(?:met|meet|meets|gathered|convened|conferred|conferring)(?= in\\b)");
    private static final Pattern MEETERS = Pattern.compile("\\b(?:leaders|ministers|officials|delegates|delegations|envoys"
            + "|diplomats|representatives|negotiators|heads of state|heads of government|presidents|premiers|lawmakers)\\b");
    /** A contact group is a meeting of ministers and envoys, whoever the copy calls its members. */
    private static final Pattern CONTACT_GROUP = Pattern.compile("\\b[Cc]ontact [Gg]roup\\b");
    /** "this month's governor's election in Aceh province": an election of a region is placed there, not in its country. */
    private static final Pattern LOCAL_ELECTION = Pattern.compile("\\b(?:governor(?:'s|’s)?|gubernatorial|provincial|regional|state"
            + "|local|municipal|mayoral|city|commune|council|county|district)\\s+(?:\\S+\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** "arrived in the country", "has flown to the region": a visit to the place the story is about. */
    private static final Pattern ANAPHORIC_PLACE = Pattern.compile("\\bthe (country|region|province|area|city)\\b");
    /** "a visit to China", "his trip last week to Kabul": the place a visit names is after "to" or "in". */
    private static final Pattern VISIT_OBJECT = Pattern.compile("^\\s*(?:[a-z-]+\\s+){0,2}?(?:to|in)\\s+");
    private static final Pattern MARCHED = Pattern.compile(
            "\\b(?:marched|took to the streets|onto the streets|staged (?:a |an )?(?:protest|sit-in|walkout|rally)|protesters (?:gathered|marched|rallied)"
            // "demonstrators chanted anti-U.S. slogans": a protest told by what its crowd did
            + "|(?:[Pp]rotesters|[Dd]emonstrators|[Mm]archers) (?:chanted|shouted|burned|blocked|waved|carried|set fire)"
            // "Thousands of Kurds protested on Sunday in Qamishli": a crowd that protests
            + "|(?:[Tt]housands|[Hh]undreds|[Dd]ozens|[Ss]cores|[Cc]rowds|[Ss]upporters|[Rr]esidents|[Ss]tudents|[Ww]orkers)"
            + "(?: of [A-Z]?[a-z]+)? (?:protested|demonstrated|rallied))\\b");
    /** "A court has sentenced", "the jury found him not guilty": a verdict tells of the trial that reached it. */
    private static final Pattern VERDICT = Pattern.compile("\\b(?:court|Court|judge|Judge|jury|Jury|tribunal|Tribunal)\\b[^.;]{0,80}?\\b(?:sentenced"
            + "|convicted|acquitted|found [^.;]{0,60}?guilty)\\b");
    /** "Mongolians voted in parliamentary elections", "voters went to the polls": an election told by its voting. */
    private static final Pattern VOTED = Pattern.compile("\\b(?:voted|voting|vote) in (?:[a-z-]+ ){0,2}(?:elections?|polls|referendum|ballot)\\b"
            + "|\\b(?:went|go|going|headed|heading) to the polls\\b");
    /** "Speaking at a rally", "told a campaign rally": the rally is where someone spoke. */
    private static final Pattern SPOKE_AT = Pattern.compile("\\b(?:[Ss]peaking|[Ss]poke|[Aa]ddressing|addressed|told|[Tt]elling|said)"
            + " (?:at |to )?(?:a|the|his|her) (?:[a-z-]+ )?$");
    private static final Pattern COURT_OF = Pattern.compile("\\b([A-Z][\\p{L}]+)(?:'s|’s) (?:[a-z]+ )?court\\b");
    /** Leaders of states (not "financial leaders" or "community leaders"): their meeting is a summit. */
    private static final Pattern LEADERS = Pattern.compile("(?<!financial |business |religious |community |opposition |party "
            + "|tribal |local |union |student |civic |traditional |village |church |military |rebel )\\b(?:leaders|heads of state"
            + "|heads of government|presidents)\\b");
    /** "the 2005 G8 summit": an event of an earlier year, told as background. */
    private static final Pattern YEAR_BEFORE = Pattern.compile("\\b((?:19|20)\\d\\d)\\s+(?:\\S+\\s+){0,2}$");
    private static final Pattern PRESS = Pattern.compile("\\b(?:reporters|journalists|the press|the media)\\b");
    private static final Pattern AFTER_VERB = Pattern.compile("\\b" + TAKES_EVENT + "\\s+$");
    private static final Pattern TOLD_AGAIN = Pattern.compile("\\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]his|[Tt]hat)\\s+$");
    /** "In Miami, VOA's Brian Wagner reports ...": where the reporter is, not where the event was. */
    private static final Pattern REPORTER_OPENING = Pattern.compile("^(?:In|At)\\s+[^,]{2,40},\\s+(?:[A-Z][\\p{L}.'’-]*\\s+){0,4}"
            + "(?:reports|correspondent)\\b");
    private static final Pattern OWN_ELECTION = Pattern.compile("\\b(?:his|her|their) (?:re-)?election\\b");
    private static final Pattern VISITED = Pattern.compile("\\b(visited|visiting|arrived in|toured|(?:flew|flown|travell?ed) to)"
            + "\\s+((?:the\\s+)?[A-Z][\\p{L}' -]{1,60}(?:,\\s+[A-Z][\\p{L}' -]{1,40})?|the (?:country|region|province|area|city)\\b)");
    /** "In New Delhi, the prime minister met ...": a place that opens the sentence is where its event took place. */
    private static final Pattern OPENING_PLACE = Pattern.compile("^(?:In|At)\\s+([^,]{2,40}),");
    private static final Pattern MONTH_CUE = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+(\\d{4}))?\\s+(?:[a-z-]+\\s+)?"
                    + "(?:summit|meeting|talks|visit|conference|forum|congress|election|referendum|trial|hearing)");
    /** "talks with X", "his meeting earlier in the day with X". */
    private static final Pattern WITH = Pattern.compile("^\\s*(?:[a-z]+\\s+){0,4}?(?:with|between)\\s+([^,;]{2,120}"
            + "(?:,\\s+(?:including|among them|notably)\\s+[^,;]{2,120})?)");
    /** Where the words on whom a meeting was with end: "with officials to assess ...", "with X, who ...". */
    private static final Pattern PARTNER_END = Pattern.compile("\\b(?:to|who|whom|which|that|where|while|after|before|because|as"
            + "|for|about|over|amid|on|at)\\b|\\band [a-z]+ (?:the|a|an|their|his|her|its)\\b");
    private static final Pattern CLAUSE_END = Pattern.compile("[;]|\\b(?:and|but|where|which|after|before|while|with|including"
            + "|regarding|concerning|about)\\b");
    private static final Pattern PUNCTUATION = Pattern.compile("[,.;]");
    /** "Prime Minister met with U.S. Rep. Chris Smith", "held talks with": a meeting told by its verb. */
    private static final Pattern MET_WITH = Pattern.compile("\\b(?:met|meets|meeting)(?= with\\b)");
    /** "began today in Hokkaido", "was held in Bali": where the event's own verb puts it. */
    private static final Pattern HELD_IN = Pattern.compile("^[^.;]{0,160}?\\b(?:began|begins|opened|opens|was held|is being held"
            + "|were held|took place|takes place|convened|started|kicked off|got under way|gathered|met)\\b[^.;]{0,40}?\\b(?:in|at)\\s+[^,.;]{2,60}");
    /** An event still to come: "on the eve of Biden's state visit", "Biden is unlikely to hold ... during his visit". */
    private static final Pattern PLANNED_BEFORE = Pattern.compile("\\b(?:will|is unlikely to|are unlikely to|is expected"
            + "|are expected|expects?|is due to|are due to|is set to|are set to|plans? to|on the eve of|ahead of|to prepare"
            + "|preparing for|in preparation for|preparations for|scheduled|was to|were to|was due to|were due to"
            // called for, not held; called off
            + "|called for|calls for|calling for|urged|cancell?ed|postponed|called off)\\b");
    /**
     * The event is the subject of a verb still to come: "a special summit will be called", "a referendum could trigger
     * violence", "talks in Geneva that will include". Not after a preposition ("said at a press conference he will").
     */
    private static final Pattern PLANNED_AFTER = Pattern.compile("^[^,.;:\"“”]{0,50}?\\b(?:will|would|could|might|may|is to be"
            + "|are to be|is scheduled|are scheduled|is due|are due|is expected|are expected)\\b");
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("\\b(?:at|during|in|after|following|to|before|from|of|since|on"
            + "|told|addressing|addressed)\\s+(?:\\S+\\s+){0,3}$");
    /** "the police chief, who regularly held meetings in the building": a habit, not an event. */
    private static final Pattern HABITUAL = Pattern.compile("\\b(?:regularly|often|usually|routinely|frequently|typically"
            + "|sometimes|occasionally)\\s+(?:\\S+\\s+){0,2}$");
    /** "the Tiananmen Square protests in 1989", "the 25th anniversary of ... the protests": an event of the past. */
    private static final Pattern YEAR_AFTER = Pattern.compile("^\\s+(?:in|of)\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern ANNIVERSARY = Pattern.compile("\\banniversary of\\b");
    /** The cue is where the words were said: "told a news conference", "said at the summit", "in a speech". */
    private static final Pattern SAID_AT = Pattern.compile(
            "\\b(?:at|during|told|to|in|on the sidelines of|addressing|addressed)\\s+(?:(?:a|an|the|his|her|their|its|this|joint|[A-Z][\\p{L}]+(?:'s|’s)?)\\s+){0,3}$");
    private static final Pattern AT_INSTITUTION = Pattern.compile("^\\s*(?:at|in)\\s+(?:the\\s+)?([A-Z][^,.;]{2,80})");
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|would|next|upcoming|planned|scheduled|to be held)\\b");
    private static final Pattern THE_NOUN = Pattern.compile("\\bthe ([a-z]+)(?:'s|’s)\\s");
    private static final Pattern NOT_AN_EVENT = Pattern.compile(
            "\\b(?:clinical trial|trial run|trial period|public address|email address|IP address|web address|addressed)\\b");

    List<EventInput> extract(ArticleContext ctx, List<StatementInput> statements, List<StatementInput> linked) {
        List<Found> found = new ArrayList<>();
        for (StatementInput st : statements) {
            if (st.venue() != null && st.speaker() != null && ctx.entities.findOrg(st.venue()) != null) {
                speechAtVenue(ctx, st, found);
            }
        }
        for (ArticleContext.Sentence s : ctx.sentences) {
            if (s.section == ArticleContext.Section.HEADLINE) {
                continue;
            }
            Matcher m = Prefilter.matcher(CUE, s.text);
            while (m.find()) {
                EventKind kind = kind(m.group(1));
                if (kind == null || NOT_AN_EVENT.matcher(s.text).find()) {
                    continue;
                }
                if (kind == EventKind.PROTEST && SPOKE_AT.matcher(s.text.substring(0, m.start(1))).find()) {
                    kind = EventKind.SPEECH; // "Speaking at a rally in Erie, Trump ...": someone's speech, not a protest
                }
                if (kind == EventKind.CONFERENCE && s.text.startsWith(" call", m.end(1))) {
                    // "told reporters on a conference call": a press conference by telephone
                    kind = PRESS.matcher(s.text).find() ? EventKind.PRESS_CONFERENCE : EventKind.MEETING;
                }
                cue(ctx, s, m.start(1), m.end(), true, leadersMeeting(kind, s.text), statements, found);
            }
            for (Object[] verbal : List.of(new Object[]{IN_COURT, EventKind.TRIAL}, new Object[]{MARCHED, EventKind.PROTEST},
                    new Object[]{MET_WITH, leadersMeeting(EventKind.MEETING, s.text)}, new Object[]{VERDICT, EventKind.TRIAL},
                    new Object[]{VOTED, EventKind.ELECTION}, new Object[]{TOLD_ASSEMBLY, EventKind.SPEECH},
                    new Object[]{TO_REPORTERS_AT, EventKind.PRESS_CONFERENCE})) {
                Matcher vm = Prefilter.matcher((Pattern) verbal[0], s.text);
                if (vm.find()) {
                    cue(ctx, s, vm.start(), vm.end(), false, (EventKind) verbal[1], statements, found);
                }
            }
            Matcher metIn = Prefilter.matcher(MET_IN, s.text);
            // "Several thousand people gathered in ...": a crowd; leaders, ministers or someone named meet
            if (metIn.find() && (MEETERS.matcher(s.text.substring(0, metIn.start())).find()
                    || firstPerson(ctx, s.text.substring(0, metIn.start())) != null)) {
                // leaders meeting in a place, in a story of a summit, are the summit told again; otherwise a meeting
                boolean summit = found.stream().anyMatch(f -> f.kind == EventKind.SUMMIT) && Prefilter.matcher(LEADERS, s.text).find();
                cue(ctx, s, metIn.start(), metIn.end(), false, summit ? EventKind.SUMMIT : EventKind.MEETING, statements, found);
            }
            Matcher ad = Prefilter.matcher(ADDRESSING, s.text);
            if (ad.find() && ctx.entities.findPlace(ad.group(1).strip()) == null) {
                cue(ctx, s, ad.start(), ad.start(), false, EventKind.SPEECH, statements, found);
            }
            Matcher v = Prefilter.matcher(VISITED, s.text);
            while (v.find()) {
                // "visited Kabul", "flew to the Afghan capital, Kabul": a place the object names, or a body visited;
                // "arrived in the country": the place the story is about
                String visited = IncidentExtractor.locatedPlace(ctx, "in " + v.group(2));
                Entities.Place p = visited != null ? ctx.entities.findPlace(visited) : ctx.entities.findPlace(firstPart(v.group(2), PUNCTUATION).strip());
                Entities.Org o = p == null ? ctx.entities.findOrg(firstPart(v.group(2), PUNCTUATION).strip()) : null;
                boolean anaphoric = p == null && o == null && anaphoricPlace(ctx, v.group(2)) != null;
                // "The engineers, visiting Pakistan to ...": a participle tells of a visit only by someone the sentence names
                boolean byNamed = !v.group(1).equals("visiting") || firstPerson(ctx, s.text.substring(0, v.start())) != null;
                if ((p != null || o != null || anaphoric) && byNamed) {
                    cue(ctx, s, v.start(), v.end(), false, EventKind.VISIT, statements, found);
                }
            }
        }
        dedupe(ctx, found);
        placeUnplaced(found);
        visitsOfForeignLeaders(ctx, found);
        linkSpeakersWords(found, statements);
        List<EventInput> out = new ArrayList<>();
        for (int i = 0; i < found.size() && out.size() < 100; i++) {
            Found f = found.get(i);
            String key = "event" + (out.size() + 1);
            out.add(new EventInput(key, f.kind, clip(f.title(ctx)), f.date, f.date == null ? null : f.precision, f.dateText,
                    f.place, f.venue, List.copyOf(f.participants).stream().limit(50).toList()));
            f.key = key;
        }
        for (StatementInput st : statements) {
            String key = null;
            for (Found f : found) {
                if (f.statements.contains(st)) {
                    key = f.key;
                    break;
                }
            }
            linked.add(key == null ? st : st.atEvent(key));
        }
        return out;
    }

    /** "Speaking at the Warsaw School of Economics, Rutte said ...": a speech, unless the sentence names another kind. */
    private void speechAtVenue(ArticleContext ctx, StatementInput st, List<Found> found) {
        Found f = new Found(EventKind.SPEECH);
        f.venue = st.venue();
        f.place = placeInside(ctx, st.venue());
        LocalDate on = st.saidOn() != null ? st.saidOn() : anchor(ctx);
        f.date = on;
        f.precision = DatePrecision.DAY;
        f.participants.add(st.speaker());
        f.statements.add(st);
        f.linkSpeaker = st.speaker();
        merge(found, f);
    }

    /** The speaker's other words of that day in the article were said at the speech too, unless they name another venue. */
    private static void linkSpeakersWords(List<Found> found, List<StatementInput> statements) {
        for (Found f : found) {
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
            List<StatementInput> statements, List<Found> found) {
        Found f = new Found(kind);
        String after = s.text.substring(to, Math.min(s.text.length(), to + 120));
        String before = s.text.substring(Math.max(0, from - 60), from);
        String prior = s.text.substring(0, from);
        prior = prior.substring(Math.max(prior.lastIndexOf('"'), prior.lastIndexOf('”')) + 1);
        if (PLANNED_BEFORE.matcher(prior).find() || HABITUAL.matcher(prior).find()) {
            return; // planned or announced events are not events yet (a quote's "will" is the speaker's, not the event's)
        }
        Matcher mc = Prefilter.matcher(MONTH_CUE, s.text);
        boolean monthNamed = mc.find() && mc.end() >= to && mc.start() <= from;
        String rest = s.text.substring(to);
        if (noun && !monthNamed && !AFTER_PREPOSITION.matcher(prior).find() && PLANNED_AFTER.matcher(rest).find()) {
            return; // "a special summit will be called": still to come (one named by its month is a date set, kept)
        }
        Matcher year = YEAR_BEFORE.matcher(before);
        Matcher yearAfter = YEAR_AFTER.matcher(rest);
        boolean yearBefore = year.find();
        boolean yearGivenAfter = yearAfter.find();
        LocalDate anchor = yearBefore || yearGivenAfter ? anchor(ctx) : null;
        // "the protests in 1989": without a date to compare with, a year given after the cue still dates it back
        if (anchor != null && yearBefore && Integer.parseInt(year.group(1)) < anchor.getYear()
                || yearGivenAfter && (anchor == null || Integer.parseInt(yearAfter.group(1)) < anchor.getYear())
                || ANNIVERSARY.matcher(prior).find()) {
            return; // "the promises made during the 2005 G8 summit", "the protests in 1989": background
        }
        // "During the first day of the summit ...", "These protests were organized by ...": the event told of before
        Found toldAgain = null;
        if (TOLD_AGAIN.matcher(before).find()) {
            for (Found g : found) {
                toldAgain = g.kind == kind ? g : toldAgain;
            }
        }
        // Where: the most specific place after the cue that a preposition puts it in ("summit in Brussels", "a
        // demonstration ... outside the liaison office in Hong Kong"), else an institution after "at".
        String clause = firstPart(after, CLAUSE_END);
        Matcher held = HELD_IN.matcher(s.text.substring(to, Math.min(s.text.length(), to + 240)));
        String heldIn = kind == EventKind.VISIT || !held.find() ? null : IncidentExtractor.locatedPlace(ctx, held.group());
        // a visit's place is its object ("a visit to China"), not a place its sentence goes on to name
        f.place = kind == EventKind.VISIT ? (VISIT_OBJECT.matcher(clause).find() ? mostSpecificPlace(ctx, clause) : null)
                : heldIn != null ? heldIn : IncidentExtractor.locatedPlace(ctx, clause);
        if (f.place == null && kind == EventKind.TRIAL) {
            Matcher court = COURT_OF.matcher(s.text);
            Entities.Place p = court.find() ? ctx.entities.findPlace(court.group(1)) : null;
            f.place = p == null ? null : p.entry.name(); // "appeared in Beijing's high court"
        }
        Matcher visited = kind == EventKind.VISIT ? VISITED.matcher(s.text.substring(from, to)) : null;
        if (f.place == null && visited != null && visited.find()) {
            f.place = IncidentExtractor.locatedPlace(ctx, "in " + visited.group(2)); // "visited the Afghan capital, Kabul"
            if (f.place == null) {
                f.place = anaphoricPlace(ctx, visited.group(2)); // "arrived in the country"
            }
        }
        if (f.place == null && to > from) {
            f.place = IncidentExtractor.locatedPlace(ctx, s.text.substring(from, to)); // "the court in Hanoi found ..."
        }
        if (f.place == null && kind != EventKind.VISIT && !AFTER_VERB.matcher(before).find()) {
            // "the Brussels summit", not "in Gaza, during a meeting" nor "Duarte of Portugal held talks"
            f.place = mostSpecificPlace(ctx, lastWords(clauseTail(before), 3));
        }
        Matcher opening = OPENING_PLACE.matcher(prior);
        if (f.place == null && opening.find() && !REPORTER_OPENING.matcher(prior).find()) {
            f.place = IncidentExtractor.locatedPlace(ctx, "in " + opening.group(1));
        }
        f.nationwide = NATIONWIDE.matcher(s.text.substring(Math.max(0, from - 20), to)).find();
        Matcher at = AT_INSTITUTION.matcher(after);
        if (at.find()) {
            Entities.Org venue = longestOrgPrefix(ctx, at.group(1));
            if (venue != null) {
                f.venue = venue.name;
                if (f.place == null) {
                    f.place = placeInside(ctx, venue.name);
                }
            }
        }
        // When: a date in the sentence; a month named before the cue is the nearest such month.
        DateResolver.TimeRef ref = null;
        if (monthNamed) {
            int month = DateResolver.month(mc.group(1));
            LocalDate d = mc.group(2) != null ? LocalDate.of(Integer.parseInt(mc.group(2)), month, 1) : nearestMonth(anchor(ctx), month, FUTURE.matcher(s.text).find());
            if (d != null) {
                ref = new DateResolver.TimeRef(d, DatePrecision.MONTH, mc.group(1) + (mc.group(2) == null ? "" : " " + mc.group(2)));
            }
        }
        if (ref == null) {
            ref = DateResolver.timeRef(s.text, ctx.publication.publishedOn(), ctx.publication.notBefore());
        }
        if (ref != null && ref.date() != null) {
            f.date = ref.date();
            f.precision = ref.precision();
            f.dateText = ref.text();
        }
        // Who: an organization named just before the cue ("NATO summit", "the alliance's June summit"), else the
        // people the sentence names before it; and whoever comes after "with" ("talks with X").
        String lead = lastWords(before, 4);
        for (Entities.Org o : ctx.entities.orgs.values()) {
            if (o.kind != OrganizationKind.NEWS_AGENCY && (namesOrg(lead, o) || refersTo(lead, o, ctx))) {
                f.participants.add(o.name);
            }
        }
        if (kind == EventKind.ELECTION && !LOCAL_ELECTION.matcher(before).find()) {
            f.place = electionCountry(ctx, s.text, from, f.place);
        }
        if (kind == EventKind.ELECTION && f.place == null) {
            String cc = ctx.salientCountryCode();
            Entities.Place country = cc == null ? null : ctx.entities.country(cc);
            f.place = country == null ? null : country.entry.name(); // "the election": the country's
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
        // Statements of the sentence were made at it when the sentence puts them there ("told a news conference").
        if (SAID_AT.matcher(before).find()) {
            for (StatementInput st : statements) {
                if (st.speaker() != null && s.text.contains(head(st.text()))) {
                    f.participants.add(st.speaker());
                    f.statements.add(st);
                }
            }
        }
        if (toldAgain != null && (f.place == null || toldAgain.place == null || f.place.equals(toldAgain.place))) {
            absorb(toldAgain, f);
            return;
        }
        if (f.place == null && kind == EventKind.PROTEST && to > from) {
            // "demonstrators chanted slogans and burned an effigy ... in the eastern city of Jalalabad": the crowd's place
            f.place = IncidentExtractor.locatedPlace(ctx, after);
        }
        if (f.place == null && PLACED_BY_STORY.contains(kind)) {
            f.place = storyPlace(ctx, f.nationwide);
        }
        boolean voted = kind == EventKind.ELECTION && VOTED.matcher(s.text.substring(from, to)).find();
        if (f.place == null && f.venue == null && f.participants.isEmpty() && !voted) {
            return; // a bare "a meeting" says nothing we could store; "voters went to the polls" does
        }
        merge(found, f);
    }

    /** A meeting of leaders of states is a summit; a contact group's, whoever its members, a meeting. */
    private static EventKind leadersMeeting(EventKind kind, String sentence) {
        return kind == EventKind.MEETING && Prefilter.matcher(LEADERS, sentence).find() && !CONTACT_GROUP.matcher(sentence).find()
                ? EventKind.SUMMIT : kind;
    }

    /** "the country", "the region": the story's most mentioned country, province or city. */
    private static String anaphoricPlace(ArticleContext ctx, String text) {
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

    /**
     * "SYDNEY - Solomon Islands Prime Minister Manasseh Sogavare is meeting with Australian ministers": someone holding
     * office in one country who meets people in another is visiting it (not when the story has a summit or conference
     * there, which is why they came).
     */
    private static void visitsOfForeignLeaders(ArticleContext ctx, List<Found> found) {
        for (Found meeting : List.copyOf(found)) {
            Entities.Place where = meeting.kind == EventKind.MEETING && meeting.place != null ? ctx.entities.findPlace(meeting.place) : null;
            if (where == null || where.entry.countryCode() == null || found.stream().anyMatch(g -> (g.kind == EventKind.SUMMIT
                    || g.kind == EventKind.CONFERENCE) && compatible(ctx, g.place, meeting.place))) {
                continue;
            }
            for (String name : meeting.participants) {
                Entities.Person person = ctx.entities.people.get(name);
                Entities.Place homeland = person == null ? null : homeCountry(ctx, person);
                boolean visiting = found.stream().anyMatch(g -> g.kind == EventKind.VISIT && g.participants.contains(name));
                if (homeland != null && homeland.entry.countryCode() != null
                        && !homeland.entry.countryCode().equals(where.entry.countryCode()) && !visiting) {
                    Found visit = new Found(EventKind.VISIT);
                    visit.place = meeting.place;
                    visit.date = meeting.date;
                    visit.precision = meeting.precision;
                    visit.dateText = meeting.dateText;
                    visit.participants.add(name);
                    found.add(visit);
                }
            }
        }
    }

    /** The country a person holds office in: of a role, else named just before the name ("Solomon Islands Prime Minister"). */
    private static Entities.Place homeCountry(ArticleContext ctx, Entities.Person person) {
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

    /** Kinds a story seldom tells two of at once: mentions that agree on place and date are one event. */
    private static final Set<EventKind> ONE_AT_A_TIME = Set.of(EventKind.SUMMIT, EventKind.CONFERENCE, EventKind.ELECTION,
            EventKind.TRIAL, EventKind.PROTEST);

    /**
     * Mentions of one event that the sentence-by-sentence merge kept apart for want of a place or date in common: a
     * summit told with and without its city, a visitor's trip to a city and to its country, talks between the same two.
     */
    private static void dedupe(ArticleContext ctx, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            for (int j = i + 1; j < found.size(); j++) {
                Found a = found.get(i);
                Found b = found.get(j);
                if (a.kind != b.kind || !compatible(ctx, a.place, b.place) || a.date != null && b.date != null && !a.date.equals(b.date)
                        || a.otherPartners(b)) {
                    continue;
                }
                boolean same = ONE_AT_A_TIME.contains(a.kind)
                        || a.kind == EventKind.VISIT && (a.participants.isEmpty() || b.participants.isEmpty()
                        || a.participants.stream().anyMatch(b.participants::contains))
                        || a.participants.size() >= 2 && a.participants.equals(b.participants);
                if (same) {
                    String place = moreSpecific(ctx, a.place, b.place);
                    absorb(a, b);
                    a.place = place;
                    found.remove(j--);
                }
            }
        }
    }

    /** Two places that can be one event's: either unknown, the same, or one inside the other (Havana and Cuba). */
    private static boolean compatible(ArticleContext ctx, String a, String b) {
        return a == null || b == null || a.equals(b) || inside(ctx, a, b) || inside(ctx, b, a);
    }

    private static boolean inside(ArticleContext ctx, String inner, String outer) {
        Entities.Place i = ctx.entities.findPlace(inner);
        Entities.Place o = ctx.entities.findPlace(outer);
        if (i == null || o == null || i.entry.countryCode() == null || !i.entry.countryCode().equals(o.entry.countryCode())) {
            return false;
        }
        return o.entry.kind() == PlaceKind.COUNTRY && i.entry.kind() != PlaceKind.COUNTRY
                || o.entry.name().equals(i.parent) || o.entry.name().equals(i.entry.parent());
    }

    private static String moreSpecific(ArticleContext ctx, String a, String b) {
        return a == null ? b : b == null ? a : inside(ctx, b, a) ? b : a;
    }

    private static final Set<EventKind> PLACED_BY_STORY = Set.of(EventKind.SPEECH, EventKind.PRESS_CONFERENCE, EventKind.SUMMIT,
            EventKind.MEETING, EventKind.PROTEST, EventKind.TRIAL, EventKind.CONFERENCE);
    private static final Pattern NATIONWIDE = Pattern.compile("\\b(?:nationwide|national|general|countrywide)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Where an event whose sentence gives no place took place: where the story is filed from (its dateline), or that
     * country for a nationwide one ("a nationwide strike").
     */
    private static String storyPlace(ArticleContext ctx, boolean nationwide) {
        String datelined = StatedMetadata.dateline(ctx);
        Entities.Place dateline = datelined == null ? null : ctx.entities.findPlace(datelined);
        if (dateline == null) {
            return null;
        }
        Entities.Place country = nationwide ? ctx.entities.country(dateline.entry.countryCode()) : null;
        return country != null ? country.entry.name() : dateline.entry.name();
    }

    /** Without a dateline, an event with no place is where the story's other events are, when they are all in one. */
    private static void placeUnplaced(List<Found> found) {
        Set<String> others = new LinkedHashSet<>();
        // a visit's place counts: what the visitor does, the story tells of where the visit is
        found.stream().filter(f -> f.place != null && (PLACED_BY_STORY.contains(f.kind) || f.kind == EventKind.VISIT))
                .forEach(f -> others.add(f.place));
        for (Found f : found) {
            if (f.place == null && PLACED_BY_STORY.contains(f.kind) && others.size() == 1) {
                f.place = others.iterator().next();
            }
        }
    }

    private static final Set<EventKind> SPOKEN = Set.of(EventKind.SPEECH, EventKind.PRESS_CONFERENCE, EventKind.TRIAL, EventKind.VISIT);

    /** The person named first in a text. */
    private static String firstPerson(ArticleContext ctx, String text) {
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

    /**
     * An election takes place in a country: "congratulated British Prime Minister Keir Starmer on his election" is
     * the country of the person elected; otherwise the country of the place found.
     */
    private static String electionCountry(ArticleContext ctx, String sentence, int cueAt, String place) {
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

    /** The country of a person's role, or of the demonym or country just before the name ("British Prime Minister"). */
    private static String personCountry(ArticleContext ctx, Entities.Person person, String before) {
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

    private static int lastIndexOfWord(String text, String word) {
        int last = -1;
        for (int from = 0; ; ) {
            int i = indexOfWord(text.substring(from), word);
            if (i < 0) {
                return last;
            }
            last = from + i;
            from = last + 1;
        }
    }

    private static void merge(List<Found> found, Found f) {
        for (Found g : found) {
            if (g.sameAs(f)) {
                absorb(g, f);
                return;
            }
        }
        found.add(f);
    }

    /** What another mention tells of the same event: its participants and statements, and what the event lacked. */
    private static void absorb(Found g, Found f) {
        g.participants.addAll(f.participants);
        g.partners.addAll(f.partners);
        g.statements.addAll(f.statements);
        if (g.place == null) {
            g.place = f.place;
        }
        if (g.venue == null) {
            g.venue = f.venue;
        }
        if (g.linkSpeaker == null) {
            g.linkSpeaker = f.linkSpeaker;
        }
        if (g.date == null) {
            g.date = f.date;
            g.precision = f.precision;
            g.dateText = f.dateText;
        }
    }

    private static EventKind kind(String cue) {
        String c = cue.toLowerCase(Locale.ROOT);
        if (c.contains("press") || c.contains("news conference") || c.contains("briefing")) {
            return EventKind.PRESS_CONFERENCE;
        }
        if (c.contains("speech") || c.contains("address") || c.equals("lecture")) {
            return EventKind.SPEECH;
        }
        return switch (c) {
            case "summit" -> EventKind.SUMMIT;
            case "meeting", "talks" -> EventKind.MEETING;
            case "visit", "trip" -> EventKind.VISIT;
            case "conference", "forum" -> EventKind.CONFERENCE;
            case "congress" -> EventKind.MEETING; // a party's or a nation's congress: a meeting of its delegates
            case "rally", "protest march", "demonstration", "protest", "march" -> EventKind.PROTEST;
            case "trial", "hearing" -> EventKind.TRIAL;
            case "funeral", "ceremony", "inauguration", "commemoration" -> EventKind.CEREMONY;
            case "interview" -> null; // a channel of a statement, not an occasion worth a node
            default -> c.contains("election") || c.equals("referendum") || c.equals("vote") ? EventKind.ELECTION
                    : c.endsWith("strike") ? EventKind.PROTEST : null;
        };
    }

    /**
     * The month nearest the anchor: "the June summit" in March is this June, in November last June; in a sentence about
     * the future ("would decide", "next") the next such month.
     */
    private static LocalDate nearestMonth(LocalDate anchor, int month, boolean future) {
        if (anchor == null) {
            return null;
        }
        if (future) {
            LocalDate d = LocalDate.of(anchor.getYear(), month, 1);
            return d.isBefore(anchor.withDayOfMonth(1)) ? d.plusYears(1) : d;
        }
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate d = LocalDate.of(y, month, 1);
            if (best == null || Math.abs(d.toEpochDay() - anchor.toEpochDay()) < Math.abs(best.toEpochDay() - anchor.toEpochDay())) {
                best = d;
            }
        }
        return best;
    }

    private static String mostSpecificPlace(ArticleContext ctx, String text) {
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
            int rank = rank(p.entry.kind());
            if (rank > bestRank || rank == bestRank && pos < bestPos) {
                best = p.entry.name();
                bestRank = rank;
                bestPos = pos;
            }
        }
        return best;
    }

    private static boolean possessive(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’') && text.charAt(end + 1) == 's';
    }

    /** "the alliance's": the one organization whose name or alias ends with that noun. */
    private static boolean refersTo(String lead, Entities.Org o, ArticleContext ctx) {
        Matcher m = THE_NOUN.matcher(lead);
        if (!m.find()) {
            return false;
        }
        String noun = m.group(1).toLowerCase(Locale.ROOT);
        java.util.function.Predicate<Entities.Org> endsWith = org -> org.name.toLowerCase(Locale.ROOT).endsWith(" " + noun)
                || org.aliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).endsWith(noun));
        return endsWith.test(o) && ctx.entities.orgs.values().stream().filter(endsWith).count() == 1;
    }

    private static int rank(PlaceKind kind) {
        return switch (kind) {
            case FACILITY -> 6;
            case DISTRICT -> 5;
            case CITY -> 4;
            case PROVINCE -> 3;
            case COUNTRY -> 2;
            default -> 1;
        };
    }

    /**
     * The place of an institution named after it ("Warsaw" in "Warsaw School of Economics", "University of Lisbon"): a
     * declared place, else a city of the gazetteer, which is then declared.
     */
    private static String placeInside(ArticleContext ctx, String name) {
        String declared = mostSpecificPlace(ctx, name);
        if (declared != null) {
            return declared;
        }
        Gazetteer.Entry best = null;
        for (String word : name.split("\\s+")) {
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

    /** The day the article speaks from: its publication date, else the first full date its text gives. */
    private static LocalDate anchor(ArticleContext ctx) {
        if (ctx.publication.publishedOn() != null) {
            return ctx.publication.publishedOn();
        }
        for (ArticleContext.Sentence s : ctx.body()) {
            List<DateResolver.FoundDate> dates = DateResolver.fullDates(s.text);
            if (!dates.isEmpty()) {
                return dates.get(0).date();
            }
        }
        return ctx.publication.notBefore();
    }

    private static Entities.Org longestOrgPrefix(ArticleContext ctx, String text) {
        Entities.Org best = null;
        for (Entities.Org o : ctx.entities.orgs.values()) {
            if (text.startsWith(o.name) && (best == null || o.name.length() > best.name.length())) {
                best = o;
            }
        }
        return best;
    }

    private static boolean mentions(String text, Entities.Person p) {
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

    private static boolean namesOrg(String text, Entities.Org o) {
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

    /** The text before the first match of the delimiter ("" when it starts with one). */
    private static String firstPart(String text, Pattern delimiter) {
        Matcher m = delimiter.matcher(text);
        return m.find() ? text.substring(0, m.start()) : text;
    }

    /** The text after its last punctuation mark: the words next to what follows. */
    private static String clauseTail(String text) {
        int cut = -1;
        for (int i = 0; i < text.length(); i++) {
            cut = ",;:.()".indexOf(text.charAt(i)) >= 0 ? i : cut;
        }
        return text.substring(cut + 1);
    }

    private static String lastWords(String text, int n) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - n), words.length));
    }

    private static String head(String text) {
        return text.length() > 40 ? text.substring(0, 40) : text;
    }

    /** Position of a whole-word occurrence, or -1; no regex, as this runs for every entity and cue. */
    static int indexOfWord(String text, String word) {
        if (word == null || word.length() < 2) {
            return -1;
        }
        int from = 0;
        while (true) {
            int i = text.indexOf(word, from);
            if (i < 0) {
                return -1;
            }
            int end = i + word.length();
            boolean startOk = i == 0 || !Character.isLetter(text.charAt(i - 1));
            boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end));
            if (startOk && endOk) {
                return i;
            }
            from = i + 1;
        }
    }

    private static String clip(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500);
    }

    /** An event being assembled from the sentences that mention it. */
    private static final class Found {
        final EventKind kind;
        String place;
        String venue;
        LocalDate date;
        DatePrecision precision;
        String dateText;
        final Set<String> participants = new LinkedHashSet<>();
        /** Whom a meeting was with ("met with X"): meetings with different people are different meetings. */
        final Set<String> partners = new LinkedHashSet<>();
        final Set<StatementInput> statements = new LinkedHashSet<>();
        String linkSpeaker;
        String key;
        boolean nationwide;

        Found(EventKind kind) {
            this.kind = kind;
        }

        /** One event: same kind, and no disagreement on place or date. */
        boolean sameAs(Found o) {
            return kind == o.kind && (place == null || o.place == null || place.equals(o.place)) && !otherPartners(o)
                    && (date == null || o.date == null || date.equals(o.date))
                    && (place != null && place.equals(o.place) || date != null && date.equals(o.date)
                    || venue != null && venue.equals(o.venue));
        }

        boolean otherPartners(Found o) {
            return !partners.isEmpty() && !o.partners.isEmpty() && partners.stream().noneMatch(o.partners::contains);
        }

        String title(ArticleContext ctx) {
            String who = participants.isEmpty() ? null : participants.iterator().next();
            String what = switch (kind) {
                case SPEECH -> "speech";
                case PRESS_CONFERENCE -> "press conference";
                case SUMMIT -> "summit";
                case MEETING -> "meeting";
                case VISIT -> "visit";
                case CONFERENCE -> "conference";
                case PROTEST -> "protest";
                case ELECTION -> "election";
                case TRIAL -> "trial";
                case INTERVIEW -> "interview";
                case CEREMONY -> "ceremony";
                case OTHER -> "event";
            };
            String where = venue != null ? " at the " + venue : place != null ? (kind == EventKind.VISIT ? " to " : " in ") + place : "";
            Entities.Person person = who == null ? null : ctx.entities.people.get(who);
            return (who == null ? capitalize(what) : (person != null ? person.surname() : who) + " " + what) + where;
        }

        private static String capitalize(String s) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }
}
