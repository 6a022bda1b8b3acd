package dev.newsgraph.extract;

import dev.newsgraph.domain.OrganizationKind;
import dev.newsgraph.domain.PlaceKind;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Organizations: known bodies and agencies from the lexicons, "Long Name (ACRONYM)" pairs, capitalised names with an
 * organization head word ("... Liberation Army", "... School of Economics"), and state bodies named by a demonym
 * ("the Pakistani army", "the Indian foreign ministry", "Russian troops").
 */
final class OrganizationExtractor {

    /** "al-Islam", "ul-Mujahideen", "wal-Jihad": an article of a transliterated name, written in lower case. */
    private static final Pattern ARABIC_ARTICLE =
            Pattern.compile("(?:al|el|ad|ash|as|ul|ur|us|wal)-\\p{Lu}[\\p{L}'’]+");
    /** "Jama'at Nusrat al-Islam wal Muslimeen", "Harakat ul Mujahideen": a transliterated "and" or "of" inside a name. */
    private static final Set<String> TRANSLITERATED_BINDERS = Set.of("wal", "wa", "ul", "al");

    /** A capitalised word made an adjective by its suffix: "SDF-allied", "Iran-backed", "Kremlin-linked". */
    private static final Pattern ALLIED = Pattern.compile(
            ".+-(?:allied|backed|linked|led|aligned|affiliated|supported|funded|run|controlled|based|owned|sponsored"
                    + "|dominated|majority|inspired|trained|armed|designated|speaking)");

    /** A capitalised word of a long name, or a dotted abbreviation ("U.S. Protection and Investigation (USPI)"). */
    private static final String NAME_WORD = "(?:(?:\\p{Lu}\\.){2,}|[A-Z][\\p{L}'’\\-]+)";
    /**
     * "Long Name (ACRONYM)" and "Long Name, or ACRONYM,": "the Party for Freedom, or PVV", "the U.N. Assistance Mission
     * in Afghanistan, or UNAMA"; "in" joins the name of a mission or branch to its place.
     */
    private static final Pattern ACRONYM = Pattern.compile(
            "((?:" + NAME_WORD + "\\s+)(?:(?:of|for|the|and|on|de|del|in)\\s+|" + NAME_WORD + "\\s+)*" + NAME_WORD
                    + ")(?:\\s*\\(([A-Z][A-Za-z]{1,9})\\)|,\\s+or\\s+([A-Z][A-Z\\d]{1,8})(?=[,.;:)]|\\s|$))");
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{Lu}\\.){2,}");
    /** An indefinite article, maybe with one lower-case word, just before a name: "a", "an", "a 38-year-old". */
    private static final Pattern INDEFINITE_BEFORE = Pattern.compile("(?:^|\\s)[Aa]n?\\s+(?:[a-z\\d][\\p{L}\\d-]*\\s+)?$");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "on", "de", "del");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)");

    private final Lexicons lex = Lexicons.get();
    private final Gazetteer gaz = Gazetteer.get();

    void extract(ArticleContext ctx) {
        for (RawArticle.RawCaption c : ctx.raw.captions()) {
            if (c.credit() != null) {
                Lexicons.KnownOrg agency = lex.agenciesBySurface.get(c.credit().split("/")[0].strip());
                if (agency != null) {
                    register(ctx, agency);
                } else if (c.credit().contains("/")) {
                    ctx.entities.org(c.credit().split("/")[0].strip(), OrganizationKind.NEWS_AGENCY, null);
                }
            }
        }
        for (String outlet : ctx.raw.citedOutlets()) {
            Lexicons.KnownOrg known = lex.agenciesBySurface.get(outlet);
            if (known != null) {
                register(ctx, known);
            } else {
                ctx.entities.org(outlet, OrganizationKind.NEWS_AGENCY, null);
            }
        }
        for (ArticleContext.Sentence s : ctx.sentences) {
            acronyms(ctx, s);
            knownOrgs(ctx, s);
            glossedNames(ctx, s);
            basedNames(ctx, s);
            groupsLabelledAfter(ctx, s);
            cueNames(ctx, s);
            labelledAcronyms(ctx, s);
            labelledOutlets(ctx, s);
            outletsRunBy(ctx, s);
            labelledNames(ctx, s);
            appositionLabels(ctx, s);
            stateBodies(ctx, s);
            domesticForcesIn(ctx, s);
            functionBodies(ctx, s);
            regionalBodies(ctx, s);
            ledCoalitionsAndServices(ctx, s);
            administrations(ctx, s);
        }
        acronymsOfTranslatedNames(ctx);
        repeatedAcronyms(ctx);
        bodiesActingByTheirHead(ctx);
        sameMinistries(ctx);
        sameOwnedBodies(ctx);
    }

    /** "the Embassy of Liberia", "the Parliament of Kenya": a body's head word, then the country that owns it. */
    private static final Pattern HEAD_OF_COUNTRY = Pattern.compile("(\\p{Lu}\\p{L}+) of (?:the )?(\\p{Lu}[\\p{L} ]+)");
    /** "the Liberian embassy", "Kenya's parliament": the owning country first, then the head word. */
    private static final Pattern COUNTRY_HEAD = Pattern.compile("(\\p{Lu}[\\p{L}]+?)(?:['’]s)? (\\p{L}+)");

    /**
     * "the Embassy of Liberia ... the Liberian embassy": a country's body named by its head word in both word orders is
     * one body, under the name given first.
     */
    private void sameOwnedBodies(ArticleContext ctx) {
        Map<String, Entities.Org> byOwnerAndHead = new HashMap<>();
        for (Entities.Org o : List.copyOf(ctx.entities.orgs.values())) {
            String key = ownerAndHead(o.name);
            Entities.Org first = key == null ? null : byOwnerAndHead.putIfAbsent(key, o);
            if (first != null) {
                ctx.entities.orgs.remove(o.name);
                first.absorb(o);
            }
        }
    }

    /** The owning country's code and the head word of a body's name of two shapes, or null: "LR embassy". */
    private String ownerAndHead(String name) {
        Matcher m = HEAD_OF_COUNTRY.matcher(name);
        String owner;
        String head;
        if (m.matches()) {
            head = m.group(1);
            owner = m.group(2);
        } else if ((m = COUNTRY_HEAD.matcher(name)).matches()) {
            owner = m.group(1);
            head = m.group(2);
        } else {
            return null;
        }
        Gazetteer.Entry country = gaz.byDemonym(owner);
        if (country == null || country.kind() != PlaceKind.COUNTRY) {
            country = firstCountry(owner);
        }
        return country == null ? null : country.countryCode() + " " + head.toLowerCase(Locale.ROOT);
    }

    /** "the Ministry of Internal Affairs", "the Ukrainian Ministry of the Interior": a ministry named after its function. */
    private static final Pattern MINISTRY_OF = Pattern.compile("(?:(.+) )?Ministry of (?:the )?(\\p{Lu}[\\p{L} ]+)");
    /** "the Interior Ministry", "Kenya's Foreign Ministry": the same ministry, its function before it. */
    private static final Pattern FUNCTION_MINISTRY = Pattern.compile("(?:(.+) )?(\\p{L}+) [Mm]inistry");
    /** The functions that go by two names: "Internal Affairs" is the interior's, "Foreign Affairs" the foreign one's. */
    private static final Map<String, String> FUNCTION_NAMES = Map.of("internal affairs", "interior", "home affairs", "interior",
            "foreign affairs", "foreign", "defense", "defence");

    /**
     * "Interior Ministry personnel ... the Ukrainian Ministry of Internal Affairs": a ministry named by its function in
     * both word orders is one body, unless the two name different owners.
     */
    private static void sameMinistries(ArticleContext ctx) {
        List<Entities.Org> orgs = List.copyOf(ctx.entities.orgs.values());
        for (Entities.Org a : orgs) {
            String[] ka = ministry(a.name);
            for (Entities.Org b : orgs) {
                String[] kb = ministry(b.name);
                if (a == b || ka == null || kb == null || !ka[1].equals(kb[1]) || kb[0] != null
                        || ka[0] == null && a.name.length() < b.name.length()
                        || !ctx.entities.orgs.containsKey(a.name) || !ctx.entities.orgs.containsKey(b.name)) {
                    continue; // a keeps b's names: the one that names its owner, or the longer name
                }
                ctx.entities.orgs.remove(b.name);
                a.absorb(b);
            }
        }
    }

    /** A ministry's owner (or null) and function, or null when the name is no ministry's: "Interior Ministry" {null, interior}. */
    private static String[] ministry(String name) {
        Matcher m = MINISTRY_OF.matcher(name);
        if (!m.matches()) {
            m = FUNCTION_MINISTRY.matcher(name);
            if (!m.matches()) {
                return null;
            }
        }
        String function = m.group(2).toLowerCase(Locale.ROOT);
        return new String[] {m.group(1), FUNCTION_NAMES.getOrDefault(function, function)};
    }

    /**
     * "the country's military" named after the state the story is about, once the places tell which it is: "Sri Lankan
     * military", or the body of that name the copy names too.
     */
    static void nameTheStorysStateBodies(ArticleContext ctx) {
        String cc = ctx.salientCountryCode();
        Gazetteer.Entry country = cc == null ? null : Gazetteer.get().country(cc);
        for (Entities.Org o : List.copyOf(ctx.entities.orgs.values())) {
            if (!o.ofTheStorysState || country == null || country.demonyms().isEmpty()) {
                continue;
            }
            ctx.entities.orgs.remove(o.name);
            Entities.Org named = ctx.entities.org(country.demonyms().get(0) + " " + o.name, o.kind, cc);
            named.absorb(o);
        }
    }

    /** The one body of the article whose name ends in this head ("Ukrainian parliament" for "parliament"), or null. */
    private static Entities.Org soleBodyWithHead(ArticleContext ctx, String head) {
        String ending = " " + head.toLowerCase(Locale.ROOT);
        List<Entities.Org> headed = ctx.entities.orgs.values().stream()
                .filter(o -> o.name.toLowerCase(Locale.ROOT).endsWith(ending)).toList();
        return headed.size() == 1 ? headed.get(0) : null;
    }

    /** Heads of a country's one institution, which the copy goes on naming alone ("the army said"). */
    private static final Set<String> SOLE_HEADS = Set.of("army", "military", "government", "police", "junta");

    /**
     * "fighting between the Congolese army and rebels ... the army bombed M23 headquarters": a country's body named
     * only in passing acts where the copy names it by its head alone, if no other body of the article has that head.
     */
    private void bodiesActingByTheirHead(ArticleContext ctx) {
        for (Entities.Org o : ctx.entities.orgs.values()) {
            String head = o.name.substring(o.name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            if (!o.passiveOnly || !SOLE_HEADS.contains(head) || soleBodyWithHead(ctx, head) != o) {
                continue;
            }
            for (ArticleContext.Sentence s : ctx.sentences) {
                List<Tokens.Token> t = s.tokens;
                for (int k = 0; k < t.size() && o.passiveOnly; k++) {
                    // "the army bombed", "Army spokesman Colonel X said"; not "the Somali army", whose owner is named
                    boolean bare = k == 0 || t.get(k - 1).lower().equals("the");
                    if (bare && t.get(k).lower().equals(head) && !s.isClaimed(t.get(k).start(), t.get(k).end()) && acts(s, k, k)) {
                        o.passiveOnly = false;
                        o.aliases.add(head);
                    }
                }
            }
        }
    }

    /**
     * "the People's Movement for the Liberation of Angola" and later "the MPLA": an acronym the copy uses alone whose letters
     * are the long name's initials in another order is the same body, its acronym taken from the name in its own
     * language (the FARC of the Revolutionary Armed Forces of Colombia).
     */
    private static void acronymsOfTranslatedNames(ArticleContext ctx) {
        for (Entities.Org acronym : List.copyOf(ctx.entities.orgs.values())) {
            if (acronym.name.length() < 3 || !acronym.name.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                continue;
            }
            String letters = sortedLetters(acronym.name);
            for (Entities.Org named : List.copyOf(ctx.entities.orgs.values())) {
                if (named != acronym && ctx.entities.orgs.containsKey(named.name) && letters.equals(sortedLetters(initials(named.name)))) {
                    acronym.aliases.add(named.name);
                    acronym.aliases.addAll(named.aliases);
                    ctx.entities.orgs.remove(named.name);
                }
            }
        }
    }

    /** The initials of a name's words, its connectors left out: "People's Movement for the Liberation of Angola" PMLA. */
    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : Text.SPACES.split(name)) {
            if (w.isEmpty() || CONNECTORS.contains(w)) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return ""; // a lower-case word: no name of capitalised words
            }
            b.append(w.charAt(0));
        }
        return b.length() < 3 ? "" : b.toString();
    }

    private static String sortedLetters(String text) {
        char[] c = text.toCharArray();
        Arrays.sort(c);
        return new String(c);
    }

    /**
     * "Sipah-e-Sahaba (Army of the Prophet's Companions)", "Hurras al-Din (Guardians of Religion Organization)": a
     * name followed by its English gloss in parentheses, which holds a body's head word, is that one body. A title
     * before the name ("Senator Jane Doe (Democratic Party)") makes it a person's affiliation instead.
     */
    private void glossedNames(ArticleContext ctx, ArticleContext.Sentence s) {
        List<Tokens.Token> t = s.tokens;
        for (int open = 1; open + 2 < t.size(); open++) {
            if (!t.get(open).text().equals("(") || !t.get(open + 1).capitalized()) {
                continue;
            }
            int close = open + 2;
            while (close < t.size() && close < open + 10 && !t.get(close).text().equals(")")) {
                close++;
            }
            if (close >= t.size() || !t.get(close).text().equals(")") || close == open + 2 && t.get(open + 1).text()
                    .equals(t.get(open + 1).text().toUpperCase(Locale.ROOT))) {
                continue; // "(BLA)": an acronym, named by acronyms()
            }
            String gloss = s.span(open + 1, close - 1);
            OrganizationKind kind = kindOf(gloss);
            int from = open - 1;
            while (from > 0 && from > open - 5 && nameWordOfABody(t.get(from - 1))) {
                from--;
            }
            while (from < open && lex.stopCaps.contains(t.get(from).text())) {
                from++;
            }
            if (kind == null || from == open || !nameWordOfABody(t.get(open - 1)) || s.isClaimed(t.get(from).start(), t.get(close).end())
                    || from > 0 && (lex.titles.containsKey(t.get(from - 1).lower()) || Text.isPossessive(t.get(from - 1).text()))) {
                continue;
            }
            String name = s.span(from, open - 1);
            if (!gaz.lookup(name).isEmpty() || gaz.byDemonym(name) != null || lex.titles.containsKey(name.toLowerCase(Locale.ROOT))
                    || name.length() <= 6 && name.chars().filter(Character::isUpperCase).count() > 1) {
                continue; // "the FAMa (Malian Armed Forces)": an acronym before its long name, which cueNames names
            }
            Lexicons.KnownOrg known = lex.org(name);
            Entities.Org o = known != null ? register(ctx, known) : ctx.entities.org(name, kind, null);
            o.aliases.add(gloss);
            s.claim(t.get(from).start(), t.get(close).end());
        }
    }

    /** A word of a body's name in any language: capitalised, or a transliterated article or binder ("al-Din", "ul"). */
    private static boolean nameWordOfABody(Tokens.Token tok) {
        return tok.capitalized() && !Text.isPossessive(tok.text()) || ARABIC_ARTICLE.matcher(tok.text()).matches();
    }

    /**
     * "the London-based Global Witness", "the U.S.-based Open Doors": a capitalised name right after "X-based" is a
     * body's, whatever its words; a person is "London-based" only with a noun before the name ("a London-based analyst").
     */
    private void basedNames(ArticleContext ctx, ArticleContext.Sentence s) {
        List<Tokens.Token> t = s.tokens;
        for (int i = 0; i + 1 < t.size(); i++) {
            String w = t.get(i).text();
            int name = w.length() > 6 && w.endsWith("-based") ? i + 1
                    : w.equals("based") && i >= 2 && t.get(i - 1).text().equals("-") && t.get(i - 1).start() == t.get(i - 2).end() ? i + 1 : -1;
            if (name < 0 || !t.get(name).capitalized() || s.isClaimed(t.get(name).start(), t.get(name).end())
                    || lex.stopCaps.contains(t.get(name).text())) {
                continue;
            }
            int end = runEnd(t, name);
            if (gaz.byDemonym(t.get(name).text()) != null && (end == name || kindOf(spanText(t, name, end)) == null
                    && !OF_OR_FOR.matcher(spanText(t, name, end)).matches())) {
                // "the U.S.-based Christian charity": a demonym describes; "the Belgrade-based Balkan Trust for Democracy",
                // "the Washington-based American Enterprise Institute": it opens a long name or one with a body's head
                continue;
            }
            for (int k = name; k <= end; k++) {
                if (lex.titles.containsKey(t.get(k).lower()) && k < end || s.isClaimed(t.get(k).start(), t.get(k).end())) {
                    end = k - 1; // "the London-based Reuters", "Paris-based Director Jane Doe": a known body or a title
                    break;
                }
            }
            if (end < name || end == name && (t.get(name).text().length() < 3 || end + 1 < t.size()
                    && Character.isLetter(t.get(end + 1).text().charAt(0)) && !lex.reportingVerbs.contains(t.get(end + 1).lower()))) {
                continue; // "the U.S.-based Christian charity": one word that modifies a noun names no body
            }
            String body = Text.stripPossessive(s.span(name, end));
            Entities.Org initialled = end == name ? initialsOf(ctx, body) : null;
            if (!gaz.lookup(body).isEmpty() || initialled != null) {
                if (initialled != null) {
                    initialled.aliases.add(body); // "the Lausanne-based CAS" after "the Court of Arbitration for Sport"
                }
                continue;
            }
            OrganizationKind kind = kindOf(body);
            ctx.entities.org(body, kind == null ? OrganizationKind.OTHER : kind, null);
            s.claim(t.get(name).start(), t.get(end).end());
            i = end;
        }
    }

    /**
     * "the Hafiz Gul Bahadur militant group", "fighters of the Sadiq Noor rebel group": a capitalised name before a
     * group's label that says what kind of group it is; the name alone is no person's.
     */
    private void groupsLabelledAfter(ArticleContext ctx, ArticleContext.Sentence s) {
        List<Tokens.Token> t = s.tokens;
        for (int k = 2; k < t.size(); k++) {
            if (!GROUP_HEADS.contains(t.get(k).text()) || !GROUP_KINDS.contains(t.get(k - 1).text()) || !t.get(k - 2).capitalized()
                    || Text.isPossessive(t.get(k - 2).text())) {
                continue;
            }
            int from = k - 2;
            while (from > 0 && from > k - 6 && nameWordOfABody(t.get(from - 1)) && !lex.stopCaps.contains(t.get(from - 1).text())) {
                from--;
            }
            while (from < k - 1 && (lex.stopCaps.contains(t.get(from).text()) || gaz.byDemonym(t.get(from).text()) != null
                    || ADJECTIVE_ENDING.matcher(t.get(from).text()).matches())) {
                from++; // "the Somali Islamist militant group": what kind of group, no name
            }
            if (from >= k - 2 || s.isClaimed(t.get(from).start(), t.get(k - 2).end())) {
                continue; // "a Sunni militant group": one word is a kind; "the Taliban militant group": a known body
            }
            String name = s.span(from, k - 2);
            if (!gaz.lookup(name).isEmpty() || gaz.byDemonym(name) != null || lex.titles.containsKey(name.toLowerCase(Locale.ROOT))) {
                continue; // "the Afghan militant group", "a Syrian rebel group": any group of a country
            }
            Entities.Org o = ctx.entities.org(s.span(from, k), OrganizationKind.ARMED_GROUP, null);
            o.aliases.add(name + " " + t.get(k).text());
            o.aliases.add(name);
            s.claim(t.get(from).start(), t.get(k).end());
        }
    }

    /** A name of several parts: "Balkan Trust for Democracy", "Council of Europe". */
    private static final Pattern OF_OR_FOR = Pattern.compile(".* (?:of|for) .*");

    /** Capitalised adjectives of belief or people: "Islamist", "Shiite", "Kurdish", "Pakistani". */
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("\\p{Lu}\\p{L}+(?:ist|ite|ish|ese|ian|ic|ni)");
    private static final Set<String> GROUP_HEADS = Set.of("group", "faction", "network", "militia");
    private static final Set<String> GROUP_KINDS = Set.of("militant", "rebel", "armed", "insurgent", "extremist",
            "jihadist", "terrorist", "separatist");

    /** "the Biden administration", "a Trump administration official": a government named after its leader. */
    private void administrations(ArticleContext ctx, ArticleContext.Sentence s) {
        List<Tokens.Token> t = s.tokens;
        for (int i = 1; i < t.size(); i++) {
            Tokens.Token head = t.get(i);
            Tokens.Token leader = t.get(i - 1);
            if (!head.bare().equals("administration") || !leader.capitalized() || s.isClaimed(leader.start(), head.end())
                    || Text.isPossessive(leader.text()) || lex.stopCaps.contains(leader.text()) || namesAState(leader.text())
                    || gaz.byDemonym(leader.text()) != null || leader.text().equals(leader.text().toUpperCase(Locale.ROOT))) {
                continue; // "the U.S. administration", "the Afghan administration": a state's, named by stateBodies if at all
            }
            ctx.entities.org(leader.text() + " administration", OrganizationKind.GOVERNMENT, null);
            s.claim(leader.start(), head.end());
        }
    }

    /**
     * Whether a word names a state or a place big enough to have an administration of its own ("the Kabul
     * administration"); a leader's surname that some small town shares ("Obama", "Bush") does not.
     */
    private boolean namesAState(String word) {
        return gaz.lookup(word).stream().anyMatch(e -> e.kind() == PlaceKind.COUNTRY || e.kind() == PlaceKind.PROVINCE
                || e.population() > 100_000);
    }

    private Entities.Org register(ArticleContext ctx, Lexicons.KnownOrg k) {
        Entities.Org o = ctx.entities.org(k.name(), k.kind(), k.countryCode());
        return o;
    }

    /**
     * Whether a span opening with this word can be a known surface, possessive stripped: such a surface and the word
     * begin alike, and the surface is at most two characters shorter than the word ("Taliban's"). Most words open none,
     * and looking up all six spans of each was a twentieth of the extraction time.
     */
    boolean mayStartOrg(String word) {
        int n = word.length();
        return lex.anyOrgStartsWith(word) || n > 1 && lex.org(word.substring(0, n - 1)) != null
                || n > 2 && lex.org(word.substring(0, n - 2)) != null;
    }

    private void knownOrgs(ArticleContext ctx, ArticleContext.Sentence s) {
        List<Tokens.Token> t = s.tokens;
        for (int i = 0; i < t.size(); i++) {
            String word = Text.stripPossessive(t.get(i).text());
            // only a hyphenated word can be affixed: the others spare a matcher each
            Matcher affix = word.indexOf('-') > 0 ? AFFIXED.matcher(word) : null;
            if (affix != null && affix.matches() && !affix.group(2).equals("like") && !affix.group(2).equals("style")) {
                Lexicons.KnownOrg k = lex.org(affix.group(1)); // "al-Qaida-linked", "Houthi-run"
                if (k == null && affix.group(1).indexOf('-') > 0 && Character.isUpperCase(affix.group(1).charAt(0))) {
                    k = lex.org(affix.group(1).replace('-', ' ')); // "African-Union-led": a name of two words, hyphenated
                }
                if (k != null) {
                    Entities.Org o = register(ctx, k);
                    if (!affix.group(1).equals(o.name)) {
                        o.aliases.add(affix.group(1));
                    }
                    continue;
                }
            }
            Lexicons.KnownOrg spelled = affix != null && SPELLED_OUT.matcher(word).matches() ? lex.org(word.replace("-", "")) : null;
            if (spelled != null && !s.isClaimed(t.get(i).start(), t.get(i).end())) {
                // "UNI-CEF", "W-H-O": an acronym hyphenated as a script spells it out, or cut across a line; "G-20"
                register(ctx, spelled).aliases.add(word);
                s.claim(t.get(i).start(), t.get(i).end());
                continue;
            }
            if (affix != null && STANCE.matcher(word).matches() && !s.isClaimed(t.get(i).start(), t.get(i).end())) {
                int end = stanceTowardsABody(ctx, s, i, word);
                if (end >= 0) {
                    i = end;
                    continue;
                }
            }
            if (word.indexOf('-') > 0 && lex.org(word) == null && !(affix.matches() && affix.group(2).matches("like|style"))
                    && !STANCE.matcher(word).matches()) {
                // "Israel-Hamas war": a known name inside a hyphenated word
                for (String part : word.split("-")) {
                    Lexicons.KnownOrg k = part.length() > 2 ? lex.org(part) : null;
                    if (k != null && Character.isUpperCase(part.charAt(0))) {
                        Entities.Org o = register(ctx, k);
                        if (!part.equals(o.name)) {
                            o.aliases.add(part);
                        }
                    }
                }
            }
            if (!mayStartOrg(t.get(i).text())) {
                continue;
            }
            for (int j = Math.min(t.size() - 1, i + 5); j >= i; j--) {
                String surface = s.span(i, j);
                String bare = Text.stripPossessive(surface);
                Lexicons.KnownOrg k = lex.org(bare);
                if (k == null || s.isClaimed(t.get(i).start(), t.get(j).end())) {
                    continue;
                }
                int run = runEnd(t, i);
                // "the Islamic State Group", "the Hezbollah Movement": the known body with the head word of its kind
                boolean headed = run == j + 1 && !Text.isPossessive(surface) && SAME_BODY_HEADS.contains(t.get(j + 1).bare());
                if (!headed && run > j && t.get(j + 1).capitalized() && kindOf(spanText(t, j + 1, run)) != null && !Text.isPossessive(surface)
                        || insideABodysName(t, i, j)) {
                    break; // "United Nations Office for the Coordination of ...": a body of its own, named by cueNames
                }
                // Short all-caps aliases ("IS", "AA", "AU") are too ambiguous unless the canonical name is used; "G7" is not.
                boolean bodyOfStates = k.kind() == OrganizationKind.INTERNATIONAL_ORGANIZATION && j + 1 < t.size()
                        && !t.get(j + 1).capitalized() && Character.isLetter(t.get(j + 1).text().charAt(0)); // "UN officials say"
                if (bare.length() <= 2 && !bare.equals(k.name()) && !bare.matches("\\p{Lu}\\d") && !bodyOfStates) {
                    continue;
                }
                if (i == j && !bare.equals(k.name()) && surnameAfterGivenName(t, i)) {
                    break; // "VOA's Brian Wagner reports": a one-word alias of a body ("Wagner") is a person's surname here
                }
                Gazetteer.Entry society = EMBLEMS.contains(bare) ? countryBefore(t, i) : null;
                if (society != null) {
                    // "the Chinese Red Cross", "Kenya Red Cross", "the Turkish Red Crescent": a country's own society
                    ctx.entities.org(s.span(i - 1, j), OrganizationKind.NGO, society.countryCode());
                    s.claim(t.get(i - 1).start(), t.get(j).end());
                    i = j;
                    break;
                }
                Gazetteer.Entry edition = j + 1 < t.size() && surface.equals(bare) && lex.agenciesBySurface.containsKey(bare)
                        ? firstCountry(t.get(j + 1).bare()) : null;
                if (edition != null) {
                    // "CNN Philippines reported": an outlet's edition for a country, an outlet of its own
                    ctx.entities.org(bare + " " + t.get(j + 1).bare(), OrganizationKind.NEWS_AGENCY, edition.countryCode());
                    j++;
                } else if (surface.equals(bare) && languageService(s, k, j + 1)) {
                    // "told VOA Somali that", "the VOA Somali service": an outlet's service in a language, an outlet of its own
                    boolean serviceWord = j + 2 < t.size() && t.get(j + 2).lower().equals("service");
                    serviceOf(ctx, k, t.get(j + 1).bare(), s.span(i, serviceWord ? j + 2 : j + 1));
                    j += serviceWord ? 2 : 1;
                } else if (!pictureCredit(t, i) && !(k.kind() == OrganizationKind.PLATFORM && publishersChannel(s, i))) {
                    // "told reporters at the White House", "VOA White House correspondent Jane Doe": a building, a beat
                    boolean seat = k.kind() == OrganizationKind.GOVERNMENT && i > 1 && t.get(i - 1).text().equals("the")
                            && LOCATIVES.contains(t.get(i - 2).lower())
                            || (k.kind() == OrganizationKind.GOVERNMENT || k.kind() == OrganizationKind.MILITARY)
                            && j + 1 < t.size() && REPORTERS.contains(t.get(j + 1).lower());
                    int declared = ctx.entities.orgs.size();
                    Entities.Org o = register(ctx, k);
                    if (seat && ctx.entities.orgs.size() > declared) {
                        o.passiveOnly = true; // where the body does nothing
                    } else if (!seat && k.kind() == OrganizationKind.GOVERNMENT) {
                        o.passiveOnly = false;
                    }
                    if (!bare.equals(o.name)) {
                        o.aliases.add(bare);
                    }
                    if (headed) {
                        o.aliases.add(Text.stripPossessive(s.span(i, ++j)));
                    }
                }
                s.claim(t.get(i).start(), t.get(j).end());
                i = j;
                break;
            }
        }
    }

    /**
     * "anti-Taliban operations", "pro-EU demonstrators", "a Pro-European Union activist": a stance toward a known body
     * names that body; the last token of its name, or -1. A stance toward a seat of government ("pro-Kremlin") names no
     * more of a body than "pro-government" does.
     */
    private int stanceTowardsABody(ArticleContext ctx, ArticleContext.Sentence s, int i, String word) {
        String target = word.substring(word.indexOf('-') + 1);
        List<Tokens.Token> t = s.tokens;
        if (target.isEmpty() || !Character.isUpperCase(target.charAt(0))) {
            return -1;
        }
        for (int j = Math.min(t.size() - 1, i + 4); j >= i; j--) {
            String name = j == i ? target : target + " " + Text.stripPossessive(s.span(i + 1, j));
            Lexicons.KnownOrg k = lex.org(name);
            if (k != null && k.kind() != OrganizationKind.GOVERNMENT && !s.isClaimed(t.get(i).start(), t.get(j).end())) {
                Entities.Org o = register(ctx, k);
                if (!name.equals(o.name)) {
                    o.aliases.add(name);
                }
                s.claim(t.get(i).start(), t.get(j).end());
                return j;
            }
        }
        return -1;
    }

    /** Prepositions of a building's place: "at the White House", "outside the Kremlin". */
    private static final Set<String> LOCATIVES = Set.of("at", "outside", "inside", "near", "into");
    /** The journalists a seat of government names as their beat: "the Kremlin correspondent", "a Pentagon reporter". */
    private static final Set<String> REPORTERS = Set.of("correspondent", "correspondents", "reporter", "reporters", "bureau");

    /** The movement's emblems, which a country's own society bears after the country's name or demonym. */
    private static final Set<String> EMBLEMS = Set.of("Red Cross", "Red Crescent");

    /** The country a capitalised demonym or country name right before token i names ("Chinese", "Kenya"), or null. */
    private Gazetteer.Entry countryBefore(List<Tokens.Token> t, int i) {
        if (i == 0 || !t.get(i - 1).capitalized() || Text.isPossessive(t.get(i - 1).text())) {
            return null;
        }
        Gazetteer.Entry d = gaz.byDemonym(t.get(i - 1).text());
        return d != null && d.kind() == PlaceKind.COUNTRY ? d : firstCountry(t.get(i - 1).text());
    }

    /**
     * Whether a capitalised word that may open a person's name stands right before token i: no sentence opener, place,
     * people, title or body ("Pakistani Taliban", "the Russian Wagner" stay bodies).
     */
    private boolean surnameAfterGivenName(List<Tokens.Token> t, int i) {
        if (i < 2) {
            return false; // a sentence's first word is capitalised whatever it is
        }
        Tokens.Token before = t.get(i - 1);
        String w = before.text();
        // "Islamist", "Shiite": a belief, no given name
        return before.capitalized() && !Text.isPossessive(w) && !w.equals(w.toUpperCase(Locale.ROOT)) && !lex.stopCaps.contains(w)
                && !w.endsWith("ist") && !w.endsWith("ite") && gaz.byDemonym(w) == null && gaz.lookup(w).isEmpty()
                && !lex.titles.containsKey(before.lower()) && lex.org(w) == null && kindOf(w) == null;
    }

    /**
     * "(Photo: J. Doe/VOA)", "(Photo by J. Doe/AFP)": the outlet after the photographer of a picture's credit made the
     * picture; it is no outlet of the story.
     */
    private static boolean pictureCredit(List<Tokens.Token> t, int i) {
        if (i < 2 || !t.get(i - 1).text().equals("/")) {
            return false;
        }
        for (int k = Math.max(0, i - 8); k + 1 < i - 1; k++) {
            String next = t.get(k + 1).text();
            if (PICTURE_WORDS.contains(t.get(k).lower()) && (next.equals(":") || next.equals("by"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Follow us on Facebook", "visit our Facebook page", a share bar's "Facebook Twitter Email": a platform given as the
     * publisher's own channel is page chrome, no platform of the story ("said in a post on Facebook" is one).
     */
    private static boolean publishersChannel(ArticleContext.Sentence s, int i) {
        List<Tokens.Token> t = s.tokens;
        if (i > 0 && t.get(i - 1).lower().equals("our")) {
            return true;
        }
        boolean bar = s.section != ArticleContext.Section.HEADLINE;
        for (int k = 0; k < t.size(); k++) {
            String w = t.get(k).lower();
            if (k + 1 < t.size() && FOLLOW_VERBS.contains(w) && (t.get(k + 1).lower().equals("us") || t.get(k + 1).lower().equals("our"))) {
                return true;
            }
            Lexicons.KnownOrg known = Character.isLetter(w.charAt(0)) ? Lexicons.get().org(t.get(k).text()) : null;
            bar &= !Character.isLetter(w.charAt(0)) || SHARE_WORDS.contains(w) || known != null && known.kind() == OrganizationKind.PLATFORM;
        }
        return bar;
    }

    private static final Set<String> FOLLOW_VERBS = Set.of("follow", "like", "join", "find", "visit");
    /** The other labels of a share bar beside the platforms' names. */
    private static final Set<String> SHARE_WORDS = Set.of("share", "email", "e-mail", "print", "tweet", "comment", "comments",
            "subscribe", "rss", "link", "copy", "mail");

    private static final Set<String> PICTURE_WORDS = Set.of("photo", "photos", "image", "picture", "photograph", "credit");

    /**
     * Whether the word at k after a known outlet names its service in a language: a demonym that modifies no noun after
     * it ("VOA Somali that", not "AFP Somali officials"); "VOA's Somali Service" is named by cueNames.
     */
    private boolean languageService(ArticleContext.Sentence s, Lexicons.KnownOrg outlet, int k) {
        List<Tokens.Token> t = s.tokens;
        if (k >= t.size() || !lex.agenciesBySurface.containsKey(outlet.name()) || gaz.byDemonym(t.get(k).text()) == null) {
            return false;
        }
        return k + 1 == t.size() || t.get(k + 1).lower().equals("service")
                || !t.get(k + 1).capitalized() && !s.tag(k + 1).startsWith("NOUN") && !s.tag(k + 1).startsWith("PROPN");
    }

    /**
     * An outlet's service in a language, however the copy names it ("VOA's Burmese service", "the VOA Burmese service",
     * "VOA Burmese"): one body, its later names aliases of the first.
     */
    private static Entities.Org serviceOf(ArticleContext ctx, Lexicons.KnownOrg outlet, String language, String surface) {
        String key = serviceKey(outlet.name() + " " + language);
        for (Entities.Org o : ctx.entities.orgs.values()) {
            if (o.kind == OrganizationKind.NEWS_AGENCY
                    && (serviceKey(o.name).equals(key) || o.aliases.stream().anyMatch(a -> serviceKey(a).equals(key)))) {
                if (!o.name.equals(surface)) {
                    o.aliases.add(surface);
                }
                return o;
            }
        }
        return ctx.entities.org(surface, OrganizationKind.NEWS_AGENCY, outlet.countryCode());
    }

    private static final Pattern SERVICE_HEAD = Pattern.compile("(?i)['’]s\\b| service$");

    private static String serviceKey(String name) {
        return SERVICE_HEAD.matcher(name).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a known name from i to j continues a capitalised run with an organization head word before it: "the
     * International Federation of Red Cross and Red Crescent Societies" holds "Red Cross" and "Red Crescent", which are
     * other bodies. A known name after "and" that ends the run is a body of its own beside the first: "a joint Council of
     * Europe and European Union mission".
     */
    private boolean insideABodysName(List<Tokens.Token> t, int i, int j) {
        if (i > 0 && t.get(i - 1).text().equals("and") && (j + 1 == t.size() || !t.get(j + 1).capitalized())) {
            return false;
        }
        int from = i;
        while (from > 0 && (t.get(from - 1).capitalized() || from > 1 && BINDERS.contains(t.get(from - 1).text())
                && t.get(from - 2).capitalized())) {
            from--;
        }
        return from < i && BINDERS.contains(t.get(i - 1).text()) && kindOf(spanText(t, from, i - 1)) != null;
    }

    /**
     * Whether the text has what {@link #ACRONYM} ends with: "(" with two to ten ASCII letters, the first a capital, and
     * ")"; or "," and white space, "or" and white space. Most sentences have neither, and the pattern, tried at every
     * capitalised word, costs far more than this scan.
     */
    static boolean mayHoldAcronym(String text) {
        for (int i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
            int j = i + 1;
            if (j < text.length() && text.charAt(j) >= 'A' && text.charAt(j) <= 'Z') {
                j++;
                while (j < text.length() && j - i <= 10 && isAsciiLetter(text.charAt(j))) {
                    j++;
                }
                if (j - i >= 3 && j < text.length() && text.charAt(j) == ')') {
                    return true;
                }
            }
        }
        for (int i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
            int j = i + 1;
            while (j < text.length() && isRegexSpace(text.charAt(j))) {
                j++;
            }
            if (j > i + 1 && text.startsWith("or", j) && j + 2 < text.length() && isRegexSpace(text.charAt(j + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** What the regex {@code \s} matches: [ \t\n\x0B\f\r]. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Words that bind the parts of one long name: "Federation of Red Cross and Red Crescent Societies". */
    private static final Set<String> BINDERS = Set.of("of", "and");

    private void acronyms(ArticleContext ctx, ArticleContext.Sentence s) {
        Matcher m = mayHoldAcronym(s.text) ? ACRONYM.matcher(s.text) : null;
        while (m != null && m.find()) {
            String longName = m.group(1).replaceFirst("^(?:The|A|An)\\s+", "");
            String acronym = m.group(2) != null ? m.group(2) : m.group(3);
            // Trim leading words until the initials match the acronym ("Speaking for the Baloch Liberation Army (BLA)").
            String[] words = longName.split("\\s+");
            String matched = null;
            for (int start = 0; start < words.length && matched == null; start++) {
                if (!CONNECTORS.contains(words[start]) && initialsMatch(words, start, acronym.toUpperCase(Locale.ROOT), 0)) {
                    matched = String.join(" ", List.of(words).subList(start, words.length));
                }
            }
            for (int start = 0; start < words.length && matched == null; start++) {
                String name = String.join(" ", List.of(words).subList(start, words.length));
                if (!CONNECTORS.contains(words[start]) && kindOf(name) != null && spelledBySyllables(words, start, acronym)) {
                    matched = name; // "African Union Mission in Somalia (AMISOM)": a body's name spelled by syllables
                }
            }
            if (matched == null || !gaz.lookup(matched).isEmpty()) {
                continue;
            }
            OrganizationKind kind = kindOf(matched);
            if (kind == null && INDEFINITE_BEFORE.matcher(s.text.substring(0, s.text.indexOf(matched, m.start()))).find()) {
                continue; // "a 38-year-old Master of Business Administration (MBA)": one of a kind, not a body's own name
            }
            for (Map.Entry<String, Lexicons.KnownOrg> k : lex.knownOrgsBySurface.entrySet()) {
                if (kind == null && k.getKey().length() > 3 && matched.startsWith(k.getKey() + " ")) {
                    kind = k.getValue().kind(); // "Islamic State West Africa Province": a branch of a known group
                }
            }
            Lexicons.KnownOrg known = lex.org(matched);
            Entities.Org o = known != null ? register(ctx, known)
                    : ctx.entities.org(matched, kind == null ? OrganizationKind.OTHER : kind, countryIn(ctx, matched));
            o.aliases.add(acronym);
            int at = s.text.indexOf(matched, m.start());
            s.claim(at, m.end());
        }
        // Later bare uses of a known acronym are claimed too.
        for (Entities.Org o : ctx.entities.orgs.values()) {
            for (String a : o.aliases) {
                if (a.length() >= 2 && a.equals(a.toUpperCase(Locale.ROOT))) {
                    Matcher am = Pattern.compile("\\b" + Pattern.quote(a) + "\\b").matcher(s.text);
                    while (am.find()) {
                        s.claim(am.start(), am.end());
                    }
                }
            }
        }
    }

    /**
     * Whether an acronym takes its letters in order from the words from w on, opening with the first word's initial and
     * ending in the last word: "AMISOM" of "African Union Mission in Somalia", "REMOCO" of "Regional Monitoring Committee".
     */
    private static boolean spelledBySyllables(String[] words, int w, String acronym) {
        String name = String.join(" ", List.of(words).subList(w, words.length)).toUpperCase(Locale.ROOT);
        String letters = acronym.toUpperCase(Locale.ROOT);
        int n = letters.length();
        if (n < 3 || name.charAt(0) != letters.charAt(0)) {
            return false;
        }
        int at = 0;
        for (int a = 1; a < n && at >= 0; a++) {
            // the last letter from the last word on
            at = name.indexOf(letters.charAt(a), a == n - 1 ? Math.max(at + 1, name.lastIndexOf(' ') + 1) : at + 1);
        }
        return at >= 0;
    }

    /**
     * Whether the words from w on spell the acronym from a on: a dotted abbreviation gives its letters ("U.S." two), a
     * connector may give its initial or not ("U.N. Mission in South Sudan" is UNMISS, "... Cooperation in Europe" OSCE).
     */
    private static boolean initialsMatch(String[] words, int w, String acronym, int a) {
        if (w == words.length) {
            return a == acronym.length();
        }
        String word = words[w];
        if (CONNECTORS.contains(word) || word.equals("in")) {
            if (initialsMatch(words, w + 1, acronym, a)) {
                return true;
            }
        }
        String letters = DOTTED.matcher(word).matches() ? word.replace(".", "") : word.substring(0, 1);
        return acronym.startsWith(letters.toUpperCase(Locale.ROOT), a) && initialsMatch(words, w + 1, acronym, a + letters.length());
    }

    /**
     * Capitalised runs (with of/for/the/de inside) that contain an organization head word. Headlines are skipped: their
     * title case makes every run look like a name ("Army Says", "Family Party").
     */
    private void cueNames(ArticleContext ctx, ArticleContext.Sentence s) {
        if (s.section == ArticleContext.Section.HEADLINE) {
            return;
        }
        List<Tokens.Token> t = s.tokens;
        int i = 0;
        while (i < t.size()) {
            boolean ordinal = Character.isDigit(t.get(i).text().charAt(0)) // a cheap test before the regex, at every word
                    && ORDINAL.matcher(t.get(i).text()).matches() && i + 1 < t.size() && t.get(i + 1).capitalized();
            if (!(t.get(i).capitalized() || ordinal) || s.isClaimed(t.get(i).start(), t.get(i).end())) {
                i++;
                continue;
            }
            int j = missionsPlace(t, runEnd(t, i));
            int from = i;
            // Drop sentence-start function words and a possessive country prefix ("Pakistan's Interior Ministry"); an
            // organization's possessive stays, for a unit of it ("VOA's Somali Service").
            Lexicons.KnownOrg owner = null;
            while (from < j && (lex.stopCaps.contains(t.get(from).text()) && !POSITION_WORDS.contains(t.get(from).text())
                    || Text.isPossessive(t.get(from).text()) && !PEOPLES.matcher(t.get(from).text()).matches())) {
                owner = Text.isPossessive(t.get(from).text()) ? lex.org(t.get(from).bare()) : null;
                from++;
            }
            // "the Presiding Judge of the Provincial Court of Namibe": the body is after the title's "of the".
            for (int k = from; k + 2 < j && k < from + lex.maxTitleWords; k++) {
                if (t.get(k + 1).text().equals("of") && lex.titles.containsKey(t.get(k).lower())) {
                    from = t.get(k + 2).text().equals("the") ? k + 3 : k + 2;
                    break;
                }
            }
            if (from == 0 && from + 2 < j && t.get(from + 1).text().equals("of")) {
                int rest = t.get(from + 2).text().equals("the") ? from + 3 : from + 2;
                if (rest < j && kindOf(spanText(t, rest, j)) != null) {
                    from = rest; // "Soldiers of the Philippine Army": the body is after "of the"
                }
            }
            int unitEnd = from;
            while (unitEnd < j && isUnitWord(t.get(unitEnd).text())) {
                unitEnd++;
            }
            if (unitEnd > from && unitEnd + 1 < j && t.get(unitEnd).text().equals("of")) {
                int rest = t.get(unitEnd + 1).text().equals("the") ? unitEnd + 2 : unitEnd + 1;
                if (rest < j && kindOf(spanText(t, rest, j)) != null) {
                    from = rest; // "the 51st Battalion of the Golani Brigade": a unit known by its number only is of the body
                }
            }
            while (from < j && TITLE_MODIFIERS.contains(t.get(from).text())) {
                from++; // "Deputy Police Commissioner Ali": a title's modifier opens no body's name
            }
            while (j > from && (CALENDAR_WORD.matcher(t.get(j).text()).matches() || CONNECTORS.contains(t.get(j).text()))) {
                j--; // "told the Asia-Pacific Council Thursday": a weekday or month after the name is no part of it
            }
            int longer = runThroughAnd(t, j);
            // not "Parliamentarian and Radical Party leader": a title and a party's name
            if (longer > j && !s.isClaimed(t.get(j + 2).start(), t.get(j + 2).end()) && !isTitlePhrase(spanText(t, from, j))
                    && kindOf(spanText(t, from, longer)) != null
                    && (kindOf(spanText(t, from, j)) == null || spanText(t, from, j).matches(".* (?:of|for) .*"))) {
                j = longer; // "Food and Agriculture Organization", "Department of Forestry and Fire Protection"
            }
            while (from < j && ALLIED.matcher(t.get(from).text()).matches()) {
                from++; // "SDF-allied Manbij Military Council", "Iran-backed Houthi Movement": the ally is no part of the name
            }
            if (lex.agenciesBySurface.containsKey(t.get(from).text()) && staffTitle(t, from + 1, j)) {
                s.claim(t.get(from).start(), t.get(j).end()); // "VOA Nairobi Bureau Chief Jane Doe": the outlet's own staff
                i = j + 1;
                continue;
            }
            int end = cutAtTitle(t, from, j);
            for (int k = from + 1; k <= end; k++) {
                if (s.isClaimed(t.get(k).start(), t.get(k).end())) {
                    end = k - 1; // "Addressing the United Nations General Assembly": a known body inside the run
                    break;
                }
            }
            Gazetteer.Entry ownerPlace = null;
            if (owner == null && from > 0 && from == i && Text.isPossessive(t.get(from - 1).text())) {
                owner = lex.org(t.get(from - 1).bare()); // "VOA's Somali Service" after VOA was claimed
                ownerPlace = owner == null ? placeOwning(t.get(from - 1).bare()) : null; // "Georgia's Defense Ministry"
            }
            if (end == from && from > 0 && isUnitWord(t.get(from).text()) && CARDINAL.matcher(t.get(from - 1).text()).matches()
                    && !s.isClaimed(t.get(from).start(), t.get(from).end())) {
                // "the 121 Battalion": a unit known by its number alone
                ctx.entities.org(s.span(from - 1, from), kindOf(t.get(from).text()), null);
                s.claim(t.get(from - 1).start(), t.get(from).end());
            }
            if (end == from && from == j && LEGISLATURES.contains(t.get(from).text()) && !s.isClaimed(t.get(from).start(), t.get(from).end())) {
                // "asked Congress for", "The Senate approved", "Israel's Knesset": a legislature named by its one word
                Gazetteer.Entry country = from > 0 && Text.isPossessive(t.get(from - 1).text()) ? firstCountry(t.get(from - 1).bare()) : null;
                if (country != null) {
                    placesBody(ctx, country, t.get(from - 1).text(), t.get(from).text(), OrganizationKind.GOVERNMENT);
                    s.claim(t.get(from).start(), t.get(from).end());
                } else if (from == 0 || !Text.isPossessive(t.get(from - 1).text()) && (from > i || !t.get(from - 1).capitalized())
                        || THE_COUNTRY.contains(t.get(from - 1).bare().toLowerCase(Locale.ROOT))) { // "by the country's Senate"
                    Entities.Org named = soleBodyWithHead(ctx, t.get(from).text());
                    if (named != null) {
                        named.aliases.add(t.get(from).text()); // "the Parliament" after "Ukraine's parliament": that one
                    } else {
                        ctx.entities.org(t.get(from).text(), OrganizationKind.GOVERNMENT, null);
                    }
                    s.claim(t.get(from).start(), t.get(from).end());
                }
            }
            if (end > from && SCHOOL_BUILDING.matcher(s.span(from, end)).matches()) {
                s.claim(t.get(from).start(), t.get(end).end()); // "Lakeview High School": the scene of a story, no body
            } else if (end > from) {
                String name = Text.stripPossessive(s.span(from, end));
                OrganizationKind kind = kindOf(name);
                if (kind != null && gaz.lookup(name).isEmpty() && !isTitlePhrase(name) && !LETTERED.matcher(name).matches()
                        && !chiefOfStaff(t, from, end)) {
                    Entities.Org fuller = longerName(ctx, name);
                    if (ownerPlace != null && Text.isPossessive(t.get(from - 1).text()) && !LAND_FORCES.contains(name.toLowerCase(Locale.ROOT))) {
                        placesBody(ctx, ownerPlace, t.get(from - 1).text(), name, kind);
                    } else if (fuller != null) {
                        fuller.aliases.add(name); // "the Rescue Party" after "Cambodia National Rescue Party"
                    } else if (owner != null && lex.agenciesBySurface.containsKey(owner.name()) && name.endsWith(" Service")) {
                        serviceOf(ctx, owner, name.substring(0, name.length() - " Service".length()), t.get(from - 1).text() + " " + name);
                        s.claim(t.get(from - 1).start(), t.get(end).end());
                    } else if (owner != null) {
                        ctx.entities.org(t.get(from - 1).text() + " " + name, kind, countryIn(ctx, name));
                        s.claim(t.get(from - 1).start(), t.get(end).end());
                    } else if (numbered(t, from)) {
                        ctx.entities.org(s.span(from - 2, end), kind, countryIn(ctx, name)); // "the 3rd Infantry Division"
                    } else if (!sameForcesInCapitals(ctx, name)) {
                        ctx.entities.org(name, kind, countryIn(ctx, s.span(i, end)));
                    }
                    s.claim(t.get(from).start(), t.get(end).end());
                }
            }
            i = end + 1;
        }
    }

    /**
     * The end of a mission's name that runs on through the place it serves ("the U.N. Mission in South Sudan", "the
     * African Union Mission in Somalia"): a mission is named by where it is sent. Else the run's end j.
     */
    private int missionsPlace(List<Tokens.Token> t, int j) {
        if (j + 2 >= t.size() || !t.get(j).text().equals("Mission") || !t.get(j + 1).text().equals("in")
                || !t.get(j + 2).capitalized()) {
            return j;
        }
        int place = runEnd(t, j + 2);
        return gaz.lookup(Text.stripPossessive(spanText(t, j + 2, place))).isEmpty() ? j : place;
    }

    /** The country or province a possessive names ("Georgia's Defense Ministry"), or null; a city's bodies are not meant. */
    private Gazetteer.Entry placeOwning(String word) {
        for (Gazetteer.Entry e : gaz.lookup(word)) {
            if (e.kind() == PlaceKind.COUNTRY || e.kind() == PlaceKind.PROVINCE) {
                return e;
            }
        }
        return null;
    }

    /**
     * "Russia's Defense Ministry said ... However, Georgia's Defense Ministry said": a body a place's possessive names is
     * that place's, kept apart from the same body of another place; "the Georgian Defense Ministry" later is the same.
     */
    private void placesBody(ArticleContext ctx, Gazetteer.Entry place, String possessive, String name, OrganizationKind kind) {
        String full = possessive.replace('’', '\'') + " " + name;
        Entities.Org o = ctx.entities.findOrg(full);
        if (o == null) {
            o = ctx.entities.org(full, kind, place.countryCode());
        }
        if (place.kind() == PlaceKind.COUNTRY && !place.demonyms().isEmpty()) {
            o.aliases.add(place.demonyms().get(0) + " " + name);
        }
        if (!full.equals(possessive + " " + name)) {
            o.aliases.add(possessive + " " + name);
        }
        // what the copy may call it after this ("the Ministry of Defense said"), while no other place's body shares it
        boolean shared = false;
        for (Entities.Org other : ctx.entities.orgs.values()) {
            if (other != o && other.name.endsWith("'s " + name)) {
                other.aliases.remove(name);
                shared = true;
            }
        }
        if (!shared) {
            o.aliases.add(name);
        }
    }

    /**
     * "the chief of Nigeria's Army Staff", "Pakistan's Chief of Army Staff", "the Chief of the Defence Staff": a staff
     * after "chief of" is part of a title, not a body of its own.
     */
    private static boolean chiefOfStaff(List<Tokens.Token> t, int from, int end) {
        if (!t.get(end).text().equals("Staff")) {
            return false;
        }
        for (int k = Math.max(0, from - 4); k <= from && k + 1 < t.size(); k++) {
            if (t.get(k).lower().equals("chief") && t.get(k + 1).text().equals("of")) {
                return true;
            }
        }
        return false;
    }

    /** A school for children, named where something happened to it: a building, unlike a university or a college. */
    private static final Pattern SCHOOL_BUILDING = Pattern.compile(
            ".* (?:High|Elementary|Primary|Middle|Secondary|Public|Grammar|Junior|Senior|Girls|Boys|Girls'|Boys') School");

    /** Whether an ordinal number written as "3rd" (the tokens "3" and "rd") stands right before token k. */
    private static boolean numbered(List<Tokens.Token> t, int k) {
        return k >= 2 && ORDINAL_SUFFIX.contains(t.get(k - 1).text()) && t.get(k - 2).end() == t.get(k - 1).start()
                && Character.isDigit(t.get(k - 2).text().charAt(0));
    }

    private static final Set<String> ORDINAL_SUFFIX = Set.of("st", "nd", "rd", "th");
    private static final Pattern CARDINAL = Pattern.compile("\\d{1,3}"); // not a year ("in 2008 Army chiefs")

    /**
     * A body named in lower case by its function: "the labor and social affairs department", "the national meteorological
     * institute", "Sichuan's provincial seismological bureau", "the Kaduna state police command", "Weliyow Adde police
     * department". Two function words, or one after the name of the place it serves; "the police department" alone is
     * generic.
     */
    private void functionBodies(ArticleContext ctx, ArticleContext.Sentence s) {
        List<Tokens.Token> t = s.tokens;
        for (int k = 2; k < t.size(); k++) {
            boolean head = FUNCTION_HEADS.contains(t.get(k).text());
            if (!head && !STATE_HEADS.contains(t.get(k).text()) || s.isClaimed(t.get(k).start(), t.get(k).end())
                    || k + 1 < t.size() && lex.placeNouns.containsKey(t.get(k + 1).text())) {
                continue; // "outside the Baghlan provincial council building": a building, not the body
            }
            int from = k;
            while (from > 0 && functionWord(s, from - 1)) {
                from--;
            }
            while (from < k && (t.get(from).text().equals("and") || Text.isPossessive(t.get(from).text()))) {
                from++; // "the city's police department": the owner is no function
            }
            int words = k - from;
            if (words > 0 && from > 1 && t.get(from - 2).lower().equals("the") && Text.isPossessive(t.get(from - 1).text())
                    && THE_COUNTRY.contains(t.get(from - 1).bare().toLowerCase(Locale.ROOT))) {
                // "the country's disaster management agency", "the nation's health ministry": the state's body, by function
                String function = s.span(from, k);
                Entities.Org o = declaredInAnyCase(ctx, function);
                (o != null ? o : ctx.entities.org(function, OrganizationKind.GOVERNMENT, null)).aliases.add(s.span(from - 2, k));
                s.claim(t.get(from - 2).start(), t.get(k).end());
                continue;
            }
            if (!head) {
                continue;
            }
            int owner = from;
            if (words > 0 && owner > 1 && t.get(owner - 1).text().equals("local") && t.get(owner - 2).capitalized()) {
                owner--; // "the Amiriya local municipal council"
            }
            int place = owner;
            while (place > 0 && place > owner - 3 && t.get(place - 1).capitalized() && !lex.stopCaps.contains(t.get(place - 1).text())
                    && !s.isClaimed(t.get(place - 1).start(), t.get(place - 1).end())) {
                place--; // "Weliyow Adde police department", "Sichuan's provincial seismological bureau"
            }
            if (place == owner) {
                place = from; // "the local health department": "local" alone names no owner
            }
            boolean agency = t.get(k).text().equals("agency");
            int marked = place == from ? beforeApostrophe(t, place) : -1; // "the U.N.'s", "the United Nations'"
            int ownerEnd = marked >= 0 ? marked : place - 1;
            boolean possessed = marked >= 0 || place > 0 && Text.isPossessive(t.get(place - 1).text());
            int ownerStart = place > 0 && (words > 0 || place < from) ? knownBodyEndingAt(ctx, s, ownerEnd) : -1;
            // a unit of a body named in one word ("the U.N. human rights council") or in its possessive ("the United
            // Nations' human rights office"); of a longer name only an agency is one ("the United Nations refugee
            // agency"): "the United Nations human rights office" names the U.N. itself
            Entities.Org ownerBody = ownerStart >= 0 && (agency || ownerStart == ownerEnd || possessed)
                    ? ctx.entities.findOrg(Text.stripPossessive(s.span(ownerStart, ownerEnd))) : null;
            if (ownerBody != null) {
                place = ownerStart; // "the U.N. human rights council": a unit of a known body ("the UNICEF office" is the body's)
            }
            if (agency) {
                // "the U.N. refugee agency": an agency only as a known body's unit ("the state news agency" is any outlet)
                if (ownerBody != null && words > 0 && ownerBody.kind != OrganizationKind.NEWS_AGENCY) {
                    Entities.Org unit = ctx.entities.org(ownerBody.name + " " + s.span(from, k), ownerBody.kind, ownerBody.countryCode);
                    unit.aliases.add(Text.stripPossessive(s.span(place, k)));
                    s.claim(t.get(place).start(), t.get(k).end());
                }
                continue;
            }
            if (titlesOffice(s, from, k)) {
                continue; // "the prime minister's office said": the office of whoever holds the title, no body of its own
            }
            boolean opened = from > 0 && (t.get(from - 1).lower().equals("the") || Text.isPossessive(t.get(from - 1).text()));
            if (words == 0 ? !namedOwner(s, place, from, t.get(k).text()) : words == 1 && place == from || place == from && !opened) {
                continue;
            }
            String name = Text.stripPossessive(s.span(place, k));
            Entities.Org named = k + 1 < t.size() ? ctx.entities.findOrg(t.get(k + 1).bare()) : null;
            Entities.Org before = declaredInAnyCase(ctx, name);
            if (before == null && words > 0) {
                before = nameEndingIn(ctx, s.span(from, k)); // "Guinea's electoral commission" after its "... Electoral Commission"
            }
            if (named != null) {
                named.aliases.add(name); // "the national meteorological institute INMET": the acronym names it
            } else if (before != null) {
                before.aliases.add(name); // "the war crimes court" after "Serbia's War Crimes Court": the same body
            } else {
                OrganizationKind kind = NON_STATE_HEADS.contains(t.get(k).text()) ? OrganizationKind.OTHER : OrganizationKind.GOVERNMENT;
                Entities.Org o = ctx.entities.org(name, kind, place < from ? countryIn(ctx, s.span(place, from - 1)) : null);
                if (place + 1 < k && Text.isPossessive(t.get(place).text())) {
                    o.aliases.add(s.span(place + 1, k)); // "Egypt's Coptic church": the church's own name is "Coptic church"
                }
            }
            boolean known = place < from && !gaz.lookup(t.get(place).bare()).isEmpty();
            s.claim(t.get(known ? from : place).start(), t.get(k).end()); // the place a body serves stays a place
        }
    }

    /** The declared body with this name or alias in other case, or null: "the war crimes court" after "War Crimes Court". */
    /** The body named before whose capitalised name ends in a function's words: "National Electoral Commission". */
    private static Entities.Org nameEndingIn(ArticleContext ctx, String function) {
        String ending = " " + function.toLowerCase(Locale.ROOT);
        for (Entities.Org o : ctx.entities.orgs.values()) {
            if (o.name.toLowerCase(Locale.ROOT).endsWith(ending) && Character.isUpperCase(o.name.charAt(o.name.length() - ending.length() + 1))) {
                return o;
            }
        }
        return null;
    }

    private static Entities.Org declaredInAnyCase(ArticleContext ctx, String name) {
        for (Entities.Org o : ctx.entities.orgs.values()) {
            if (o.name.equalsIgnoreCase(name) || o.aliases.stream().anyMatch(name::equalsIgnoreCase)) {
                return o;
            }
        }
        return null;
    }

    /**
     * "the Jubaland regional administration", "Puntland state forces", "the Amhara regional government": a region's own
     * government or forces, the region named before its standing in lower case, whether or not the gazetteer knows it.
     */
    private void regionalBodies(ArticleContext ctx, ArticleContext.Sentence s) {
        List<Tokens.Token> t = s.tokens;
        for (int k = 1; k + 1 < t.size(); k++) {
            if (!REGIONAL_STANDINGS.contains(t.get(k).text()) || !t.get(k - 1).capitalized()) {
                continue;
            }
            int head = k + 1;
            if (head + 1 < t.size() && t.get(head).text().equals("special") && t.get(head + 1).text().equals("forces")) {
                head++; // "Amhara regional special forces"
            }
            OrganizationKind kind = REGIONAL_HEADS.get(t.get(head).text());
            int from = k - 1;
            if (from > 0 && t.get(from - 1).capitalized() && !lex.stopCaps.contains(t.get(from - 1).text())) {
                from--; // "the Lower Shabelle regional administration"
            }
            if (kind == null || s.isClaimed(t.get(from).start(), t.get(head).end()) || lex.stopCaps.contains(t.get(from).text())
                    || Text.isPossessive(t.get(k - 1).text()) || gaz.byDemonym(t.get(k - 1).text()) != null
                    || firstCountry(s.span(from, k - 1)) != null || lex.titles.containsKey(t.get(k - 1).lower())) {
                continue; // "Somalia's regional forces", "the Somali state forces": a country's, named by stateBodies if at all
            }
            ctx.entities.org(s.span(from, head), kind, countryIn(ctx, s.span(from, k - 1)));
            s.claim(t.get(from).start(), t.get(head).end());
        }
    }

    /** How a copy says in lower case that a body is a region's: "the Jubaland regional administration". */
    private static final Set<String> REGIONAL_STANDINGS = Set.of("regional", "provincial", "state");
    /** The bodies a region has, as the copy writes them after its standing. */
    private static final Map<String, OrganizationKind> REGIONAL_HEADS = Map.of("administration", OrganizationKind.GOVERNMENT,
            "government", OrganizationKind.GOVERNMENT, "forces", OrganizationKind.MILITARY, "police", OrganizationKind.GOVERNMENT);

    /** Whether the lower-case words from "from" to before the head hold a title's possessive: "prime minister's". */
    private boolean titlesOffice(ArticleContext.Sentence s, int from, int head) {
        for (int w = from; w < head; w++) {
            if (Text.isPossessive(s.tokens.get(w).text())
                    && lex.titles.containsKey(Text.stripPossessive(s.span(from, w)).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last word of an owner whose possessive the tokenizer cut off before token k ("U.N." "'" "s", "Nations" "'"),
     * or -1.
     */
    private static int beforeApostrophe(List<Tokens.Token> t, int k) {
        int mark = k >= 2 && t.get(k - 1).text().equals("s") ? k - 2 : k - 1;
        if (mark < 1 || !APOSTROPHES.contains(t.get(mark).text()) || t.get(mark).start() != t.get(mark - 1).end()
                || mark < k - 1 && t.get(mark + 1).start() != t.get(mark).end()) {
            return -1;
        }
        return mark - 1;
    }

    private static final Set<String> APOSTROPHES = Set.of("'", "’");

    /** Where a known body named by up to three claimed words ending at k starts ("U.N.", "United Nations"), or -1. */
    private static int knownBodyEndingAt(ArticleContext ctx, ArticleContext.Sentence s, int k) {
        List<Tokens.Token> t = s.tokens;
        for (int from = k; from >= 0 && from > k - 3 && s.isClaimed(t.get(from).start(), t.get(from).end()); from--) {
            if (ctx.entities.findOrg(Text.stripPossessive(s.span(from, k))) != null) {
                return from;
            }
        }
        return -1;
    }

    /**
     * Whether the capitalised words from place to before the head name the owner of a body whose head the copy writes in
     * lower case: "the European parliament", "the Tunis court", "the U.N. Human Rights office", "Sri Lanka's Catholic
     * church". "the" or a place's possessive must open it ("a Tunis court" is any court, "Nawaz Khan's office" a
     * person's), and an office named by a place alone is a branch ("the Kabul office").
     */
    private boolean namedOwner(ArticleContext.Sentence s, int place, int head, String headWord) {
        List<Tokens.Token> t = s.tokens;
        if (place == head || !OWNED_HEADS.contains(headWord)) {
            return false;
        }
        int possessive = -1;
        for (int k = place; k < head; k++) {
            possessive = Text.isPossessive(t.get(k).text()) ? k : possessive;
        }
        if (possessive >= 0 && gaz.lookup(Text.stripPossessive(s.span(place, possessive))).isEmpty()) {
            return false; // "Prime Minister Nawaz Khan's office": a person's office names the person, no body
        }
        boolean the = place > 0 && t.get(place - 1).lower().equals("the");
        if (headWord.equals("church")) {
            return possessive >= 0; // "the Catholic church in the village" is a building
        }
        return (the || possessive >= 0) && !(headWord.equals("office") && !gaz.lookup(s.span(place, head - 1)).isEmpty());
    }

    /** Heads of bodies a copy writes in lower case after the name of their owner: "the European parliament". */
    private static final Set<String> OWNED_HEADS = Set.of("council", "parliament", "court", "syndicate", "commission",
            "office", "church");

    /** A lower-case word of a body's function: "social", "affairs", "seismological", "prosecutor's"; "and" between them. */
    private boolean functionWord(ArticleContext.Sentence s, int k) {
        Tokens.Token tok = s.tokens.get(k);
        String w = tok.text();
        return !tok.capitalized() && Character.isLetter(w.charAt(0)) && !NOT_FUNCTION_WORDS.contains(w)
                && !lex.numberWords.containsKey(w) && !s.isClaimed(tok.start(), tok.end())
                && !PREPOSITIONS.contains(w) // "since Garcia came into office": a clause's preposition, no function
                && (!w.equals("and") || k > 0 && !s.tokens.get(k - 1).capitalized());
    }

    /** The prepositions NOT_FUNCTION_WORDS leaves out, a closed class: no function of a body ("came into office"). */
    private static final Set<String> PREPOSITIONS = Set.of("into", "onto", "through", "over", "under", "about", "after",
            "before", "since", "during", "against", "out", "off", "up", "down", "as", "than", "behind", "across", "toward",
            "towards", "within", "without", "upon", "via", "among", "between", "until", "like", "near", "inside", "outside");

    private static final Set<String> FUNCTION_HEADS = Set.of("department", "bureau", "institute", "office", "directorate",
            "command", "association", "council", "parliament", "court", "syndicate", "commission", "church", "agency");
    /** Heads of a state's bodies named by function after "the country's": "the country's health ministry". */
    private static final Set<String> STATE_HEADS = Set.of("ministry", "agency", "service", "authority", "commission",
            "administration");
    /** What stands for the state of the story before its bodies: "the country's", "the nation's". */
    private static final Set<String> THE_COUNTRY = Set.of("country", "nation", "kingdom", "republic");
    /** Heads of bodies that need not be the state's: "the national football association". */
    private static final Set<String> NON_STATE_HEADS = Set.of("institute", "association", "syndicate", "church");
    /** Lower-case words that are no function of a body: "the same office", "a new department", "his office". */
    private static final Set<String> NOT_FUNCTION_WORDS = Set.of("the", "a", "an", "same", "new", "other", "own", "main",
            "head", "former", "this", "that", "his", "her", "their", "its", "our", "my", "your", "of", "in", "at", "to",
            "for", "by", "from", "with", "on", "said", "says", "told", "was", "is", "were", "are", "has", "have", "had",
            "local", "public", "regional", "whose", "which", "who");

    /** "Battalion", "Brigade": a military unit's head word alone, the name of no unit. */
    private boolean isUnitWord(String word) {
        return unitWords.computeIfAbsent(word, w -> {
            OrganizationKind kind = kindOf(w);
            return kind == OrganizationKind.MILITARY || kind == OrganizationKind.ARMED_GROUP;
        });
    }

    /** The article's words already asked about: each capitalised word is asked again at every run that holds it. */
    private final Map<String, Boolean> unitWords = new HashMap<>();

    /** Words that make a title of another ("Deputy Police Commissioner"), never the first word of a body's name. */
    private static final Set<String> TITLE_MODIFIERS = Set.of("Deputy", "Acting", "Assistant", "Vice", "Former");
    private static final Pattern CALENDAR_WORD = Pattern.compile("(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February"
            + "|March|April|June|July|August|September|October|November|December");
    /** "Group A", "Pool B": a group of a draw or a league, named by a letter, is no organization. */
    private static final Pattern LETTERED = Pattern.compile(".* \\p{Lu}");

    /** Position words that open a body's name ("the Southern Transitional Council", "the Central Bank"), not a place's. */
    private static final Set<String> POSITION_WORDS = Set.of("North", "South", "East", "West", "Northern", "Southern",
            "Eastern", "Western", "Central", "Upper", "Lower");

    /** A declared organization whose full name ends with this shorter one. */
    private static Entities.Org longerName(ArticleContext ctx, String name) {
        for (Entities.Org o : ctx.entities.orgs.values()) {
            if (o.name.endsWith(" " + name) && o.name.length() > name.length() + 3) {
                return o;
            }
        }
        return null;
    }

    /** Head words a known body's name may carry without naming another body: "Islamic State Group". */
    private static final Set<String> SAME_BODY_HEADS = Set.of("Group", "Movement", "Organization", "Organisation", "Network");

    /** Capitals (and a group's number) in hyphenated parts: "UNI-CEF", "W-H-O", "G-20". */
    private static final Pattern SPELLED_OUT = Pattern.compile("\\p{Lu}+(?:-[\\p{Lu}\\d]+)+");
    /** "anti-Taliban", "pro-Kremlin": a stance towards a body, no mention of it as an actor. */
    private static final Pattern STANCE = Pattern.compile("(?i)(?:pro|anti)-.+");
    /** "al-Qaida-linked", "Saudi-led", "Twitter-like": a name with a lower-case affix. */
    private static final Pattern AFFIXED = Pattern.compile("((?:al-|el-)?\\p{Lu}[\\p{L}'’-]*?)-(linked|affiliated|allied|aligned|backed|led|run|controlled|inspired|related|like|style)");

    /** An acronym's letters: three to six capitals, before any hyphen ("GCC" of "GCC-U.S."). */
    private static final Pattern BARE_ACRONYM = Pattern.compile("(\\p{Lu}{3,6})(?:-.*)?");

    /**
     * "the GCC nations ... the GCC-U.S. summit": an unknown acronym the prose uses in two sentences or more, among words
     * in lower case, no place and no known body, is a body the copy expects its reader to know.
     */
    private void repeatedAcronyms(ArticleContext ctx) {
        Map<String, Integer> sentences = new HashMap<>();
        Set<String> bodyLike = new HashSet<>();
        Set<String> unlike = new HashSet<>();
        for (ArticleContext.Sentence s : ctx.sentences) {
            if (s.section == ArticleContext.Section.HEADLINE) {
                continue;
            }
            Set<String> here = new HashSet<>();
            List<Tokens.Token> t = s.tokens;
            for (int i = 0; i < t.size(); i++) {
                String w = t.get(i).text();
                // a cheap test before the regex, at every word
                Matcher m = w.length() >= 3 && Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(w.charAt(1))
                        ? BARE_ACRONYM.matcher(t.get(i).bare()) : null;
                if (m == null || !m.matches() || shouted(t, i - 1) || shouted(t, i + 1) || s.isClaimed(t.get(i).start(), t.get(i).end())) {
                    continue;
                }
                here.add(m.group(1));
                if (i > 0 && Character.isDigit(t.get(i - 1).text().charAt(0))) {
                    unlike.add(m.group(1)); // "10:40 UTC": a clock's zone
                } else if (i > 0 && t.get(i - 1).lower().equals("the") && i + 1 < t.size() && !t.get(i + 1).capitalized()) {
                    bodyLike.add(m.group(1)); // "the GCC nations", "the ABC said": used as a body's name is
                }
            }
            here.forEach(a -> sentences.merge(a, 1, Integer::sum));
        }
        sentences.forEach((acronym, count) -> {
            if (count >= 2 && bodyLike.contains(acronym) && !unlike.contains(acronym) && gaz.lookup(acronym).isEmpty()
                    && lex.org(acronym) == null && !lex.stopCaps.contains(acronym) && ctx.entities.findOrg(acronym) == null) {
                ctx.entities.org(acronym, OrganizationKind.OTHER, null);
            }
        });
    }

    /**
     * "state broadcaster CCTV", "the meteorological institute INMET", "the election watchdog Comfrel": an unknown acronym or
     * single name labelled by what it is; "the ISAF spokesman": an unknown acronym that a title follows.
     */
    private void labelledAcronyms(ArticleContext ctx, ArticleContext.Sentence s) {
        List<Tokens.Token> t = s.tokens;
        for (int i = 0; i < t.size(); i++) {
            Tokens.Token tok = t.get(i);
            String text = tok.text();
            if (!tok.capitalized() || s.isClaimed(tok.start(), tok.end())) {
                continue;
            }
            // "U.S" that lost its last dot is an abbreviation, no acronym of a body
            boolean acronym = text.length() >= 3 && text.length() <= 8 && text.equals(text.toUpperCase(Locale.ROOT))
                    && Character.isLetter(text.charAt(0)) && text.indexOf('.') < 0 && gaz.lookup(text).isEmpty();
            Entities.Org initialled = acronym ? initialsOf(ctx, text) : null;
            if (initialled != null) {
                initialled.aliases.add(text); // "the NLC and TUC respectively" after "Nigerian Labor Congress"
                s.claim(tok.start(), tok.end());
                continue;
            }
            OrganizationKind kind = i > 0 && ACRONYM_LABELS.contains(t.get(i - 1).text()) ? LABEL_KINDS.get(t.get(i - 1).text()) : null;
            if (kind == null && acronym && i > 1 && i + 1 < t.size() && t.get(i - 1).text().equals(",")
                    && t.get(i + 1).text().equals(",") && ACRONYM_LABELS.contains(t.get(i - 2).text())) {
                kind = LABEL_KINDS.get(t.get(i - 2).text()); // "the regional bloc, ECOWAS, appealed": the label in apposition
            }
            if (kind == null && acronym && !shouted(t, i - 1) && !shouted(t, i + 1)
                    && (titleAfter(s, i) || i + 1 < t.size() && FOLLOWERS.contains(t.get(i + 1).text()))) {
                kind = OrganizationKind.OTHER;
            } else if (kind == null || !acronym && !singleName(s, i)) {
                continue;
            }
            Entities.Org o = ctx.entities.org(tok.bare(), kind, null);
            s.claim(tok.start(), tok.end());
            if (!acronym) {
                o.aliases.add(tok.bare().toUpperCase(Locale.ROOT)); // "Comfrel" is written "COMFREL" too
            }
        }
    }

    /** People who belong to a body, after its acronym: "attacked MDC supporters", "the PDP lawmakers". */
    private static final Set<String> FOLLOWERS = Set.of("supporters", "members", "loyalists", "lawmakers", "legislators",
            "candidates", "fighters", "militants");

    /** A word in capitals next to the acronym: copy in capitals ("SECRETARY POWELL"), where a title proves nothing. */
    private static boolean shouted(List<Tokens.Token> t, int k) {
        if (k < 0 || k >= t.size()) {
            return false;
        }
        String text = t.get(k).text();
        return text.length() > 1 && Character.isLetter(text.charAt(0)) && text.equals(text.toUpperCase(Locale.ROOT));
    }

    /** A lone capitalised word, no place, people, title or calendar word: "the watchdog Comfrel said". */
    private boolean singleName(ArticleContext.Sentence s, int i) {
        List<Tokens.Token> t = s.tokens;
        String bare = t.get(i).bare();
        return (i + 1 == t.size() || !t.get(i + 1).capitalized()) && bare.length() > 2 && !lex.stopCaps.contains(bare)
                && gaz.lookup(bare).isEmpty() && gaz.byDemonym(bare) == null && !lex.titles.containsKey(bare.toLowerCase(Locale.ROOT));
    }

    /** Whether a title follows token i, after capitalised words at most: "ISAF spokesman", "the ISAF Public Affairs Director". */
    private boolean titleAfter(ArticleContext.Sentence s, int i) {
        List<Tokens.Token> t = s.tokens;
        for (int start = i + 1; start < t.size() && start <= i + 3; start++) {
            for (int end = start; end < t.size() && end < start + lex.maxTitleWords; end++) {
                if (lex.titles.containsKey(s.span(start, end).toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            if (!t.get(start).capitalized()) {
                return false;
            }
        }
        return false;
    }

    /** The declared organization whose initials the acronym is: "the NLC" after "Nigerian Labor Congress". */
    private static Entities.Org initialsOf(ArticleContext ctx, String acronym) {
        for (Entities.Org o : ctx.entities.orgs.values()) {
            StringBuilder initials = new StringBuilder();
            for (String w : Text.SPACES.split(o.name)) {
                if (!w.isEmpty() && !CONNECTORS.contains(w)) {
                    initials.append(w.charAt(0));
                }
            }
            if (initials.length() > 1 && initials.toString().equals(acronym)) {
                return o;
            }
        }
        return null;
    }

    /** The one-word names of legislatures, which wire copy uses alone ("Congress", "the Senate", "the Knesset"). */
    private static final Set<String> LEGISLATURES = Set.of("Congress", "Senate", "Parliament", "Knesset", "Duma", "Bundestag",
            "Majlis", "Sejm", "Rada", "Khural");

    /** Lower-case labels after a name that say it is a unit of forces: "Iran's elite Quds force", "the Hamza brigade". */
    private static final Map<String, OrganizationKind> UNIT_LABELS = Map.of("force", OrganizationKind.MILITARY,
            "regiment", OrganizationKind.MILITARY, "battalion", OrganizationKind.MILITARY, "brigade", OrganizationKind.ARMED_GROUP,
            "brigades", OrganizationKind.ARMED_GROUP);

    /** Lower-case labels after a name that say it is a party's or an alliance's: "the Citizen Unity party". */
    private static final Map<String, OrganizationKind> PARTY_LABELS = Map.of("party", OrganizationKind.POLITICAL_PARTY,
            "coalition", OrganizationKind.ALLIANCE, "alliance", OrganizationKind.ALLIANCE);

    /** Lower-case words that bind the capitalised parts of a party's name: "Union for Peace and Progress". */
    private static final Set<String> PARTY_NAME_BINDERS = Set.of("of", "and", "for");

    /**
     * Where a name ending in capitalised words from "from" on starts when lower-case binders join it to capitalised
     * parts before ("Movement for Democracy and Justice"), up to eight words in all; "from" when none do.
     */
    private int boundNameStart(List<Tokens.Token> t, int from) {
        int start = from;
        int k = from;
        while (k >= 2 && k > from - 8 && PARTY_NAME_BINDERS.contains(t.get(k - 1).text()) && t.get(k - 2).capitalized()
                && !Text.isPossessive(t.get(k - 2).text()) && !lex.stopCaps.contains(t.get(k - 2).text())) {
            k -= 2;
            while (k > 0 && k > from - 8 && t.get(k - 1).capitalized() && !Text.isPossessive(t.get(k - 1).text())
                    && !lex.stopCaps.contains(t.get(k - 1).text())) {
                k--;
            }
            start = k;
        }
        return start;
    }

    /** Lower-case nouns that say the capitalised name before them is a news outlet: "Tuoi Tre newspaper". */
    private static final Set<String> OUTLET_LABELS = Set.of("newspaper", "daily", "broadcaster", "television", "channel",
            "radio", "website", "magazine", "weekly", "tabloid");

    /** Who runs a body, said in one hyphenated word before its name: "the state-run New Light of Myanmar said". */
    private static final Set<String> RUN_BY_DESCRIPTORS = Set.of("state-run", "state-owned", "state-controlled",
            "government-run", "government-owned", "government-controlled", "party-run", "army-run", "military-run");

    /**
     * "The state-run New Light of Myanmar said", "the government-owned Daily Star reported": a name after who runs it,
     * subject of a reporting verb, is an outlet whose label the copy left out.
     */
    private void outletsRunBy(ArticleContext ctx, ArticleContext.Sentence s) {
        List<Tokens.Token> t = s.tokens;
        for (int k = 0; k + 2 < t.size(); k++) {
            if (!RUN_BY_DESCRIPTORS.contains(t.get(k).lower()) || !t.get(k + 1).capitalized()
                    || s.isClaimed(t.get(k + 1).start(), t.get(k + 1).end())) {
                continue;
            }
            int end = runEnd(t, k + 1);
            if (end + 1 >= t.size() || !lex.reportingVerbs.contains(t.get(end + 1).lower())) {
                continue;
            }
            String name = s.span(k + 1, end);
            if (gaz.lookup(name).isEmpty() && lex.org(name) == null) {
                ctx.entities.org(name, OrganizationKind.NEWS_AGENCY, null);
                s.claim(t.get(k + 1).start(), t.get(end).end());
            }
        }
    }

    /** Words that say who runs an outlet or how far it reaches, capitalised only by the sentence or a headline. */
    private static final Set<String> OUTLET_DESCRIPTORS = Set.of("state", "state-run", "state-owned", "state-controlled",
            "public", "national", "local", "official", "government", "government-run", "private", "independent",
            "regional", "opposition", "pro-government", "foreign", "provincial");

    /**
     * "told the Tuoi Tre newspaper", "Geo television reported": a capitalised name the copy labels as an outlet after
     * it, a body a reader knows by that label alone ("state television" and "Pakistani television" name none); "the
     * Awakening movement", a movement so labelled; and "of the Citizen Unity party", "the Nueva Patria coalition", a
     * party or an alliance whose label the copy writes in lower case after its name.
     */
    private void labelledOutlets(ArticleContext ctx, ArticleContext.Sentence s) {
        List<Tokens.Token> t = s.tokens;
        for (int k = 1; k < t.size(); k++) {
            // "the Awakening movement"; not "the Islamist movement Hezb al-Islam", whose name comes after the label
            // "the Islamist party" says what kind; "the Bangladesh Communist party" is a name the -ist word ends
            boolean kindWord = t.get(k - 1).text().endsWith("ist") && (k < 2 || !t.get(k - 2).capitalized());
            boolean movement = (t.get(k).text().equals("movement") || PARTY_LABELS.containsKey(t.get(k).text())
                    || UNIT_LABELS.containsKey(t.get(k).text()))
                    && !kindWord && (k + 1 == t.size() || !t.get(k + 1).capitalized());
            if (!OUTLET_LABELS.contains(t.get(k).text()) && !movement || !t.get(k - 1).capitalized() || Text.isPossessive(t.get(k - 1).text())) {
                continue; // "the Agency's website": a body's own site, named by the body
            }
            int from = k - 1;
            while (from > 0 && from > k - 4 && t.get(from - 1).capitalized() && !lex.stopCaps.contains(t.get(from - 1).text())
                    && !Text.isPossessive(t.get(from - 1).text())) {
                from--; // "Afghanistan's Tolo television": the owner's country is no part of the name
            }
            if (movement && PARTY_LABELS.containsKey(t.get(k).text())) {
                from = boundNameStart(t, from); // "the Unity for Democracy and Justice party"
            }
            if (from == 0 && lex.stopCaps.contains(t.get(0).text()) || s.isClaimed(t.get(from).start(), t.get(k - 1).end())
                    || from == k - 1 && OUTLET_DESCRIPTORS.contains(t.get(from).lower())) {
                continue; // "State television showed ...", "National Radio said": who runs it or where, no outlet's name
            }
            String name = Text.stripPossessive(s.span(from, k - 1));
            if (from == k - 1 && gaz.byDemonym(name) != null || !gaz.lookup(name).isEmpty() || lex.titles.containsKey(name.toLowerCase(Locale.ROOT))) {
                continue; // "Afghan television", "Iran radio": a country's outlets in general
            }
            if (movement && UNIT_LABELS.containsKey(t.get(k).text())) {
                if (from == 0 || lex.org(name) != null || from == k - 1 && (ADJECTIVE_ENDING.matcher(name).matches() || kindOf(name) != null)
                        || ALLIED.matcher(name).matches() || t.subList(from, k).stream().anyMatch(w -> lex.titles.containsKey(w.lower()))) {
                    continue; // "Government force", "the Islamist brigade", "the AU force": what kind of unit, or whose
                }
                ctx.entities.org(s.span(from, k), UNIT_LABELS.get(t.get(k).text()), null).aliases.add(name);
                s.claim(t.get(from).start(), t.get(k).end());
            } else if (movement && PARTY_LABELS.containsKey(t.get(k).text())) {
                boolean kinds = t.subList(from, k).stream().allMatch(w -> ADJECTIVE_ENDING.matcher(w.text()).matches()
                        || gaz.byDemonym(w.text()) != null); // "the Egyptian Islamist party": which kind, whose
                if (from == k - 1 && ADJECTIVE_ENDING.matcher(name).matches() || t.get(k - 1).text().endsWith("ist") && kinds
                        || from == 0 || t.get(from - 1).capitalized()
                        || ALLIED.matcher(name).matches() || k + 1 < t.size() && t.get(k + 1).text().equals("government")
                        || t.subList(from, k).stream().anyMatch(w -> lex.titles.containsKey(w.lower()))) {
                    // "the Islamist party": what kind of party; "the NATO-led coalition": who leads it; "Prime Minister
                    // Vajpayees coalition government": a government, named after its leader
                    continue;
                }
                ctx.entities.org(name, PARTY_LABELS.get(t.get(k).text()), null).aliases.add(name + " " + t.get(k).text());
                s.claim(t.get(from).start(), t.get(k).end());
            } else if (movement) {
                ctx.entities.org(name + " movement", OrganizationKind.OTHER, null).aliases.add(name); // "the Awakening movement"
                s.claim(t.get(from).start(), t.get(k).end());
            } else {
                ctx.entities.org(name, OrganizationKind.NEWS_AGENCY, null);
                s.claim(t.get(from).start(), t.get(k - 1).end());
            }
        }
    }

    /**
     * "the newspaper Yeni Yasam", "the Spanish daily El Mundo", "a movement called the Harakat al-Ansar", "a militia known
     * as the Sons of the Valley": a name of several words after the noun that says what it is, or after "called" or
     * "known as" such a noun, in whatever language the name is.
     */
    private void labelledNames(ArticleContext ctx, ArticleContext.Sentence s) {
        List<Tokens.Token> t = s.tokens;
        for (int k = 0; k + 2 < t.size(); k++) {
            OrganizationKind kind = NAME_LABELS.contains(t.get(k).text()) ? LABEL_KINDS.get(t.get(k).text()) : null;
            if (kind == null || k > 0 && Text.isPossessive(t.get(k - 1).text())) {
                continue; // "the group's leader"
            }
            int start = k + 1;
            boolean called = false;
            if (t.get(start).text().equals("called") || t.get(start).text().equals("named")) {
                start++;
                called = true;
            } else if (t.get(start).text().equals("known") && start + 1 < t.size() && t.get(start + 1).text().equals("as")) {
                start += 2;
                called = true;
            }
            if (called && start < t.size() && t.get(start).text().equals("the")) {
                start++;
            }
            if (start >= t.size() || !t.get(start).capitalized() || s.isClaimed(t.get(start).start(), t.get(start).end())
                    || lex.titles.containsKey(t.get(start).lower()) || CALENDAR_WORD.matcher(t.get(start).text()).matches()) {
                continue;
            }
            int end = runEnd(t, start);
            while (end > start && (CALENDAR_WORD.matcher(t.get(end).text()).matches() || CONNECTORS.contains(t.get(end).text()))) {
                end--; // "told the newspaper Yeni Yasam Monday"
            }
            for (int j = start + 1; j <= end; j++) {
                if (s.isClaimed(t.get(j).start(), t.get(j).end()) || lex.titles.containsKey(t.get(j).lower())) {
                    end = j - 1; // "the party Chairman John Doe": a title ends the name
                    break;
                }
            }
            String name = Text.stripPossessive(s.span(start, end));
            if (end == start && !called || (called ? firstCountry(name) != null : !gaz.lookup(name).isEmpty())
                    || gaz.byDemonym(t.get(start).bare()) != null) {
                // a single word is labelledAcronyms'; "the group Afghan officials blamed": a demonym opens no name; "a
                // militia known as Fano": a name so given is the body's even where a town somewhere has it too
                continue;
            }
            ctx.entities.org(name, kind, null);
            s.claim(t.get(start).start(), t.get(end).end());
            k = end;
        }
    }

    /**
     * "Jammaatul Ahrar, a group that broke away from ...", "X, an Islamist militia linked to ...", "X, a state-owned
     * company,": a capitalised name set off by a comma and a label of a body is that body, whatever language the name is
     * in. The label must end the description ("Jane Doe, a party leader" is a person): punctuation or a word that goes on
     * describing a body follows it.
     */
    private void appositionLabels(ArticleContext ctx, ArticleContext.Sentence s) {
        List<Tokens.Token> t = s.tokens;
        for (int c = 1; c + 2 < t.size() && s.section != ArticleContext.Section.HEADLINE; c++) {
            if (!t.get(c).text().equals(",") || !(t.get(c + 1).lower().equals("a") || t.get(c + 1).lower().equals("an"))) {
                continue;
            }
            int label = c + 2;
            while (label < t.size() && label < c + 6 && !APPOSITION_LABELS.contains(t.get(label).text())
                    && Character.isLetter(t.get(label).text().charAt(0))
                    && (!t.get(label).capitalized() || t.get(label).text().indexOf('-') > 0
                    || t.get(label).text().endsWith("ist") || gaz.byDemonym(t.get(label).text()) != null)) {
                label++; // "a self-defense", "an Iran-backed armed", "an Islamist", "a Malian": what kind of body
            }
            if (label >= t.size() || !APPOSITION_LABELS.contains(t.get(label).text())
                    || label + 1 < t.size() && !endsDescription(t.get(label + 1))) {
                continue;
            }
            int end = c - 1;
            int from = end;
            while (from > 0 && from > end - 5 && (t.get(from - 1).capitalized() || ARABIC_ARTICLE.matcher(t.get(from - 1).text()).matches())) {
                from--;
            }
            while (from < end && lex.stopCaps.contains(t.get(from).text())) {
                from++; // "In Kidal, ..." is no body's name; "The" opens a sentence, not the name
            }
            if (!t.get(end).capitalized() || s.isClaimed(t.get(from).start(), t.get(end).end())
                    || lex.stopCaps.contains(t.get(from).text())) {
                continue;
            }
            String name = s.span(from, end);
            if (!gaz.lookup(name).isEmpty() || gaz.byDemonym(name) != null || lex.titles.containsKey(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            ctx.entities.org(name, LABEL_KINDS.get(t.get(label).text()), null);
            s.claim(t.get(from).start(), t.get(end).end());
        }
    }

    /** What may follow a label that ends the description of a body: punctuation or a word that goes on describing it. */
    private static boolean endsDescription(Tokens.Token next) {
        return !Character.isLetter(next.text().charAt(0)) || DESCRIPTION_GOES_ON.contains(next.lower());
    }

    private static final Set<String> DESCRIPTION_GOES_ON = Set.of("that", "which", "whose", "linked", "based", "allied",
            "active", "fighting", "known", "of", "in", "with", "behind", "from", "founded", "formed", "loyal", "close",
            "tied", "opposed", "backed", "operating", "affiliated", "seeking", "and", "or", "for", "to", "made", "led",
            "run", "owned", "blamed", "accused");

    /** The labels that say what a name set off before them is: "X, a militant group", "X, a mining company". */
    private static final Set<String> APPOSITION_LABELS = Set.of("group", "faction", "movement", "organization", "organisation",
            "militia", "party", "company", "firm", "charity", "alliance", "coalition", "newspaper", "broadcaster", "outlet",
            "watchdog");

    /** The kind of body a label noun before a name says it is: "the newspaper X", "the broadcaster NTV". */
    private static final Map<String, OrganizationKind> LABEL_KINDS = Map.ofEntries(
            Map.entry("newspaper", OrganizationKind.NEWS_AGENCY), Map.entry("daily", OrganizationKind.NEWS_AGENCY),
            Map.entry("weekly", OrganizationKind.NEWS_AGENCY), Map.entry("magazine", OrganizationKind.NEWS_AGENCY),
            Map.entry("broadcaster", OrganizationKind.NEWS_AGENCY), Map.entry("channel", OrganizationKind.NEWS_AGENCY),
            Map.entry("television", OrganizationKind.NEWS_AGENCY), Map.entry("outlet", OrganizationKind.NEWS_AGENCY),
            Map.entry("website", OrganizationKind.NEWS_AGENCY), Map.entry("group", OrganizationKind.OTHER),
            Map.entry("movement", OrganizationKind.OTHER), Map.entry("organization", OrganizationKind.OTHER),
            Map.entry("militia", OrganizationKind.ARMED_GROUP), Map.entry("party", OrganizationKind.POLITICAL_PARTY),
            Map.entry("company", OrganizationKind.COMPANY), Map.entry("firm", OrganizationKind.COMPANY),
            Map.entry("network", OrganizationKind.OTHER), Map.entry("agency", OrganizationKind.OTHER),
            Map.entry("institute", OrganizationKind.OTHER), Map.entry("watchdog", OrganizationKind.OTHER),
            Map.entry("regulator", OrganizationKind.GOVERNMENT), Map.entry("monitor", OrganizationKind.NGO),
            Map.entry("force", OrganizationKind.MILITARY), Map.entry("mission", OrganizationKind.INTERNATIONAL_ORGANIZATION),
            Map.entry("body", OrganizationKind.OTHER), Map.entry("bloc", OrganizationKind.ALLIANCE),
            Map.entry("grouping", OrganizationKind.ALLIANCE),
            Map.entry("faction", OrganizationKind.OTHER), Map.entry("organisation", OrganizationKind.OTHER),
            Map.entry("charity", OrganizationKind.NGO), Map.entry("alliance", OrganizationKind.ALLIANCE),
            Map.entry("coalition", OrganizationKind.ALLIANCE));
    /** Labels that say the words after them are a body's name: "the newspaper Yeni Yasam", "the militant group X". */
    private static final Set<String> NAME_LABELS = Set.of("newspaper", "daily", "weekly", "magazine", "broadcaster", "channel",
            "outlet", "website", "group", "movement", "organization", "militia", "party", "company", "firm", "network", "charity");
    /** Labels that say the acronym after them is a body's: "the broadcaster NTV", "the watchdog SOHR". */
    private static final Set<String> ACRONYM_LABELS = Set.of("broadcaster", "agency", "newspaper", "daily", "channel",
            "television", "outlet", "institute", "company", "firm", "group", "party", "watchdog", "regulator", "monitor",
            "network", "force", "mission", "body", "bloc", "grouping");

    /** The last token of a capitalised run starting at i: "Communist Party of the Philippines", "Santa Rosa de Lima Cartel". */
    private static int runEnd(List<Tokens.Token> t, int i) {
        int j = i;
        while (j + 1 < t.size()) {
            Tokens.Token next = t.get(j + 1);
            boolean arabicArticle = ARABIC_ARTICLE.matcher(next.text()).matches(); // "Hezb al-Islam", "Ansar al-Sharia"
            if ((next.capitalized() || arabicArticle) && (!Text.isPossessive(t.get(j).text()) || PEOPLES.matcher(t.get(j).text()).matches())) {
                j++; // "Cambodian People's Party", "People's Liberation Army"
            } else if (j + 2 < t.size() && pluralApostrophe(t.get(j), next) && t.get(j + 2).capitalized()) {
                j += 2; // "Kurdistan Workers’ Party": the apostrophe of a plural is a token of its own
            } else if (TRANSLITERATED_BINDERS.contains(next.text()) && j + 2 < t.size()
                    && (t.get(j + 2).capitalized() || ARABIC_ARTICLE.matcher(t.get(j + 2).text()).matches())) {
                j += 2; // "Nusrat al-Islam wal Muslimeen"
            } else if (CONNECTORS.contains(next.text()) && !next.text().equals("and") && j + 2 < t.size()
                    && t.get(j + 2).capitalized() && !placesPossessive(t.get(j + 2))) {
                // "the 121 Battalion of India's paramilitary force": a place's possessive opens the next phrase
                j += 2;
            } else if ((next.text().equals("of") || next.text().equals("for")) && j + 3 < t.size()
                    && t.get(j + 2).text().equals("the") && t.get(j + 3).capitalized()) {
                j += 3;
            } else {
                break;
            }
        }
        return j;
    }

    /** "Workers" then "’" written together: a plural's possessive apostrophe. */
    private static boolean pluralApostrophe(Tokens.Token word, Tokens.Token next) {
        String a = next.text();
        return (a.equals("’") || a.equals("'")) && word.text().endsWith("s") && word.end() == next.start();
    }

    /** "India's": a place's possessive ("Court of Arbitration for Sport's decision" keeps its last word). */
    private static boolean placesPossessive(Tokens.Token tok) {
        return Text.isPossessive(tok.text()) && !Gazetteer.get().lookup(tok.bare()).isEmpty();
    }

    /** The run extended over "and"/"to" between capitalised words: "Committee to Protect Journalists". */
    private static int runThroughAnd(List<Tokens.Token> t, int j) {
        int end = j;
        while (end + 2 < t.size() && (t.get(end + 1).text().equals("and") || t.get(end + 1).text().equals("to"))
                && t.get(end + 2).capitalized()) {
            end = runEnd(t, end + 2);
        }
        return end;
    }

    /** "European Council President Charles Michel": a title after the organization's head word ends the name. */
    private int cutAtTitle(List<Tokens.Token> t, int from, int to) {
        for (int k = from + 1; k <= to; k++) {
            // "National Police Chief Jane Doe": a title whose first word is the body's head ("police chief") ends it too
            boolean title = lex.titles.containsKey(t.get(k).lower())
                    || lex.titles.containsKey(t.get(k - 1).lower() + " " + t.get(k).lower());
            if (title && kindOf(spanText(t, from, k - 1)) != null) {
                return k - 1;
            }
        }
        return to;
    }

    private static String spanText(List<Tokens.Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(t.get(k).text());
        }
        return b.toString();
    }

    /** A title inside a run after an outlet's name: "Bureau Chief", "Senior Correspondent", "Director". */
    private boolean staffTitle(List<Tokens.Token> t, int from, int to) {
        for (int k = from; k <= to; k++) {
            String w = t.get(k).lower();
            if (w.equals("chief") || REPORTERS.contains(w) || lex.titles.containsKey(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean isTitlePhrase(String name) {
        return lex.titles.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /**
     * "the Pakistani army", "Ukraine's military", "the Indian foreign ministry", "Russian troops"; a body of a province or
     * city ("Logar's provincial council", "Beijing's high court"); and a body named by its function alone ("the state
     * emergency service", "the Houthi-run health ministry"), which belongs to the country the story is about.
     */
    private void stateBodies(ArticleContext ctx, ArticleContext.Sentence s) {
        List<Tokens.Token> t = s.tokens;
        for (int i = 0; i + 1 < t.size(); i++) {
            Tokens.Token mod = t.get(i);
            boolean the = mod.lower().equals("the");
            boolean functional = FUNCTION_FIRST_WORDS.contains(t.get(i + 1).lower())
                    && (the || mod.text().indexOf('-') > 0 && RUN_BY.matcher(mod.text()).matches()
                    || i + 2 < t.size() && WITHOUT_ARTICLE.contains(t.get(i + 1).lower() + " " + t.get(i + 2).lower()));
            // "a spokesman for the country's military": the state the story is about, named once the places are known
            boolean storysState = !functional && i > 0 && t.get(i - 1).lower().equals("the") && Text.isPossessive(mod.text())
                    && THE_COUNTRY.contains(mod.bare().toLowerCase(Locale.ROOT));
            if (!mod.capitalized() && !functional && !storysState || i > 0 && counts(t, i - 1)) {
                continue; // "3 Afghan Police Killed", "two Somali soldiers": people counted, no body
            }
            Gazetteer.Entry country = functional ? null : gaz.byDemonym(mod.text());
            int at = i; // the last word of the owner: "South Korean" is two
            if (!functional && country == null && i + 2 < t.size() && t.get(i + 1).capitalized()) {
                country = gaz.byDemonym(mod.text() + " " + t.get(i + 1).text()); // "the South Korean government"
                at = country == null ? i : i + 1;
            }
            boolean abbreviation = false;
            if (!functional && country == null && COUNTRY_ABBREVIATIONS.contains(mod.text())) {
                country = firstCountry(mod.text()); // "the US military", "the U.K. government"
                abbreviation = country != null;
            }
            if (!functional && country == null && FORCE_NOUN_FIRST_WORDS.contains(forceWord(s, i + 1))
                    && !Text.isPossessive(mod.text()) && !mod.text().equals(mod.text().toUpperCase(Locale.ROOT))) {
                country = firstCountry(mod.text()); // "Bangladesh police", "the Uganda police"; not a code ("AU troops")
            }
            Gazetteer.Entry local = null;
            boolean possessive = false;
            if (!functional && country == null && Text.isPossessive(mod.text())) {
                country = firstCountry(mod.bare());
                possessive = true;
                if (country == null) {
                    local = firstLocal(mod.bare());
                }
            }
            if (!functional && country == null && local == null && i + 2 < t.size() && t.get(i + 1).capitalized()
                    && Text.isPossessive(t.get(i + 1).text())) {
                country = firstCountry(mod.text() + " " + t.get(i + 1).bare()); // "Sri Lanka's government": a name of two words
                if (country != null) {
                    at = i + 1;
                    possessive = true;
                }
            }
            if (storysState) {
                country = null; // "country" is some village's name too
                local = null;
            } else if (!functional && local == null && (country == null || country.kind() != PlaceKind.COUNTRY)) {
                continue;
            }
            int owners = pairedOwner(t, at, functional || local != null || storysState);
            int nounAt = owners + 1;
            String modifier = null; // "the Somali federal government", "the Malian transitional government"
            if (!functional && local == null && nounAt + 1 < t.size() && GOVERNMENT_MODIFIERS.contains(t.get(nounAt).lower())
                    && forceWord(s, nounAt + 1).equals("government")) {
                modifier = t.get(nounAt).lower();
                nounAt++;
            }
            for (Map.Entry<String, Lexicons.ForceNoun> f : lex.forceNouns.entrySet()) {
                String[] words = f.getValue().words();
                if (nounAt + words.length > t.size() || functional && !FUNCTIONS.contains(f.getKey())) {
                    continue;
                }
                boolean match = true;
                for (int w = 0; w < words.length && match; w++) {
                    // "the General Staff": a body named by function may be capitalised
                    match = functional ? t.get(nounAt + w).lower().equals(words[w]) : forceWord(s, nounAt + w).equals(words[w]);
                }
                int last = nounAt + words.length - 1;
                if (!match && !functional) {
                    last = ministryOfFunction(s, nounAt, f.getKey()); // "Kyrgyzstan's ministry of health"
                    match = last > 0;
                }
                if (!match || last + 1 < t.size() && t.get(last + 1).text().equals("of")) {
                    continue; // "the health ministry of X" is named by cueNames or not at all
                }
                if (!functional && modifies(s, last + 1)) {
                    break; // "French military advisors", "Somali military and police officials": a modifier, no body
                }
                boolean describes = !functional && local == null && describesANoun(s, last + 1);
                if (describes && !MEMBERS.contains(t.get(last + 1).lower())) {
                    break; // "Russian military disasters", "an Iraqi police checkpoint": a description, no body
                }
                if (local != null && LAND_FORCES.contains(f.getValue().head())) {
                    break; // "Baku's forces", "Moscow's troops": a city standing for its country's soldiers, no body of its own
                }
                if (storysState && (describes || !acts(s, i, last))) {
                    break; // "Serbia putting the country's military on high alert": which country's is not sure enough
                }
                // "Indian and Pakistani troops": each owner's body goes by its own name
                String surface = owners == at ? s.span(i, last) : s.span(i, at) + " " + s.span(nounAt, last);
                int declared = ctx.entities.orgs.size();
                Entities.Org o;
                Entities.Org government = null;
                if (functional) {
                    boolean runBy = RUN_BY.matcher(mod.text()).matches();
                    String name = runBy ? surface : f.getValue().head();
                    o = ctx.entities.org(name, f.getValue().kind(), null);
                    o.aliases.add(s.span(runBy ? i : nounAt, last));
                } else if (local != null) {
                    o = ctx.entities.org(local.name() + " " + f.getValue().head(), f.getValue().kind(), local.countryCode());
                    o.aliases.add(surface);
                } else if (storysState) {
                    o = ctx.entities.org(f.getValue().head(), f.getValue().kind(), null);
                    o.ofTheStorysState = true;
                    o.aliases.add(surface);
                } else {
                    String demonym = abbreviation || country.demonyms().isEmpty() ? s.span(i, at) : country.demonyms().get(0);
                    String name = demonym + (modifier == null ? "" : " " + modifier) + " " + f.getValue().head();
                    o = sameForces(ctx, f.getValue().head(), country.countryCode());
                    if (o == null) {
                        o = ctx.entities.org(name, f.getValue().kind(), country.countryCode());
                    } else if (!o.name.equals(name)) {
                        o.aliases.add(name); // "the Nigerien army" after "the Nigerien Armed Forces"
                    }
                    if (!surface.equals(name)) {
                        o.aliases.add(surface);
                    }
                    if (f.getKey().startsWith("government ")) {
                        // "Sudanese government forces pursued": the government acts through its forces, and is the body
                        // "the government said" means later
                        int known = ctx.entities.orgs.size();
                        government = ctx.entities.org(demonym + " government", OrganizationKind.GOVERNMENT, country.countryCode());
                        government.passiveOnly = ctx.entities.orgs.size() > known || government.passiveOnly;
                        if (!government.name.equals(s.span(i, at) + " government")) {
                            government.aliases.add(s.span(i, at) + " government"); // "Myanmar government troops"
                        }
                    }
                }
                s.claim(t.get(owners + 1).start(), t.get(last).end());
                if (functional || local != null || !describes && (!GENERIC_BODIES.contains(f.getValue().head()) || acts(s, i, last))) {
                    o.passiveOnly = false;
                } else if (ctx.entities.orgs.size() > declared) {
                    // only a body new here starts as mentioned only: "the American military" after "the U.S. military
                    // disputed" does not undo that it acted
                    o.passiveOnly = true;
                }
                if (government != null && !o.passiveOnly) {
                    government.passiveOnly = false;
                }
                if (abbreviation) {
                    s.claim(mod.start(), mod.end()); // "the US military" names the military, not the country as a place
                }
                if (possessive && !storysState) {
                    s.claim(mod.start(), t.get(at).end());
                    Gazetteer.Entry place = local != null ? local : country;
                    ctx.mentionPlace(place, 1);
                    ctx.entities.place(place);
                }
                break;
            }
        }
    }

    /**
     * The last word of a ministry named in lower case after its function, "ministry of [the] health", when that is the
     * ministry the force noun names function first ("health ministry"); else -1.
     */
    private static int ministryOfFunction(ArticleContext.Sentence s, int at, String forceNoun) {
        List<Tokens.Token> t = s.tokens;
        if (!forceNoun.endsWith(" ministry") || at + 2 >= t.size() || !forceWord(s, at).equals("ministry")
                || !t.get(at + 1).text().equals("of")) {
            return -1;
        }
        int k = at + 2 < t.size() - 1 && t.get(at + 2).lower().equals("the") ? at + 3 : at + 2;
        String function = Text.stripPossessive(t.get(k).lower()); // "the ministry of health's press service"
        if (k + 1 < t.size() && FUNCTION_NAMES.containsKey(function + " " + t.get(k + 1).lower())) {
            function = function + " " + t.get(++k).lower(); // "ministry of foreign affairs"
        }
        return forceNoun.equals(function + " ministry") || forceNoun.equals(FUNCTION_NAMES.get(function) + " ministry") ? k : -1;
    }

    /** Forces that serve only their own country, so that "in" a country names their owner. */
    private static final Set<String> DOMESTIC_HEADS = Set.of("police", "security forces");

    /**
     * "Security forces in Tajikistan are hunting", "Police in Peru said": police or security forces "in" a country that
     * act or speak are that country's, as "Tajik security forces" are; not "international troops in Afghanistan".
     */
    private void domesticForcesIn(ArticleContext ctx, ArticleContext.Sentence s) {
        List<Tokens.Token> t = s.tokens;
        for (int i = 0; i + 2 < t.size(); i++) {
            if (i > 0 && !t.get(i - 1).lower().equals("the") && Character.isLetterOrDigit(t.get(i - 1).text().charAt(0))
                    || s.isClaimed(t.get(i).start(), t.get(i).end())) {
                continue; // the forces open their phrase: "international police in Kosovo" are not Kosovo's
            }
            for (Lexicons.ForceNoun f : lex.forceNouns.values()) {
                String[] words = f.words();
                int in = i + words.length;
                if (!DOMESTIC_HEADS.contains(f.head()) || in + 1 >= t.size() || !t.get(in).text().equals("in")
                        || !t.get(i).lower().equals(words[0])
                        || !String.join(" ", words).equals(s.span(i, in - 1).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                int last = in + 1;
                Gazetteer.Entry country = firstCountry(t.get(last).text());
                if (country == null && last + 1 < t.size()) {
                    country = firstCountry(s.span(last, ++last)); // "Police in Sri Lanka said"
                }
                if (country == null || country.demonyms().isEmpty() || !acts(s, i, last)) {
                    break;
                }
                String name = country.demonyms().get(0) + " " + f.head();
                Entities.Org o = ctx.entities.org(name, f.kind(), country.countryCode());
                o.aliases.add(s.span(i, last));
                o.passiveOnly = false;
                break;
            }
        }
    }

    /**
     * The last word of a second owner that shares the first's force noun ("Indian and Pakistani troops", "U.S. and Afghan
     * special forces"), or the first owner's last word when there is none.
     */
    private int pairedOwner(List<Tokens.Token> t, int at, boolean notACountry) {
        if (notACountry || at + 3 >= t.size() || !t.get(at + 1).text().equals("and")) {
            return at;
        }
        String second = t.get(at + 2).text();
        Gazetteer.Entry country = COUNTRY_ABBREVIATIONS.contains(second) ? firstCountry(second) : gaz.byDemonym(second);
        return country != null && country.kind() == PlaceKind.COUNTRY && FORCE_NOUN_FIRST_WORDS.contains(t.get(at + 3).text())
                ? at + 2 : at;
    }

    /** Words between a demonym and "government" that name the government still: "the Somali federal government". */
    private static final Set<String> GOVERNMENT_MODIFIERS = Set.of("interim", "transitional", "caretaker", "federal",
            "provisional", "central", "military", "unity");

    /**
     * A number before a force noun counts its members: "3", "three" (not "a"); not a date's day or year, which only
     * opens the sentence ("On August 7 Georgian troops launched", "In 2008 Russian forces entered").
     */
    private boolean counts(List<Tokens.Token> t, int k) {
        String w = t.get(k).lower();
        if (YEAR.matcher(w).matches() || Character.isDigit(w.charAt(0)) && k > 0 && MONTH.matcher(t.get(k - 1).text()).matches()) {
            return false;
        }
        return Character.isDigit(w.charAt(0)) || w.length() > 2 && lex.numberWords.containsKey(w);
    }

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern MONTH = Pattern.compile("January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.");

    /** A word as a force noun is matched: lower case in the body, any case in a title-case headline ("Uganda Police Seize"). */
    private static String forceWord(ArticleContext.Sentence s, int k) {
        return s.section == ArticleContext.Section.HEADLINE ? s.tokens.get(k).lower() : s.tokens.get(k).text();
    }

    private static final Set<String> COUNTRY_ABBREVIATIONS = Set.of("US", "U.S.", "UK", "U.K.");
    /** The first words of the force nouns ("police", "armed" of "armed forces"): a cheap test before a country lookup. */
    private static final Set<String> FORCE_NOUN_FIRST_WORDS = Lexicons.get().forceNouns.keySet().stream().map(k -> k.split(" ")[0])
            .collect(Collectors.toSet());

    /**
     * "the Pakistani army said", "killed by Russian forces", "according to the health ministry", "the ministry's
     * statement": a state body that acts or speaks. One only mentioned ("a drawdown in U.S. forces", "work with the
     * new U.K. government") is not listed unless something refers to it.
     */
    private boolean acts(ArticleContext.Sentence s, int from, int to) {
        List<Tokens.Token> t = s.tokens;
        if (Text.isPossessive(t.get(to).text())) {
            return true;
        }
        int before = from - 1;
        while (before >= 0 && (t.get(before).text().equals("the") || t.get(before).capitalized())) {
            before--;
        }
        // "according to the health ministry"; not "leaving security to Afghan forces"; "talks with the government" but
        // not "relations with the nation's military", whose noun is no action the body takes part in
        if (before >= 0 && ACTING_BEFORE.contains(t.get(before).lower())
                && (!t.get(before).lower().equals("to") || before > 0 && t.get(before - 1).lower().equals("according"))
                && (!t.get(before).lower().equals("with") || before == 0 || !s.tag(before - 1).equals("NOUN"))) {
            return true;
        }
        if (before > 0 && t.get(before).lower().equals("and") && secondOfAPair(t, before)) {
            return true; // "fighting between rebels and Myanmar government troops", "a battle with NATO and Afghan forces"
        }
        if (before > 0 && t.get(before).lower().equals("for") && SPOKESPEOPLE.contains(t.get(before - 1).lower())) {
            return true; // "a spokesman for the Afghan army": the body speaks through its spokesman
        }
        int k = afterTimePhrase(t, to + 1); // "the U.S. military on Friday disputed"
        if (k < t.size() && speaksThrough(t, k)) {
            return true;
        }
        k = afterAside(t, k); // "Afghan forces, backed by U.S. airpower, are conducting"
        // a title-case headline hides the verb's case ("Ethiopian Government Launches Airstrike"): the tagger finds it
        boolean headlineVerb = s.section == ArticleContext.Section.HEADLINE && k < t.size()
                && !FORCE_NOUN_FIRST_WORDS.contains(t.get(k).lower()) && s.tag(k).equals("VERB"); // not "Government Forces Clash"
        if (headlineVerb || presentTense(t, k) || presentVerb(s, k)) {
            return true; // "the Russian army nears a key hub", "as the U.S. military takes steps"
        }
        if (!verbAfter(t, k)) {
            return false; // whatever the tags say: no need to tag the sentence
        }
        while (k < t.size() && s.tag(k).startsWith("ADV")) {
            k++; // "the Philippine military recently began"
        }
        if (k < t.size() && t.get(k).text().equals(",")) {
            return false;
        }
        if (k >= t.size()) {
            return false;
        }
        if (LEADERS.contains(t.get(k).lower())) {
            // "the army chief said" speaks for the body; "the country's military chief General X told" is the named
            // person's title, and "a bomb killed the country's military chief" hit him, not the body
            return k + 1 < t.size() && !t.get(k + 1).capitalized() && actingVerb(t.get(k + 1)) && !passive(t, k + 1);
        }
        if (t.get(k).text().equals("and")) {
            // "the Pakistani army and police said": the pair acts; "the Afghan military and security institutions" does not
            return k + 2 < t.size() && actingVerb(t.get(k + 2)) || k + 3 < t.size() && actingVerb(t.get(k + 3));
        }
        return actingVerb(t.get(k)) && !passive(t, k);
    }

    /**
     * The token after an aside between commas that opens in lower case ("Afghan forces, backed by U.S. airpower, are"),
     * or k: the body's verb comes after it.
     */
    private static int afterAside(List<Tokens.Token> t, int k) {
        if (k + 2 >= t.size() || !t.get(k).text().equals(",") || t.get(k + 1).capitalized() || !Character.isLetter(t.get(k + 1).text().charAt(0))
                || t.get(k + 1).lower().equals("and") || t.get(k + 1).lower().equals("but")) {
            return k;
        }
        for (int c = k + 2; c < t.size() && c <= k + 10; c++) {
            if (t.get(c).text().equals(",")) {
                return c + 1 < t.size() ? c + 1 : k;
            }
        }
        return k;
    }

    /** "are being sent", "are seen", "were killed": a form of "be" before a participle, which the body undergoes. */
    private static boolean passive(List<Tokens.Token> t, int k) {
        if (!BE.contains(t.get(k).lower()) || k + 1 >= t.size()) {
            return false;
        }
        String next = t.get(k + 1).lower();
        return next.equals("being") || next.endsWith("ed") || PARTICIPLES.contains(next);
    }

    private static final Set<String> BE = Set.of("is", "are", "was", "were");
    /** Irregular participles of what forces undergo: "were shot", "are seen", "were taken hostage". */
    private static final Set<String> PARTICIPLES = Set.of("seen", "shot", "hit", "held", "taken", "sent", "struck", "given",
            "known", "thought", "caught", "beaten", "left", "found", "kept", "brought", "driven", "forced");

    /** The token after a time phrase that starts at k ("on Friday", "late Sunday", "earlier today"), or k. */
    private static int afterTimePhrase(List<Tokens.Token> t, int k) {
        int from = k;
        while (k < t.size() && TIME_OPENERS.contains(t.get(k).lower())) {
            k++;
        }
        while (k < t.size() && (CALENDAR_WORD.matcher(t.get(k).text()).matches() || TIME_WORDS.contains(t.get(k).lower()))) {
            k++;
        }
        return k > from && !TIME_OPENERS.contains(t.get(k - 1).lower()) ? k : from;
    }

    private static final Set<String> TIME_OPENERS = Set.of("on", "late", "early", "earlier", "last", "this");
    private static final Set<String> TIME_WORDS = Set.of("today", "yesterday", "week", "month", "earlier", "morning",
            "night", "evening", "afternoon");

    /**
     * A verb in the present tense: a lower-case word in -s that an article, a possessive pronoun or "to" follows
     * ("nears a key hub", "sends its troops"), which the tagger often takes for a plural noun.
     */
    private static boolean presentTense(List<Tokens.Token> t, int k) {
        if (k + 1 >= t.size() || t.get(k).capitalized()) {
            return false;
        }
        String w = t.get(k).text();
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && w.chars().allMatch(Character::isLetter)
                && OBJECT_OPENERS.contains(t.get(k + 1).lower());
    }

    /** A verb in the present's third person that the tagger finds, whatever follows it: "the military takes steps". */
    private static boolean presentVerb(ArticleContext.Sentence s, int k) {
        List<Tokens.Token> t = s.tokens;
        if (k >= t.size() || t.get(k).capitalized()) {
            return false;
        }
        String w = t.get(k).text();
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && w.chars().allMatch(Character::isLetter)
                && s.tag(k).equals("VERB");
    }

    private static final Set<String> OBJECT_OPENERS = Set.of("a", "an", "the", "its", "their", "his", "her", "to");

    /** A verb after the body: a reporting verb, an auxiliary, or a past tense ("launched", "killed"). */
    private boolean actingVerb(Tokens.Token token) {
        String next = token.lower();
        return lex.reportingVerbs.contains(next) || ACTING_AFTER.contains(next)
                || !token.capitalized() && next.length() > 4 && next.endsWith("ed");
    }

    private boolean verbAfter(List<Tokens.Token> t, int from) {
        for (int k = from; k < t.size(); k++) {
            if (!t.get(k).text().equals(",") && actingVerb(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** A country's forces or government in general: named as an organization only where it acts or speaks. */
    private static final Set<String> GENERIC_BODIES = Set.of("army", "military", "armed forces", "forces", "troops",
            "security forces", "government", "soldiers", "junta");
    private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson", "spokesmen");
    /** The body's leaders after its name: they speak for it only where they themselves act ("the army chief said"). */
    private static final Set<String> LEADERS = Set.of("chief", "commander", "commanders");
    private static final Set<String> ACTING_BEFORE = Set.of("by", "from", "to", "with", "said", "says", "told", "between");

    /** Whether the "and" at k joins a body to a first party after "between" or "with", a few words before it. */
    private static boolean secondOfAPair(List<Tokens.Token> t, int and) {
        for (int k = and - 1; k >= Math.max(0, and - 4); k--) {
            String w = t.get(k).lower();
            if (w.equals("between") || w.equals("with")) {
                return true;
            }
            if (!Character.isLetter(w.charAt(0)) || w.equals("and")) {
                return false;
            }
        }
        return false;
    }
    private static final Set<String> ACTING_AFTER = Set.of("spokesman", "spokeswoman", "spokesperson", "statement",
            "official", "officials", "chief", "commander", "commanders", "also", "has", "have", "had", "is", "are", "was", "were",
            "will", "would", "could", "can", "may", "must", "did", "does", "began", "says", "said", "took", "shot",
            "struck", "hit", "fought", "sent", "won", "lost", "seized", "denies", "denied", "claims", "claimed",
            // the irregular past tenses of what forces do, which no "-ed" shows: "Chadian troops drove them out"
            "drove", "overran", "withdrew", "retook", "led", "made", "gave", "broke", "met", "fled", "came", "went", "brought",
            "caught");

    /** Nouns a force noun modifies: "military advisors", "army officers", "police and military officials". */
    private boolean modifies(ArticleContext.Sentence s, int k) {
        List<Tokens.Token> t = s.tokens;
        if (k + 1 < t.size() && (t.get(k).text().equals("and") || t.get(k).text().equals("or"))
                && lex.forceNouns.containsKey(t.get(k + 1).text())) {
            k += 2; // "military and police officials"
        }
        if (k >= t.size() || t.get(k).capitalized() || speaksThrough(t, k)) {
            return false;
        }
        return MODIFIED_NOUNS.contains(t.get(k).lower());
    }

    /**
     * "Pakistani military sources say", "British military officials say": the body speaks through its sources and its
     * officials, as a quote of an unnamed official of a body is the body's.
     */
    private boolean speaksThrough(List<Tokens.Token> t, int k) {
        return k + 1 < t.size() && (t.get(k).lower().equals("sources") || t.get(k).lower().equals("officials"))
                && lex.reportingVerbs.contains(t.get(k + 1).lower());
    }

    /**
     * Whether the force noun ending before k describes the noun after it ("Russian military disasters", "an Iraqi police
     * checkpoint", "U.S. military and intelligence matters"), as the tagger reads the words after it.
     */
    private boolean describesANoun(ArticleContext.Sentence s, int k) {
        List<Tokens.Token> t = s.tokens;
        if (k + 1 >= t.size() || t.get(k).capitalized() || speaksThrough(t, k)) {
            return false;
        }
        if (t.get(k).text().equals("and") && k + 2 < t.size() && !t.get(k + 1).capitalized() && !t.get(k + 2).capitalized()
                && (s.tag(k + 1).equals("ADJ") || s.tag(k + 1).equals("NOUN")) && s.tag(k + 2).equals("NOUN")) {
            return true; // "U.S. military and intelligence matters": two modifiers of one noun
        }
        // "Russian military disasters", "an Afghan army convoy": a common noun right after the force noun is what it
        // describes; a verb the tagger takes for a noun ("the army says") is not
        String w = t.get(k).lower();
        return Character.isLetter(w.charAt(0)) && !ACTING_AFTER.contains(w) && !VOICES.contains(w)
                && !lex.reportingVerbs.contains(w) && !presentTense(t, k) && !lex.forceNouns.containsKey(w)
                && s.tag(k).equals("NOUN"); // the tagger last: it tags the whole sentence
    }

    /** A member of the forces, through whom the copy may show the body it then names alone: "a Colombian army soldier". */
    private static final Set<String> MEMBERS = Set.of("soldier", "soldiers", "policeman", "policemen", "policewoman");

    /** Nouns through which a body acts or speaks: "the Nigerian army headquarters said", "the army's media wing". */
    private static final Set<String> VOICES = Set.of("headquarters", "media", "press", "wing", "website", "account", "channel",
            "communique", "release");

    /** What a force noun modifies, not a body: "military advisers", "army officers", "police and military officials". */
    private static final Set<String> MODIFIED_NOUNS = Set.of("advisers", "advisors", "officials", "officers", "personnel",
            "sources", "leaders", "vehicles", "bases", "units", "operations", "trainers", "instructors", "helicopters",
            "aircraft", "planes", "jets", "convoys", "chiefs", "experts", "analysts", "contractors", "observers",
            "exercises", "drills", "men", "women", "members", "uniforms", "installations", "positions", "posts");

    /**
     * "the Saudi-led coalition": a coalition named by its leader; "VOA's Somali service": a language service of a known
     * outlet.
     */
    private void ledCoalitionsAndServices(ArticleContext ctx, ArticleContext.Sentence s) {
        List<Tokens.Token> t = s.tokens;
        for (int i = 0; i + 1 < t.size(); i++) {
            Tokens.Token tok = t.get(i);
            // "U.S.-led" comes as three tokens: the abbreviation, the hyphen and "led"
            int noun = splitLed(t, i) ? i + 3 : i + 1;
            String leaderWord = noun == i + 3 ? tok.text() + "-led" : tok.text();
            Matcher led = leaderWord.endsWith("-led") ? LED.matcher(leaderWord) : null; // a matcher only where it can match
            boolean troops = noun + 1 < t.size() && TROOPS.contains(t.get(noun + 1).text()); // "NATO-led coalition forces": soldiers
            if (led != null && led.matches() && noun < t.size() && t.get(noun).text().equals("coalition") && !troops
                    && !s.isClaimed(tok.start(), t.get(noun).end())) {
                String leaderName = led.group(1);
                int first = i;
                Gazetteer.Entry leader = gaz.byDemonym(leaderName);
                if (leader == null && i > 0 && t.get(i - 1).capitalized()
                        && (leader = firstCountry(t.get(i - 1).text() + " " + leaderName)) != null) {
                    leaderName = t.get(i - 1).text() + " " + leaderName; // "a Saudi Arabia-led coalition"
                    first = i - 1;
                }
                if (leader == null) {
                    leader = firstCountry(leaderName);
                }
                if (leader == null) {
                    leader = countryOpenedBy(leaderName); // "the Saudi-led coalition": the first word of "Saudi Arabia"
                }
                String name = leaderName + "-led coalition";
                Entities.Org o = leader == null ? null : ledBy(ctx, leader.countryCode());
                if (o == null) {
                    o = ctx.entities.org(name, OrganizationKind.ALLIANCE, leader == null ? null : leader.countryCode());
                } else if (!o.name.equals(name)) {
                    o.aliases.add(name); // "the Saudi-led coalition" after "a Saudi Arabia-led coalition": one body
                }
                o.aliases.add(s.span(first, noun));
                s.claim(t.get(first).start(), t.get(noun).end());
            }
            Lexicons.KnownOrg outlet = Text.isPossessive(tok.text()) ? lex.agenciesBySurface.get(tok.bare()) : null;
            if (outlet != null && i + 2 < t.size() && gaz.byDemonym(t.get(i + 1).text()) != null
                    && t.get(i + 2).lower().equals("service")) {
                if (longerName(ctx, t.get(i + 1).text() + " Service") == null) {
                    serviceOf(ctx, outlet, t.get(i + 1).text(), s.span(i, i + 2));
                }
                s.claim(tok.start(), t.get(i + 2).end());
            }
        }
    }

    /** The one country whose name opens with this word ("Saudi" of "Saudi Arabia"), or null. */
    private Gazetteer.Entry countryOpenedBy(String word) {
        List<Gazetteer.Entry> named = gaz.countriesNamedWith(word).stream().filter(c -> c.name().startsWith(word + " ")).toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    /** The coalition a country leads, named before under its name or its demonym. */
    private static Entities.Org ledBy(ArticleContext ctx, String countryCode) {
        for (Entities.Org o : ctx.entities.orgs.values()) {
            if (countryCode.equals(o.countryCode) && o.kind == OrganizationKind.ALLIANCE && o.name.endsWith("-led coalition")) {
                return o;
            }
        }
        return null;
    }

    private static final Set<String> TROOPS = Set.of("forces", "troops", "soldiers");

    /** "U.S." "-" "led" written together: the tokenizer cuts a dotted abbreviation off its suffix. */
    private static boolean splitLed(List<Tokens.Token> t, int i) {
        return i + 3 < t.size() && t.get(i + 1).text().equals("-") && t.get(i + 2).text().equals("led")
                && DOTTED.matcher(t.get(i).text()).matches() && t.get(i).end() == t.get(i + 1).start()
                && t.get(i + 1).end() == t.get(i + 2).start();
    }

    private static final Pattern PEOPLES = Pattern.compile("People['’]s");
    private static final Pattern LED = Pattern.compile("(\\p{Lu}[\\p{L}.]+)-led");

    /** "Houthi-run", "Hamas-led", "army-controlled": who runs a body named by its function. */
    private static final Pattern RUN_BY = Pattern.compile("[A-Z][\\p{L}]+-(?:run|led|controlled|backed)");
    /** Bodies a story may name by function alone; generic words (police, troops, government) are not organizations. */
    private static final Set<String> FUNCTIONS = Set.of("foreign ministry", "defence ministry", "defense ministry",
            "interior ministry", "health ministry", "justice ministry", "finance ministry", "emergencies ministry",
            "foreign office", "state emergency service", "emergency service", "prosecution service", "civil defence",
            "civil defense", "general staff", "provincial government", "provincial council", "election commission");

    /** Functions distinctive enough to name a body without "the": "civil defence teams were still clearing rubble". */
    private static final Set<String> WITHOUT_ARTICLE = Set.of("civil defence", "civil defense", "state emergency");

    private static final Set<String> FUNCTION_FIRST_WORDS = FUNCTIONS.stream().map(f -> f.split(" ")[0])
            .collect(Collectors.toUnmodifiableSet());

    /** "Beijing's high court": the city where a city and a province share the name, else the province. */
    private Gazetteer.Entry firstLocal(String name) {
        Gazetteer.Entry province = null;
        for (Gazetteer.Entry e : gaz.lookup(name)) {
            if (e.kind() == PlaceKind.CITY) {
                return e;
            }
            if (e.kind() == PlaceKind.PROVINCE && province == null) {
                province = e;
            }
        }
        return province;
    }

    private static final Set<String> LAND_FORCES = Set.of("army", "military", "armed forces");

    /**
     * "the Malian Armed Forces", "the Nigerian Army": a country's army spelled out in capitals, the body its lower-case
     * "army" names too. Registered under the country (so that a later "Malian army" is the same body); false when the
     * name is no such army.
     */
    private boolean sameForcesInCapitals(ArticleContext ctx, String name) {
        int space = name.indexOf(' ');
        String head = space < 0 ? "" : name.substring(space + 1).toLowerCase(Locale.ROOT);
        boolean defence = DEFENCE_FORCES.contains(head); // "the Kenyan Defense Forces": the country's armed forces
        Gazetteer.Entry country = LAND_FORCES.contains(head) || defence ? gaz.byDemonym(name.substring(0, space)) : null;
        if (country == null) {
            return false;
        }
        Entities.Org o = sameForces(ctx, defence ? "armed forces" : head, country.countryCode());
        if (o == null) {
            // named as the copy calls it after this ("the army said"), "the Malian army"
            String army = name.substring(0, space) + (head.equals("military") ? " military" : defence ? " armed forces" : " army");
            ctx.entities.org(army, OrganizationKind.MILITARY, country.countryCode()).aliases.add(name);
        } else {
            o.aliases.add(name);
            o.passiveOnly = false; // "Philippine troops" are soldiers, but the Philippine Army named in capitals is a body
        }
        return true;
    }

    private static final Set<String> DEFENCE_FORCES = Set.of("defense forces", "defence forces", "defense force", "defence force");

    /** "the Pakistani army" and later "Pakistan's military" are one body. */
    private static Entities.Org sameForces(ArticleContext ctx, String head, String cc) {
        if (!LAND_FORCES.contains(head)) {
            return null;
        }
        for (Entities.Org o : ctx.entities.orgs.values()) {
            String name = o.name.toLowerCase(Locale.ROOT);
            if (cc.equals(o.countryCode) && o.kind == OrganizationKind.MILITARY
                    && LAND_FORCES.stream().anyMatch(h -> name.endsWith(" " + h))) {
                return o;
            }
        }
        return null;
    }

    private Gazetteer.Entry firstCountry(String name) {
        for (Gazetteer.Entry e : gaz.lookup(name)) {
            if (e.kind() == PlaceKind.COUNTRY) {
                return e;
            }
        }
        return null;
    }

    /** The organization cue words as compiled patterns, in lexicon order: compiled once, asked for every name. */
    private static final class Cues {
        static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();

        static {
            Lexicons.get().orgCues.forEach((cue, kind) -> PATTERNS.put(cue, Pattern.compile("\\b" + Pattern.quote(cue) + "\\b")));
        }
    }

    OrganizationKind kindOf(String name) {
        OrganizationKind found = null;
        int foundAt = -1;
        long low = 0; // the name's ASCII characters, as bits: a cue whose first character is not among them is not in it
        long high = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 64) {
                low |= 1L << c;
            } else if (c < 128) {
                high |= 1L << (c - 64);
            }
        }
        for (Map.Entry<String, Pattern> cue : Cues.PATTERNS.entrySet()) {
            char first = cue.getKey().isEmpty() ? 128 : cue.getKey().charAt(0);
            if (first < 128 && ((first < 64 ? low >>> first : high >>> (first - 64)) & 1) == 0 || !name.contains(cue.getKey())) {
                continue; // most names hold no cue at all: the plain search spares the regex
            }
            Matcher m = cue.getValue().matcher(name);
            if (m.find()) {
                // ARMED_GROUP cues come first in the lexicon and win; otherwise the head nearest the start ("School of X").
                OrganizationKind kind = lex.orgCues.get(cue.getKey());
                if (kind == OrganizationKind.ARMED_GROUP) {
                    return kind;
                }
                if (found == null || m.start() < foundAt) {
                    found = kind;
                    foundAt = m.start();
                }
            }
        }
        return found;
    }

    /** The country of a place or demonym inside an organization's name ("Warsaw School of Economics" -> PL). */
    private String countryIn(ArticleContext ctx, String name) {
        for (String w : name.split("\\s+")) {
            String bare = Text.stripPossessive(w);
            Gazetteer.Entry d = gaz.byDemonym(bare);
            if (d != null && d.countryCode() != null) {
                return d.countryCode();
            }
            for (Gazetteer.Entry e : gaz.lookup(bare)) {
                if ((e.kind() == PlaceKind.COUNTRY || e.kind() == PlaceKind.CITY && e.population() > 100_000)
                        && Text.isCapitalized(bare) && bare.length() > 2) {
                    return e.countryCode();
                }
            }
        }
        return null;
    }
}
