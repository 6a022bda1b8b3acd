package dev.newsgraph.extract;

import dev.newsgraph.domain.EventKind;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words that tell of an event: its nouns ("a summit", "talks"), the verbs that tell of one ("met in", "told
 * parliament"), and the kind of event each names.
 */
final class EventCues {

    /** The day told between a verb and its object: "met Wednesday with", "talks today with", "met on Sunday morning with". */
    static final String DAY_TOLD = "(?:(?:on |late |early )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today"
            + "|yesterday)(?: (?:morning|afternoon|evening|night))? )";
    /** Verbs whose object is an event: "held talks", "following talks in San Jose", "dominated talks between ...". */
    static final String TAKES_EVENT = "(?:following|held|hold|holds|holding|attended|attend|attends|attending|hosted|host"
            + "|hosts|hosting|dominated|dominates|resumed|concluded|chaired|chairs|chairing)";
    /** An event noun, in its noun use only: after a determiner, a possessive, a month, a verb taking it or a qualifier. */
    static final Pattern CUE = Pattern.compile(
            "(?:\\b(?:a|an|the|their|his|her|its|this|last|next|joint|emergency|annual|upcoming|planned|during|at|after|before"
                    + "|several|other|separate|bilateral|another|two|three|nationwide|national|general)\\s+"
                    + "|'s\\s+|’s\\s+|\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+"
                    + "|\\b[A-Z][\\p{L}]+\\s+|\\b\\p{Lu}\\d{1,2}\\s+"
                    + "|\\b" + TAKES_EVENT + "\\s+)"
                    // up to two qualifiers ("an official state visit"), never the first word of a compound cue
                    + "(?:(?!(?:press|news|media|of|to|for|in|on|and|or|with|than|at|by|from|as) )[a-z-]+\\s+){0,2}"
                    + "(press conference|news conference|press briefing|media briefing|news briefing|briefing(?! (?:to|for|of|on how|paper|note|book|room)\\b)|speech|keynote address|address|lecture"
                    // a summit in title case is one named: "the NATO Summit", "the APEC Summit"
                    + "|summit|Summit|meeting|talks|visit|trip|conference|forum|congress|rally|protest march|demonstration|protest|march"
                    + "|presidential election|parliamentary election|general election|election|re-election|referendum|vote"
                    + "|(?:general|nationwide|national|indefinite|labou?r|workers'?|hunger|teachers'?|doctors'?) strike"
                    + "|trial|hearing|funeral|ceremony|inauguration|commemoration|interview)s?\\b(?! (?:room|hall|venue|site|place|point|organi[sz]ers|movements?|leaders?|groups?|camps?|slogans))");
    /** Events told by a verb: a court appearance, an address to an assembly, a march. */
    static final Pattern IN_COURT = Pattern.compile(
            "\\b(?:appeared|appears|appearing|went|stood|stands|goes|go) (?:in|before|on) (?:(?:the |a )?(?:[A-Z][\\p{L}]+(?:'s|’s)? )?(?:[a-z]+ )?court|trial)\\b");
    static final Pattern ADDRESSING = Pattern.compile(
            "\\b(?:[Aa]ddress(?:ed|ing|es)?|[Ss]poke to|[Ss]peaking to) (?:the |a )?((?:[A-Z][\\p{L}.]*\\s?){1,6})");
    /** "told parliament", "told the Asia-Pacific Council": words said to an assembly are a speech to it. */
    static final Pattern TOLD_ASSEMBLY = Pattern.compile("\\btold (?:the )?(?:(?:[A-Z][\\p{L}'’.-]*|of|for|and) ){0,5}?"
            + "(?:[Pp]arliament|Assembly|Congress|Senate|Council|Duma|Knesset|Bundestag|Diet|Chamber|Lok Sabha|Rajya Sabha|Majlis"
            + "|House of (?:Commons|Lords|Representatives)|Club|Forum|Conference|Convention)\\b");
    /** "Speaking to reporters at the White House": a press conference where the reporters met the speaker. */
    static final Pattern TO_REPORTERS_AT = Pattern.compile("\\b(?:[Ss]peaking|[Ss]poke|told|[Tt]alking|talked|briefed|[Bb]riefing)"
            + " (?:to |with )?(?:reporters|journalists|the press|the media) at (?:the )?([A-Z][^,.;]{2,60})");
    /**
     * "is in Iran for talks", "arrived in the southern city of Aswan for talks Saturday with ...", "came to Moscow for
     * talks": someone at a place for talks is holding them there ("called for talks", "pressed for talks" name no place).
     */
    static final Pattern AT_PLACE_FOR = Pattern.compile("\\b(?:in|to)\\s+([^,.;:\"“”]{2,60}?),?\\s+for\\s+(?:[a-z-]+\\s+){0,3}$");
    static final Pattern AT_PLACE_FOR_TALKS = Pattern.compile("\\b(?:in|to)\\s+([^,.;:\"“”]{2,60}?),?\\s+for\\s+(?:[a-z-]+\\s+){0,3}(talks)\\b");
    /** "leaders of more than 50 nations ... met in Germany", "European leaders gathered in Berlin": a meeting by its verb. */
    static final Pattern MET_IN = Pattern.compile("\\b(?:met|meet|meets|gathered|convened|convening|conferred|conferring)(?= in\\b)");
    static final Pattern MEETERS = Pattern.compile("\\b(?:leaders|ministers|officials|delegates|delegations|envoys"
            + "|diplomats|representatives|negotiators|heads of state|heads of government|presidents|premiers|lawmakers)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A contact group is a meeting of ministers and envoys, whoever the copy calls its members. */
    static final Pattern CONTACT_GROUP = Pattern.compile("\\b[Cc]ontact [Gg]roup\\b");

    static final Pattern MARCHED = Pattern.compile(
            "\\b(?:marched|took to the streets|onto the streets|staged (?:a |an )?(?:protest|sit-in|walkout|rally)|protesters (?:gathered|marched|rallied)"
            // "demonstrators chanted anti-U.S. slogans": a protest told by what its crowd did
            + "|(?:[Pp]rotesters|[Dd]emonstrators|[Mm]archers) (?:chanted|shouted|burned|blocked|waved|carried|set fire)"
            // "Thousands of Kurds protested on Sunday in Qamishli": a crowd that protests
            + "|(?:[Tt]housands|[Hh]undreds|[Dd]ozens|[Ss]cores|[Cc]rowds|[Ss]upporters|[Rr]esidents|[Ss]tudents|[Ww]orkers)"
            + "(?: of [A-Z]?[a-z]+)? (?:protested|demonstrated|rallied))\\b");
    /**
     * "as a group of women demonstrated in Abobo", "pensioners protested Monday outside the ministry": whoever the crowd
     * is, protesting at a place the sentence goes on to name is a protest there.
     */
    static final Pattern PROTESTED_AT = Pattern.compile("\\b(?:protested|demonstrated|rallied)"
            + "(?= (?:(?:on |last )?[A-Z][a-z]+ )?(?:in|outside|at|near|in front of) )");
    /**
     * "Protesters in the city of Andijan have been fired on": protesters at a place are a protest there (not "a subsidy
     * that protesters have demanded").
     */
    static final Pattern PROTESTERS_AT = Pattern.compile("\\b(?:[Pp]rotesters|[Dd]emonstrators)(?= (?:in|at|outside|near) )");
    /**
     * A protest told by its crowd or its days: "tear gas at thousands of demonstrators in Osh", "clashed with
     * anti-government protesters", "after a third day of demonstrations". Apart from {@link #MARCHED}: together their
     * words were too many for the prefilter, and the regex ran on every sentence.
     */
    static final Pattern CROWD_OR_DAYS_OF_PROTEST = Pattern.compile("\\b(?:(?:[Tt]housands|[Hh]undreds|[Dd]ozens|[Ss]cores|\\d[\\d,]*) of (?:[a-z-]+ ){0,2}(?:protesters|demonstrators)"
            + "|clash(?:ed|es)? (?:between [^.;:\"“”]{1,40}? and |with )(?:[a-z-]+ ){0,2}(?:protesters|demonstrators)"
            + "|(?:day|days|week|weeks|night|nights) of (?:[a-z-]+ ){0,2}(?:protests|demonstrations|rallies))\\b");
    /**
     * A protest told by its crowd's participle: "renegade police protesting austerity measures", "tried to talk with
     * protesting police", "nurses demonstrating outside parliament". Only a group of people protests this way ("protesting
     * his innocence" is no crowd).
     */
    static final Pattern PROTESTING_CROWD = Pattern.compile("\\b(?:police|policemen|officers|soldiers|workers|students|farmers"
            + "|teachers|doctors|nurses|miners|drivers|residents|villagers|supporters|crowds)\\s+(?:protesting|demonstrating)\\b"
            + "|\\b(?:protesting|demonstrating)\\s+(?:police|policemen|officers|soldiers|workers|students|farmers|teachers"
            + "|doctors|nurses|miners|drivers|residents|villagers|crowds)\\b");
    /** "A court has sentenced", "the jury found him not guilty": a verdict tells of the trial that reached it. */
    static final Pattern VERDICT = Pattern.compile("\\b(?:court|Court|judge|Judge|jury|Jury|tribunal|Tribunal)\\b[^.;]{0,80}?\\b(?:sentenced"
            + "|convicted|acquitted|found [^.;]{0,60}?guilty)\\b");
    /**
     * "The Security Council voted 13-0 to extend ...", "Lawmakers in Ukraine's parliament voted on Tuesday to ...": a
     * named assembly's vote is a sitting of the assembly, no election.
     */
    static final Pattern ASSEMBLY_VOTED = Pattern.compile("\\b(?:Assembly|Council|[Pp]arliament|Senate|Congress|House|Knesset"
            + "|Duma|Bundestag|Diet|Majlis|[Ll]egislature)(?: [^,.;:\"“”]{1,30}?)? voted\\b(?! in (?:[a-z-]+ ){0,2}(?:elections?|polls|referendum|ballot))");
    /** "abstained in the vote", "a no-confidence vote": a vote of an assembly or on a motion, no election. */
    static final Pattern ASSEMBLY_VOTE_CONTEXT = Pattern.compile("\\b(?:Assembly|Council|[Pp]arliament(?:ary)?|Senate|Congress"
            + "|Knesset|Duma|[Ll]awmakers|[Ll]egislators|MPs|[Ss]enators|abstain(?:ed|ing)?|resolution|motion|bill|no-confidence"
            + "|confidence)\\b");

    /** "speaking at a briefing", "told a regular briefing", "gave a daily briefing": a briefing where words were said. */
    static final Pattern AT_BRIEFING = Pattern.compile("\\b(?:at|during|told|addressing|gave|giving|held|holding)\\s+"
            + "(?:(?:a|an|the|his|her|their|its|[A-Z][\\p{L}.]+(?:'s|’s)?)\\s+){1,2}(?:[a-z-]+\\s+){0,2}$");

    /** "Mongolians voted in parliamentary elections", "voters went to the polls": an election told by its voting. */
    static final Pattern VOTED = Pattern.compile("\\b(?:voted|voting|vote) in (?:[a-z-]+ ){0,2}(?:elections?|polls|referendum|ballot)\\b"
            + "|\\b(?:went|go|going|headed|heading) to the polls\\b");
    /** "Speaking at a rally", "told a campaign rally": the rally is where someone spoke. */
    static final Pattern SPOKE_AT = Pattern.compile("\\b(?:[Ss]peaking|[Ss]poke|[Aa]ddressing|addressed|told|[Tt]elling|said)"
            + " (?:at |to )?(?:a|the|his|her) (?:[a-z-]+ )?$");

    /** Leaders of states (not "financial leaders" or "community leaders"): their meeting is a summit. */
    static final Pattern LEADERS = Pattern.compile("(?<!financial |business |religious |community |opposition |party "
            + "|tribal |local |union |student |civic |traditional |village |church |military |rebel )\\b(?:leaders|heads of state"
            + "|heads of government|presidents)\\b");

    static final Pattern PRESS = Pattern.compile("\\b(?:reporters|journalists|the press|the media)\\b");
    static final Pattern AFTER_VERB = Pattern.compile("\\b" + TAKES_EVENT + "\\s+$");

    static final Pattern VISITED = Pattern.compile("\\b(visited|visiting|arrived in|toured|(?:flew|flown|travell?ed) to)"
            + "\\s+((?:the\\s+)?[A-Z][\\p{L}' -]{1,60}(?:,\\s+[A-Z][\\p{L}' -]{1,40})?|the (?:country|region|province|area|city)\\b)");

    /**
     * Words said to a gathering are a speech at it: "told a remembrance service in Colombo", "addressed the
     * commemoration ceremony", "told mourners at a vigil", "spoke to a crowd of supporters".
     */
    static final Pattern TOLD_GATHERING = Pattern.compile("\\b(?:told|[Aa]ddress(?:ed|es|ing)?|[Ss]poke (?:to|at)|[Ss]peaking (?:to|at))"
            + " (?:(?:a|an|the|his|her|their) )?(?:[a-z-]+ ){0,2}(?:service|ceremony|commemoration|memorial|vigil|mass"
            + "|gathering|congregation|crowd|mourners)s?\\b");
    /**
     * A report given to an assembly is a speech to it: "presented his report on Ukraine to the U.N. human rights
     * council", "delivered her findings to parliament", "briefed the Security Council".
     */
    static final Pattern REPORT_TO_ASSEMBLY = Pattern.compile("\\b(?:(?:presented|presents|presenting|delivered|delivers"
            + "|submitted|submits) (?:(?:his|her|their|its|the|a|an) )?(?:[\\p{L}-]+ ){0,2}(?:report|findings|assessment)\\b"
            + "[^.;:]{0,80}?\\bto|\\bbriefed) (?:the )?(?:(?:[A-Z][\\p{L}.'’-]*|[a-z]+) ){0,5}?"
            + "(?:[Cc]ouncil|[Aa]ssembly|[Pp]arliament|[Cc]ongress|[Ss]enate|[Cc]ommittee)\\b");
    /**
     * "At NATO headquarters in Brussels, X urged the alliance ...": someone acting on a body at its headquarters is
     * meeting it.
     */
    static final Pattern AT_HEADQUARTERS = Pattern.compile("\\b[Aa]t (?:the )?(?:[A-Z][\\p{L}.'’-]*(?:'s|’s)? ){1,5}headquarters\\b");
    static final Pattern ACTS_ON_BODY = Pattern.compile("\\b(?:urged|urges|asked|asks|pressed|presses|called on|calls on"
            + "|appealed to|appeals to|implored|met|meets|briefed|told)\\b");
    /** "Phillip Alexious talks to Sophie Arts", "Kofi Mensah talks with": "talks" after a name and before "to" is the verb. */
    static final Pattern TALKS_VERB = Pattern.compile("^ (?:to|with|about)\\b");

    /** "the Senate Armed Services Committee hearing", "a parliamentary committee hearing": a legislature's, no court's. */
    static final Pattern LEGISLATIVE_BEFORE = Pattern.compile("\\b(?:[Cc]ommittee|[Ss]ubcommittee|[Ss]enate|[Cc]ongressional"
            + "|[Pp]arliamentary|[Ll]egislative|[Cc]ommission)\\s+(?:\\S+\\s+)?$");

    /**
     * "Prime Minister met with U.S. Rep. Chris Smith", "met Wednesday with", "met today with": a meeting told by its verb,
     * its day told between the verb and its partner.
     */
    static final Pattern MET_WITH = Pattern.compile("\\b(?:met|meets|meeting)(?= " + EventCues.DAY_TOLD + "?with\\b)");
    /** A verb in the passive: "was met with", "were quickly met": what someone received, nobody's meeting. */
    static final Pattern PASSIVE_BEFORE = Pattern.compile("\\b(?:was|were|is|are|be|been|being)\\s+(?:[a-z]+ly\\s+)?$");

    static final Pattern NOT_AN_EVENT = Pattern.compile(
            "\\b(?:clinical trial|trial run|trial period|public address|email address|IP address|web address|addressed to)\\b");

    /** A meeting of leaders of states is a summit; a contact group's, whoever its members, a meeting. */
    static EventKind leadersMeeting(EventKind kind, String sentence) {
        return kind == EventKind.MEETING && Prefilter.matcher(LEADERS, sentence).find() && !CONTACT_GROUP.matcher(sentence).find()
                ? EventKind.SUMMIT : kind;
    }

    static EventKind kind(String cue) {
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

    private EventCues() {
    }
}
