package dev.newsgraph.extract;

import dev.newsgraph.domain.PlaceKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places of the world from GeoNames-derived data (gazetteer.tsv) plus a hand-written supplement of continents, seas
 * and regions. Lookups are by exact surface form (name or alias); choosing among homonyms is left to the caller,
 * which knows the article's context. A second, local tier ({@link LocalTier}: towns and villages of 500 people or
 * more and second-level divisions) is kept apart: its names collide with people and common words far more often, so
 * only {@link #lookupLocal} reaches it, for a name the text itself marks as a place. It is loaded apart from the rest,
 * by the start-up warm-up after the rest or by the first look-up that needs it, whichever comes first: an extract
 * right after start-up that does not need it does not wait for it.
 */
final class Gazetteer {

    record Entry(PlaceKind kind, String name, String countryCode, String parent, Double lat, Double lon,
                 long population, List<String> aliases, List<String> demonyms, boolean capital) {

        /** A place as the text states it where no gazetteer row holds it: no coordinates, population or other names. */
        static Entry stated(PlaceKind kind, String name, String countryCode, String parent) {
            return new Entry(kind, name, countryCode, parent, null, null, 0, List.of(), List.of(), false);
        }
    }

    private static final Pattern PROVINCE_UNIT = Pattern.compile("^(.+) (State|Province|Region|Oblast|Governorate|Prefecture|Department|Republic)$");
    /** "Ingushetiya", "Buryatiya": GeoNames transliterates Russian "-ия" so, where English copy writes "Ingushetia". */
    private static final Pattern RUSSIAN_IYA = Pattern.compile("^(\\p{Lu}\\p{L}{3,})iya$");
    /** "Lashkar Gah", "Jalal-Abad": two capitalised words, apart or joined by a hyphen. */
    private static final Pattern TWO_WORDS = Pattern.compile("^(\\p{Lu}\\p{L}+)[ -](\\p{Lu}\\p{L}+)$");
    private static final Pattern COMPASS_ADJECTIVE = Pattern.compile("^(North|South|East|West)(?:ern) (.+)$");

    private static volatile Gazetteer instance;

    private final Map<String, List<Entry>> byName = new HashMap<>(80_000);
    private volatile LocalTier local;
    private final Map<String, Entry> countries = new HashMap<>();
    private final Map<String, Entry> byDemonym = new HashMap<>();
    private final Map<String, Entry> capitals = new HashMap<>();

    static Gazetteer get() {
        Gazetteer g = instance;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (instance == null) {
                    instance = new Gazetteer();
                }
                g = instance;
            }
        }
        return g;
    }

    private Gazetteer() {
        for (String[] r : Resources.rows("gazetteer.tsv")) {
            PlaceKind kind = PlaceKind.valueOf(Resources.col(r, 0));
            String pop = Resources.col(r, 6);
            Entry e = new Entry(kind, Resources.col(r, 1), Lexicons.emptyToNull(Resources.col(r, 2)),
                    Lexicons.emptyToNull(Resources.col(r, 3)), number(Resources.col(r, 4)), number(Resources.col(r, 5)),
                    pop.isEmpty() ? 0 : Long.parseLong(pop), Lexicons.splitBar(Resources.col(r, 7)),
                    Lexicons.splitBar(Resources.col(r, 8)), Resources.col(r, 9).contains("C"));
            add(englishNamed(peoplesNameFirst(e)));
        }
        List<String[]> aliasRows = new ArrayList<>();
        List<String[]> notAliasRows = new ArrayList<>();
        for (String[] r : Resources.rows("places-supplement.tsv")) {
            if ("ALIAS".equals(Resources.col(r, 0))) {
                aliasRows.add(r);
                continue;
            }
            if ("NOT_ALIAS".equals(Resources.col(r, 0))) {
                notAliasRows.add(r);
                continue;
            }
            PlaceKind kind = PlaceKind.valueOf(Resources.col(r, 0));
            add(new Entry(kind, Resources.col(r, 1), Lexicons.emptyToNull(Resources.col(r, 2)), Lexicons.emptyToNull(Resources.col(r, 7)),
                    number(Resources.col(r, 3)), number(Resources.col(r, 4)), 0, Lexicons.splitBar(Resources.col(r, 5)),
                    Lexicons.splitBar(Resources.col(r, 6)), false));
        }
        for (String[] r : aliasRows) {
            Entry country = countries.get(Resources.col(r, 2));
            if (country != null) {
                index(Resources.col(r, 1), country);
            }
        }
        for (String[] r : notAliasRows) {
            List<Entry> named = byName.get(Resources.col(r, 1));
            if (named != null) {
                named.removeIf(e -> e.kind() == PlaceKind.COUNTRY && e.countryCode().equals(Resources.col(r, 2)));
            }
        }
        // Countries are also known by their ISO code ("US", "UK" is an alias above).
        for (Entry c : List.copyOf(countries.values())) {
            index(c.countryCode(), c);
            if (c.name().endsWith("es") && !c.name().contains(" ")) {
                // "Philippine": the adjective of a country whose name is a plural ("the Philippines")
                byDemonym.putIfAbsent(c.name().substring(0, c.name().length() - 1), c);
            }
        }
    }

    /**
     * "Kyrgyz", "Tajik", "Uzbek": a "-stan" is its people's land, and their name is the country's adjective as copy
     * writes it, first among its demonyms, whatever older form the country's row gives ("Kirghiz", "Tadzhik").
     */
    private static Entry peoplesNameFirst(Entry e) {
        Matcher stan = STAN.matcher(e.name());
        if (e.kind() != PlaceKind.COUNTRY || !stan.matches() || stan.group(1).length() < 4 || e.demonyms().contains(stan.group(1))) {
            return e;
        }
        List<String> demonyms = new ArrayList<>(List.of(stan.group(1)));
        demonyms.addAll(e.demonyms());
        return new Entry(e.kind(), e.name(), e.countryCode(), e.parent(), e.lat(), e.lon(), e.population(), e.aliases(),
                List.copyOf(demonyms), e.capital());
    }

    /**
     * "Ingushetiya Republic" as English copy names it, "Ingushetia": a Russian republic's "-iya" written "-ia", its
     * GeoNames name kept as an alias (the parent its towns give).
     */
    private static Entry englishNamed(Entry e) {
        Matcher unit = PROVINCE_UNIT.matcher(e.name());
        Matcher iya = RUSSIAN_IYA.matcher(unit.matches() ? unit.group(1) : e.name());
        if (e.kind() != PlaceKind.PROVINCE || !iya.matches()) {
            return e;
        }
        List<String> aliases = new ArrayList<>(e.aliases());
        aliases.add(e.name());
        return new Entry(e.kind(), iya.group(1) + "ia", e.countryCode(), e.parent(), e.lat(), e.lon(), e.population(),
                List.copyOf(aliases), e.demonyms(), e.capital());
    }

    private void add(Entry e) {
        index(e.name(), e);
        e.aliases().forEach(a -> index(a, e));
        if (e.kind() == PlaceKind.PROVINCE) {
            // "Borno State", "Sindh Province": texts often drop the unit word or write it in lower case.
            Matcher m = PROVINCE_UNIT.matcher(e.name());
            if (m.matches()) {
                index(m.group(1), e);
            }
            // GeoNames writes "Northern Darfur" where the news writes "North Darfur".
            Matcher compass = COMPASS_ADJECTIVE.matcher(e.name());
            if (compass.matches()) {
                index(compass.group(1) + " " + compass.group(2), e);
            }
        }
        if (e.kind() == PlaceKind.CITY && e.population() >= 20_000) {
            // "Lashkargah" for "Lashkar Gah", "Jalalabad" for Kyrgyzstan's "Jalal-Abad": copy writes a two-word town of
            // some size as one word; a hyphenated name is written so even where a town abroad has that one-word name
            // (the story's country chooses), a spaced one only where none has
            Matcher two = TWO_WORDS.matcher(e.name());
            String joined = two.matches() ? two.group(1) + two.group(2).toLowerCase(Locale.ROOT) : null;
            if (joined != null && (e.name().indexOf('-') > 0 || !byName.containsKey(joined))) {
                index(joined, e);
            }
        }
        if (e.kind() == PlaceKind.COUNTRY) {
            countries.put(e.countryCode(), e);
            // "Guinea Bissau", "Timor Leste": copy often writes a hyphenated country name with a space; read as two
            // names, the first would be another country
            e.aliases().stream().filter(a -> a.indexOf('-') > 0).forEach(a -> index(a.replace('-', ' '), e));
            if (e.name().indexOf('-') > 0) {
                index(e.name().replace('-', ' '), e);
            }
        }
        if (e.kind() == PlaceKind.COUNTRY || e.kind() == PlaceKind.CONTINENT || e.kind() == PlaceKind.REGION) {
            e.demonyms().forEach(d -> byDemonym.merge(d, e, (old, neu) -> neu.name().length() < old.name().length() ? neu : old));
        }
        if (e.capital() && e.kind() == PlaceKind.CITY) {
            capitals.put(e.countryCode(), e);
        }
    }

    private void index(String surface, Entry e) {
        index(byName, surface, e);
    }

    private static void index(Map<String, List<Entry>> names, String surface, Entry e) {
        if (surface == null || surface.isEmpty()) {
            return;
        }
        List<Entry> list = names.computeIfAbsent(surface, k -> new ArrayList<>(1));
        if (!list.contains(e)) {
            list.add(e);
        }
        // Wire copy often drops accents: "Cucuta", "Bogota".
        if (!isAscii(surface)) {
            String plain = withoutMarks(surface);
            if (!plain.equals(surface)) {
                index(names, plain, e);
            }
            String unsigned = withoutAynOrHamza(plain);
            if (!unsigned.equals(plain) && !unsigned.isEmpty()) {
                index(names, unsigned, e); // "Sāmarrā’" as the copy writes it: "Samarra"
            }
        }
    }

    /** "Cúcuta" -> "Cucuta": the letters without their combining marks (\\p{M}), with no regex as it runs for every accented name. */
    static String withoutMarks(String s) {
        String decomposed = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) { // a loop, not a stream: the local tier runs it on every accented name
            int c = decomposed.codePointAt(i);
            if (!isMark(c)) {
                b.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /** "Samarra’" -> "Samarra": without the signs GeoNames writes for ayn and hamza (’ ‘ ʿ ʾ ʼ), which wire copy leaves out. */
    static String withoutAynOrHamza(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) { // the signs are single chars, and a surrogate is copied as it is
            char c = s.charAt(i);
            if (c != '\u2019' && c != '\u2018' && c != '\u02BF' && c != '\u02BE' && c != '\u02BC') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static Double number(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    List<Entry> lookup(String surface) {
        List<Entry> l = byName.get(surface);
        return l == null ? List.of() : l;
    }

    /** Towns, villages and districts of the local tier named so; only for a name the text marks as a place. */
    List<Entry> lookupLocal(String surface) {
        return localTier().lookup(surface);
    }

    /** The local tier, loaded by the first caller that needs it while the others wait. */
    LocalTier localTier() {
        LocalTier l = local;
        if (l == null) {
            synchronized (this) {
                if (local == null) {
                    local = new LocalTier(this::lookup);
                }
                l = local;
            }
        }
        return l;
    }

    /** Names of towns and divisions by their {@link #skeleton}, built by the first respelt look-up. */
    private volatile Map<String, List<String>> bySkeleton;

    /**
     * The towns and divisions whose name is another transliteration of this one ("Paktiya" for Paktia, "Baluchistan" for
     * Balochistan, "Garbaharey" for Garbahaarrey): the same consonants in the same order, the same first letter and at
     * most two letters apart. Only for a name the text marks as a place and no gazetteer row has.
     */
    List<Entry> respelt(String surface) {
        String key = skeleton(surface);
        if (surface.length() < 5 || key.length() < 3) {
            return List.of();
        }
        Map<String, List<String>> index = bySkeleton;
        if (index == null) {
            synchronized (this) {
                if (bySkeleton == null) {
                    Map<String, List<String>> built = new HashMap<>();
                    byName.forEach((name, entries) -> {
                        if (entries.stream().anyMatch(e -> e.kind() == PlaceKind.CITY || e.kind() == PlaceKind.PROVINCE
                                || e.kind() == PlaceKind.DISTRICT)) {
                            built.computeIfAbsent(skeleton(name), k -> new ArrayList<>(1)).add(name);
                        }
                    });
                    bySkeleton = built;
                }
                index = bySkeleton;
            }
        }
        String plain = withoutMarks(surface).toLowerCase(Locale.ROOT);
        List<Entry> out = new ArrayList<>();
        for (String name : index.getOrDefault(key, List.of())) {
            String other = withoutMarks(name).toLowerCase(Locale.ROOT);
            if (sameInitial(plain, other) && editDistance(plain, other) <= 2) {
                byName.get(name).stream().filter(e -> e.kind() == PlaceKind.CITY || e.kind() == PlaceKind.PROVINCE
                        || e.kind() == PlaceKind.DISTRICT).filter(e -> !out.contains(e)).forEach(out::add);
            }
        }
        return out;
    }

    /** The consonants of a name in order, without h, w and y, which transliterations add and drop, and without doubles. */
    static String skeleton(String name) {
        String plain = withoutMarks(name).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(plain.length());
        char last = 0;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c < 'a' || c > 'z' || "aeiouyhw".indexOf(c) >= 0) {
                continue;
            }
            c = c == 'q' ? 'k' : c; // "Qandahar", "Kandahar"
            if (c != last) {
                b.append(c);
            }
            last = c;
        }
        return b.toString();
    }

    /** "Qandahar" and "Kandahar", "Oromia" and "Uromia": the same first consonant, or a vowel first in both. */
    private static boolean sameInitial(String a, String b) {
        return skeleton(a.substring(0, 1)).equals(skeleton(b.substring(0, 1)));
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }

    Entry country(String isoCode) {
        return isoCode == null ? null : countries.get(isoCode);
    }

    /** "Tajikistan", "Kyrgyzstan": a people's name and the Persian "land of"; "-istan" after a consonant's stem. */
    private static final Pattern STAN = Pattern.compile("(\\p{Lu}\\p{L}+?)i?stan");

    /** The country, continent or region a demonym ("Dutch", "European") belongs to. */
    Entry byDemonym(String demonym) {
        return byDemonym.get(demonym);
    }

    /** The country whose national capital has this name, for "Washington said" style metonymy. */
    Entry countryOfCapital(Entry city) {
        return city != null && city.capital() ? countries.get(city.countryCode()) : null;
    }

    /** The countries whose own name has this word in it: "Republic of the Congo" for "Congo". */
    List<Entry> countriesNamedWith(String word) {
        return countries.values().stream().filter(c -> List.of(c.name().split(" ")).contains(word)).toList();
    }

    Entry capitalOf(String isoCode) {
        return capitals.get(isoCode);
    }

    /** The first-level division a city belongs to, by the parent name the gazetteer records. */
    Entry province(String name, String countryCode) {
        for (Entry e : lookup(name)) {
            if (e.kind() == PlaceKind.PROVINCE && e.countryCode() != null && e.countryCode().equals(countryCode)) {
                return e;
            }
        }
        return null;
    }
}
