package dev.newsgraph.extract;

import dev.newsgraph.domain.PlaceKind;
import dev.newsgraph.draft.RoleInput;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * People: capitalised two-to-four-word names with the evidence wire copy gives for them, a title before the name
 * ("NATO Secretary General Mark Rutte", "Kharkiv governor Oleh Syniehubov"), an apposition ("the city mayor, Ihor
 * Terekhov,"), or a reporting verb ("Naveed Alam said"); roles come from the title and its modifiers. Photographers
 * come from photo credits ("EPA/SHAHZAIB AKBER").
 */
final class PeopleExtractor {

    private static final Set<String> PARTICLES = Set.of("al", "bin", "ibn", "van", "von", "de", "da", "der", "la", "le", "el", "abu",
            "di", "du", "del", "della", "dos", "das", "ben", "bint", "ould", "wa", "ter", "den", "zu");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
    /** The place nouns of administrative units ("State", "Province", "County"), which no person's name holds inside it. */
    private static final Set<PlaceKind> ADMINISTRATIVE_KINDS = Set.of(PlaceKind.PROVINCE, PlaceKind.DISTRICT);
    /** Words a person's bare name does not follow; with a title before it ("the late President X") it still can. */
    private static final Set<String> NOT_BEFORE_A_NAME = Set.of("the", "a", "an", "in", "at", "near", "into", "outside",
            "inside", "across", "toward", "towards", "around", "village", "town", "district", "province");
    private static final Set<String> CREDIT_NOISE = Set.of("pool", "handout", "file", "file photo", "via reuters");
    private static final Pattern ARABIC_ARTICLE =
            Pattern.compile("(?:al|el|ad|ar|as|ash|at|az|ibn|bin|abu)-\\p{Lu}[\\p{L}'’-]+");
    private static final Set<String> NAME_SUFFIXES = Set.of("Jr", "Sr");
    private static final Pattern PRONOUN_CONTRACTION =
            Pattern.compile("(?:I|We|You|They|He|She|It|That|There|Here|What|Who|Let)['’](?:m|re|ve|ll|d|s)");
    /** "El Nino-induced", "Kremlin-backed": an adjective, not a name ("Ban Ki-moon" keeps his). */
    private static final Pattern LOWER_AFFIX = Pattern.compile(
            ".+-(?:induced|linked|backed|led|based|run|controlled|affiliated|allied|aligned|born|style|like|related|inspired"
                    + "|made|owned|funded|era|hit|ravaged|torn|held|occupied|dominated|friendly|speaking|bound|wide)");

    /**
     * Definite articles of other languages: they open names of newspapers, bands and gangs, not a person's full name.
     * "Le" is left out: it is also a common Vietnamese family name ("Le Thi Hoa").
     */
    private static final Set<String> FOREIGN_ARTICLES = Set.of("El", "La", "Los", "Las", "Il", "Les", "Die", "Der", "Das");

    /** Faiths and sects written before a group or people (no first names among them: "Christian" is one). */
    private static final Set<String> FAITHS = Set.of("Shi'ite", "Shi’ite", "Shiite", "Shia", "Shi'a", "Sunni", "Alawite",
            "Druze", "Yazidi", "Coptic", "Catholic", "Protestant", "Orthodox", "Evangelical", "Hindu", "Sikh", "Buddhist",
            "Jewish", "Islamist", "Jihadist", "Salafist", "Salafi", "Wahhabi");
    /**
     * Peoples and communities written after a demonym or place ("Bosnian Croats", "Rohingya Muslims", "Sri Lankan
     * Tamils"); no first names among them ("Christian" is one).
     */
    private static final Set<String> PEOPLES = Set.of("Serb", "Serbs", "Croat", "Croats", "Bosniak", "Bosniaks", "Muslim",
            "Muslims", "Christians", "Jews", "Arab", "Arabs", "Kurd", "Kurds", "Albanians", "Tamils", "Sinhalese", "Uighurs",
            "Uyghurs", "Pashtuns", "Hazaras", "Tajiks", "Uzbeks", "Turkmens", "Baloch", "Balochs", "Cypriot", "Cypriots",
            "Tutsis", "Hutus", "Tuaregs", "Berbers", "Copts", "Yazidis", "Alawites", "Sunnis", "Shiites", "Rohingya");
    /**
     * The members of parties and movements: they end a body's name ("Sweden Democrats") but before a person's name they
     * say what the people are ("Democrats Chris Murphy and ..., and Republicans John Cornyn and ...").
     */
    private static final Set<String> MEMBERS = Set.of("Republicans", "Democrats", "Conservatives", "Liberals", "Socialists",
            "Communists", "Islamists", "Maoists", "Loyalists", "Separatists", "Nationalists");
    /**
     * The fields of an office, which end a title written in full ("Minister for Health", "Commissioner for the Internal
     * Market and Services", "Secretary of State for Justice") and so stand just before the name; no given names.
     */
    private static final Set<String> PORTFOLIOS = Set.of("Justice", "Services", "Affairs", "Defence", "Defense", "Health",
            "Education", "Finance", "Trade", "Industry", "Energy", "Environment", "Interior", "Transport", "Agriculture",
            "Security", "Labour", "Labor", "Employment", "Housing", "Development", "Culture", "Tourism", "Communications",
            "Fisheries", "Immigration", "Enlargement", "Competition", "Treasury");
    /**
     * Adjectives of peoples and languages with no country of their own to make them demonyms: they open the names of
     * groups and things ("the Tamil Tigers", "Tamil Tiger rebels", "the Aboriginal Flag", "the Kurdish Workers' Party").
     */
    private static final Set<String> ETHNIC = Set.of("Tamil", "Sinhala", "Kurdish", "Pashtun", "Hazara", "Uighur", "Uyghur",
            "Tuareg", "Fulani", "Hausa", "Yoruba", "Igbo", "Zulu", "Xhosa", "Berber", "Bedouin", "Aboriginal", "Maori", "Māori",
            "Kachin", "Rakhine", "Oromo", "Amhara", "Tigrayan", "Basque", "Catalan", "Chechen", "Dagestani");
    /** Capitalised function words that a person's name never holds, while names of bodies do. */
    private static final Set<String> NOT_IN_NAMES = Set.of("Against", "Without", "For", "Of", "And", "With", "Under", "Into");

    private final Lexicons lex = Lexicons.get();
    private final Gazetteer gaz = Gazetteer.get();
    /** Names that open a sentence with nothing else to show they are a person's. */
    private final List<Span> openingNames = new ArrayList<>();
    /** Runs opened by a common word ("the Dutch Safety Board"), with nothing else to show they are a person's. */
    private final List<Span> commonOpenedNames = new ArrayList<>();

    private record Span(ArticleContext.Sentence s, int i, int j) {
    }

    /**
     * Whether the last word of a name that opened a sentence, or its first ("Xi said" after "Xi Jinping": a name written
     * family name first), stands alone elsewhere in the body ("Putin placed his hand"): wire copy names a person in full
     * once and by surname after.
     */
    private boolean surnameRecurs(ArticleContext ctx, Span name) {
        return recursAlone(ctx, name, name.j) || recursAlone(ctx, name, name.i);
    }

    private boolean recursAlone(ArticleContext ctx, Span name, int word) {
        String surname = name.s.tokens.get(word).bare();
        for (ArticleContext.Sentence s : ctx.sentences) {
            if (headlineLike(s)) {
                continue;
            }
            List<Tokens.Token> t = s.tokens;
            for (int k = 0; k < t.size(); k++) {
                if (s == name.s && k >= name.i && k <= name.j || !t.get(k).bare().equals(surname)
                        || s.isClaimed(t.get(k).start(), t.get(k).end()) && !speaksAsAPlace(ctx, s, k)) {
                    continue;
                }
                boolean alone = (k == 0 || !t.get(k - 1).capitalized()) && (k + 1 == t.size() || !t.get(k + 1).capitalized());
                if (alone) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Roland Peterson stood near the tires", "Jane Doe with the Traders Union says": a name that opens its sentence and
     * is the subject of the verb after it, or is placed in a body that then speaks; the tagger reads the word after it
     * as a verb. A place or body would be claimed by now, so what is left with a verb of its own is a person.
     */
    private static boolean actsAtTheOpening(Span d) {
        List<Tokens.Token> t = d.s.tokens;
        int next = d.j + 1;
        if (next + 2 < t.size() && t.get(next).text().equals("with") && t.get(next + 1).text().equals("the")
                && t.get(next + 2).capitalized()) {
            return true; // an affiliation: someone "with the" body they belong to
        }
        if (next >= t.size() || t.get(next).capitalized() || !Character.isLetter(t.get(next).text().charAt(0))) {
            return false;
        }
        String tag = d.s.tag(next);
        return tag.startsWith("VERB") || tag.startsWith("AUX");
    }

    /**
     * Whether the copy writes the name elsewhere as a place ("the assault in Khawaja Omari", "Tchoma Bangou village"): after
     * a preposition of place or before a place noun, which is how a town no gazetteer has shows itself.
     */
    private boolean placedElsewhere(ArticleContext ctx, String name) {
        for (ArticleContext.Sentence s : ctx.sentences) {
            for (int at = s.text.indexOf(name); at >= 0; at = s.text.indexOf(name, at + 1)) {
                List<Tokens.Token> t = s.tokens;
                for (int k = 0; k < t.size(); k++) {
                    if (t.get(k).start() != at) {
                        continue;
                    }
                    int last = k + Text.SPACES.split(name).length - 1;
                    if (k > 0 && NOT_BEFORE_A_NAME.contains(t.get(k - 1).lower())
                            || last + 1 < t.size() && !t.get(last + 1).capitalized() && lex.placeNouns.containsKey(t.get(last + 1).lower())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "Zamora told journalists": a surname that some gazetteer has as a town, claimed as a place, yet followed by a
     * reporting verb as only a person is.
     */
    private boolean speaksAsAPlace(ArticleContext ctx, ArticleContext.Sentence s, int k) {
        List<Tokens.Token> t = s.tokens;
        return k + 1 < t.size() && lex.reportingVerbs.contains(t.get(k + 1).lower()) && ctx.entities.findPlace(t.get(k).bare()) != null;
    }

    void extract(ArticleContext ctx) {
        for (RawArticle.RawCaption c : ctx.raw.captions()) {
            photographer(ctx, c);
        }
        for (ArticleContext.Sentence s : ctx.sentences) {
            names(ctx, s);
        }
        for (Span d : openingNames) {
            String name = Text.stripPossessive(d.s.span(d.i, d.j));
            if (surnameRecurs(ctx, d) || actsAtTheOpening(d) && ctx.entities.findPlace(name) == null && !placedElsewhere(ctx, name)) {
                ctx.entities.person(name);
                d.s.claim(d.s.tokens.get(d.i).start(), d.s.tokens.get(d.j).end());
            }
        }
        for (Span d : commonOpenedNames) {
            if (recursAlone(ctx, d, d.j)) {
                ctx.entities.person(Text.stripPossessive(d.s.span(d.i, d.j))); // "Alpha Conde ... Conde said"
                d.s.claim(d.s.tokens.get(d.i).start(), d.s.tokens.get(d.j).end());
            }
        }
        // "President Obama", "Chancellor Scholz": a title and one name word name a person the text gives no full name.
        for (ArticleContext.Sentence s : ctx.sentences) {
            surnameAfterTitle(ctx, s);
        }
        // Second pass: surnames alone and other later references to people now known.
        for (ArticleContext.Sentence s : ctx.sentences) {
            for (Tokens.Token tok : s.tokens) {
                if (!tok.capitalized() || s.isClaimed(tok.start(), tok.end())) {
                    continue;
                }
                Entities.Person p = ctx.entities.findPerson(tok.bare());
                if (p != null && !tok.bare().equals(p.name)) {
                    p.aliases.add(tok.bare());
                    s.claim(tok.start(), tok.end());
                }
            }
        }
    }

    private void surnameAfterTitle(ArticleContext ctx, ArticleContext.Sentence s) {
        List<Tokens.Token> t = s.tokens;
        if (s.section == ArticleContext.Section.HEADLINE) {
            return;
        }
        for (int k = 0; k < t.size(); k++) {
            // cheapest tests first: this runs for every word of the article
            if (!t.get(k).capitalized() || k + 1 < t.size() && t.get(k + 1).capitalized()) {
                continue;
            }
            boolean ends = k + 1 < t.size() && t.get(k + 1).text().equals(".");
            boolean evidence = oneNameInApposition(s, k) || k > 0 && (lowerTitleBefore(s, k) || namedAs(s, k)
                    || !ends && honorificBefore(t, k) >= 0 || t.get(k - 1).capitalized() && !Text.isPossessive(t.get(k - 1).text())
                    && (lex.titles.containsKey(t.get(k - 1).lower()) || titleEndsAt(s, k - 1)));
            if (!evidence || !nameWord(s, k)) {
                continue;
            }
            String name = Text.stripPossessive(t.get(k).text());
            if (name.endsWith("s") && ctx.entities.findPerson(name.substring(0, name.length() - 1)) != null) {
                continue; // "Prime Minister Vajpayees coalition": a possessive that lost its apostrophe
            }
            if (ctx.entities.findPerson(name) == null && ctx.entities.resolve(name) == null) {
                accept(ctx, s, k, k, false);
                Entities.Person p = ctx.entities.findPerson(name);
                int honorific = k > 0 ? honorificBefore(t, k) : -1;
                if (p != null && honorific >= 0) {
                    p.aliases.add(s.text.substring(t.get(honorific).start(), t.get(k).end())); // "Mr. Sayyad", as the copy has it
                }
            }
        }
    }

    /**
     * "including senior rebel leader Thamilendi.", "said local commander Rasulov, who ...": a title in lower case, then
     * one word no gazetteer knows, closing the clause; people known by one name are written so.
     */
    private boolean lowerTitleBefore(ArticleContext.Sentence s, int k) {
        List<Tokens.Token> t = s.tokens;
        Tokens.Token before = t.get(k - 1);
        if (before.capitalized() || !lex.titles.containsKey(before.lower()) && !titleEndsAt(s, k - 1)
                || !gaz.lookup(t.get(k).bare()).isEmpty()) {
            return false;
        }
        String next = k + 1 < t.size() ? t.get(k + 1).text() : ".";
        return CLAUSE_ENDS.contains(next) || lex.reportingVerbs.contains(next.toLowerCase(Locale.ROOT));
    }

    /**
     * "a young man named Abdisalan", "a man called Zahid", "the second suspect, identified as Kamal,": a person's noun,
     * then "named", "called" or "identified as" and one word no gazetteer knows.
     */
    private boolean namedAs(ArticleContext.Sentence s, int k) {
        List<Tokens.Token> t = s.tokens;
        int verb = k >= 2 && t.get(k - 1).text().equals("as") && t.get(k - 2).lower().equals("identified") ? k - 2
                : t.get(k - 1).lower().equals("named") || t.get(k - 1).lower().equals("called") ? k - 1 : -1;
        if (verb < 1 || !gaz.lookup(t.get(k).bare()).isEmpty()) {
            return false;
        }
        for (int n = verb - 1; n >= 0 && n >= verb - 2; n--) {
            String noun = t.get(n).lower();
            if (PERSON_NOUNS.contains(noun) || lex.titles.containsKey(noun)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "said Marthe, who fled ...", "Lanan, a spokesperson for the rebels, confirmed", "Amara, 34, said", "One of them,
     * Kodjo, spoke", "a shopkeeper, Tunde, said": one word set off by commas and described as a person after it (who, an
     * age, a title; a title only for a word no gazetteer knows) or standing for a person named before it (a title, an
     * agent noun, "them"). People quoted by their first name only are introduced so; a town is never "who".
     */
    private boolean oneNameInApposition(ArticleContext.Sentence s, int k) {
        List<Tokens.Token> t = s.tokens;
        if (k + 2 >= t.size() || !t.get(k + 1).text().equals(",") || k > 0 && NOT_BEFORE_A_NAME.contains(t.get(k - 1).lower())) {
            return false;
        }
        String next = t.get(k + 2).lower();
        if (next.equals("who")
                || next.length() <= 2 && next.chars().allMatch(Character::isDigit) && k + 3 < t.size() && t.get(k + 3).text().equals(",")) {
            return true;
        }
        if (DETERMINERS.contains(next) && gaz.lookup(t.get(k).bare()).isEmpty()) {
            // a place no gazetteer knows is described so too ("Tezirzayt, a village"), but never by a person's title
            for (int n = k + 3; n < t.size() && n <= k + 6 && !t.get(n).capitalized() && Character.isLetter(t.get(n).text().charAt(0)); n++) {
                if ((lex.titles.containsKey(t.get(n).lower()) || PERSON_NOUNS.contains(t.get(n).lower())) && s.tag(n).startsWith("NOUN")) {
                    return true; // the noun, not an adjective ("Kaya, a major town")
                }
            }
            return false;
        }
        return k >= 2 && t.get(k - 1).text().equals(",") && standsForAPerson(s, k - 2);
    }

    /** "them", a title or a person's noun ("resident", "woman"), or an agent noun ("hairdresser", "trader"): who a name may stand for. */
    private boolean standsForAPerson(ArticleContext.Sentence s, int n) {
        String w = s.tokens.get(n).lower();
        if (s.tokens.get(n).capitalized() || !s.tag(n).startsWith("NOUN") && !w.equals("them")) {
            return false;
        }
        return w.equals("them") || lex.titles.containsKey(w) || PERSON_NOUNS.contains(w) || AGENT_NOUN.matcher(w).matches();
    }

    /** A noun of someone who does something: "hairdresser", "trader", "activist", "musician". */
    private static final Pattern AGENT_NOUN = Pattern.compile("\\p{Ll}{3,}(?:er|or|ist|ian)");

    /** Nouns of a person, before "named X": no place, body or thing is called so. */
    private static final Set<String> PERSON_NOUNS = Set.of("man", "woman", "boy", "girl", "teenager", "youth", "child", "baby",
            "person", "bomber", "suspect", "attacker", "gunman", "victim", "soldier", "policeman", "son", "daughter", "brother",
            "sister", "wife", "husband", "father", "mother", "student", "driver", "pilot", "worker", "citizen", "national");

    private static final Set<String> CLAUSE_ENDS = Set.of(".", ",", ";", ":", ")");

    /** Courtesy titles before a surname ("Mr. Sayyad", "Dr Haddad"): a person however little else the copy says. */
    private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof");

    /** Where a courtesy title stands just before the word at k, with or without its dot ("Mr Sayyad", "Mrs. Okafor"); -1 if none. */
    private static int honorificBefore(List<Tokens.Token> t, int k) {
        int at = t.get(k - 1).text().equals(".") ? k - 2 : k - 1;
        return at >= 0 && HONORIFICS.contains(t.get(at).text()) ? at : -1;
    }

    private void photographer(ArticleContext ctx, RawArticle.RawCaption c) {
        if (c.credit() == null || !c.credit().contains("/")) {
            return;
        }
        String[] parts = c.credit().split("/");
        int last = parts.length - 1;
        while (last > 1 && CREDIT_NOISE.contains(parts[last].strip().toLowerCase(Locale.ROOT))) {
            last--; // "REUTERS/Jane Doe/Pool"
        }
        String name = parts[last].strip();
        int words = Text.SPACES.split(name).length;
        if (words < 2 || words > 4) {
            return;
        }
        Entities.Person p = ctx.entities.person(Text.titleCase(name));
        if (!name.equals(p.name)) {
            p.aliases.add(name);
        }
        Entities.Org agency = ctx.entities.findOrg(parts[0].strip());
        p.addRole(new RoleInput("photographer", agency == null ? null : agency.name, null, null));
    }

    private void names(ArticleContext ctx, ArticleContext.Sentence s) {
        List<Tokens.Token> t = s.tokens;
        int i = 0;
        int afterOpener = -1;
        while (i < t.size()) {
            if (t.get(i).lower().equals("pronounced") && i > 0 && (t.get(i - 1).text().equals("(") || t.get(i - 1).text().equals("["))) {
                i = closingBracket(t, i); // "Tupou (Pronounced Too-pow)": how to say the name, not another name
                continue;
            }
            boolean initial = isInitial(s, i) && i + 2 < t.size() && nameWord(s, i + 2);
            boolean initials = !initial && joinedInitials(s, i) && i + 1 < t.size() && nameWord(s, i + 1);
            if (!nameWord(s, i) && !initial && !initials) {
                i++;
                continue;
            }
            int j = initial ? i + 2 : initials ? i + 1 : i;
            int words = initials ? 2 : 1; // "A.K. Mehta": the initials stand for the given names
            while (j + 1 < t.size() && !Text.isPossessive(t.get(j).text())) {
                int k = j + 1;
                while (k < t.size() && PARTICLES.contains(t.get(k).text())) {
                    k++; // "Ursula von der Leyen", "Luiz Inacio Lula da Silva"
                }
                if (k < t.size() && nameWord(s, k)) {
                    j = k;
                } else if (k == j + 1 && isInitial(s, k) && k + 2 < t.size() && nameWord(s, k + 2)) {
                    j = k + 2; // "John F. Kennedy"
                } else if (k == j + 1 && cityWord(s, k) && k + 1 < t.size() && nameWord(s, k + 1)) {
                    j = k + 1; // "Abdifatah Aden Hassan": a town's name inside a person's name
                } else if (k == j + 1 && words == 1 && surnameLikeACity(s, i, k)) {
                    j = k; // "Defense Secretary Lloyd Austin": a title and a given name before a big city's name
                } else {
                    break;
                }
                words++;
            }
            if (i == 0 && !initial && words >= 2 && !describedAfter(s, j) && !opensWithProperNoun(s)) {
                // a capitalised common word opening the sentence: a noun names the role of the person after it
                // ("Survivors Amani Bisimwa and ..."); after any other word ("Black Lives Matter", "Local Defence Unit")
                // the rest opens the sentence in its place and needs the evidence an opening name needs
                i++;
                afterOpener = s.tag(0).startsWith("NOUN") ? -1 : i;
                continue;
            }
            for (int k = j - 2; k >= i; k--) {
                if (PORTFOLIOS.contains(t.get(k).text())) {
                    words -= k + 1 - i; // "Secretary of State for Justice Jack Straw", "Minister for Social Services X"
                    i = k + 1;
                    break;
                }
            }
            if (j - i >= 3 && gaz.byDemonym(s.span(i, i + 1)) != null) {
                i += 2; // "New Zealander Olaf Wiig", "Sri Lankan Ravi Perera": a demonym of two words says who the person is
                words -= 2;
            }
            int titled = titleFrom(s, i, j);
            for (int k = i + 1; k < j - 1 && titled == i; k++) {
                if (titleFrom(s, k, j) > k) {
                    titled = titleFrom(s, k, j); // "Marion County Sheriff Tom Keller": the office of a place inside the run
                }
            }
            if (titled > i) {
                words -= titled - i; // "Deputy Press Secretary Gordon Trowbridge": a title of several words opens the run
                i = titled;
            }
            while (i < j && (titleEndsAt(s, i) || isInitial(s, i) && !initial)) {
                i++; // "Secretary of State Antony Blinken": "State" closes a title
                words--;
            }
            for (int k = j - 2; k > i; k--) {
                PlaceKind unit = lex.placeNouns.get(t.get(k).lower());
                if (unit != null && ADMINISTRATIVE_KINDS.contains(unit)) {
                    words -= k + 1 - i; // "Interior Minister for Morelos State Pablo Ojeda": the name follows the place
                    i = k + 1;
                    break;
                }
            }
            if (words >= 2 && words <= 5) {
                accept(ctx, s, i, j, i == afterOpener);
            } else if (words > 5) {
                accept(ctx, s, j - 1, j, false); // a long run: the name is at its end, after titles we did not know
            }
            i = j + 1;
        }
    }

    /** The token after the bracket that closes the aside at k, or after k when nothing closes it near. */
    private static int closingBracket(List<Tokens.Token> t, int k) {
        for (int n = k + 1; n < t.size() && n <= k + 8; n++) {
            if (t.get(n).text().equals(")") || t.get(n).text().equals("]")) {
                return n + 1;
            }
        }
        return k + 1;
    }

    /**
     * "Al-Aqsa Martyrs Hospital", "Zenda Jan district", "the province of Negros Occidental": a capitalised run that ends
     * in a place noun, is followed by one, or follows "X of", names a place or facility, not a person.
     */
    private boolean namesAPlace(ArticleContext.Sentence s, int i, int j) {
        List<Tokens.Token> t = s.tokens;
        if (lex.placeNouns.containsKey(t.get(j).lower())) {
            return true;
        }
        if (j + 1 < t.size() && t.get(j + 1).capitalized() && (lex.thingHeads.contains(t.get(j + 1).bare())
                || lex.orgCues.containsKey(t.get(j + 1).bare()))) {
            return true; // "Regional Humanitarian Appeal", "Jaffar Express", "Mari Petroleum"
        }
        if (j + 1 < t.size() && !t.get(j + 1).capitalized() && lex.placeNouns.containsKey(t.get(j + 1).lower())) {
            return true;
        }
        return i >= 2 && t.get(i - 1).text().equals("of") && lex.placeNouns.get(t.get(i - 2).lower()) != null;
    }

    /**
     * Whether the run at i closes a longer name: after "Capitalised of" ("the Government of National Unity"), where no
     * title stands before "of"; after the word that opens a named thing ("Operation Tidal Shield"); or after a prefix in
     * capitals that is no known body or place ("the KM Lestari Maju", "the USS Carl Vinson": a vessel); the places and
     * bodies such a prefix could be are claimed by now.
     */
    private boolean endsAName(ArticleContext.Sentence s, int i) {
        List<Tokens.Token> t = s.tokens;
        if (i >= 1 && (isBarePrefix(s, i - 1) || t.get(i - 1).capitalized() && lex.thingHeads.contains(t.get(i - 1).bare())
                && !MEMBERS.contains(t.get(i - 1).bare()))) {
            return true;
        }
        if (i >= 2 && (t.get(i - 1).text().equals("on") || t.get(i - 1).text().equals("for")) && t.get(i - 2).capitalized()
                && lex.thingHeads.contains(t.get(i - 2).bare())) {
            return true; // "the African Charter on Human Rights", "the Campaign for Nuclear Disarmament"
        }
        // "the Government of National Unity", "the Americas Partnership for Economic Prosperity"
        return i >= 2 && (t.get(i - 1).text().equals("of") || t.get(i - 1).text().equals("for")) && t.get(i - 2).capitalized()
                && !lex.titles.containsKey(t.get(i - 2).lower()) && !titleEndsAt(s, i - 2);
    }

    private boolean isBarePrefix(ArticleContext.Sentence s, int k) {
        Tokens.Token tok = s.tokens.get(k);
        String text = tok.text();
        return text.length() >= 2 && text.length() <= 4 && text.chars().allMatch(Character::isUpperCase)
                && !s.isClaimed(tok.start(), tok.end()) && lex.org(text) == null
                && !lex.titles.containsKey(tok.lower());
    }

    /** "A.K." in "A.K. Mehta", "C.Q." in "C.Q. Brown": initials joined by dots, no country's or body's abbreviation. */
    private boolean joinedInitials(ArticleContext.Sentence s, int k) {
        Tokens.Token tok = s.tokens.get(k);
        return tok.text().length() <= 6 && joinedCapitals(tok.text()) && !s.isClaimed(tok.start(), tok.end())
                && gaz.lookup(tok.text()).isEmpty() && lex.org(tok.text()) == null && !lex.stopCaps.contains(tok.text());
    }

    /** Two or three capitals each followed by a dot, "(?:\\p{Lu}\\.){2,3}" read by hand: every token asks, a matcher each was dear. */
    static boolean joinedCapitals(String w) {
        int initials = 0;
        for (int i = 0; i < w.length(); initials++) {
            int c = w.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) != Character.UPPERCASE_LETTER || i >= w.length() || w.charAt(i) != '.') {
                return false;
            }
            i++;
        }
        return initials >= 2 && initials <= 3;
    }

    /** "N." in "N. Biren Singh". */
    private static boolean isInitial(ArticleContext.Sentence s, int k) {
        List<Tokens.Token> t = s.tokens;
        return k + 1 < t.size() && t.get(k).text().length() == 1 && Character.isUpperCase(t.get(k).text().charAt(0))
                && t.get(k + 1).text().equals(".") && !s.isClaimed(t.get(k).start(), t.get(k).end());
    }

    /** A capitalised word that is only a town or province in the gazetteer, not a country or any other kind. */
    private boolean cityWord(ArticleContext.Sentence s, int k) {
        Tokens.Token tok = s.tokens.get(k);
        List<Gazetteer.Entry> entries = gaz.lookup(tok.bare());
        return tok.capitalized() && !Text.isPossessive(tok.text()) && !s.isClaimed(tok.start(), tok.end())
                && !entries.isEmpty()
                && entries.stream().allMatch(e -> e.kind() == PlaceKind.CITY || e.kind() == PlaceKind.PROVINCE);
    }

    /**
     * Whether the capitalised word at k, which only cities are called, is the surname of a person whose given name
     * opens at i after a title: "Defense Secretary Lloyd Austin", "Governor Anne Houston said"; no capitalised word follows.
     */
    private boolean surnameLikeACity(ArticleContext.Sentence s, int i, int k) {
        List<Tokens.Token> t = s.tokens;
        if (i == 0 || !t.get(k).capitalized() || k + 1 < t.size() && t.get(k + 1).capitalized()
                || s.isClaimed(t.get(k).start(), t.get(k).end()) || !lex.titles.containsKey(t.get(i - 1).lower()) && !titleEndsAt(s, i - 1)) {
            return false;
        }
        List<Gazetteer.Entry> entries = gaz.lookup(t.get(k).bare());
        return !entries.isEmpty() && entries.stream().allMatch(e -> e.kind() == PlaceKind.CITY);
    }

    /** The token after the longest title that starts at i and ends before j, or i when none does. */
    private int titleFrom(ArticleContext.Sentence s, int i, int j) {
        for (int end = Math.min(j - 1, i + lex.maxTitleWords - 1); end > i; end--) {
            if (lex.titles.containsKey(s.span(i, end).toLowerCase(Locale.ROOT))) {
                return end + 1;
            }
        }
        return i;
    }

    /** True when a title of several words ends at token k ("Secretary of State"). */
    private boolean titleEndsAt(ArticleContext.Sentence s, int k) {
        for (int from = Math.max(0, k - lex.maxTitleWords + 1); from < k; from++) {
            if (lex.titles.containsKey(s.span(from, k).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word that can be part of a person's name: no title, place, organization or function word. */
    private boolean nameWord(ArticleContext.Sentence s, int k) {
        Tokens.Token tok = s.tokens.get(k);
        String bare = tok.bare();
        // "al-Assad", "el-Sisi"; the hyphen test spares the matcher for the other words
        boolean article = bare.indexOf('-') >= 2 && Prefilter.matcher(ARABIC_ARTICLE, bare).matches();
        if (!(tok.capitalized() || article) || bare.length() < 2 || s.isClaimed(tok.start(), tok.end())) {
            return false;
        }
        if (!Character.isLetter(bare.charAt(0)) || Character.UnicodeScript.of(bare.codePointAt(0)) != Character.UnicodeScript.LATIN
                || bare.equals(bare.toUpperCase(Locale.ROOT))
                || bare.indexOf('-') > 0 && LOWER_AFFIX.matcher(bare).matches()) {
            return false; // "El Nino-induced", "Kremlin-backed", "al-Qaida-linked": an adjective
        }
        if (FAITHS.contains(bare) || PEOPLES.contains(bare) || ETHNIC.contains(bare)) {
            return false; // "Shi'ite Houthi rebels", "Sunni Awakening fighters": a faith or sect, like a demonym, opens no name
        }
        if (PRONOUN_CONTRACTION.matcher(bare).matches()) {
            return false; // "I'm", "We're": a pronoun, however capitalised
        }
        if (NOT_IN_NAMES.contains(bare)) {
            return false; // "Action Against Hunger", "Doctors Without Borders": a preposition inside makes it no person
        }
        if (lex.stopCaps.contains(bare) || lex.thingHeads.contains(bare) || lex.titles.containsKey(bare.toLowerCase(Locale.ROOT))
                || lex.orgCues.containsKey(bare) || gaz.byDemonym(bare) != null || pluralDemonym(bare) || lex.org(bare) != null
                || lex.numberWords.containsKey(bare.toLowerCase(Locale.ROOT))) {
            return false; // a number word names a stage or a group ("the Super Eight"), never a person
        }
        for (Gazetteer.Entry e : gaz.lookup(bare)) {
            // Provinces are left out: many share a name with people ("Vladimir Oblast"); claimed places are skipped anyway.
            if (e.kind() != PlaceKind.CITY && e.kind() != PlaceKind.PROVINCE || e.population() > 500_000) {
                return false;
            }
        }
        return true;
    }

    /** "Cambodians", "Kenyans": the people of a country, as "some Cambodians, who ..." writes them, are no one's name. */
    private boolean pluralDemonym(String word) {
        return word.endsWith("s") && gaz.byDemonym(word.substring(0, word.length() - 1)) != null;
    }

    /**
     * Whether the sentence's first word may open a name: the tagger decides, outside the headline. The tagger is dear, so
     * names() asks only when that word starts a run of two or more name words, the only case where the answer matters.
     */
    private static boolean opensWithProperNoun(ArticleContext.Sentence s) {
        return s.section == ArticleContext.Section.HEADLINE || s.properNoun(0);
    }

    private void accept(ArticleContext ctx, ArticleContext.Sentence s, int i, int j, boolean opensSentence) {
        List<Tokens.Token> t = s.tokens;
        if (namesAPlace(s, i, j)) {
            return;
        }
        if (j + 1 < t.size() && NAME_SUFFIXES.contains(t.get(j + 1).text())) {
            j++; // "Ferdinand Marcos Jr."
        }
        String name = Text.stripPossessive(s.span(i, j));
        if (NAME_SUFFIXES.contains(t.get(j).text()) && j + 1 < t.size() && t.get(j + 1).text().equals(".")) {
            name = name + ".";
        }
        if (j + 2 < t.size() && t.get(j + 1).capitalized() && lex.titles.containsKey(t.get(j + 1).lower()) && nameWord(s, j + 2)) {
            return; // "Deputy Gedo Governor Mohamed Isaak": the run qualifies the title of the name after it
        }
        if (j == i + 1 && gaz.byDemonym(name) != null) {
            return; // "his Costa Rican counterpart": a demonym of two words is no person
        }
        if (ctx.entities.findOrg(name) != null) {
            return; // "a World Vision office" where the copy names World Vision a body elsewhere
        }
        if (Arrays.stream(name.toLowerCase(Locale.ROOT).split(" ")).allMatch(TITLE_WORDS::contains)) {
            return; // "Deputy Secretary of State Mark Olden": the words of a title are no person
        }
        if (isReporter(s, i, j)) {
            s.claim(t.get(i).start(), t.get(j).end());
            return; // "VOA's Jane Doe", "Jane Doe reports for VOA": the copy's correspondent, not a person of the story
        }
        TitleMatch before = titleBefore(ctx, s, i);
        if (before != null && s.section == ArticleContext.Section.HEADLINE && !namedInBody(ctx, name)) {
            return; // "Opposition Leader Arrested Ahead of Vote": a title-case headline makes a verb look like a name
        }
        TitleMatch appos = before == null ? appositionBefore(ctx, s, i) : null;
        boolean reporting = (j + 1 < t.size() && lex.reportingVerbs.contains(t.get(j + 1).lower()))
                || (i > 0 && lex.reportingVerbs.contains(t.get(i - 1).lower())) || describedAfter(s, j);
        boolean known = ctx.entities.findPerson(name) != null;
        boolean sentenceStart = i == 0 || opensSentence || aloneInItsLine(s, i, j);
        if (before == null && appos == null && !known && i > 0 && NOT_BEFORE_A_NAME.contains(t.get(i - 1).lower())) {
            return; // "the Chocolate Hills", "in Menino Deus", "near Baba Ji": a named thing or place, not a person
        }
        if (before == null && appos == null && !known && !reporting && FOREIGN_ARTICLES.contains(t.get(i).text())) {
            return; // "the now-shuttered El Periodico", "a column in Le Monde": a title opens with an article, a person's name not
        }
        if (before == null && appos == null && !known && quotedTitle(t, i, j)) {
            return; // "the “Tithetse Kolera” campaign": a quoted title
        }
        if (before == null && appos == null && !known && endsAName(s, i)) {
            return; // "the Government of National Unity", "Operation Tidal Shield", "the MV Ocean Pearl": a longer name's tail
        }
        if (before == null && appos == null && !known && (headlineLike(s) || !reporting && sentenceStart)) {
            if (!headlineLike(s) && j > i) {
                openingNames.add(new Span(s, i, j)); // "Vladimir Putin began ...": a person if the story uses the surname
            }
            return; // title case makes any headline run look like a name ("Armed Men Kidnap"): the body must name the person
        }
        if (before == null && appos == null && !known && j > i && !describedAfter(s, j) && !titledPhraseBefore(s, i)
                && lex.commonWord(t.get(i).bare())) {
            // "the Dutch Safety Board said", "Malaysia Airline Flight 17", "adapted for Learning English": a name opened by a
            // word the dictionary writes only in lower case names a body or thing, unless the story calls it by its last word;
            // after a form of address the dictionary has ("Sheikh", "Officer") the name itself follows
            if (j - i >= 2) {
                accept(ctx, s, i + 1, j, opensSentence);
            } else {
                commonOpenedNames.add(new Span(s, i, j));
            }
            return;
        }
        Entities.Person p = ctx.entities.person(name);
        s.claim(t.get(i).start(), t.get(j).end());
        TitleMatch title = before != null ? before : appos;
        if (title != null) {
            p.addRole(title.role);
            String full = s.text.substring(title.start, t.get(j).end());
            if (!full.equals(name)) {
                p.aliases.add(full);
            }
            s.claim(title.start, t.get(j).end());
        }
    }

    /**
     * "the head of the Amiriya local municipal council, Shaker al-Issawi": a name set off by a comma after a phrase that a
     * person's title heads, however long the phrase that qualifies the title.
     */
    private boolean titledPhraseBefore(ArticleContext.Sentence s, int i) {
        List<Tokens.Token> t = s.tokens;
        if (i < 3 || !t.get(i - 1).text().equals(",")) {
            return false;
        }
        for (int k = i - 2; k >= 1 && k >= i - 9 && !t.get(k).text().equals(","); k--) {
            if (!t.get(k).capitalized() && lex.titles.containsKey(t.get(k).lower()) && DETERMINERS.contains(t.get(k - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "4. Health Report", "• Total Votes Counted: 2,052,813": a run with no other word in its sentence is a label of the
     * page (a menu item, a box's title, a table's row) as often as a name, so it needs the evidence an opening name needs.
     */
    private static boolean aloneInItsLine(ArticleContext.Sentence s, int i, int j) {
        int from = s.text.lastIndexOf('\n', s.tokens.get(i).start()) + 1;
        int to = s.text.indexOf('\n', s.tokens.get(j).end());
        String rest = s.text.substring(from, s.tokens.get(i).start()) + s.text.substring(s.tokens.get(j).end(), to < 0 ? s.text.length() : to);
        return rest.chars().noneMatch(Character::isLetter);
    }

    /**
     * What only a person's name is followed by, set off by a comma: a determiner or title ("Jane Doe, the mayor,", "Jane
     * Doe, senior program coordinator of ..."), "who" or "whose", an age ("Jane Doe, 34,"), or "of" a body ("Geert
     * Wilders, of the far-right Party for Freedom,").
     */
    private boolean describedAfter(ArticleContext.Sentence s, int j) {
        List<Tokens.Token> t = s.tokens;
        if (j + 2 >= t.size() || !t.get(j + 1).text().equals(",")) {
            return false;
        }
        String next = t.get(j + 2).lower();
        if (DETERMINERS.contains(next) || next.equals("who") || next.equals("whose")) {
            return true;
        }
        if (next.equals("of") || next.chars().allMatch(Character::isDigit) && next.length() <= 2) {
            return j + 3 < t.size() && (next.equals("of") ? t.get(j + 3).lower().equals("the") : t.get(j + 3).text().equals(","));
        }
        for (int k = j + 2; k < t.size() && k <= j + 5 && !t.get(k).capitalized() && Character.isLetter(t.get(k).text().charAt(0)); k++) {
            if (lex.titles.containsKey(t.get(k).lower()) || titleEndsAt(s, k)) {
                return true; // "senior program coordinator", "a local police commander", "chief executive of ..."
            }
        }
        return lex.titles.containsKey(next);
    }

    /**
     * A name after an outlet or its possessive ("VOA-TV's Jane Doe", "VOA Jane Doe talks to ..."), or before "reports
     * for"/"reports from".
     */
    private boolean isReporter(ArticleContext.Sentence s, int i, int j) {
        List<Tokens.Token> t = s.tokens;
        if (i > 0 && lex.agenciesBySurface.containsKey(t.get(i - 1).text()) && t.get(i - 1).text().length() > 2
                && (i == 1 || !t.get(i - 2).lower().equals("told"))) {
            return true;
        }
        if (i > 0 && Text.isPossessive(t.get(i - 1).text())) {
            String owner = t.get(i - 1).bare();
            int dash = owner.indexOf('-');
            if (lex.agenciesBySurface.containsKey(owner) || dash > 0 && lex.agenciesBySurface.containsKey(owner.substring(0, dash))) {
                return true;
            }
        }
        if (i >= 2 && t.get(i - 1).text().equals(":") && CREDIT_LABELS.contains(t.get(i - 2).lower())) {
            return true; // "Director / Editor: Jane Doe", "Photos: John Roe": the page's credit line
        }
        if (i >= 3 && t.get(i - 1).text().equals(":") && t.get(i - 3).text().equals("[") && !t.get(i - 2).capitalized()) {
            return true; // "[ar:Jane Doe]": a tag of a lyric file names the voice of the recording
        }
        if (i >= 1 && VOICES.contains(t.get(i - 1).text()) || i >= 2 && t.get(i - 2).text().equals("I") && t.get(i - 1).text().equals("am")) {
            return true; // "I'm Jane Doe.": the voice of a script
        }
        if (i >= 2 && t.get(i - 1).text().equals("by") && (CREDIT_LABELS.contains(t.get(i - 2).lower())
                || i >= 4 && CREDITED_WORK.contains(t.get(i - 4).lower()) && (t.get(i - 3).text().equals("was") || t.get(i - 3).text().equals("is")))) {
            return true; // "Editing by Jane Doe", "in this report narrated by Jane Doe", "This program was written by Jane Doe"
        }
        if (j + 3 < t.size() && (t.get(j + 1).text().equals("adapted") || t.get(j + 1).text().equals("wrote"))
                && (t.get(j + 2).text().equals("this") || t.get(j + 2).text().equals("it"))) {
            return true; // "Jane Doe adapted this story for Learning English."
        }
        int story = j + 2 < t.size() && t.get(j + 2).text().equals("on") ? j + 3 : j + 2;
        if (story + 1 < t.size() && t.get(j + 1).text().equals("reported") && t.get(story).text().equals("this")
                && CREDITED_WORK.contains(t.get(story + 1).lower())) {
            return true; // "Jane Doe reported this story for VOA News.", "Jane Doe reported on this story from Houston."
        }
        if (j + 3 < t.size() && t.get(j + 1).text().equals("was") && t.get(j + 2).text().equals("the")
                && CREDIT_LABELS.contains(t.get(j + 3).lower())) {
            return true; // "Jane Doe was the editor."
        }
        return j + 2 < t.size() && t.get(j + 1).text().equals("reports")
                && (t.get(j + 2).text().equals("for") || t.get(j + 2).text().equals("from"));
    }

    /** Labels of a page's credit line before a colon: who made the page or its pictures, no person of the story. */
    private static final Set<String> CREDIT_LABELS = Set.of("editor", "editors", "director", "producer", "reporter", "reporters",
            "reporting", "writer", "author", "photo", "photos", "photographer", "photography", "video", "camera", "editing",
            "translation", "translator", "graphics", "illustration", "design", "publisher", "byline", "writing", "narrator",
            "narrated", "filmed", "edited", "produced");
    /** The voice of a script introducing itself ("I'm Jane Doe"). */
    private static final Set<String> VOICES = Set.of("I'm", "I’m");
    /** What a script's closing credit says was made ("This program was written by ..."). */
    private static final Set<String> CREDITED_WORK = Set.of("story", "report", "program", "programme", "script", "article",
            "show", "broadcast");

    /**
     * Whether the run from i to j is all of a quotation whose words are all capitalised: the title of a campaign, slogan,
     * song or film ("the “Let’s End Cholera” campaign", "chanted “Bread and Freedom”"), which no person's name is.
     */
    private static boolean quotedTitle(List<Tokens.Token> t, int i, int j) {
        int open = i - 1;
        while (open >= 0 && open > i - 4 && t.get(open).capitalized()) {
            open--;
        }
        int close = j + 1;
        while (close < t.size() && close < j + 4 && t.get(close).capitalized()) {
            close++;
        }
        return open >= 0 && close < t.size() && OPENING_QUOTES.contains(t.get(open).text()) && CLOSING_QUOTES.contains(t.get(close).text());
    }

    private static final Set<String> OPENING_QUOTES = Set.of("“", "\"", "«", "‘");
    private static final Set<String> CLOSING_QUOTES = Set.of("”", "\"", "»", "’");

    /**
     * A headline, or a body line in title case ("[ti:Jane Doe Found Guilty of Fraud]", another story's headline the page
     * shows): in such a line a verb after a name looks like the name's next word, so its names need evidence elsewhere.
     */
    private static boolean headlineLike(ArticleContext.Sentence s) {
        if (s.section == ArticleContext.Section.HEADLINE) {
            return true;
        }
        int capitalised = 0;
        for (Tokens.Token tok : s.tokens) {
            if (!Character.isLetter(tok.text().charAt(0))) {
                continue;
            }
            if (tok.capitalized()) {
                capitalised++;
            } else if (tok.text().length() > 2 && !TITLE_CASE_LOWER.contains(tok.text())) {
                return false;
            }
        }
        return capitalised >= 4;
    }

    /** The words title case leaves in lower case, besides those of one or two letters ("of", "in", "to"). */
    private static final Set<String> TITLE_CASE_LOWER = Set.of("the", "and", "for", "with", "from", "over", "into", "amid",
            "after", "but", "nor", "via");

    private static boolean namedInBody(ArticleContext ctx, String name) {
        return ctx.sentences.stream().anyMatch(s -> s.section != ArticleContext.Section.HEADLINE && s.text.contains(name));
    }

    record TitleMatch(RoleInput role, int start) {
    }

    /** Every word of every title ("deputy", "secretary", "state", "minister", ...). */
    private static final Set<String> TITLE_WORDS = titleWords();

    private static Set<String> titleWords() {
        Set<String> words = new HashSet<>();
        Lexicons.get().titles.keySet().forEach(k -> words.addAll(List.of(k.split("[ -]"))));
        words.removeAll(Set.of("of", "the", "for", "and"));
        return Set.copyOf(words);
    }

    /** "NATO Secretary General Mark Rutte", "US President Donald Trump", "Kharkiv governor Oleh Syniehubov". */
    private TitleMatch titleBefore(ArticleContext ctx, ArticleContext.Sentence s, int nameStart) {
        List<Tokens.Token> t = s.tokens;
        for (int len = Math.min(lex.maxTitleWords, nameStart); len >= 1; len--) {
            int from = nameStart - len;
            String phrase = s.span(from, nameStart - 1).toLowerCase(Locale.ROOT);
            Lexicons.Title title = lex.titles.get(phrase);
            if (title == null) {
                continue;
            }
            int start = t.get(from).start();
            Modifiers mods = modifiers(ctx, s, from);
            if (mods.start >= 0) {
                start = mods.start;
            }
            return new TitleMatch(role(ctx, title, mods), start);
        }
        return null;
    }

    /** "the city mayor, Ihor Terekhov," and "a provincial government spokesman, Shahid Rind,". */
    private TitleMatch appositionBefore(ArticleContext ctx, ArticleContext.Sentence s, int nameStart) {
        List<Tokens.Token> t = s.tokens;
        if (nameStart < 2 || !t.get(nameStart - 1).text().equals(",")) {
            return null;
        }
        int end = nameStart - 2;
        for (int len = Math.min(lex.maxTitleWords, end + 1); len >= 1; len--) {
            int from = end - len + 1;
            String phrase = s.span(from, end).toLowerCase(Locale.ROOT);
            Lexicons.Title title = lex.titles.get(phrase);
            if (title == null) {
                continue;
            }
            // Walk back to the determiner; the words in between qualify the title.
            int det = from - 1;
            while (det >= 0 && det >= from - 4 && !DETERMINERS.contains(t.get(det).lower())) {
                det--;
            }
            if (det < 0 || det < from - 4) {
                return null;
            }
            Modifiers mods = modifiers(ctx, s, from);
            String qualifiers = det + 1 <= from - 1 ? s.span(det + 1, from - 1).toLowerCase(Locale.ROOT) : "";
            if (qualifiers.isEmpty() && phrase.contains("government")) {
                qualifiers = phrase;
            }
            RoleInput role = role(ctx, title, mods);
            if ((qualifiers.contains("provincial") || phrase.startsWith("provincial")) && role.organization() == null) {
                Entities.Place province = ctx.salient(PlaceKind.PROVINCE);
                if (province != null && (qualifiers.contains("government") || phrase.contains("government"))) {
                    Entities.Org gov = ctx.entities.org(province.entry.name() + " provincial government",
                            dev.newsgraph.domain.OrganizationKind.GOVERNMENT, province.entry.countryCode());
                    role = new RoleInput(role.title(), gov.name, null, role.current());
                } else if (province != null) {
                    role = new RoleInput(role.title(), role.organization(), province.entry.name(), role.current());
                }
            }
            return new TitleMatch(role, t.get(det).start());
        }
        return null;
    }

    record Modifiers(String org, Gazetteer.Entry place, boolean former, int start) {
    }

    /** What stands before a title: an organization, a place, a demonym or possessive, "former". */
    private Modifiers modifiers(ArticleContext ctx, ArticleContext.Sentence s, int titleStart) {
        List<Tokens.Token> t = s.tokens;
        String org = null;
        Gazetteer.Entry place = null;
        boolean former = false;
        int start = -1;
        for (int k = titleStart - 1; k >= 0 && k >= titleStart - 3; k--) {
            Tokens.Token tok = t.get(k);
            String bare = tok.bare();
            Entities.Org o = ctx.entities.findOrg(bare);
            if (o != null && org == null) {
                org = o.name;
                start = tok.start();
                continue;
            }
            if (k == titleStart - 1 && List.of("state", "province", "provincial", "regional", "city", "district").contains(tok.lower())) {
                continue;
            }
            if (tok.lower().equals("former") || tok.lower().equals("ex")) {
                former = true;
                start = tok.start();
                continue;
            }
            Gazetteer.Entry d = gaz.byDemonym(bare);
            if (d != null && place == null) {
                place = d;
                start = tok.start();
                continue;
            }
            Entities.Place declared = ctx.entities.findPlace(bare);
            Gazetteer.Entry country = declared != null ? declared.entry : countryNamed(bare);
            if (country != null && place == null && tok.capitalized()) {
                place = country;
                start = tok.start();
                continue;
            }
            break;
        }
        return new Modifiers(org, place, former, start);
    }

    private Gazetteer.Entry countryNamed(String name) {
        for (Gazetteer.Entry e : gaz.lookup(name)) {
            if (e.kind() == PlaceKind.COUNTRY) {
                return e;
            }
        }
        return null;
    }

    private RoleInput role(ArticleContext ctx, Lexicons.Title title, Modifiers mods) {
        String placeRef = null;
        Gazetteer.Entry place = mods.place;
        if (place == null && mods.org == null) {
            if (title.scope().equals("CITY")) {
                Entities.Place city = ctx.salient(PlaceKind.CITY);
                place = city == null ? null : city.entry;
            } else if (title.scope().equals("PROVINCE")) {
                Entities.Place prov = ctx.salient(PlaceKind.PROVINCE);
                place = prov == null ? null : prov.entry;
            } else if (title.canonical().contains("government")) {
                place = gaz.country(ctx.salientCountryCode());
            }
        }
        if (place != null && title.scope().equals("PROVINCE") && place.kind() == PlaceKind.CITY) {
            // A governor governs the province, even when named after its capital city ("Kharkiv governor").
            Gazetteer.Entry province = gaz.province(place.parent(), place.countryCode());
            if (province != null) {
                place = province;
            }
        }
        if (place != null) {
            if (place.kind() == PlaceKind.COUNTRY) {
                placeRef = place.countryCode();
            } else {
                placeRef = place.name();
            }
            Entities.Place declared = ctx.entities.place(place);
            if (place.kind() != PlaceKind.COUNTRY) {
                ctx.mentionPlace(place, 0);
            }
            declared.entry.hashCode();
        }
        Boolean current = mods.former ? Boolean.FALSE : Boolean.TRUE;
        return new RoleInput(title.canonical(), mods.org, placeRef, current);
    }

    /** "the former Dutch prime minister": a description of a person by role, for speakers of quotes. */
    RoleInput describe(ArticleContext ctx, String description) {
        ArticleContext.Sentence s = new ArticleContext.Sentence(description, ArticleContext.Section.BODY, -1);
        List<Tokens.Token> t = s.tokens;
        for (int from = 0; from < t.size(); from++) {
            String phrase = s.span(from, t.size() - 1).toLowerCase(Locale.ROOT);
            Lexicons.Title title = lex.titles.get(phrase);
            if (title != null) {
                return role(ctx, title, modifiers(ctx, s, from));
            }
        }
        return null;
    }
}
