package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Casualty and other counts ("killing at least three people and injuring 22", "Kill Nine", "over 400 ... hostage"). */
final class FigureParser {

    record Figure(FigureKind kind, int value, boolean atLeast, String note) {
    }

    record Munition(String weapon, int quantity) {
    }

    /** A count in digits: {@link #figures} has written every spelled-out count as digits before the rules run. */
    private static final String NUM = "(\\d[\\d,]*)";
    private static final String BOUND = "(?:(at least|more than|over|nearly|almost|about|around|some|up to|as many as|close to"
            + "|roughly|approximately|all|another|a further)\\s+)?";
    /** Singular nouns for one who attacks, a victim only of a passive verb: "a suspected terrorist was killed". */
    private static final String ONE_ATTACKER = "terrorist|gunman|assailant|hijacker|kidnapper|jihadist|extremist|sniper";
    /** Singular nouns for a person, the victim of "a ..." or of a headline. */
    private static final String ONE_PERSON = "policeman|policewoman|soldier|officer|civilian|man|woman|child|boy|girl|guard"
            + "|worker|passenger|resident|person|journalist|reporter|student|villager|teacher|doctor|nurse|farmer|pilgrim|migrant"
            + "|protester|demonstrator|militant|fighter|rebel|insurgent|suspect|attacker|bystander|driver|member|employee"
            + "|staffer|peacekeeper|commander|leader|official|activist|lawmaker|politician|cleric|priest|tourist|contractor"
            + "|pilot|marine|trooper|chief|businessman|lawyer|judge|photographer|correspondent|cameraman|editor|diplomat";
    /** Part of a body's own people: "three of its peacekeepers", "five of their soldiers" (not "two of the dead", a sub-count). */
    private static final String PARTITIVE = "(?:\\s+of\\s+(?:its|their|his|her|our))?";
    /** Words that end a victim phrase: a conjunction, or a vague count ("killed 15 and left dozens wounded"). */
    private static final String NOT_A_MODIFIER = "(?!(?:and|or|but|dozens|hundreds|scores|thousands)\\b)";
    private static final String NOUN = "(?:" + PARTITIVE + "\\s+(?:" + NOT_A_MODIFIER + "[a-z\\-]+\\s+){0,3}?(?:people|persons|civilians|children|passengers|soldiers|troops|"
            + "police(?:men)?|officers|workers|labou?rers|residents|members|militants|fighters|others|bus passengers|train passengers|pilgrims|migrants"
            + "|suspects?|protesters?|demonstrators?|students?|journalists?|villagers?|rebels?|insurgents?|miners?"
            + "|men|women|guards|" + ONE_PERSON + "|" + ONE_ATTACKER
            // any other plural head: "7 worshippers were killed", "killing 12 miners"
            + "|" + NOT_A_MODIFIER + "[a-z]{3,}s))?";

    /**
     * Any character but the end of a sentence: a full stop only after one capital ("the U.S. state of Washington") or
     * within a number ("the 7.6 magnitude earthquake").
     */
    private static final String NO_SENTENCE_END = "(?:[^.;]|(?<=\\b\\p{Lu})\\.|(?<=\\d)\\.(?=\\d))";
    /** Verbs of a toll going past a mark: the count after them is a lower bound. */
    private static final String PASSED_MARK = "(?:has |had |have )?(?:passed|exceeded|exceeds|topped|tops|surpassed|surpasses|crossed)";
    private static final Pattern PASSED_BEFORE = Pattern.compile("\\b" + PASSED_MARK + "\\s+$", Pattern.CASE_INSENSITIVE);
    /** What a toll did, up to the count: "... in the strike has risen to ", "stood at ". */
    private static final String TOLL_RISES_TO = "\\b" + NO_SENTENCE_END + "{0,100}?\\b(?:rose|rises|climbed|climbs|increased|jumped|reached"
            + "|reaches|hit|hits|stood at|stands at|is|was|has risen|had risen|has climbed|had climbed|has reached|had reached"
            // a headline's "Death Toll Now 24"
            + "|now"
            // a toll that went past a mark: "has passed 20,000", "exceeded 200", "topped 1,000" (a lower bound)
            + "|" + PASSED_MARK + ")\\s+(?:to\\s+)?";
    /**
     * Who the victims were, between the count and its verb: "Twelve other people, including at least one child, were
     * wounded", "At least 72 people, many of them Christians celebrating Easter, were killed", "30 people, mostly children".
     */
    private static final String INCLUDING = "(?:,\\s+(?:including|(?:many|most|some|all|several|\\d+) of (?:them|whom)|mostly"
            + "|among them)\\s[^,.;]{1,60},)?";
    /** Between the victims and their verb: an adverb on either side of the auxiliary ("one civilian also was killed"). */
    private static final String AUX = "(?:\\s+(?:also|reportedly|later))?\\s+(?:(?:were|was|have been|had been|has been|are|is|remain|remained)\\s+)?(?:(?:currently|still|reportedly|also|later|confirmed|now)\\s+)?"
            // how badly: "were slightly injured", "was critically wounded"
            + "(?:[a-z]+ly\\s+)?"
            // a toll the copy hedges: "one officer was reported wounded", "are feared dead", "were believed to have been killed"
            + "(?:(?:reported|believed|feared|thought|said)\\s+(?:to\\s+(?:have\\s+been|be)\\s+)?)?";

    /**
     * A relative pronoun between the victims and their verb: "the 870 people who were injured"; after a group only, as
     * "one of the wounded was an officer who was hurt" tells of one of a group counted elsewhere.
     */
    private static final String WHO = "(?:(?<=s|people|men|children)\\s+who)?";

    /** The victims between "left" and the state it left them in: "at least 15 security personnel", "two soldiers". */
    private static final String LEFT_IN = "\\s+(?:[a-z\\-]+\\s+){0,3}?";

    /**
     * Rules: the pattern, the kind, and a cue: words (any case, also as part of a longer word) of which the pattern
     * needs one. Most sentences have none of them, and trying a pattern at every word of such a sentence was a fifth
     * of the extraction time.
     */
    private static final List<Object[]> RULES = List.of(
            // verb first: "killing at least three people", "injuring 22", "Kill Nine", "took over 400 passengers hostage"
            new Object[]{Pattern.compile("\\b(?:kill(?:s|ed|ing)?|(?:claim(?:s|ed|ing)?|taking|took) the lives of"
                    + "|sho(?:t|ot|ots|oting) dead|gun(?:s|ned|ning) down)\\s+" + BOUND + NUM + NOUN + "(?:\\s+dead)?", Pattern.CASE_INSENSITIVE), FigureKind.KILLED, cue("kill|lives|dead|down")},
            // "left" says a toll only with the state it left them in: "left 16 security personnel dead", "leaving 20
            // wounded"; "left 40,000 homes without water", "leaving 300,000 people homeless" count no victims
            new Object[]{Pattern.compile("\\b(?:left|leaving)\\s+" + BOUND + NUM + LEFT_IN + "(?:dead|killed)\\b", Pattern.CASE_INSENSITIVE), FigureKind.KILLED, cue("left|leaving")},
            new Object[]{Pattern.compile("\\b(?:left|leaving)\\s+" + BOUND + NUM + LEFT_IN + "(?:injured|wounded|hurt)\\b", Pattern.CASE_INSENSITIVE), FigureKind.INJURED, cue("left|leaving")},
            new Object[]{Pattern.compile("\\b(?:left|leaving)\\s+" + BOUND + NUM + LEFT_IN + "(?:homeless|displaced)\\b", Pattern.CASE_INSENSITIVE), FigureKind.DISPLACED, cue("left|leaving")},
            new Object[]{Pattern.compile("\\b(?:injur(?:e|es|ed|ing)|wound(?:s|ed|ing)?|hurt(?:ing)?)\\s+" + BOUND + NUM + NOUN, Pattern.CASE_INSENSITIVE), FigureKind.INJURED, cue("injur|wound|hurt")},
            new Object[]{Pattern.compile("\\b(?:kidnap(?:s|ped|ping)?|abduct(?:s|ed|ing)?|seiz(?:e|ed|ing))\\s+" + BOUND + NUM + NOUN, Pattern.CASE_INSENSITIVE), FigureKind.KIDNAPPED, cue("kidnap|abduct|seiz")},
            new Object[]{Pattern.compile("\\b(?:took|take|takes|taking|held|holding|hold)\\s+" + BOUND + NUM + NOUN + "\\s+(?:as\\s+)?hostages?", Pattern.CASE_INSENSITIVE), FigureKind.HOSTAGES, cue("hostage")},
            new Object[]{Pattern.compile("\\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?)\\s+" + BOUND + NUM + NOUN, Pattern.CASE_INSENSITIVE), FigureKind.ARRESTED, cue("arrest|detain")},
            new Object[]{Pattern.compile("\\b(?:foil(?:s|ed)?|thwart(?:s|ed)?|carried out|launched)\\s+" + BOUND + NUM + "\\s+(?:[a-z]+\\s+)?attacks", Pattern.CASE_INSENSITIVE), FigureKind.ATTACKS, cue("attacks")},
            new Object[]{Pattern.compile("\\b(?:shot down|intercepted|downed|destroyed)\\s+" + BOUND + NUM + "\\s+(?:[a-z]+\\s+)?(?:drones|missiles|rockets)", Pattern.CASE_INSENSITIVE), FigureKind.INTERCEPTED, cue("drones|missiles|rockets")},
            // "the death toll from two days of clashes rose to 11"
            // "the number of civilians killed in the strike has risen to 51", "the number of martyrs ... has risen to 45"
            new Object[]{Pattern.compile("\\b(?:death toll|toll|number of (?:the )?(?:dead|deaths|fatalities|martyrs|(?:[a-z]+\\s+){0,2}?killed))"
                    + TOLL_RISES_TO + BOUND + NUM, Pattern.CASE_INSENSITIVE), FigureKind.KILLED, cue("toll|number of")},
            new Object[]{Pattern.compile("\\bnumber of (?:the )?(?:(?:[a-z]+\\s+){0,2}?(?:injured|wounded))" + TOLL_RISES_TO + BOUND + NUM,
                    Pattern.CASE_INSENSITIVE), FigureKind.INJURED, cue("number of")},
            // "bringing the death toll to 19", "putting the death toll at 30"
            new Object[]{Pattern.compile("\\b(?:bringing|raising|pushing|putting|taking|lifting|put|puts|raised|brought|lifted) the (?:overall |total |official )?(?:death )?toll (?:to|at)\\s+" + BOUND + NUM, Pattern.CASE_INSENSITIVE), FigureKind.KILLED, cue("toll")},
            // groups told apart, no total: "eight soldiers and two civilians were killed" (the second group the rule below reads)
            new Object[]{Pattern.compile("\\b" + BOUND + NUM + "(?!\\s+and\\b)" + NOUN + "(?=\\s+and\\s+" + BOUND + NUM + NOUN + AUX
                    + "(?:killed|dead|died|slain)\\b)", Pattern.CASE_INSENSITIVE), FigureKind.KILLED, cue("kill|dead|died|slain")},
            new Object[]{Pattern.compile("\\b" + BOUND + NUM + "(?!\\s+and\\b)" + NOUN + "(?=\\s+and\\s+" + BOUND + NUM + NOUN + AUX
                    + "(?:injured|wounded|hurt)\\b)", Pattern.CASE_INSENSITIVE), FigureKind.INJURED, cue("injured|wounded|hurt")},
            // number first: "nine passengers kidnapped", "22 were wounded", "31 dead", "Ten locations were hit"
            // "martyred": how officials of Afghanistan, Pakistan and the Palestinian territories, and their media, say killed
            // "were shot and killed", "was stabbed and killed": how they were killed, then the toll verb
            new Object[]{Pattern.compile("\\b" + BOUND + NUM + NOUN + INCLUDING + WHO + AUX + "(?:(?:shot|stabbed|beaten|gunned down|ambushed|attacked|abducted|kidnapped|captured|tortured) and )?(?:killed|dead|died|shot dead|slain|martyred"
                    // "150 people were crushed to death", "trampled to death", "40 migrants drowned": how they died
                    + "|drowned|(?:crushed|trampled|burned|burnt|stabbed|beaten|hacked|stoned|shot) to death)\\b", Pattern.CASE_INSENSITIVE), FigureKind.KILLED, cue("kill|dead|died|slain|martyr|death|drown")},
            // the dead told as deaths: "AFP reported four other deaths in the region", "the army suffered six fatalities"
            new Object[]{Pattern.compile("\\b" + BOUND + NUM + "\\s+(?:other\\s+|more\\s+|further\\s+|new\\s+)?(?:deaths?|fatalit(?:y|ies))\\b(?!\\s+toll)",
                    Pattern.CASE_INSENSITIVE), FigureKind.KILLED, cue("death|fatalit")},
            // the wounded told as injuries: "police have reported eleven injuries", "the blast caused 40 other injuries"
            new Object[]{Pattern.compile("\\b" + BOUND + NUM + "\\s+(?:other\\s+|more\\s+|further\\s+|new\\s+)?injuries\\b",
                    Pattern.CASE_INSENSITIVE), FigureKind.INJURED, cue("injuries")},
            // arrests told as a noun: "At least ten arrests took place", "police made 40 arrests"
            new Object[]{Pattern.compile("\\b" + BOUND + NUM + "\\s+(?:other\\s+|more\\s+|further\\s+|new\\s+)?arrests\\b",
                    Pattern.CASE_INSENSITIVE), FigureKind.ARRESTED, cue("arrests")},
            // the dead told by their bodies: "rescuers recovered 24 bodies", "68 corpses were found"
            new Object[]{Pattern.compile("\\b(?:recover(?:s|ed|ing)?|retriev(?:e|es|ed|ing)|pull(?:s|ed|ing)?|f(?:i|ou)nd(?:s|ing)?|counted)\\s+"
                    + BOUND + NUM + "\\s+(?:more\\s+)?(?:bodies|corpses)\\b", Pattern.CASE_INSENSITIVE), FigureKind.KILLED, cue("bodies|corpses")},
            new Object[]{Pattern.compile("\\b" + BOUND + NUM + "\\s+(?:bodies|corpses)" + AUX + "(?:recovered|retrieved|pulled|found|discovered)\\b",
                    Pattern.CASE_INSENSITIVE), FigureKind.KILLED, cue("bodies|corpses")},
            // "nine people, including two children, riding in a small bus died", "500 migrants from Africa had drowned"
            new Object[]{Pattern.compile("\\b" + BOUND + NUM + NOUN + INCLUDING + "(?:\\s+[a-z]+){1,5}?\\s+(?:died|drowned)\\b", Pattern.CASE_INSENSITIVE), FigureKind.KILLED, cue("died|drowned")},
            // "many of the 870 people who were injured": the count of a relative clause
            new Object[]{Pattern.compile("\\b" + BOUND + NUM + NOUN + INCLUDING + WHO + AUX + "(?:injured|wounded|hurt|hospitali[sz]ed)\\b", Pattern.CASE_INSENSITIVE), FigureKind.INJURED, cue("injured|wounded|hurt|hospitali")},
            // "147 sustained injuries", "12 people suffered serious wounds"
            new Object[]{Pattern.compile("\\b" + BOUND + NUM + NOUN + "\\s+(?:(?:have|had)\\s+)?(?:sustained|suffered|received)\\s+(?:[a-z]+\\s+)?(?:injuries|wounds)\\b",
                    Pattern.CASE_INSENSITIVE), FigureKind.INJURED, cue("injuries|wounds")},
            // "One Suspect Shot", "two protesters were shot", "three people were stabbed": wounded, unless shot dead
            new Object[]{Pattern.compile("\\b" + BOUND + NUM + NOUN + "\\s+(?:(?:were|was|have been|had been)\\s+)?(?:shot|stabbed)\\b(?!\\s+(?:dead|and killed|to death))", Pattern.CASE_INSENSITIVE), FigureKind.INJURED, cue("shot|stabbed")},
            new Object[]{Pattern.compile("\\b" + BOUND + NUM + NOUN + "\\s+(?:(?:were|have been|had been|was)\\s+)?(?:kidnapped|abducted)\\b", Pattern.CASE_INSENSITIVE), FigureKind.KIDNAPPED, cue("kidnapped|abducted")},
            new Object[]{Pattern.compile("\\b" + BOUND + NUM + "\\s+hostages\\b", Pattern.CASE_INSENSITIVE), FigureKind.HOSTAGES, cue("hostages")},
            new Object[]{Pattern.compile("\\b" + BOUND + NUM + NOUN + "\\s+(?:(?:were|have been|had been|are|remain)\\s+)?missing\\b", Pattern.CASE_INSENSITIVE), FigureKind.MISSING, cue("missing")},
            new Object[]{Pattern.compile("\\b" + BOUND + NUM + NOUN + "\\s+(?:(?:were|have been|had been)\\s+)?(?:arrested|detained)\\b", Pattern.CASE_INSENSITIVE), FigureKind.ARRESTED, cue("arrested|detained")},
            new Object[]{Pattern.compile("\\b" + BOUND + NUM + NOUN + "\\s+(?:(?:were|have been|had been)\\s+)?displaced\\b", Pattern.CASE_INSENSITIVE), FigureKind.DISPLACED, cue("displaced")},
            new Object[]{Pattern.compile("\\b" + BOUND + NUM + "\\s+(?:[a-z]+\\s+)?(?:drones|missiles|rockets)\\s+(?:were|was)\\s+(?:shot down|intercepted|downed|destroyed)", Pattern.CASE_INSENSITIVE), FigureKind.INTERCEPTED, cue("drones|missiles|rockets")},
            new Object[]{Pattern.compile("\\b(?:another\\s+)?" + BOUND + NUM + "\\s+(?:drones|missiles)\\s+(?:were|was)\\s+(lost)", Pattern.CASE_INSENSITIVE), FigureKind.INTERCEPTED, cue("drones|missiles")},
            new Object[]{Pattern.compile("\\b" + BOUND + NUM + "\\s+(?:locations|sites|places|areas)\\s+(?:were|was)\\s+(?:hit|struck|damaged)", Pattern.CASE_INSENSITIVE), FigureKind.LOCATIONS_HIT, cue("locations|sites|places|areas")});

    /** Bounds that make a count a lower bound; the others ("about", "as many as") approximate it. */
    private static final Set<String> AT_LEAST = Set.of("at least", "more than", "over");

    private static Pattern cue(String words) {
        return Pattern.compile(words, Pattern.CASE_INSENSITIVE);
    }

    /** Coordinated headline verbs share their object: "Kidnap, Kill Nine Bus Passengers". */
    private static final Pattern COORDINATED = Pattern.compile(
            "\\b(Kidnap|Abduct|Kill|Wound|Injure)s?,\\s+(?:and\\s+)?(?:Kill|Wound|Injure|Kidnap|Abduct)s?\\s+" + NUM, Pattern.CASE_INSENSITIVE);

    /** The remark after a count: "..., including a baby". */
    private static final Pattern COUNTED_NOUN = Pattern.compile("\\b(\\d[\\d,]*|[a-z]+)\\s+((?:[a-z\\-]+\\s+)?)([a-z]+)\\b");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** What may stand between the words of one spelled-out number: "twenty-two", "one hundred". */
    private static final Pattern NUMBER_GAP = Pattern.compile("[\\s-]*");
    private static final Pattern INCLUDING_NOTE = Pattern.compile("^,?\\s*(including [^,.;]+)");

    private static final Pattern NO_ONE = Pattern.compile("\\b(?:[Nn]o|[Nn]ot) one\\b");

    private final Map<String, Integer> words = Lexicons.get().numberWords;
    private final Lexicons lex = Lexicons.get();

    List<Figure> figures(String text) {
        List<Figure> out = new ArrayList<>();
        // through the prefilter: these run on every sentence, and most lack the patterns' literals
        boolean cue = Prefilter.find(ONE_VICTIM_CUE, text);
        boolean oneVictim = cue && Prefilter.matcher(ONE_VICTIM, text).find();
        boolean headlineVictim = cue && Prefilter.matcher(HEADLINE_VICTIM, text).find();
        boolean namedVictim = cue && Prefilter.matcher(NAMED_VICTIM, text).find();
        boolean definiteVictim = cue && (text.contains("died") || text.contains("killed") || text.contains("slain") || text.contains("shot dead"))
                && Prefilter.matcher(DEFINITE_VICTIM, text).find();
        if (!oneVictim && !headlineVictim && !namedVictim && !definiteVictim && !hasNumber(text)) {
            return out; // most sentences give no count: spare them the rules
        }
        if (text.contains("o one") || text.contains("ot one")) {
            text = NO_ONE.matcher(text).replaceAll("nobody"); // "No one was hurt": none, not one
        }
        String named = oneVictim ? ONE_VICTIM.matcher(text).replaceAll("1 $1") : text;
        named = definiteVictim ? DEFINITE_VICTIM.matcher(named).replaceAll("1 $1") : named;
        named = namedVictim ? NAMED_VICTIM.matcher(named).replaceAll("$1 1 $2") : named;
        String sentence = possessedGroups(numerals(hyphenatedScales(headlineVictim ? HEADLINE_VICTIM.matcher(named).replaceAll("1 $1") : named)));
        companions(sentence, out);
        for (Object[] rule : RULES) {
            if (!Prefilter.find((Pattern) rule[2], sentence) || !Prefilter.mayFind((Pattern) rule[0], sentence)) {
                continue; // the rule's own literals too (its verb and its noun): most sentences with a cue lack them
            }
            Matcher m = ((Pattern) rule[0]).matcher(sentence);
            int from = 0;
            while (from < sentence.length() && m.find(from)) {
                Integer value = number(m.group(2));
                from = m.end();
                if (value != null && m.group(1) == null && UPPER_BOUND.matcher(sentence).region(0, m.start(2)).find()) {
                    continue; // "fewer than 100 bodies have been recovered": a ceiling, no toll
                }
                if (value == null) {
                    from = m.end(2); // "killed and five others wounded": "and" is no number, look again after it
                    continue;
                }
                boolean atLeast = m.group(1) != null ? AT_LEAST.contains(m.group(1).toLowerCase(Locale.ROOT))
                        : PASSED_BEFORE.matcher(sentence).region(0, m.start(2)).find();
                String note = null;
                Matcher inc = INCLUDING_NOTE.matcher(sentence.substring(m.end()));
                if (inc.find()) {
                    note = inc.group(1).strip();
                }
                if (m.groupCount() >= 3 && m.group(3) != null && m.group(3).equals("lost")) {
                    note = "lost";
                }
                add(out, new Figure((FigureKind) rule[1], value, atLeast, note));
            }
        }
        Matcher c = Prefilter.matcher(COORDINATED, sentence);
        while (c.find()) {
            Integer value = number(c.group(2));
            if (value != null) {
                String first = c.group(1).toLowerCase(Locale.ROOT);
                FigureKind kind = first.startsWith("kidnap") || first.startsWith("abduct") ? FigureKind.KIDNAPPED
                        : first.startsWith("kill") ? FigureKind.KILLED : FigureKind.INJURED;
                add(out, new Figure(kind, value, false, null));
            }
        }
        return out;
    }

    /**
     * "fewer than", "less than" right before a count: it says how many there were not. A degree word before it
     * ("slightly less than a thousand", "just under") puts the count near the figure, an estimate like "nearly".
     */
    private static final Pattern UPPER_BOUND = Pattern.compile("(?<!\\b(?:slightly|just|a little|a bit|marginally) )"
            + "\\b(?:fewer|less) than\\s+$", Pattern.CASE_INSENSITIVE);

    /** A word of a name, with its particle: "Ali", "al-Hassani", "bin-Laden". */
    private static final String NAME_WORD = "(?:\\p{Ll}{1,3}-)?\\p{Lu}[\\p{L}-]*";
    /**
     * A count of someone's people: "at least 3 of Ali al-Hassani's bodyguards were wounded", "2 of his guards were
     * killed". The group belongs to a person, so the count is the victims' own, read as "3 bodyguards".
     */
    private static final Pattern POSSESSED_GROUP = Pattern.compile("\\b(\\d[\\d,]*) of (?:his|her|their|its|the [\\p{Ll}-]+['’]s"
            + "|(?:" + NAME_WORD + "\\s+){0,3}" + NAME_WORD + "['’]s)\\s+(?=\\p{Ll})");

    private static String possessedGroups(String sentence) {
        return sentence.contains(" of ") ? POSSESSED_GROUP.matcher(sentence).replaceAll("$1 ") : sentence;
    }

    /**
     * One victim and a count of others: "He was wounded in the blast, along with at least 30 other people" and "the
     * governor and three other people were killed" count the one too (31, 4). Not after a count of more than one
     * ("two soldiers and three other people"), which the rules read as they stand.
     */
    private static final Pattern ALONG_WITH = Pattern.compile("\\b(killed|died|dead|wounded|injured|hurt)\\b[^.;]{0,60}?,?\\s+along with\\s+"
            + BOUND + NUM + "\\s+(?:other|more)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AND_OTHERS = Pattern.compile("\\band\\s+" + BOUND + NUM + "\\s+other\\s+(?:[a-z\\-]+\\s+){0,2}?"
            + "(?:people|persons|civilians|soldiers|officers|policemen|passengers|guards|workers|members|villagers)" + AUX
            + "(killed|dead|died|wounded|injured|hurt)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Victims named one by one and a group told by its count: "Gilkey, Tammana and two Afghan soldiers were killed" is
     * four. Two names at least, or one after a lower-case word, so that a sentence's first word ("Police and two
     * soldiers ...") is not taken for a name; not after a preposition ("died in Kabul and two ... in Kandahar").
     */
    private static final Pattern NAMES_AND_COUNT = Pattern.compile("(?<!\\b(?:in|at|near|of|from|to|on|outside|and) )"
            + "(?:(?<=[\\p{Ll},] )(\\p{Lu}\\p{Ll}+)|\\b(\\p{Lu}\\p{Ll}+(?:,\\s+\\p{Lu}\\p{Ll}+)+))"
            + ",?\\s+and\\s+" + BOUND + NUM + "(?!\\s+other\\b)"
            // the group's noun, after modifiers that may be capitalised ("two Afghan soldiers")
            + "(?:\\s+(?:[\\p{L}.\\-]+\\s+){0,3}?\\p{Ll}+)?" + AUX + "(killed|dead|died|wounded|injured|hurt)\\b");
    /** A count other than one (which "a policeman" has become) shortly before. */
    private static final Pattern COUNT_BEFORE = Pattern.compile("\\b(?!1\\b)\\d[\\d,]*\\b[^.;\\d]{0,60}$");

    private void companions(String sentence, List<Figure> out) {
        if (!sentence.contains("other") && !sentence.contains("along") && !sentence.contains(" and ")) {
            return;
        }
        Matcher along = ALONG_WITH.matcher(sentence);
        while (along.find()) {
            if (!COUNT_BEFORE.matcher(sentence.substring(0, sentence.lastIndexOf("along", along.start(3)))).find()) {
                companion(out, along.group(1), along.group(2), along.group(3));
            }
        }
        Matcher names = Prefilter.matcher(NAMES_AND_COUNT, sentence); // asked of every sentence with an "and"
        while (names.find()) {
            int named = names.group(1) != null ? 1 : names.group(2).split(",").length;
            Integer n = number(names.group(4));
            if (n != null) {
                companion(out, names.group(5), names.group(3), Integer.toString(n + named - 1));
            }
        }
        Matcher and = AND_OTHERS.matcher(sentence);
        while (and.find()) {
            if (!COUNT_BEFORE.matcher(sentence.substring(0, and.start())).find()) {
                companion(out, and.group(3), and.group(1), and.group(2));
            }
        }
    }

    private void companion(List<Figure> out, String verb, String bound, String count) {
        Integer n = number(count);
        if (n != null) {
            String v = verb.toLowerCase(Locale.ROOT);
            FigureKind kind = v.equals("killed") || v.equals("died") || v.equals("dead") ? FigureKind.KILLED : FigureKind.INJURED;
            add(out, new Figure(kind, n + 1, bound != null && AT_LEAST.contains(bound.toLowerCase(Locale.ROOT)), null));
        }
    }

    /**
     * "a policeman was killed", "killed a Pakistani militant commander": one victim named by an article, up to three
     * modifiers (a demonym or a name among them) and a singular noun for a person; not the first of victims told
     * without a number ("a leader and several others").
     */
    private static final Pattern ONE_VICTIM = Pattern.compile("\\b(?:[Aa]n?|[Oo]ne)\\s+((?:(?:[a-z\\-]+|[A-Z][a-z]+)\\s+){0,3}?"
            // a Marine is capitalised in wire copy; an attacker is a victim only when the sentence says what befell him
            // ("A suspected bomber was shot and killed"), as "a gunman killed ..." tells of his victims
            + "(?:" + ONE_PERSON + "|Marine|(?:" + ONE_ATTACKER + ")(?=\\s+(?:was|has been|had been)\\s)))\\b"
            // "a senior leader and several other insurgents" gives no count
            + "(?![^.;,]{0,60}?\\b(?:and|along with)\\s+(?:several|many|some|numerous|dozens|scores|hundreds|a number)\\b)");
    /**
     * A title-case headline tells of one victim without an article: "Sudan Protester Shot Dead", "Militant Commander
     * Reportedly Killed". Only a capitalised verb counts, so running prose ("the protester killed") never does.
     */
    private static final Pattern HEADLINE_VICTIM = Pattern.compile("\\b((?:[A-Z][a-z]+\\s+){0,2}?(?:"
            + Arrays.stream(ONE_PERSON.split("\\|")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                    .collect(Collectors.joining("|"))
            + ")\\s+(?:(?:Reportedly|Was|Is)\\s+)?(?:Killed|Shot Dead|Slain|Dies))\\b"
            // passive, not "Protester Killed Grandmother": the verb ends the headline or a place or time follows
            + "(?=\\s*$|\\s*[,:;.—-]|\\s+(?:[Ii]n|[Aa]t|[Oo]n|[Nn]ear|[Aa]s|[Aa]fter|[Dd]uring|[Bb]y|[Ww]hile|[Ww]hen|[Oo]utside)\\b)");
    /**
     * A victim named after the verb: "killing prize-winning photographer Jane Roe and wounding correspondent John Doe"
     * is one killed and one wounded.
     */
    private static final Pattern NAMED_VICTIM = Pattern.compile("\\b((?:kill|wound|injur)(?:ed|ing))\\s+((?:[a-z\\-]+\\s+){0,3}?(?:"
            + ONE_PERSON + "))\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,2}\\b");
    /**
     * One victim named by "the" and the death that befell him: "the pilot was killed", "The suspect in the shooting has
     * died of a self-inflicted wound".
     */
    private static final Pattern DEFINITE_VICTIM = Pattern.compile("\\b[Tt]he\\s+((?:[a-z\\-]+\\s+){0,2}?(?:" + ONE_PERSON + "|"
            + ONE_ATTACKER + "))\\b(?=(?:\\s+[a-z]+){0,4}?\\s+(?:(?:was|has been|had been)\\s+(?:killed|shot dead|slain)|has died|died)\\b)");
    private static final Pattern ONE_VICTIM_CUE = Pattern.compile("kill|dead|died|dies|slain|wound|injur|hurt|shot|kidnap|abduct",
            Pattern.CASE_INSENSITIVE);

    /** "18-hundred", "50-thousand", "1.5-million": VOA's house style for round figures. */
    private static final Pattern HYPHENATED_SCALE = Pattern.compile("\\b(\\d{1,3}(?:\\.\\d+)?)-(hundred|thousand|million)\\b");

    private static String hyphenatedScales(String text) {
        if (text.indexOf('-') < 0) {
            return text;
        }
        Matcher m = HYPHENATED_SCALE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long scale = switch (m.group(2)) {
                case "hundred" -> 100L;
                case "thousand" -> 1_000L;
                default -> 1_000_000L;
            };
            long value = new java.math.BigDecimal(m.group(1)).multiply(java.math.BigDecimal.valueOf(scale)).longValue();
            m.appendReplacement(out, Long.toString(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The text with every spelled-out count as digits, so that one set of rules reads them all: "twenty two" and
     * "twenty-two" 22, "one hundred and fifty" 150 ("a policeman", a victim named by
     * an article, has become "1 policeman" before). Tokens are read left to right: a run of number words (with "and"
     * inside it) is one number; a multiplier (hundred, thousand, million) multiplies what came before it. "A dozen" and
     * "two dozen" become "several": the corpus's gold, like "dozens", gives them no figure.
     */
    private String numerals(String t) {
        if (!hasNumberWord(t)) {
            return t; // digits only, or no count at all: nothing to rewrite
        }
        Matcher w = WORD.matcher(t);
        StringBuilder out = new StringBuilder(t.length());
        int copied = 0;
        while (w.find()) {
            if (w.start() < copied || !isNumberWord(w.group(), t, w.end())) {
                continue;
            }
            long total = 0;
            long group = 0;
            int end = w.start();
            Matcher run = WORD.matcher(t);
            int at = w.start();
            boolean any = false;
            boolean dozen = false;
            while (run.find(at)) {
                if (!NUMBER_GAP.matcher(t.substring(at, run.start())).matches()) {
                    break;
                }
                String word = run.group().toLowerCase(Locale.ROOT);
                Integer v = word.equals("and") && any ? null : words.get(word);
                if (word.equals("and") && any) {
                    Matcher next = WORD.matcher(t);
                    if (next.find(run.end()) && t.substring(run.end(), next.start()).isBlank() && words.containsKey(next.group().toLowerCase(Locale.ROOT))
                            && !MULTIPLIERS.contains(next.group().toLowerCase(Locale.ROOT))) {
                        at = run.end();
                        continue; // "one hundred and fifty"
                    }
                    break;
                }
                if (v == null || (word.equals("a") || word.equals("an")) && any || (word.equals("a") || word.equals("an"))
                        && !nextIsMultiplier(t, run.end())) {
                    break;
                }
                if (word.equals("dozen")) {
                    dozen = true; // "a dozen", "two dozen": a round guess the gold counts no figure, as "dozens"
                    end = run.end();
                    break;
                }
                if (MULTIPLIERS.contains(word)) {
                    group = Math.max(group, 1) * v;
                    if (v >= 1000) {
                        total += group;
                        group = 0;
                    }
                } else if (group % 10 == 0 && v < 10 && group % 100 != 0 || group == 0 || group % 100 == 0 && v < 100) {
                    group += v; // "twenty two", "hundred five"
                } else {
                    break; // "five six" is no number
                }
                any = true;
                end = run.end();
                at = run.end();
            }
            if (dozen) {
                out.append(t, copied, w.start()).append("several");
                copied = end;
                continue;
            }
            if (!any) {
                continue;
            }
            out.append(t, copied, w.start()).append(total + group);
            copied = end;
        }
        return copied == 0 ? t : out.append(t.substring(copied)).toString();
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Set<String> MULTIPLIERS = Set.of("dozen", "hundred", "thousand", "million");

    private boolean isNumberWord(String word, String text, int end) {
        String w = word.toLowerCase(Locale.ROOT);
        return words.containsKey(w) && (!(w.equals("a") || w.equals("an")) || nextIsMultiplier(text, end));
    }

    private static boolean nextIsMultiplier(String text, int from) {
        Matcher next = WORD.matcher(text);
        return next.find(from) && text.substring(from, next.start()).isBlank() && MULTIPLIERS.contains(next.group().toLowerCase(Locale.ROOT));
    }

    /** Whether the text has a number word other than an article ("twelve", "dozen"). */
    private boolean hasNumberWord(String text) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                int len = i - start;
                if (len > 2 && len < 10 && words.containsKey(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    /** Whether the text has a digit or a number word ("Twelve", "twenty-two"). */
    private boolean hasNumber(String text) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isDigit(c)) {
                return true;
            }
            boolean wordChar = Character.isLetter(c) || c == '-' && start >= 0;
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                if (number(text.substring(start, i)) != null) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    private static void add(List<Figure> out, Figure f) {
        for (int i = 0; i < out.size(); i++) {
            Figure o = out.get(i);
            if (o.kind() == f.kind() && (o.value() == f.value() || f.kind() != FigureKind.INTERCEPTED)) {
                if (o.value() == f.value() && (f.atLeast() && !o.atLeast() || f.note() != null && o.note() == null)) {
                    out.set(i, new Figure(f.kind(), f.value(), f.atLeast() || o.atLeast(), f.note() != null ? f.note() : o.note()));
                }
                return;
            }
        }
        out.add(f);
    }

    /** "206", "1,200", "three", "Nine", "twenty-two", "one" -> value; null when not a number. */
    Integer number(String s) {
        if (s == null) {
            return null;
        }
        String t = s.toLowerCase(Locale.ROOT).replace(",", "");
        if (!t.isEmpty() && Character.isDigit(t.charAt(0)) && DIGITS.matcher(t).matches()) { // words mostly: no matcher
            try {
                return Integer.parseInt(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        int total = 0;
        for (String part : t.split("-")) {
            Integer v = words.get(part);
            if (v == null || part.equals("a") || part.equals("an")) {
                return null;
            }
            total += v;
        }
        return total;
    }

    /** "206 drones, 2 ballistic and 7 other missiles", "40 drones, one missile and four bombs". */
    List<Munition> munitions(String sentence) {
        List<Munition> out = new ArrayList<>();
        Matcher m = COUNTED_NOUN.matcher(sentence);
        int from = 0;
        while (from < sentence.length() && m.find(from)) {
            Integer n = number(m.group(1));
            String mod = m.group(2).strip();
            String head = m.group(3);
            from = m.start() + m.group(1).length();
            if (n == null) {
                continue;
            }
            String weapon = lex.weapons.get(head);
            String modWeapon = mod.isEmpty() ? null : lex.weapons.get(mod + " " + head);
            if (modWeapon == null && !mod.isEmpty() && lex.weapons.containsKey(mod)) {
                out.add(new Munition(lex.weapons.get(mod), n));
                from = m.start(3);
            } else if (modWeapon != null) {
                out.add(new Munition(modWeapon, n));
                from = m.end();
            } else if (weapon != null && (mod.isEmpty() || mod.equals("other") || mod.equals("more"))) {
                out.add(new Munition(weapon, n));
                from = m.end();
            } else if (weapon != null && lex.weaponModifiers.contains(mod)) {
                out.add(new Munition(mod + " " + weapon, n));
                from = m.end();
            } else if (lex.weaponModifiers.contains(mod.isEmpty() ? head : mod)) {
                // "2 ballistic and 7 other missiles": the modifier borrows the next weapon noun.
                String modifier = mod.isEmpty() ? head : mod;
                String rest = sentence.substring(m.end(2) + m.start(2) - m.start(2));
                String[] ws = rest.split("[^a-z\\-]+");
                for (int k = 0; k < ws.length && k < 6; k++) {
                    String w = lex.weapons.get(ws[k]);
                    if (w != null) {
                        out.add(new Munition(modifier + " " + w, n));
                        break;
                    }
                }
            }
        }
        return out;
    }
}
