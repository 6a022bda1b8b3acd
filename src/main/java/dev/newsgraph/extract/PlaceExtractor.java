package dev.newsgraph.extract;

import dev.newsgraph.domain.PlaceKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Places: gazetteer names in capitalised text, demonyms ("the Ukrainian city of Kharkiv", "Dutch"), and national
 * capitals standing for their government ("Washington's willingness", "New Delhi denies"). Homonyms are settled by
 * context: an explicit kind ("province of", "city of"), a following country ("Warsaw, Poland"), and which countries the
 * article talks about most (Pakistan's Punjab in a story about Pakistan).
 */
final class PlaceExtractor {

    private static final Set<String> LOCATIVE = Set.of("in", "at", "to", "from", "near", "outside", "into", "across",
            "around", "toward", "towards", "through", "inside", "via", "over", "on");
    private static final int MAX_NGRAM = 6;
    private static final Set<String> PROVINCE_WORDS = Set.of("province", "state", "region", "oblast", "governorate", "prefecture");
    private static final Pattern FROM_SPACE = Pattern.compile("\\s.*");
    /** "Britain-based", "Russia-friendly": a place name glued to a lower-case word. */
    private static final Pattern HYPHENATED = Pattern.compile("(\\p{Lu}[\\p{L}]+)-\\p{Ll}+");

    /** Two-letter country codes that running text uses as names; any other two capitals are not textual evidence. */
    private static final Set<String> CODES_USED_AS_NAMES = Set.of("US", "UK");
    /** "Israel-Hamas war", "U.S.-Philippine exercises": two names joined by a hyphen. */
    private static final Pattern JOINED = Pattern.compile("(\\p{Lu}[\\p{L}.]+)-(\\p{Lu}[\\p{L}.]+)");
    private final Lexicons lex = Lexicons.get();
    private final Gazetteer gaz = Gazetteer.get();
    /** "el-Fasher", "Al-Qaim": a name behind an Arabic article, which copy writes in lower case or with a hyphen. */
    private static final Pattern ARTICLE_PREFIXED =
            Pattern.compile("(?i:al|el|as|ad|ash|an|ar|at|az|ed|es|et)-(\\p{Lu}[\\p{L}'’]+)");
    /** "the Gulf of Thailand", "the Bay of Biscay": a body of water named for a place, which it is not. */
    private static final Set<String> WATER_HEADS = Set.of("Gulf", "Bay", "Sea", "Strait", "Straits");
    /** Faiths and sects before a kind word ("the Shiite city of Najaf", "a Sunni district"): no name of a place. */
    private static final Set<String> FAITHS = Set.of("Shiite", "Shi'ite", "Shi’ite", "Shia", "Shi'a", "Sunni", "Alawite",
            "Druze", "Christian", "Muslim", "Jewish", "Hindu", "Sikh", "Buddhist", "Catholic", "Orthodox", "Coptic", "Yazidi");
    /**
     * Kind words that name a place only before "of": "the community of Njaba", "the Russian republic of Ingushetia"
     * ("the Hazara community", "the Chechen republic" name a people, not a place).
     */
    private static final Map<String, PlaceKind> KINDS_BEFORE_OF = Map.of("community", PlaceKind.CITY,
            "communities", PlaceKind.CITY, "republic", PlaceKind.PROVINCE);
    /** Surfaces seen as a word of a person's name ("Jose Ruben Zamora"): alone, that person too, unless located. */
    private final Set<String> nameWords = new HashSet<>();

    private record Hit(ArticleContext.Sentence sentence, int from, int to, String surface, List<Gazetteer.Entry> candidates,
                       boolean demonym, boolean local) {
    }

    /** A declared place where the text names it, to read "X village in Y district of Z province" as a chain. */
    private record Mention(ArticleContext.Sentence sentence, int from, int to, Entities.Place place) {
    }

    /** Words before a name that make it a location: enough evidence for a town or district of the local tier. */
    private static final Set<String> LOCAL_LOCATIVE = Set.of("in", "at", "near", "outside", "into", "around", "toward",
            "towards", "across", "through", "inside");
    /** "south of Mogadishu", "the outskirts of Kabul": a direction or distance before "of" locates. */
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "outskirts");
    private static final Set<String> OF_A_PLACE = Set.of("city", "capital", "kilometers", "kilometres", "miles");
    private static final Set<String> COMPASS_ADJECTIVES = Set.of("northern", "southern", "eastern", "western", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "neighboring", "neighbouring", "remote", "restive");
    /** People of a place: "residents of X", "the villagers of X" name X as a place where they live. */
    private static final Set<String> DWELLERS = Set.of("residents", "inhabitants", "villagers", "townspeople");
    /** Natural features whose name the gazetteer may hold as a town or division of that name: "Leyte island". */
    private static final Set<String> NATURAL_FEATURES = Set.of("island", "islands", "peninsula", "valley");
    /** A kind word that modifies what the state owns: no division of that name. */
    private static final Set<String> STATE_OWNED = Set.of("state media", "state television", "state tv", "state radio",
            "state broadcaster", "state news", "state newspaper", "state agency", "state company", "state firm", "state oil");
    /** Lower-case words between a name and its kind word: "Bajaur tribal region", "Xinjiang autonomous region". */
    private static final Set<String> AREA_ADJECTIVES = Set.of("tribal", "autonomous", "semi-autonomous", "border",
            "mountainous", "coastal", "administrative", "agency");
    /** Words that may stand between a place and the larger place containing it: "Baba Ji, a portion of Lashkargah". */
    private static final Set<String> CONTAINMENT_GLUE = Set.of("in", "of", ",", "the", "a", "an");

    private final List<Mention> mentions = new ArrayList<>();
    /** Where each sentence stands in the article. */
    private final Map<ArticleContext.Sentence, Integer> order = new IdentityHashMap<>();

    void extract(ArticleContext ctx) {
        List<Hit> hits = new ArrayList<>();
        for (ArticleContext.Sentence s : ctx.sentences) {
            order.put(s, order.size());
            find(s, hits);
        }
        // "Jose Ruben Zamora ... Zamora told journalists": a town's name seen inside a person's name is that person alone
        hits.removeIf(h -> !h.demonym && nameWords.contains(h.surface) && !isCountryOrBig(h.surface)
                && !localEvidence(h.sentence, h.from, h.to));
        // "elected in North East Zimbabwe": a name right before a country's that is no place of that country is a part of
        // it the text describes ("North East" of Ghana is not meant), not a place the gazetteer knows elsewhere
        hits.removeIf(h -> !h.demonym && partOfTheCountryAfter(h));
        // "ethnic Amharas", "the Oromo and Amhara": a people named like its region is no place unless the text locates it
        Set<String> capitalised = capitalisedWords(ctx);
        hits.removeIf(h -> !h.demonym && namesAPeople(h, capitalised));
        // "Montenegro Votes for Independence" over "backed independence": a headline capitalises common nouns too
        Set<String> lowerCase = lowerCaseWords(ctx);
        hits.removeIf(h -> !h.demonym && commonNoun(h, lowerCase));
        // "the East Asia Summit", "a member of the Unity party": a small town's or a division's name that is also a common
        // word is that word unless the text locates it ("in Summit", "Unity state")
        hits.removeIf(h -> !h.demonym && commonWordNotLocated(h));
        // "President Bush said" in a story about Egypt: a person's title before one word makes it a surname, not the town
        // of that name the story's country has
        hits.removeIf(h -> !h.demonym && surnameAfterTitle(h));
        // "Australia Day", "the C-130 Hercules", "a 35-year-old hairdresser, Regina,": a holiday, an aircraft or a
        // person named like a place names no place
        hits.removeIf(h -> !h.demonym && (holiday(h) || modelName(h) || agedPerson(h)));
        // First pass: unambiguous countries (and demonyms) set the article's geographic focus.
        for (Hit h : hits) {
            int weight = weight(h.sentence);
            for (Gazetteer.Entry e : h.candidates) {
                if (e.kind() == PlaceKind.COUNTRY) {
                    ctx.mentionPlace(e, weight);
                } else if (e.capital() && h.candidates.size() == 1) {
                    ctx.placeSalience.merge("#" + e.countryCode(), weight, Integer::sum);
                }
            }
        }
        // A capital the article also uses as a location ("airstrikes in Sanaa", or its dateline) is the city in every mention.
        Set<String> locatedCapitals = new HashSet<>();
        String datelined = ctx.raw.metadata().datelinePlace();
        if (datelined != null) {
            locatedCapitals.add(Text.titleCase(datelined));
        }
        for (Hit h : hits) {
            if (!h.demonym && h.candidates.stream().anyMatch(Gazetteer.Entry::capital) && !standsForGovernment(h)) {
                locatedCapitals.add(h.surface);
            }
        }
        // "the town of Madrid" once in a story about the Philippines: every "Madrid" of it is that town.
        Map<String, Gazetteer.Entry> towns = new HashMap<>();
        // "Guanajuato state ... Guanajuato, an industrial hub": a name the text calls a province is the province where
        // its mention does not call it a city
        Map<String, Gazetteer.Entry> provinces = new HashMap<>();
        for (Hit h : hits) {
            String before = lowerWords(h.sentence.tokens, h.from - 3, h.from - 1);
            if (!h.local && (before.endsWith("town of") || before.endsWith("village of") || before.endsWith("city of"))) {
                Gazetteer.Entry town = choose(ctx, h);
                if (town != null && town.kind() == PlaceKind.CITY && ctx.countrySalience(town.countryCode()) > 0) {
                    towns.put(h.surface, town);
                }
            }
            String next = h.to + 1 < h.sentence.tokens.size() ? h.sentence.tokens.get(h.to + 1).lower() : "";
            if (!h.local && !h.demonym && (PROVINCE_WORDS.contains(next) || before.endsWith("province of")
                    || before.endsWith("state of") || before.endsWith("region of"))) {
                Gazetteer.Entry province = choose(ctx, h);
                if (province != null && province.kind() == PlaceKind.PROVINCE) {
                    provinces.putIfAbsent(h.surface, province);
                }
            }
        }
        // "Iraq's Kurdistan area" where the gazetteer knows only Iran's Kurdistan Province, in a story that does not name
        // Iran: a place of that name in the country the text gives it, in every mention
        Map<String, Gazetteer.Entry> owned = new HashMap<>();
        for (Hit h : hits) {
            String owner = h.demonym || h.local ? null : ownerCountry(h.sentence, h.from);
            Gazetteer.Entry abroad = owner == null ? null : choose(ctx, h);
            if (abroad != null && abroad.kind() != PlaceKind.COUNTRY && abroad.countryCode() != null
                    && !abroad.countryCode().equals(owner) && ctx.countrySalience(abroad.countryCode()) == 0
                    && h.candidates.stream().noneMatch(e -> owner.equals(e.countryCode()))) {
                owned.put(h.surface, Gazetteer.Entry.stated(abroad.kind(), h.surface, owner, null));
            }
        }
        for (Hit h : hits) {
            Gazetteer.Entry chosen = owned.containsKey(h.surface) ? owned.get(h.surface) : choose(ctx, h);
            if (towns.containsKey(h.surface) && (chosen == null || ctx.countrySalience(chosen.countryCode()) == 0)) {
                chosen = towns.get(h.surface); // not a place abroad of the same name
            }
            Gazetteer.Entry province = provinces.get(h.surface);
            if (province != null && chosen != null && chosen.kind() == PlaceKind.CITY && !chosen.capital() && !namedACity(h)
                    && province.countryCode().equals(chosen.countryCode())) { // "Kabul" is the national capital
                chosen = province;
            }
            if (chosen != null && !h.demonym && chosen.kind() == PlaceKind.COUNTRY && !h.surface.equals(chosen.name())
                    && namedOtherwise(h, hits, chosen)) {
                chosen = namesake(h.surface, chosen); // "from Congo, the Democratic Republic of Congo": the other Congo
            }
            if (chosen != null && chosen.kind() != PlaceKind.COUNTRY && chosen.countryCode() != null
                    && (ctx.countrySalience(chosen.countryCode()) == 0 || !h.candidates.contains(chosen))) {
                // a place abroad, or one the context made of a name the gazetteer has abroad only: a misspelling?
                Gazetteer.Entry meant = respelt(ctx, h, hits);
                chosen = meant != null ? meant : chosen;
            }
            if (chosen == null) {
                continue;
            }
            Tokens.Token first = h.sentence.tokens.get(h.from);
            Tokens.Token last = h.sentence.tokens.get(h.to);
            Tokens.Token next = h.to + 1 < h.sentence.tokens.size() ? h.sentence.tokens.get(h.to + 1) : null;
            if (next != null && next.capitalized() && DIVISION_WORDS.contains(next.lower()) && chosen.kind() == PlaceKind.PROVINCE) {
                last = next; // "Morelos State Pablo Ojeda": the kind word is the place's, no word of the name after it
            }
            h.sentence.claim(first.start(), last.end());
            Gazetteer.Entry declared = chosen;
            if (!h.demonym && chosen.capital() && chosen.kind() == PlaceKind.CITY && !locatedCapitals.contains(h.surface)
                    && standsForGovernment(h)) {
                declared = gaz.country(chosen.countryCode());
            }
            if (declared == null) {
                continue;
            }
            boolean modifier = h.demonym || modifierUse(h) || adjectiveUse(h, declared);
            boolean known = ctx.entities.places.containsKey(declared.name());
            Entities.Place place = ctx.entities.place(declared);
            if (!modifier) {
                mentions.add(new Mention(h.sentence, h.from, h.to, place));
                place.modifierOnly = false;
            } else if (!known) {
                place.modifierOnly = true;
            }
            String surface = Text.stripPossessive(h.surface);
            if (!surface.equals(declared.name()) && !surface.equals(declared.countryCode())) {
                place.aliases.add(surface);
            }
            if (declared.kind() != PlaceKind.COUNTRY) {
                ctx.mentionPlace(declared, weight(h.sentence));
            }
        }
        for (ArticleContext.Sentence s : ctx.sentences) {
            unknownPlaces(ctx, s);
            placesOfCountries(ctx, s);
        }
        containment(ctx);
        provincesIntoTheirCities(ctx);
    }

    /**
     * "the western province of Herat ... near the provincial capital, Herat", "Kandahar province ... in Kandahar": a
     * province and the city of its name in it are one place as wire copy names them. The city stays (an incident's place
     * is the most specific one) and takes the province's names as aliases.
     */
    private void provincesIntoTheirCities(ArticleContext ctx) {
        List<Entities.Place> provinces = ctx.entities.places.values().stream()
                .filter(p -> p.entry.kind() == PlaceKind.PROVINCE).toList();
        for (Entities.Place province : provinces) {
            String provinceName = Gazetteer.withoutMarks(province.entry.name());
            Entities.Place city = ctx.entities.places.values().stream()
                    .filter(c -> c.entry.kind() == PlaceKind.CITY && province.entry.name().equals(c.entry.parent())
                            && province.entry.countryCode() != null && province.entry.countryCode().equals(c.entry.countryCode()))
                    .filter(c -> {
                        String cityName = Gazetteer.withoutMarks(c.entry.name());
                        return provinceName.equals(cityName) || provinceName.equals(cityName + " Province")
                                || provinceName.equals(cityName + " City");
                    }).findFirst().orElse(null);
            if (city == null) {
                continue;
            }
            ctx.entities.places.remove(province.entry.name());
            city.aliases.add(province.entry.name());
            city.aliases.addAll(province.aliases);
            city.modifierOnly &= province.modifierOnly;
            for (Entities.Place p : ctx.entities.places.values()) {
                if (province.entry.name().equals(p.parent)) {
                    p.parent = null; // "a village in Herat province": in the province, not in its city
                }
            }
        }
    }

    /** Every capitalised word of the article, to see which names it also writes as a plural. */
    private static Set<String> capitalisedWords(ArticleContext ctx) {
        Set<String> words = new HashSet<>();
        for (ArticleContext.Sentence s : ctx.sentences) {
            for (Tokens.Token t : s.tokens) {
                if (t.capitalized()) {
                    words.add(t.bare());
                }
            }
        }
        return words;
    }

    /** Every word the article's prose writes in lower case. */
    private static Set<String> lowerCaseWords(ArticleContext ctx) {
        Set<String> words = new HashSet<>();
        for (ArticleContext.Sentence s : ctx.sentences) {
            if (s.section == ArticleContext.Section.HEADLINE) {
                continue;
            }
            for (Tokens.Token t : s.tokens) {
                if (Character.isLowerCase(t.text().charAt(0))) {
                    words.add(t.text());
                }
            }
        }
        return words;
    }

    /** The hit is followed at once by a country's name, and no place it may be lies in that country. */
    private boolean partOfTheCountryAfter(Hit h) {
        List<Tokens.Token> t = h.sentence.tokens;
        for (int j = h.to + 1; j < t.size() && j <= h.to + 3 && t.get(j).capitalized(); j++) {
            String country = h.sentence.span(h.to + 1, j);
            for (Gazetteer.Entry e : gaz.lookup(country)) {
                if (e.kind() == PlaceKind.COUNTRY && h.candidates.stream().noneMatch(c -> e.countryCode().equals(c.countryCode()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Votes for Independence", "Surprise Attack Kills Six", "Split Deepens": a one-word town or division in a headline
     * or at the start of a sentence, where every word may be capitalised, that the article writes elsewhere in lower
     * case is that common noun; a locative before it ("Floods in Mobile") still makes it the place.
     */
    private static boolean commonNoun(Hit h, Set<String> lowerCase) {
        if (h.from != h.to || h.sentence.section != ArticleContext.Section.HEADLINE && h.from != 0
                || !lowerCase.contains(h.surface.toLowerCase(Locale.ROOT)) || h.candidates.stream().anyMatch(e ->
                e.kind() == PlaceKind.COUNTRY || e.kind() == PlaceKind.CONTINENT || e.kind() == PlaceKind.REGION)) {
            return false;
        }
        return h.from == 0 || !LOCAL_LOCATIVE.contains(h.sentence.tokens.get(h.from - 1).lower());
    }

    /**
     * Whether a one-word hit, none of whose places is a country, a region or a city big enough to be named bare, reads as
     * the common word the dictionary writes only in lower case ("Summit", "Unity", "Liberty") when nothing locates it.
     */
    private boolean commonWordNotLocated(Hit h) {
        if (h.from != h.to || h.local || h.candidates.stream().anyMatch(e -> e.kind() == PlaceKind.COUNTRY
                || e.kind() == PlaceKind.CONTINENT || e.kind() == PlaceKind.REGION || e.kind() == PlaceKind.SEA
                || e.capital() || e.population() >= BARE_CITY_POPULATION)) {
            return false;
        }
        return lex.commonWord(h.surface) && !localEvidence(h.sentence, h.from, h.to)
                && !listedBeforeAPluralKind(h.sentence, h.from, h.to); // "the Afar and Amhara regions"
    }

    /** A one-word hit that no country, region, sea or capital is called, right after a capitalised person's title. */
    private boolean surnameAfterTitle(Hit h) {
        if (h.from != h.to || h.from == 0 || h.local || h.candidates.stream().anyMatch(e -> e.kind() == PlaceKind.COUNTRY
                || e.kind() == PlaceKind.CONTINENT || e.kind() == PlaceKind.REGION || e.kind() == PlaceKind.SEA || e.capital())) {
            return false;
        }
        Tokens.Token title = h.sentence.tokens.get(h.from - 1);
        return title.capitalized() && lex.titles.containsKey(title.lower());
    }

    /** Cities this big are named bare, whatever common word they share a name with ("Split", "Natal", "Tangier"). */
    private static final long BARE_CITY_POPULATION = 150_000;

    /**
     * "an ethnic Amhara", "the Oromo and Amhara" in a story that writes "Amharas": a one-word division or town named
     * after "ethnic", or whose plural the article writes, is a people; it is its region only where the text locates it
     * ("in Amhara", "the Amhara region"). Places are not written as plurals.
     */
    private boolean namesAPeople(Hit h, Set<String> capitalised) {
        if (h.from != h.to || h.candidates.stream().anyMatch(e -> e.kind() == PlaceKind.COUNTRY
                || e.kind() == PlaceKind.CONTINENT || e.kind() == PlaceKind.REGION || e.kind() == PlaceKind.SEA)) {
            return false;
        }
        if (h.from > 0 && h.sentence.tokens.get(h.from - 1).lower().equals("ethnic")) {
            return true;
        }
        List<Tokens.Token> t = h.sentence.tokens;
        boolean described = h.to + 2 < t.size() && t.get(h.to + 1).text().equals(",") && Text.isPossessive(t.get(h.to + 2).text());
        // "the Oromo and Amhara, Ethiopia's two largest ethnic groups": the apposition describes the people
        return capitalised.contains(h.surface + "s") && (described || !localEvidence(h.sentence, h.from, h.to));
    }

    /** "Australia Day", "Canada Day": a holiday named after a place. */
    private static boolean holiday(Hit h) {
        List<Tokens.Token> t = h.sentence.tokens;
        return h.to + 1 < t.size() && t.get(h.to + 1).text().equals("Day");
    }

    /** A model code: "C-130", "F-16", "Mi-8", "An-26". */
    private static final Pattern MODEL_CODE = Pattern.compile("\\p{Lu}\\p{L}?-\\d+\\p{Lu}?");

    /** "the C-130 Hercules", "an F-16 Falcon": the name of a model after its code. */
    private static boolean modelName(Hit h) {
        return h.from > 0 && MODEL_CODE.matcher(h.sentence.tokens.get(h.from - 1).text()).matches();
    }

    /**
     * "This 35-year-old hairdresser, Regina, is skeptical": a one-word name set off right after a person of a stated
     * age ("a 35-year-old", "a 35-year-old hairdresser").
     */
    private static boolean agedPerson(Hit h) {
        List<Tokens.Token> t = h.sentence.tokens;
        if (h.from != h.to || h.from < 3 || !t.get(h.from - 1).text().equals(",") || h.to + 1 >= t.size()
                || !t.get(h.to + 1).text().equals(",")) {
            return false;
        }
        for (int k = h.from - 2; k >= Math.max(0, h.from - 5); k--) {
            if (t.get(k).lower().endsWith("year-old")) {
                return true;
            }
            if (!Character.isLowerCase(t.get(k).text().charAt(0))) {
                return false; // "a 40-year-old man from Kandahar, Herat, ...": a list of places, not a person's name
            }
        }
        return false;
    }

    /**
     * "the Ossetian town of Tskhinvali", "the Berom village of Heipang": a town's kind word followed by "of" and a name;
     * the word before the kind word describes that town and names none.
     */
    private boolean kindOfANamedTown(List<Tokens.Token> t, int k) {
        return k + 2 < t.size() && lex.placeNouns.get(t.get(k).lower()) == PlaceKind.CITY && t.get(k + 1).text().equals("of")
                && t.get(k + 2).capitalized();
    }

    /** "the city of Herat", "the provincial capital, Herat", "Herat city": the mention itself says it is the city. */
    private boolean namedACity(Hit h) {
        List<Tokens.Token> t = h.sentence.tokens;
        String before = lowerWords(t, h.from - 3, h.from - 1);
        String next = h.to + 1 < t.size() ? t.get(h.to + 1).lower() : "";
        return before.endsWith("city of") || before.endsWith("town of") || before.endsWith("capital")
                || before.endsWith("capital ,") || lex.placeNouns.get(next) == PlaceKind.CITY;
    }

    /** "Iraq's Kurdistan", "Iraqi Kurdistan": the country a possessive or a demonym right before the name gives it; else null. */
    private String ownerCountry(ArticleContext.Sentence s, int from) {
        if (from == 0) {
            return null;
        }
        String prev = s.tokens.get(from - 1).text();
        Gazetteer.Entry owner = gaz.byDemonym(prev);
        if (owner == null && Text.isPossessive(prev)) {
            List<String> names = from > 1 ? List.of(Text.stripPossessive(prev),
                    Text.stripPossessive(s.span(from - 2, from - 1))) : List.of(Text.stripPossessive(prev));
            for (String name : names) { // "Iraq's", "Saudi Arabia's"
                owner = gaz.lookup(name).stream().filter(e -> e.kind() == PlaceKind.COUNTRY).findFirst().orElse(owner);
            }
        }
        return owner != null && owner.kind() == PlaceKind.COUNTRY ? owner.countryCode() : null;
    }

    /** The sentence names this country again by another of its names. */
    private static boolean namedOtherwise(Hit h, List<Hit> hits, Gazetteer.Entry country) {
        for (Hit other : hits) {
            if (other != h && other.sentence == h.sentence && !other.demonym && !other.surface.equals(h.surface)
                    && other.candidates.contains(country)) {
                return true;
            }
        }
        return false;
    }

    /** The one other country whose name has the short name in it ("Republic of the Congo" for "Congo"), else the same. */
    private Gazetteer.Entry namesake(String surface, Gazetteer.Entry country) {
        List<Gazetteer.Entry> others = gaz.countriesNamedWith(surface).stream().filter(c -> !c.equals(country)).toList();
        return others.size() == 1 ? others.get(0) : country;
    }

    /**
     * "Ghanzi" in a story about Afghanistan that also names Ghazni: a name spelt with the letters of a place the article
     * names in a country it is about, in another order, is that place misspelt rather than a namesake abroad (Botswana's
     * Ghanzi).
     */
    private Gazetteer.Entry respelt(ArticleContext ctx, Hit h, List<Hit> hits) {
        for (Hit other : hits) {
            if (other.demonym || other.surface.equals(h.surface) || !sameLetters(h.surface, other.surface)) {
                continue;
            }
            Gazetteer.Entry e = choose(ctx, other);
            if (e != null && e.countryCode() != null && ctx.countrySalience(e.countryCode()) > 0) {
                return e;
            }
        }
        return null;
    }

    /** "Ghanzi" and "Ghazni": one word of five letters or more, the same first letter, the same letters in another order. */
    private static boolean sameLetters(String a, String b) {
        if (a.length() != b.length() || a.length() < 5 || a.charAt(0) != b.charAt(0) || a.indexOf(' ') >= 0) {
            return false;
        }
        char[] x = a.toLowerCase(Locale.ROOT).toCharArray();
        char[] y = b.toLowerCase(Locale.ROOT).toCharArray();
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }

    /**
     * "Baba Ji, a volatile portion of Lashkargah", "X village in Y district of Z province": a place named right before a
     * larger one (with only a kind word, "in", "of" or a comma between) lies in it. The text's parent beats the
     * gazetteer's, which knows first-level divisions only.
     */
    private void containment(ArticleContext ctx) {
        mentions.sort(Comparator.comparingInt((Mention m) -> order.get(m.sentence)).thenComparingInt(Mention::from));
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention inner = mentions.get(k);
            Mention outer = mentions.get(k + 1);
            if (inner.sentence != outer.sentence || inner.place == outer.place
                    || rank(outer.place.entry.kind()) <= rank(inner.place.entry.kind())
                    || outer.place.entry.kind() == PlaceKind.COUNTRY) {
                continue;
            }
            Gazetteer.Entry in = inner.place.entry;
            String outerCountry = outer.place.entry.countryCode();
            if (in.countryCode() != null && outerCountry != null && !in.countryCode().equals(outerCountry)) {
                if (in.lat() != null) {
                    continue; // two known places of different countries
                }
                // A place no gazetteer knows lies in the country of the place the text puts it in, not the story's.
                Entities.Place moved = new Entities.Place(Gazetteer.Entry.stated(in.kind(), in.name(), outerCountry, null));
                moved.aliases.addAll(inner.place.aliases);
                ctx.entities.places.put(in.name(), moved);
                for (int m = 0; m < mentions.size(); m++) {
                    if (mentions.get(m).place == inner.place) {
                        Mention old = mentions.get(m);
                        mentions.set(m, new Mention(old.sentence, old.from, old.to, moved));
                    }
                }
                inner = mentions.get(k);
            }
            List<Tokens.Token> t = inner.sentence.tokens;
            boolean glue = outer.from - inner.to <= 6;
            boolean linked = false;
            for (int g = inner.to + 1; g < outer.from && glue; g++) {
                String w = t.get(g).lower();
                linked |= w.equals("in") || w.equals("of") || w.equals(",");
                glue = CONTAINMENT_GLUE.contains(w) || lex.placeNouns.containsKey(w) || w.equals("portion") || w.equals("part")
                        || w.startsWith("volatile") || w.equals("outskirts");
            }
            if (glue && linked && inner.place.parent == null) {
                inner.place.parent = outer.place.entry.name();
            }
        }
    }

    private static int rank(PlaceKind kind) {
        return switch (kind) {
            case COUNTRY -> 4;
            case PROVINCE -> 3;
            case DISTRICT -> 2;
            case CITY -> 1;
            default -> 0;
        };
    }

    /** "Kyaukme, Myanmar", "in Galim, Cameroon": an unknown name followed by a declared country is a place in it. */
    private void placesOfCountries(ArticleContext ctx, ArticleContext.Sentence s) {
        List<Tokens.Token> t = s.tokens;
        if (s.section == ArticleContext.Section.HEADLINE) {
            return;
        }
        for (int i = 0; i + 2 < t.size(); i++) {
            if (!t.get(i + 1).text().equals(",")) {
                continue;
            }
            int c = i + 2;
            while (c + 1 < t.size() && (COMPASS_ADJECTIVES.contains(t.get(c).lower()) || DIRECTIONS.contains(t.get(c).lower()))) {
                c++; // "in Yiliang, southwest China's Yunnan province"
            }
            Entities.Place country = ctx.entities.findPlace(t.get(c).bare());
            String cc;
            if (t.get(i + 2).lower().equals("near") && i > 0 && LOCAL_LOCATIVE.contains(t.get(i - 1).lower())) {
                cc = countryNear(ctx, s, i); // "occurred in Usterzai, near the town of Kohat": located by a place near it
            } else if (country != null && t.get(c).capitalized() && (country.entry.kind() == PlaceKind.COUNTRY
                    || country.entry.kind() == PlaceKind.PROVINCE)) {
                cc = country.entry.countryCode(); // "Kyaukme, Myanmar", "Yiliang, southwest China's Yunnan province"
            } else {
                continue;
            }
            int start = unknownName(s, i, -1);
            if (cc == null || start < 0 || start > 0 && t.get(start - 1).capitalized()
                    || start == 0 && lex.stopCaps.contains(t.get(0).text())) {
                continue;
            }
            boolean located = start > 0 && LOCAL_LOCATIVE.contains(t.get(start - 1).lower());
            if ((c > i + 2 || country == null || country.entry.kind() != PlaceKind.COUNTRY) && !located) {
                continue; // "said Ahmed, Kandahar's police chief": only a locative makes the name a place
            }
            if (!located && !namesACountry(t.get(c).bare())) {
                // "Jane Okafor, Nigerian foreign minister", a reporter's sign-off "John Reyes, Washington.": after a
                // demonym or a capital the name is a person's; only the country's own name places a town in it
                continue;
            }
            if (!located && Text.isPossessive(t.get(c).text()) && !appositionNamesAPlace(t, c + 1)) {
                continue; // "the strike on Okhmatdyt, Ukraine's largest children's hospital": a building, not a town
            }
            String afterCountry = c + 1 < t.size() ? t.get(c + 1).lower() : "";
            if (!located && (NOUN_USE_AFTER.contains(afterCountry) && !afterCountry.equals("on") && !afterCountry.equals("in")
                    || lex.reportingVerbs.contains(afterCountry))) {
                continue; // "since World War II, Russia has been": the country opens a clause of its own
            }
            String name = s.span(start, i);
            if (name.equals(name.toUpperCase(Locale.ROOT))) {
                // "PORTO ALEGRE, Brazil —": a dateline in capitals names a place the gazetteer may know
                String titled = Arrays.stream(name.toLowerCase(Locale.ROOT).split(" "))
                        .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                        .collect(Collectors.joining(" "));
                Gazetteer.Entry known = gaz.lookup(titled).stream()
                        .filter(e -> cc.equals(e.countryCode())).findFirst().orElse(null);
                if (known != null) {
                    ctx.entities.place(known);
                    s.claim(t.get(start).start(), t.get(i).end());
                }
                continue;
            }
            if (gaz.lookup(name).isEmpty()) {
                declareUnknown(ctx, s, start, i, PlaceKind.CITY, cc);
            }
        }
    }

    /** Whether the word is a country's own name or alias, not its demonym or its capital. */
    private boolean namesACountry(String word) {
        return gaz.lookup(word).stream().anyMatch(e -> e.kind() == PlaceKind.COUNTRY);
    }

    /**
     * Places the gazetteer lacks, named with their kind: "the town of Kabankalan", "a village in Kajuru district". They
     * are put in the country the article is about, without coordinates.
     */
    private void unknownPlaces(ArticleContext ctx, ArticleContext.Sentence s) {
        List<Tokens.Token> t = s.tokens;
        if (ctx.salientCountryCode() == null || s.section == ArticleContext.Section.HEADLINE) {
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            if (i + 2 < t.size() && t.get(i + 1).text().equals("in") && HAPPENED.contains(t.get(i).lower())) {
                // "The killing spree took place in Nong Bua Lam Phu": where a thing happened is a place
                int end = happenedIn(s, i + 2);
                if (end >= 0) {
                    declareUnknown(ctx, s, i + 2, end, PlaceKind.CITY, countryNear(ctx, s, i + 2));
                }
            }
            int distant = distanceApposition(s, i);
            if (distant >= 0) {
                // "In Vista Hermosa, more than 200 km south of Bogota": a name placed by its distance from another place
                declareUnknown(ctx, s, distant, i - 1, PlaceKind.CITY, countryNear(ctx, s, distant));
            }
            if (t.get(i).text().equals("on") && attackedBefore(t, i)) {
                int end = unknownName(s, i + 1, 1);
                PlaceKind taken = end > i && !Text.isPossessive(t.get(end).text()) ? kindTakenUp(t, end + 1) : null;
                if (taken != null) {
                    // "fighters struck on Nampala, storming the town", "an assault on Khanashin ... in parts of the
                    // district": the name the attack was on is the town or district the sentence then takes up
                    declareUnknown(ctx, s, i + 1, end, taken, countryNear(ctx, s, i + 1));
                }
            }
            PlaceKind beforeOf = KINDS_BEFORE_OF.get(t.get(i).text());
            if (beforeOf != null && i + 2 < t.size() && t.get(i + 1).text().equals("of")) {
                int end = unknownName(s, i + 2, 1); // "the community of Njaba", "the Russian republic of Ingushetia"
                if (end >= 0 && gaz.lookup(s.span(i + 2, end)).isEmpty()) {
                    declareUnknown(ctx, s, i + 2, end, beforeOf, countryBefore(s, i, countryNear(ctx, s, i + 2)));
                }
                continue;
            }
            PlaceKind kind = lex.placeNouns.get(t.get(i).lower());
            if (kind == null && t.get(i).lower().equals("area")) {
                kind = PlaceKind.DISTRICT; // "the area of Qouzah", "the Manara border area": a named area is a place
            }
            PlaceKind listed = PLURAL_DIVISIONS.get(t.get(i).text()); // "regions", not "the United States"
            if (listed != null && i > 0 && t.get(i - 1).capitalized()) {
                listBeforeAPluralKind(ctx, s, i, listed); // "the Oromia and Amhara regions", "Borno, Yobe and Adamawa states"
                continue;
            }
            PlaceKind many = PLURAL_KINDS.get(t.get(i).lower());
            if (many != null && i + 2 < t.size() && t.get(i + 1).text().equals("of")) {
                // "the villages of Kfar Kila and Khiam", "the towns of Ain, Beit Lif and Aita": each one named
                for (int k = i + 2; k < t.size(); ) {
                    int end = unknownName(s, k, 1);
                    if (end < 0) {
                        end = knownName(s, k); // "the cities of Ganja and Mingachevir": past a place already known
                    }
                    if (end < 0) {
                        break;
                    }
                    if (!s.isClaimed(t.get(k).start(), t.get(end).end()) && gaz.lookup(s.span(k, end)).isEmpty()) {
                        declareUnknown(ctx, s, k, end, many, countryBefore(s, i, countryNear(ctx, s, k)));
                    }
                    String next = end + 1 < t.size() ? t.get(end + 1).text() : "";
                    k = end + (next.equals(",") && end + 2 < t.size() && t.get(end + 2).text().equals("and") ? 3
                            : next.equals(",") || next.equals("and") ? 2 : t.size());
                }
                continue;
            }
            if (kind != null && t.get(i).capitalized() && NAMED_DIVISIONS.contains(t.get(i).lower()) && i > 0) {
                // "the Northwest Frontier Province of Pakistan": a division whose kind word is part of its name
                int start = unknownName(s, i - 1, -1);
                for (int d = 0; d < 2 && start > 0 && DIRECTIONS.contains(t.get(start - 1).lower()); d++) {
                    start--; // "Northwest Frontier Province", "North West Frontier Province"
                }
                // "Ludian County, a densely populated county": also at the start of a sentence; not "Broward County Stadium"
                // "Baghdad's Sadr City": the place a possessive names owns it
                boolean owned = start > 0 && Text.isPossessive(t.get(start - 1).text());
                boolean alone = start > 0 ? !t.get(start - 1).capitalized() || owned
                        : start == 0 && !lex.stopCaps.contains(t.get(0).text());
                boolean ends = i + 1 == t.size() || !t.get(i + 1).capitalized();
                if (start >= 0 && alone && ends && gaz.lookup(s.span(start, i)).isEmpty() && gaz.lookup(s.span(start, i - 1)).isEmpty()) {
                    Entities.Place owner = owned ? ctx.entities.findPlace(Text.stripPossessive(t.get(start - 1).text())) : null;
                    boolean quarter = owner != null && owner.entry.kind() == PlaceKind.CITY; // a city's "Sadr City" is a district of it
                    Entities.Place division = declareUnknown(ctx, s, start, i, quarter ? PlaceKind.DISTRICT : kind,
                            countryOfOwner(ctx, s, start, countryNear(ctx, s, start)));
                    if (owner != null && division.parent == null && (quarter || rank(owner.entry.kind()) > rank(kind))) {
                        division.parent = owner.entry.name();
                    }
                }
                continue;
            }
            if (FEATURE_HEADS.contains(t.get(i).text()) && i > 0 && (i + 1 == t.size() || !t.get(i + 1).capitalized())) {
                // "near Parliament Hill in Ottawa", "fighting in the Nuba Mountains": a named feature where something is
                int start = featureName(s, i);
                int before = start - 1;
                if (before > 0 && Text.isPossessive(t.get(before).text()) && ctx.entities.findPlace(Text.stripPossessive(t.get(before).text())) != null) {
                    before--; // "in Nairobi's Uhuru Park": the city that has it
                }
                while (before > 0 && (COMPASS_ADJECTIVES.contains(t.get(before).lower()) || t.get(before).lower().equals("the"))) {
                    before--; // "in central Nairobi's Uhuru Park", "along the Pilbara Coast"
                }
                if (start > 0 && before >= 0 && FEATURE_LOCATIVE.contains(t.get(before).lower())
                        && gaz.lookup(s.span(start, i)).isEmpty()) {
                    declareUnknown(ctx, s, start, i, PlaceKind.OTHER, countryNear(ctx, s, start));
                }
                continue;
            }
            if (t.get(i).text().equals("Square") && i > 0) {
                // "Tiananmen Square protests", "Baghdad's Tayaran Square": a named square is a place of its city
                int start = unknownName(s, i - 1, -1);
                boolean alone = start > 0 ? !t.get(start - 1).capitalized() || Text.isPossessive(t.get(start - 1).text())
                        : start == 0 && !lex.stopCaps.contains(t.get(0).text());
                if (alone && (i + 1 == t.size() || !t.get(i + 1).capitalized())) {
                    Entities.Place square = declareUnknown(ctx, s, start, i, PlaceKind.DISTRICT,
                            countryOfOwner(ctx, s, start, countryNear(ctx, s, start)));
                    Entities.Place owner = start > 0 && Text.isPossessive(t.get(start - 1).text())
                            ? ctx.entities.findPlace(Text.stripPossessive(t.get(start - 1).text())) : null;
                    if (owner != null && square.parent == null && owner.entry.kind() == PlaceKind.CITY) {
                        square.parent = owner.entry.name();
                    }
                }
                continue;
            }
            if (DWELLERS.contains(t.get(i).lower()) && i + 2 < t.size() && t.get(i + 1).text().equals("of")) {
                int end = unknownName(s, i + 2, 1);
                if (end >= 0 && gaz.lookup(s.span(i + 2, end)).isEmpty()) {
                    declareUnknown(ctx, s, i + 2, end, PlaceKind.CITY, countryNear(ctx, s, i + 2)); // "the residents of Guinsaugon"
                }
                continue;
            }
            if (kind == null || t.get(i).capitalized() || i + 1 < t.size() && STATE_OWNED.contains(t.get(i).lower() + " " + t.get(i + 1).lower())) {
                continue; // "Saudi state media", "Kenyan state television": the state owns them, no state is named
            }
            if (i + 2 < t.size() && t.get(i + 1).text().equals("of")) {
                int end = unknownName(s, i + 2, 1);
                if (end >= 0) {
                    declareUnknown(ctx, s, i + 2, end, kind, countryBefore(s, i, countryNear(ctx, s, i + 2)));
                }
            }
            if (i + 3 < t.size() && t.get(i + 1).text().equals("(")) {
                int end = unknownName(s, i + 2, 1);
                if (end >= 0 && end + 1 < t.size() && t.get(end + 1).text().equals(")")) {
                    // "in a remote village (Gaga)": the name the brackets give the place the kind word speaks of
                    declareUnknown(ctx, s, i + 2, end, kind, countryBefore(s, i, countryNear(ctx, s, i + 2)));
                }
            }
            int nameEnd = i > 1 && AREA_ADJECTIVES.contains(t.get(i - 1).lower()) ? i - 2 : i - 1;
            int start = kindOfANamedTown(t, i) ? -1 : unknownName(s, nameEnd, -1);
            if (start > 0 && t.get(start - 1).capitalized() && (DIRECTIONS.contains(t.get(start - 1).lower())
                    || RIVER_COURSES.contains(t.get(start - 1).lower()))) {
                start--; // "South Waziristan tribal region", "the Lower Shabelle region"
            }
            if (start >= 0 && !(start == 0 && lex.stopCaps.contains(t.get(0).text()))) {
                declareUnknown(ctx, s, start, nameEnd, kind, countryOfOwner(ctx, s, start, countryNear(ctx, s, start)));
            }
            int comma = appositionComma(s, i);
            if (comma > 0) {
                int first = unknownName(s, comma - 1, -1);
                if (first >= 0 && gaz.lookup(s.span(first, comma - 1)).isEmpty()) {
                    declareUnknown(ctx, s, first, comma - 1, kind, countryNear(ctx, s, first)); // "in Mir Ali, a town in North Waziristan"
                }
            }
        }
    }

    /**
     * The country of a place the text names at {@code at} and no gazetteer places: that of the nearest place its sentence
     * puts something in ("the village of Tandikourou in western Niger"); else, of the countries its paragraph names, the
     * dateline's, the story's or the nearest one ("BEIRUT — Israel said it struck the area of X", "the town of Kafr
     * Hamra. The town is near the front-line in Aleppo" in a story that names the United States most); the story's
     * country when its paragraph names none. The country across a border ("a town near the border with Mali") is not
     * the town's.
     */
    private String countryNear(ArticleContext ctx, ArticleContext.Sentence s, int at) {
        int here = order.getOrDefault(s, -1);
        Mention nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        Mention located = null;
        Set<String> around = new HashSet<>();
        for (Mention m : mentions) {
            if (m.sentence.paragraph != s.paragraph || m.sentence.section != s.section || m.place.entry.countryCode() == null
                    || acrossBorder(m)) {
                continue;
            }
            around.add(m.place.entry.countryCode());
            int apart = Math.abs(order.getOrDefault(m.sentence, -2) - here);
            int distance = apart == 0 ? Math.abs(m.from - at) : 1_000 * apart + (order.get(m.sentence) < here
                    ? m.sentence.tokens.size() - m.to : m.from);
            if (distance < nearestDistance) {
                nearest = m;
                nearestDistance = distance;
            }
            if (apart == 0 && locates(m) && (located == null || Math.abs(m.from - at) < Math.abs(located.from - at))) {
                located = m;
            }
        }
        if (located != null) {
            return located.place.entry.countryCode();
        }
        if (nearest == null) {
            return ctx.salientCountryCode();
        }
        String printed = ctx.raw.metadata().datelinePlace();
        if (printed != null) {
            for (Gazetteer.Entry e : gaz.lookup(Text.titleCase(printed))) {
                if (around.contains(e.countryCode())) {
                    return e.countryCode();
                }
            }
        }
        return around.contains(ctx.salientCountryCode()) ? ctx.salientCountryCode() : nearest.place.entry.countryCode();
    }

    /** "in southern Lebanon", "north of Aleppo", "from Niger's Tillaberi region": a mention that locates, not an actor. */
    private static boolean locates(Mention m) {
        List<Tokens.Token> t = m.sentence.tokens;
        int k = m.from - 1;
        while (k > 0 && (COMPASS_ADJECTIVES.contains(t.get(k).lower()) || t.get(k).lower().equals("the"))) {
            k--;
        }
        return k >= 0 && (LOCAL_LOCATIVE.contains(t.get(k).lower()) || t.get(k).lower().equals("of") || t.get(k).lower().equals("from"));
    }

    /** "the border with Mali", "its frontier with Iran": the country on the other side. */
    private static boolean acrossBorder(Mention m) {
        List<Tokens.Token> t = m.sentence.tokens;
        return m.from > 1 && t.get(m.from - 1).lower().equals("with") && BORDERS.contains(t.get(m.from - 2).lower());
    }

    private static final Set<String> BORDERS = Set.of("border", "borders", "frontier");

    /**
     * "Kharkiv's Saltivskyi district": the country of the declared place whose possessive stands before an unknown name,
     * else the story's; a story about a foreign attacker names the attacked city's district.
     */
    private static String countryOfOwner(ArticleContext ctx, ArticleContext.Sentence s, int nameStart, String story) {
        if (nameStart == 0 || !Text.isPossessive(s.tokens.get(nameStart - 1).text())) {
            return story;
        }
        Entities.Place owner = ctx.entities.findPlace(Text.stripPossessive(s.tokens.get(nameStart - 1).text()));
        return owner == null || owner.entry.countryCode() == null ? story : owner.entry.countryCode();
    }

    /**
     * "the Syrian city of Qamishli", "Somalia's central region of Hiran": the country a demonym or a possessive country
     * right before the kind word names, else the story's.
     */
    private String countryBefore(ArticleContext.Sentence s, int kindAt, String story) {
        List<Tokens.Token> t = s.tokens;
        for (int k = kindAt - 1; k >= Math.max(0, kindAt - 3); k--) {
            Gazetteer.Entry d = gaz.byDemonym(t.get(k).text());
            if (d == null && Text.isPossessive(t.get(k).text())) {
                d = gaz.lookup(Text.stripPossessive(t.get(k).text())).stream().filter(e -> e.kind() == PlaceKind.COUNTRY)
                        .findFirst().orElse(null);
            }
            if (d != null && d.kind() == PlaceKind.COUNTRY) {
                return d.countryCode();
            }
            if (t.get(k).capitalized() && d == null) {
                break;
            }
        }
        return story;
    }

    /**
     * "Mir Ali, a town in ...", "Kukawa, a remote village of ...": the comma before "a" (up to two lowercase words) and
     * the kind word at {@code kindAt}, when the kind word is followed by "in", "of" or "near"; else -1.
     */
    private static int appositionComma(ArticleContext.Sentence s, int kindAt) {
        List<Tokens.Token> t = s.tokens;
        if (kindAt + 1 >= t.size() || !Set.of("in", "of", "near").contains(t.get(kindAt + 1).text())) {
            return -1;
        }
        int k = kindAt - 1;
        while (k > kindAt - 3 && k > 0 && !t.get(k).capitalized() && !Set.of("a", "an").contains(t.get(k).text())) {
            k--;
        }
        return k > 1 && Set.of("a", "an").contains(t.get(k).text()) && t.get(k - 1).text().equals(",") ? k - 1 : -1;
    }

    /** Units of a distance that places a town from another place. */
    private static final Set<String> DISTANCE_UNITS = Set.of("km", "kilometers", "kilometres", "miles", "mi");
    /** Words that may qualify a distance: "about 60 miles", "more than 200 km". */
    private static final Set<String> DISTANCE_QUALIFIERS = Set.of("about", "some", "around", "roughly", "nearly", "almost",
            "approximately", "more", "than", "less", "just", "over", "under");

    /**
     * The start of an unknown name at the comma {@code comma} when a distance and a direction follow it ("Dahuk, about 60
     * miles north of ...", "Vista Hermosa, more than 200 km south of ..."); else -1.
     */
    private int distanceApposition(ArticleContext.Sentence s, int comma) {
        List<Tokens.Token> t = s.tokens;
        if (comma < 1 || !t.get(comma).text().equals(",")) {
            return -1;
        }
        int k = comma + 1;
        while (k < t.size() && DISTANCE_QUALIFIERS.contains(t.get(k).lower())) {
            k++;
        }
        boolean number = k < t.size() && (Character.isDigit(t.get(k).text().charAt(0)) || lex.numberWords.containsKey(t.get(k).lower()));
        if (!number || k + 2 >= t.size() || !DISTANCE_UNITS.contains(t.get(k + 1).lower())
                || !DIRECTIONS.contains(t.get(k + 2).lower()) && !t.get(k + 2).lower().equals("from")) {
            return -1;
        }
        int start = unknownName(s, comma - 1, -1);
        // the whole name, not the "Island" of "Jolo Island" ("In" opening a sentence is no word of it)
        boolean whole = start == 0 || start > 0 && (!t.get(start - 1).capitalized() || lex.stopCaps.contains(t.get(start - 1).text()));
        return whole && gaz.lookup(s.span(start, comma - 1)).isEmpty() ? start : -1;
    }

    /** Capitalised heads of named natural features and landmarks: "Parliament Hill", "the Nuba Mountains". */
    private static final Set<String> FEATURE_HEADS = Set.of("Hill", "Hills", "Mountains", "Ravine", "Gorge", "Canyon", "Forest",
            "Park", "Coast");
    /** Words before a named feature that make it where something is or happens: "on Capitol Hill", "in the Nuba Mountains". */
    private static final Set<String> FEATURE_LOCATIVE = Set.of("in", "on", "at", "near", "into", "across", "through", "inside",
            "outside", "around", "along", "off");

    /**
     * The start of up to three unclaimed capitalised words before a feature's head ("Sierra National Forest": its
     * adjectives are words of its name), or -1.
     */
    private int featureName(ArticleContext.Sentence s, int head) {
        List<Tokens.Token> t = s.tokens;
        int start = -1;
        for (int k = head - 1; k >= 0 && k >= head - 3; k--) {
            Tokens.Token tok = t.get(k);
            if (!tok.capitalized() || s.isClaimed(tok.start(), tok.end()) || lex.stopCaps.contains(tok.text())
                    || lex.titles.containsKey(tok.lower()) || gaz.byDemonym(tok.bare()) != null || Text.isPossessive(tok.text())) {
                break;
            }
            start = k;
        }
        return start;
    }

    /** Verbs of happening whose "in" names where: "took place in", "happened in", "occurred in". */
    private static final Set<String> HAPPENED = Set.of("place", "happened", "occurred", "erupted", "struck");

    /**
     * The end of a name of up to four capitalised words after a verb of happening and "in", when nothing else (a known
     * place, a person, an organization, a month or day) has claimed it and a word that is no name follows; else -1.
     */
    private int happenedIn(ArticleContext.Sentence s, int from) {
        List<Tokens.Token> t = s.tokens;
        int end = -1;
        for (int k = from; k < t.size() && k < from + 4; k++) {
            Tokens.Token tok = t.get(k);
            if (!tok.capitalized() || s.isClaimed(tok.start(), tok.end()) || lex.stopCaps.contains(tok.text())
                    || lex.titles.containsKey(tok.lower()) || gaz.byDemonym(tok.bare()) != null) {
                break;
            }
            end = k;
        }
        boolean closed = end >= 0 && (end + 1 == t.size() || !t.get(end + 1).capitalized());
        return closed && gaz.lookup(s.span(from, end)).isEmpty() ? end : -1;
    }

    /**
     * "Kharkiv, Ukraine's second-largest city" names a place; "Okhmatdyt, Ukraine's largest children's hospital" a
     * building and "Zamora, Guatemala's best-known journalist" a person: the first kind word of the apposition decides.
     */
    private boolean appositionNamesAPlace(List<Tokens.Token> t, int from) {
        for (int k = from; k < t.size() && k < from + 6; k++) {
            String w = t.get(k).lower();
            if (!Character.isLetterOrDigit(w.charAt(0))) {
                return false;
            }
            if (!Text.isPossessive(w) && lex.placeNouns.containsKey(w)) {
                return lex.placeNouns.get(w) != null;
            }
        }
        return false;
    }

    /** "Lower Shabelle", "Upper Nile": a division named for its part of a river's course. */
    private static final Set<String> RIVER_COURSES = Set.of("lower", "upper", "middle");

    /** Plural kind words of divisions that close a list of their names: "the Oromia and Amhara regions". */
    private static final Map<String, PlaceKind> PLURAL_DIVISIONS = Map.of("regions", PlaceKind.PROVINCE, "provinces",
            PlaceKind.PROVINCE, "states", PlaceKind.PROVINCE, "oblasts", PlaceKind.PROVINCE, "governorates", PlaceKind.PROVINCE,
            "districts", PlaceKind.DISTRICT, "counties", PlaceKind.DISTRICT, "areas", PlaceKind.DISTRICT, "neighborhoods",
            PlaceKind.DISTRICT, "neighbourhoods", PlaceKind.DISTRICT);

    /**
     * The name at {@code i..j} is one of a list of two or more names closed by a plural kind word of divisions ("Oromia
     * and Somali regions", "the Borno, Yobe and Adamawa states"): a division of that name, even one named like a people.
     */
    private static boolean listedBeforeAPluralKind(ArticleContext.Sentence s, int i, int j) {
        List<Tokens.Token> t = s.tokens;
        boolean joined = i > 0 && (t.get(i - 1).text().equals("and") || t.get(i - 1).text().equals(",")) && i > 1
                && t.get(i - 2).capitalized();
        for (int k = j + 1; k < t.size() && k <= j + 12; k++) {
            String w = t.get(k).text();
            if (PLURAL_DIVISIONS.containsKey(w)) {
                return joined;
            }
            if (w.equals(",") || w.equals("and") || w.equals("or")) {
                joined = true;
            } else if (!t.get(k).capitalized() || Text.isPossessive(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The countries a list of names at {@code at} belongs to: the one a possessive or demonym before the list names
     * ("Ethiopia's Oromia and Somali regions"), and those of its other names that are divisions the gazetteer knows
     * ("the Afar and Amhara regions"). A people's name is a division only of such a country ("Arab and Western states").
     */
    private Set<String> listOwners(ArticleContext.Sentence s, int at) {
        List<Tokens.Token> t = s.tokens;
        Set<String> owners = new HashSet<>();
        int k = at - 1;
        while (k >= 0 && (t.get(k).capitalized() && !Text.isPossessive(t.get(k).text()) || t.get(k).text().equals(",")
                || t.get(k).text().equals("and") || t.get(k).text().equals("or"))) {
            k--;
        }
        for (int n = k + 1; n < t.size() && !PLURAL_DIVISIONS.containsKey(t.get(n).text()); n++) {
            if (n != at && t.get(n).capitalized() && !COMPASS_ADJECTIVES.contains(t.get(n).lower())) {
                gaz.lookup(t.get(n).bare()).stream().filter(e -> e.kind() == PlaceKind.PROVINCE || e.kind() == PlaceKind.DISTRICT)
                        .forEach(e -> owners.add(e.countryCode()));
            }
        }
        String before = k >= 0 ? countryBefore(s, k + 1, null) : null;
        if (before != null) {
            owners.add(before);
        }
        return owners;
    }

    /**
     * The names of a list before a plural kind word at {@code kindAt} that no gazetteer knows, each declared a division of
     * that kind in the one country the list belongs to ({@link #listOwners}).
     */
    private void listBeforeAPluralKind(ArticleContext ctx, ArticleContext.Sentence s, int kindAt, PlaceKind kind) {
        List<Tokens.Token> t = s.tokens;
        List<int[]> names = new ArrayList<>();
        int k = kindAt - 1;
        while (k >= 0 && names.size() < 8) {
            int end = k;
            while (k >= 0 && t.get(k).capitalized() && !Text.isPossessive(t.get(k).text()) && end - k < 3) {
                k--;
            }
            if (k == end) {
                break;
            }
            names.add(new int[] {k + 1, end});
            if (k < 0 || !t.get(k).text().equals(",") && !t.get(k).text().equals("and") && !t.get(k).text().equals("or")) {
                break;
            }
            k--;
        }
        if (names.size() < 2) {
            return; // "Gulf states", "Western countries": one word before the plural describes it
        }
        // "the Democratic and Republican states", "Arab and Western states": only a list the text puts in a country, or
        // one whose other names are divisions of one country, names divisions
        Set<String> owners = listOwners(s, names.get(names.size() - 1)[0]); // from the list's first name: its others own it
        if (owners.size() != 1) {
            return;
        }
        String cc = owners.iterator().next();
        for (int[] n : names) {
            String name = s.span(n[0], n[1]);
            Tokens.Token a = t.get(n[0]);
            if (s.isClaimed(a.start(), t.get(n[1]).end()) || !gaz.lookup(name).isEmpty() || gaz.byDemonym(a.bare()) != null
                    || lex.stopCaps.contains(a.text()) || lex.titles.containsKey(a.lower()) || COMPASS_ADJECTIVES.contains(a.lower())) {
                // "Arab and Western states": adjectives of peoples and directions name no division
                continue;
            }
            declareUnknown(ctx, s, n[0], n[1], kind, cc);
        }
    }

    /** Plural kind words that open a list of places: "the villages of X and Y". */
    private static final Map<String, PlaceKind> PLURAL_KINDS = Map.of("villages", PlaceKind.CITY,
            "towns", PlaceKind.CITY, "cities", PlaceKind.CITY, "districts", PlaceKind.DISTRICT, "provinces", PlaceKind.PROVINCE);

    /** Kind words of divisions, capitalised after a division's name: "Helmand Province", "Borno State", "Kajiado County". */
    private static final Set<String> DIVISION_WORDS = Set.of("province", "state", "region", "district", "county", "governorate",
            "prefecture", "oblast");

    /** Kind words that, capitalised after a name, are part of a division's name ("Northwest Frontier Province"). */
    private static final Set<String> NAMED_DIVISIONS = Set.of("province", "district", "county", "governorate", "prefecture",
            "oblast", "township", "city");

    /** The other end of a run of up to three unclaimed capitalised words from {@code from} in direction {@code step}, or -1. */
    private int unknownName(ArticleContext.Sentence s, int from, int step) {
        List<Tokens.Token> t = s.tokens;
        int k = from;
        int end = -1;
        while (k >= 0 && k < t.size() && Math.abs(k - from) < 3) {
            Tokens.Token tok = t.get(k);
            boolean word = tok.capitalized() || articleShaped(tok.bare());
            // "English-speaking", "an Islamic state", "the Shiite city": an adjective before a kind word, not a name
            if (!word || HYPHENATED.matcher(tok.text()).matches() || s.isClaimed(tok.start(), tok.end()) || FAITHS.contains(tok.text())
                    || countryWithoutApostrophe(tok.text())
                    || lex.stopCaps.contains(tok.text()) || lex.titles.containsKey(tok.lower()) || gaz.byDemonym(tok.bare()) != null
                    || step < 0 && Text.isPossessive(tok.text()) && k != from || step < 0 && adjective(s, k)) {
                break;
            }
            end = k;
            if (step > 0 && Text.isPossessive(tok.text())) {
                break;
            }
            k += step;
        }
        // "attacked al Hashaba area": an Arabic article written apart in lower case is the name's first word
        if (step < 0 && end > 0 && SPACED_ARTICLE.contains(t.get(end - 1).text()) && (end < 2 || !t.get(end - 2).lower().equals("et"))) {
            end--;
        }
        return end;
    }

    /** Arabic articles as copy writes them apart from the name: "al Hashaba", "el Geneina". */
    private static final Set<String> SPACED_ARTICLE = Set.of("al", "el");

    /** The end of a run of capitalised words from {@code from} that a known place has claimed, or -1. */
    private static int knownName(ArticleContext.Sentence s, int from) {
        List<Tokens.Token> t = s.tokens;
        int end = -1;
        for (int k = from; k < t.size() && t.get(k).capitalized() && s.isClaimed(t.get(k).start(), t.get(k).end()); k++) {
            end = k;
        }
        return end;
    }

    /** "Indias state of Jammu and Kashmir": a country's possessive with its apostrophe lost, no name of a division. */
    private boolean countryWithoutApostrophe(String word) {
        return word.length() > 3 && word.endsWith("s")
                && gaz.lookup(word.substring(0, word.length() - 1)).stream().anyMatch(e -> e.kind() == PlaceKind.COUNTRY);
    }

    /**
     * "an Islamic state", "the Federal district": an adjective before a kind word. The tagger calls many unknown names
     * adjectives too ("Yilian county"), so the word must also look like one.
     */
    private static boolean adjective(ArticleContext.Sentence s, int k) {
        String w = s.tokens.get(k).lower();
        return (w.endsWith("ic") || w.endsWith("al") || w.endsWith("ern") || w.endsWith("ous") || w.endsWith("ive")
                || w.endsWith("ish") || w.endsWith("ese")) && s.tag(k).startsWith("ADJ"); // the tagger only when it matters
    }

    private Entities.Place declareUnknown(ArticleContext ctx, ArticleContext.Sentence s, int a, int b, PlaceKind kind, String cc) {
        int from = Math.min(a, b);
        int to = Math.max(a, b);
        String name = Text.stripPossessive(s.span(from, to));
        Entities.Place place = ctx.entities.findPlace(name);
        if (place == null) {
            // The text's name and kind ("the province of Negros Occidental"); the local tier adds where it lies.
            Gazetteer.Entry known = localEntry(name, kind, cc);
            place = ctx.entities.place(known == null
                    ? Gazetteer.Entry.stated(kind, name, cc, null)
                    : new Gazetteer.Entry(kind, name, cc, known.parent(), known.lat(), known.lon(), known.population(),
                            List.of(), List.of(), false));
        }
        mentions.add(new Mention(s, from, to, place));
        s.claim(s.tokens.get(from).start(), s.tokens.get(to).end());
        return place;
    }

    /** The town or district of the local tier with this name in this country, of the kind the text gives if it has one. */
    private Gazetteer.Entry localEntry(String name, PlaceKind kind, String cc) {
        Gazetteer.Entry best = null;
        for (Gazetteer.Entry e : gaz.lookupLocal(name)) {
            if (!e.countryCode().equals(cc)) {
                continue;
            }
            if (best == null || e.kind() == kind && best.kind() != kind
                    || (e.kind() == kind) == (best.kind() == kind) && e.population() > best.population()) {
                best = e;
            }
        }
        return best;
    }

    /** Country abbreviations that wire copy mostly uses as modifiers ("U.S. trainers", "the UK government"). */
    private static final Set<String> MODIFIER_ABBREVIATIONS = Set.of("U.S.", "US", "U.K.", "UK", "USA", "U.S.A.");

    /**
     * "U.S. trainers", "joint U.S. and Philippine exercises": an abbreviated country name before a noun (or before
     * "and" and a demonym) modifies it; "in the U.S." and "the U.S. said" name the country.
     */
    private boolean modifierUse(Hit h) {
        if (!MODIFIER_ABBREVIATIONS.contains(h.surface) || h.to + 1 >= h.sentence.tokens.size()) {
            return false;
        }
        List<Tokens.Token> t = h.sentence.tokens;
        Tokens.Token next = t.get(h.to + 1);
        if (h.from > 0 && ARTICLES.contains(t.get(h.from - 1).lower())) {
            return true; // "a U.S. unmanned aircraft": no article stands before the country itself
        }
        if (next.text().startsWith("-") && next.start() == t.get(h.to).end()) {
            return true; // "a U.S.-backed coup"
        }
        if ((next.text().equals("and") || next.text().equals("or")) && h.to + 2 < t.size()) {
            return gaz.byDemonym(t.get(h.to + 2).text()) != null || MODIFIER_ABBREVIATIONS.contains(t.get(h.to + 2).text());
        }
        boolean listGoesOn = LIST_GLUE.contains(next.text());
        if (listGoesOn && h.from > 1 && t.get(h.from - 1).text().equals(",") && gaz.byDemonym(t.get(h.from - 2).text()) != null
                || next.text().equals(",") && h.to + 3 < t.size() && gaz.byDemonym(t.get(h.to + 2).text()) != null
                && LIST_GLUE.contains(t.get(h.to + 3).text())) {
            return true; // "Canadian, U.S., Dutch, and British soldiers": one of a list of demonyms
        }
        String w = next.lower();
        boolean word = Character.isLetterOrDigit(next.text().charAt(0));
        // "workers in the UK withdrew their labour": a word that takes a determiner after it is a verb, however it is
        // inflected, and the country its subject
        boolean verbAfter = h.to + 2 < t.size() && DETERMINERS.contains(t.get(h.to + 2).lower());
        return word && !NOUN_USE_AFTER.contains(w) && !lex.reportingVerbs.contains(w) && !(w.length() > 4 && w.endsWith("ed"))
                && !verbAfter;
    }

    /** Words that open a noun phrase: after "U.S. sent", not after "U.S. troops". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "their", "its", "his", "her", "our", "this",
            "these", "those");

    private static final Set<String> ARTICLES = Set.of("a", "an");
    /** What joins the items of a list. */
    private static final Set<String> LIST_GLUE = Set.of(",", "and", "or");

    /**
     * "their Caribbean nation", "its Pacific neighbors": a region or sea whose one-word name is an adjective, before a
     * noun, describes the noun as a demonym does ("in the Caribbean" names the region).
     */
    private boolean adjectiveUse(Hit h, Gazetteer.Entry declared) {
        List<Tokens.Token> t = h.sentence.tokens;
        if (h.from != h.to || h.to + 1 >= t.size() || declared.kind() != PlaceKind.REGION && declared.kind() != PlaceKind.SEA
                && declared.kind() != PlaceKind.CONTINENT || !(h.surface.endsWith("an") || h.surface.endsWith("ic"))) {
            return false;
        }
        int before = h.from - 1;
        if (before > 0 && t.get(before).lower().equals("the")) {
            before--;
        }
        if (before >= 0 && LOCATIVE.contains(t.get(before).lower())) {
            return false; // "in the Caribbean"
        }
        Tokens.Token next = t.get(h.to + 1);
        String w = next.lower();
        return Character.isLowerCase(next.text().charAt(0)) && lex.placeNouns.get(w) == null && !NOUN_USE_AFTER.contains(w)
                && !lex.reportingVerbs.contains(w) && h.sentence.tag(h.to + 1).startsWith("NOUN"); // the tagger only here
    }

    /** Words after "U.S." that make it a noun: "the U.S. has", "the U.S. will", "the U.S. and Britain". */
    private static final Set<String> NOUN_USE_AFTER = Set.of("has", "have", "had", "is", "was", "will", "would", "could",
            "can", "may", "must", "did", "does", "and", "or", "to", "in", "on", "for", "of", "with", "from", "at", "by",
            "as", "that", "which", "who", "but", "also", "itself", "since", "after", "before", "over", "this", "last", "next");

    /** The headline and the lead say what the story is about: their places weigh more. */
    private static int weight(ArticleContext.Sentence s) {
        return s.section == ArticleContext.Section.HEADLINE || s.paragraph == 0 ? 4 : 1;
    }

    private void find(ArticleContext.Sentence s, List<Hit> hits) {
        List<Tokens.Token> t = s.tokens;
        for (int i = 0; i < t.size(); i++) {
            Tokens.Token tok = t.get(i);
            if (!tok.capitalized() && articleShaped(tok.text()) && !s.isClaimed(tok.start(), tok.end())) {
                Hit prefixed = articlePrefixed(s, i); // "the attack on el-Fasher"
                if (prefixed != null) {
                    hits.add(prefixed);
                }
                continue;
            }
            if (!tok.capitalized() || s.isClaimed(tok.start(), tok.end())) {
                continue;
            }
            int longer = unknownNameAfterKind(s, i);
            if (longer > 0) {
                i = longer; // declared with its kind later
                continue;
            }
            boolean found = false;
            int water = waterBody(s, i);
            if (water > 0) {
                // "the Gulf of Thailand": a sea no gazetteer row names, not the town or province its first word names
                String surface = Text.stripPossessive(s.span(i, water));
                List<Gazetteer.Entry> known = gaz.lookup(surface);
                hits.add(new Hit(s, i, water, surface, known.isEmpty() ? List.of(Gazetteer.Entry.stated(PlaceKind.SEA, surface, null, null))
                        : known, false, false));
                i = water;
                continue;
            }
            int slug = i == 0 ? slugPlace(s) : -1;
            if (slug >= 0) {
                // "BURMA - SUU KYI: The trial ...": a news item's slug in capitals opens with the place it is about
                String surface = s.span(0, slug);
                List<Gazetteer.Entry> known = slugCandidates(surface);
                hits.add(new Hit(s, 0, slug, surface, known, false, false));
                i = slug;
                continue;
            }
            int region = naturalRegion(s, i);
            if (region > 0) {
                // "the Ferghana Valley region", "the Pacific Rim", "the Niger Delta": one named region, not a town, sea or
                // country of its first word and a place of its head word; like a river it has no country of its own
                // (they cross borders) unless the text gives it an owner ("Egypt's fertile Nile Delta")
                String surface = Text.stripPossessive(s.span(i, region));
                hits.add(new Hit(s, i, region, surface, List.of(Gazetteer.Entry.stated(PlaceKind.OTHER, surface, owningCountry(s, i), null)),
                        false, false));
                i = region;
                continue;
            }
            int river = river(s, i);
            if (river > 0) {
                // "the rising Mahanadi River", "the Kosi river": a river, not the town or district its first word names;
                // it has no country of its own (rivers cross borders)
                String surface = Text.stripPossessive(s.span(i, river));
                List<Gazetteer.Entry> known = gaz.lookup(surface).stream().filter(e -> e.kind() == PlaceKind.SEA).toList();
                hits.add(new Hit(s, i, river, surface, known.isEmpty() ? List.of(Gazetteer.Entry.stated(PlaceKind.SEA, surface, null, null))
                        : known, false, false));
                i = river;
                continue;
            }
            for (int j = Math.min(t.size() - 1, i + MAX_NGRAM - 1); j >= i && !found; j--) {
                boolean inner = j > i && articleShaped(t.get(j).bare()); // "Deir al-Balah", "Jisr al-Shughur"
                if (!t.get(j).capitalized() && !inner || s.isClaimed(t.get(j).start(), t.get(j).end())) {
                    continue;
                }
                String surface = Text.stripPossessive(s.span(i, j));
                if (j > i && Text.isPossessive(FROM_SPACE.matcher(s.span(i, j - 1)).replaceAll(""))) {
                    continue;
                }
                List<Gazetteer.Entry> candidates = inner ? withInnerArticle(surface, false) : gaz.lookup(surface);
                if (candidates.isEmpty() && surface.startsWith("The ")) {
                    continue;
                }
                if (i == j && demonymOnly(surface, candidates)) {
                    Set<String> owners = listedBeforeAPluralKind(s, i, j) ? listOwners(s, i) : Set.of();
                    List<Gazetteer.Entry> divisions = candidates.stream().filter(e -> (e.kind() == PlaceKind.PROVINCE
                            || e.kind() == PlaceKind.DISTRICT) && owners.contains(e.countryCode())).toList();
                    if (!divisions.isEmpty()) {
                        hits.add(new Hit(s, i, j, surface, divisions, false, false)); // "Ethiopia's Oromia and Somali regions"
                        i = j;
                        found = true;
                    }
                    break; // "Somali police", "the Balkan country": the demonym, not Ethiopia's Somali Region or Turkmenistan's Balkan
                }
                if (!candidates.isEmpty() && acceptable(s, i, j, surface)) {
                    hits.add(new Hit(s, i, j, surface, candidates, false, false));
                    i = j;
                    found = true;
                } else if (candidates.isEmpty() && !surface.equals(surface.toUpperCase(Locale.ROOT))
                        && (localEvidence(s, i, j) || i > 0 && locatedAt(s.tokens, i) && !bigCitySpellings(surface).isEmpty())
                        && acceptable(s, i, j, surface)) {
                    List<Gazetteer.Entry> local = inner ? withInnerArticle(surface, true) : gaz.lookupLocal(surface);
                    if (local.isEmpty() && i == j) {
                        local = gaz.respelt(surface); // "Paktiya provincial officials", "in Baluchistan": another spelling
                    }
                    if (!local.isEmpty() && insideLongerName(s, i)) {
                        found = true; // "North West Frontier Province": not Nebraska's Frontier County
                    } else if (!local.isEmpty()) {
                        hits.add(new Hit(s, i, j, surface, local, false, true));
                        i = j;
                        found = true;
                    }
                }
            }
            Hit prefixed = found ? null : articlePrefixed(s, i);
            if (prefixed != null) {
                hits.add(prefixed); // "El-Fasher", "Al-Bab"
                continue;
            }
            Matcher glued = Prefilter.matcher(HYPHENATED, tok.text());
            if (!found && glued.matches() && !isCode(glued.group(1))) { // "IS-affiliated", "AU-led": a body's initials
                // "Lagos-based": where something is based is a place, any town of the gazetteer
                boolean based = tok.text().endsWith("-based");
                int first = longerGluedName(s, i, glued.group(1));
                if (first < i) {
                    // "the South Africa-based institute", "a New York-based group": the name begins words before the hyphen
                    hits.add(new Hit(s, first, i, s.span(first, i - 1) + " " + glued.group(1),
                            gaz.lookup(s.span(first, i - 1) + " " + glued.group(1)), false, false));
                    continue;
                }
                List<Gazetteer.Entry> candidates = gaz.lookup(glued.group(1)).stream()
                        .filter(e -> e.kind() == PlaceKind.COUNTRY || e.kind() == PlaceKind.CONTINENT || e.capital()
                                || based && (e.kind() == PlaceKind.CITY || e.kind() == PlaceKind.PROVINCE)).toList();
                if (!candidates.isEmpty()) {
                    hits.add(new Hit(s, i, i, glued.group(1), candidates, false, false));
                    found = true;
                }
            }
            Matcher joined = Prefilter.matcher(JOINED, tok.text());
            if (!found && joined.matches()) {
                for (int g = 1; g <= 2; g++) {
                    if (isCode(joined.group(g))) {
                        continue; // "ZANU-PF": a party's initials, not French Polynesia
                    }
                    List<Gazetteer.Entry> candidates = gaz.lookup(joined.group(g)).stream()
                            .filter(e -> e.kind() == PlaceKind.COUNTRY || e.capital()).toList();
                    if (!candidates.isEmpty()) {
                        hits.add(new Hit(s, i, i, joined.group(g), candidates, false, false));
                        found = true;
                    }
                }
            }
            if (!found && i < t.size()) {
                Gazetteer.Entry d = gaz.byDemonym(tok.text());
                String compound = i > 0 ? t.get(i - 1).text() + " " + tok.text() : "";
                if (d != null && gaz.byDemonym(compound) != null && !s.isClaimed(t.get(i - 1).start(), tok.end())) {
                    // "South American nations", "a South African minister": not the U.S., not Africa
                    hits.add(new Hit(s, i - 1, i, compound, List.of(gaz.byDemonym(compound)), true, false));
                    continue;
                }
                if (d == null && i == 0 && tok.text().length() > 4 && tok.text().endsWith("s")) {
                    // "Mongolians voted": a people opening the sentence; not the victims' nationality ("two Americans")
                    d = gaz.byDemonym(tok.text().substring(0, tok.text().length() - 1));
                }
                if (d != null && !s.isClaimed(tok.start(), tok.end())) {
                    hits.add(new Hit(s, i, i, tok.text(), List.of(d), true, false));
                }
            }
        }
    }

    /**
     * The first token of a country's or big place's name of two or three words that ends in the hyphenated word at
     * {@code i} ("South" of "South Africa-based"), or {@code i} when there is none.
     */
    private int longerGluedName(ArticleContext.Sentence s, int i, String last) {
        List<Tokens.Token> t = s.tokens;
        for (int k = Math.max(0, i - 2); k < i; k++) {
            boolean words = true;
            for (int w = k; w < i; w++) {
                words &= t.get(w).capitalized() && !s.isClaimed(t.get(w).start(), t.get(w).end()) && !Text.isPossessive(t.get(w).text());
            }
            if (words && gaz.lookup(s.span(k, i - 1) + " " + last).stream()
                    .anyMatch(e -> e.kind() == PlaceKind.COUNTRY || e.capital() || e.population() >= 100_000)) {
                return k;
            }
        }
        return i;
    }

    /**
     * "moved to Dahuk", "flights to Kiev": another spelling of a city of 100,000 or more, which any locative makes the
     * city (a town of the local tier needs one of {@link #LOCAL_LOCATIVE}).
     */
    private List<Gazetteer.Entry> bigCitySpellings(String surface) {
        return gaz.lookupLocal(surface).stream().filter(e -> e.kind() == PlaceKind.CITY && e.population() >= 100_000).toList();
    }

    /**
     * The places a name behind an Arabic article has in the gazetteer, written as GeoNames writes such names: "el-Fasher"
     * is "El Fasher", "al-Qaim" "Al Qaim" (or "El Qaim").
     */
    private List<Gazetteer.Entry> withoutArticle(String token, boolean local) {
        Matcher m = ARTICLE_PREFIXED.matcher(token);
        if (!m.matches()) {
            return List.of();
        }
        String article = token.substring(0, token.indexOf('-'));
        String titled = Character.toUpperCase(article.charAt(0)) + article.substring(1).toLowerCase(Locale.ROOT);
        for (String form : List.of(titled + " " + m.group(1), titled + "-" + m.group(1), "Al " + m.group(1), "El " + m.group(1))) {
            List<Gazetteer.Entry> found = local ? gaz.lookupLocal(form) : gaz.lookup(form);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** " al-", " el-": an Arabic article inside a name, which GeoNames writes in other ways. */
    private static final Pattern INNER_ARTICLE = Pattern.compile(" (al|el|as|ad|ash|an|ar|at|az|ed|es|et)-(\\p{Lu})");

    /**
     * The places of a name with an Arabic article inside it, as the copy writes it or as GeoNames does: "Deir al-Balah"
     * is "Deir Al Balah", "Jisr al-Shughur" "Jisr al Shughur" or "Jisr Al-Shughur".
     */
    private List<Gazetteer.Entry> withInnerArticle(String surface, boolean local) {
        Matcher m = INNER_ARTICLE.matcher(surface);
        if (!m.find()) {
            return List.of();
        }
        String titled = Character.toUpperCase(m.group(1).charAt(0)) + m.group(1).substring(1);
        for (String form : List.of(surface, m.replaceFirst(" $1 $2"), m.replaceFirst(" " + titled + " $2"),
                m.replaceFirst(" " + titled + "-$2"))) {
            List<Gazetteer.Entry> found = local ? gaz.lookupLocal(form) : gaz.lookup(form);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** "el-Fasher", "Al-Bab": the shape checked by hand first, as it is asked of every lower-case word. */
    private static boolean articleShaped(String word) {
        int hyphen = word.indexOf('-');
        return (hyphen == 2 || hyphen == 3) && ARTICLE_PREFIXED.matcher(word).matches();
    }

    /** The place a name behind an Arabic article names, from the gazetteer or else its local tier; else null. */
    private Hit articlePrefixed(ArticleContext.Sentence s, int i) {
        String surface = s.tokens.get(i).bare();
        if (!articleShaped(surface) || !acceptable(s, i, i, surface)) {
            return null;
        }
        List<Gazetteer.Entry> known = withoutArticle(surface, false);
        List<Gazetteer.Entry> local = known.isEmpty() ? withoutArticle(surface, true) : List.of();
        return !known.isEmpty() ? new Hit(s, i, i, surface, known, false, false)
                : !local.isEmpty() ? new Hit(s, i, i, surface, local, false, true) : null;
    }

    private static final Set<String> SLUG_MARKS = Set.of("-", "\u2013", "\u2014", ":");

    /**
     * The last token of a place the gazetteer knows written in capitals at the start of a sentence and closed by a dash
     * or colon ("BURMA - SUU KYI:", "INDONESIA - ELECTION:", "NORTH KOREA: ..."), or -1.
     */
    private int slugPlace(ArticleContext.Sentence s) {
        List<Tokens.Token> t = s.tokens;
        for (int k = 0; k + 1 < t.size() && k < 3; k++) {
            String w = t.get(k).text();
            if (w.length() < 2 || !w.chars().allMatch(Character::isUpperCase) || s.isClaimed(t.get(k).start(), t.get(k).end())) {
                return -1;
            }
            if (SLUG_MARKS.contains(t.get(k + 1).text())) {
                return k > 0 || w.length() > 2 ? (slugCandidates(s.span(0, k)).isEmpty() ? -1 : k) : -1;
            }
        }
        return -1;
    }

    /** A slug's countries, provinces and large cities: a slug word that is a village's name too is a topic ("TRIAL"). */
    private List<Gazetteer.Entry> slugCandidates(String capitals) {
        return gaz.lookup(Text.titleCase(capitals)).stream().filter(e -> e.kind() == PlaceKind.COUNTRY
                || e.kind() == PlaceKind.PROVINCE || e.population() >= 100_000).toList();
    }

    /**
     * The last token of a river's name starting at {@code i} ("Mahanadi River", "Kosi river", "Blue Nile River"), or -1.
     * A headline capitalises every word, so there the name is one word.
     */
    private int river(ArticleContext.Sentence s, int i) {
        return nameClosedBy(s, i, s.section == ArticleContext.Section.HEADLINE ? 1 : 3, tok -> tok.lower().equals("river"));
    }

    /** Head words of a natural region named after a river, a sea or a range: "Valley", "Basin", "Rim", "Delta". */
    private static final Set<String> REGION_HEADS = Set.of("Valley", "Basin", "Rim", "Delta");

    /**
     * The last token of a natural region's name no gazetteer row knows ("the Ferghana Valley", "the Pacific Basin"), or
     * -1; "Simi Valley", a town the gazetteer knows, is left to it.
     */
    private int naturalRegion(ArticleContext.Sentence s, int i) {
        int end = nameClosedBy(s, i, 3, tok -> REGION_HEADS.contains(tok.bare()));
        return end >= 0 && gaz.lookup(Text.stripPossessive(s.span(i, end))).isEmpty() ? end : -1;
    }

    /** The country that owns the name at {@code i} past its adjectives ("Nigeria's volatile Niger Delta"), else null. */
    private String owningCountry(ArticleContext.Sentence s, int i) {
        int at = i;
        while (at > 0 && at > i - 3 && Character.isLowerCase(s.tokens.get(at - 1).text().charAt(0))) {
            at--;
        }
        return ownerCountry(s, at);
    }

    /**
     * The head word's token after up to {@code words} capitalised words from {@code i} that no capitalised word
     * continues ("Tana River County" is a county), or -1.
     */
    private int nameClosedBy(ArticleContext.Sentence s, int i, int words, Predicate<Tokens.Token> head) {
        List<Tokens.Token> t = s.tokens;
        for (int k = i; k + 1 < t.size() && k < i + words; k++) {
            Tokens.Token tok = t.get(k);
            if (!tok.capitalized() || s.isClaimed(tok.start(), tok.end()) || Text.isPossessive(tok.text())
                    || lex.stopCaps.contains(tok.text()) || head.test(tok)) {
                return -1;
            }
            if (head.test(t.get(k + 1))) {
                return k + 2 == t.size() || !t.get(k + 2).capitalized() ? k + 1 : -1;
            }
        }
        return -1;
    }

    /**
     * The last token of "Gulf of Thailand", "Bay of Biscay", "Strait of Malacca" from {@code i}: a water word, "of" and up
     * to three capitalised words; else -1.
     */
    private static int waterBody(ArticleContext.Sentence s, int i) {
        List<Tokens.Token> t = s.tokens;
        if (!WATER_HEADS.contains(t.get(i).text()) || i + 2 >= t.size() || !t.get(i + 1).text().equals("of")) {
            return -1;
        }
        int end = -1;
        for (int k = i + 2; k < t.size() && k < i + 5 && t.get(k).capitalized() && !s.isClaimed(t.get(k).start(), t.get(k).end()); k++) {
            end = k;
            if (Text.isPossessive(t.get(k).text())) {
                break;
            }
        }
        return end;
    }

    /**
     * What makes an unknown capitalised name a town or district: a locative before it ("in Galim", "the village of
     * Onna", "south of X"), a kind word after it ("Kajuru district"), or a known larger place after a comma ("Mbouda,
     * West Region").
     */
    private boolean localEvidence(ArticleContext.Sentence s, int i, int j) {
        List<Tokens.Token> t = s.tokens;
        String prev = i > 0 ? t.get(i - 1).lower() : "";
        if (i > 0) {
            if (LOCAL_LOCATIVE.contains(prev) || i > 1 && COMPASS_ADJECTIVES.contains(prev)
                    && LOCAL_LOCATIVE.contains(t.get(i - 2).lower())) {
                return true; // "in Galim", "in eastern Fresno County"
            }
            if (prev.equals("of") && i > 1 && (lex.placeNouns.containsKey(t.get(i - 2).lower())
                    || KINDS_BEFORE_OF.containsKey(t.get(i - 2).lower()) || DIRECTIONS.contains(t.get(i - 2).lower()))) {
                return true;
            }
        }
        if (j + 2 < t.size() && t.get(j + 1).text().equals("in") && t.get(j + 2).capitalized()
                && gaz.lookup(t.get(j + 2).bare()).stream().anyMatch(e -> e.kind() == PlaceKind.PROVINCE)) {
            return true; // "control of Mafa in Borno state": a name placed in a known province
        }
        if (betweenTwoNames(t, i, j)) {
            return true; // "cross the coast between Exmouth and Karratha"
        }
        if (prev.equals("capital") || i > 1 && prev.equals(",") && t.get(i - 2).lower().equals("capital")) {
            return true; // "the Tigray capital Mekelle", "the provincial capital, Herat"
        }
        if (i > 1 && prev.equals("of") && DWELLERS.contains(t.get(i - 2).lower())) {
            return true; // "residents of Guinsaugon"
        }
        if (j + 1 < t.size() && DIVISION_ADJECTIVES.contains(t.get(j + 1).text())) {
            return true; // "Paktiya provincial officials", "the Kandahar provincial council"
        }
        if (j + 1 < t.size() && kindWord(t.get(j + 1).text()) && !kindOfANamedTown(t, j + 1)) {
            return true; // "Kajuru district", "Leyte island", "Basilan Island"
        }
        if (j > i && t.get(j).capitalized() && NAMED_DIVISIONS.contains(t.get(j).lower()) && !facilityAfter(s, j)) {
            return true; // "Dallas County Sheriff ...", "the Kajiado County government": the kind word is in the name
        }
        if (prev.equals("the") && j + 1 < t.size() && INSTALLATIONS.contains(t.get(j + 1).text())) {
            return true; // "attacked the Niafunke post", "the Leego base": a post or camp named for its town
        }
        // "Moba, Congo", "Digby, Nova Scotia": a name followed by its country or province, of up to three words
        for (int k = j + 2; k < Math.min(t.size(), j + 5) && j + 1 < t.size() && t.get(j + 1).text().equals(",")
                && t.get(k).capitalized(); k++) {
            for (Gazetteer.Entry e : gaz.lookup(k == j + 2 ? t.get(k).bare() : Text.stripPossessive(s.span(j + 2, k)))) {
                if (e.kind() == PlaceKind.COUNTRY || e.kind() == PlaceKind.PROVINCE) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "between Exmouth and Karratha", "the road between Kousseri and Maroua": either name of a stretch between two
     * places; names of people ("talks between Kiir and Machar") are claimed before places are read.
     */
    private static boolean betweenTwoNames(List<Tokens.Token> t, int i, int j) {
        if (i > 0 && t.get(i - 1).lower().equals("between")) {
            return j + 2 < t.size() && t.get(j + 1).text().equals("and") && t.get(j + 2).capitalized();
        }
        int k = i - 2; // the first name ends before "and"
        while (k > 0 && t.get(k).capitalized()) {
            k--;
        }
        return i > 2 && t.get(i - 1).text().equals("and") && k < i - 2 && t.get(k).lower().equals("between");
    }

    /** "Broward County Stadium", "Fresno County Airport": a facility's word after the name, which names the building. */
    private boolean facilityAfter(ArticleContext.Sentence s, int j) {
        List<Tokens.Token> t = s.tokens;
        if (j + 1 >= t.size() || !t.get(j + 1).capitalized()) {
            return false;
        }
        String next = t.get(j + 1).lower();
        return lex.placeNouns.containsKey(next) && lex.placeNouns.get(next) == null || INSTALLATIONS.contains(next);
    }

    /** A division's adjective after its name ("Paktiya provincial officials"); "district" is a kind word already. */
    private static final Set<String> DIVISION_ADJECTIVES = Set.of("provincial");

    /** Military and civil installations that wire copy names for the town they stand in. */
    private static final Set<String> INSTALLATIONS = Set.of("post", "base", "camp", "airport", "prison", "barracks",
            "checkpoint", "market");

    /** Two or three capitals that are no name running text uses ("PF", "TV"): a code, not textual evidence of a place. */
    private static boolean isCode(String part) {
        return part.length() <= 3 && part.equals(part.toUpperCase(Locale.ROOT)) && !CODES_USED_AS_NAMES.contains(part);
    }

    /**
     * A country's or a region's demonym where no country, region or sea of the gazetteer has that name: an adjective of
     * the people or the area, not the division abroad that shares the word.
     */
    private boolean demonymOnly(String word, List<Gazetteer.Entry> candidates) {
        Gazetteer.Entry d = gaz.byDemonym(word);
        return d != null && (d.kind() == PlaceKind.COUNTRY || d.kind() == PlaceKind.REGION || d.kind() == PlaceKind.CONTINENT)
                && candidates.stream().noneMatch(e -> e.kind() == PlaceKind.COUNTRY || e.kind() == PlaceKind.REGION
                || e.kind() == PlaceKind.CONTINENT || e.kind() == PlaceKind.SEA);
    }

    /**
     * A local-tier town's name at {@code i..j} that a longer name began before ("North West Frontier Province", "the
     * Upper Kala Valley"): neither that town nor anything else of the gazetteer; the longer name is declared later. In a
     * headline, whose every word is capitalised, only a compass word before it says so.
     */
    private boolean insideLongerName(ArticleContext.Sentence s, int i) {
        if (i == 0 || !continuesName(s, i - 1)) {
            return false;
        }
        return DIRECTIONS.contains(s.tokens.get(i - 1).lower()) || i > 1 && s.section != ArticleContext.Section.HEADLINE;
    }

    /**
     * "the tribal region of Kala Dhaka", "the village of Bir Hassan": after a kind word and "of", a run of capitalised
     * words that begins with a name the gazetteer does not know is one name, so a known place among its later words
     * (Bangladesh's Dhaka) is no place of its own. The end of that run, else -1.
     */
    private int unknownNameAfterKind(ArticleContext.Sentence s, int i) {
        List<Tokens.Token> t = s.tokens;
        if (i < 2 || !t.get(i - 1).text().equals("of") || !lex.placeNouns.containsKey(t.get(i - 2).text())
                && !KINDS_BEFORE_OF.containsKey(t.get(i - 2).text()) || !gaz.lookup(t.get(i).bare()).isEmpty()) {
            return -1;
        }
        int end = unknownName(s, i, 1);
        if (end <= i) {
            return -1;
        }
        String name = s.span(i, end);
        return gaz.lookup(name).isEmpty() && gaz.lookupLocal(name).isEmpty() && withInnerArticle(name, false).isEmpty()
                && withInnerArticle(name, true).isEmpty() ? end : -1;
    }

    /** Words of an attack whose target "on" names: "an assault on X", "struck before dawn on X". */
    private static final Set<String> ATTACK_WORDS = Set.of("assault", "attack", "attacks", "raid", "raids", "offensive",
            "struck", "advanced", "swooped");
    /** Kinds of place a sentence takes a name up as: "storming the town", "the district center". */
    private static final Map<String, PlaceKind> TAKEN_UP_KINDS = Map.of("town", PlaceKind.CITY, "village", PlaceKind.CITY,
            "city", PlaceKind.CITY, "district", PlaceKind.DISTRICT);

    /** Whether an attack word stands at most four words before "on". */
    private static boolean attackedBefore(List<Tokens.Token> t, int on) {
        for (int k = on - 1; k >= Math.max(0, on - 5); k--) {
            if (ATTACK_WORDS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The kind of place the next words of the sentence take up with "the town", "the district center", else null. */
    private static PlaceKind kindTakenUp(List<Tokens.Token> t, int from) {
        for (int k = from; k + 1 < Math.min(t.size(), from + 12); k++) {
            if (t.get(k).lower().equals("the") && TAKEN_UP_KINDS.containsKey(t.get(k + 1).text())) {
                return TAKEN_UP_KINDS.get(t.get(k + 1).text());
            }
        }
        return null;
    }

    /** A capitalised word that can be a word of a place's name: no function word, title, demonym or claimed name. */
    private boolean continuesName(ArticleContext.Sentence s, int k) {
        Tokens.Token tok = s.tokens.get(k);
        String lower = tok.lower();
        return tok.capitalized() && !s.isClaimed(tok.start(), tok.end()) && !LOCATIVE.contains(lower)
                && (!lex.stopCaps.contains(tok.text()) || DIRECTIONS.contains(lower)) && !lex.titles.containsKey(lower)
                && gaz.byDemonym(tok.bare()) == null && !COMPASS_ADJECTIVES.contains(lower);
    }

    /** Rejects a place name that is really part of a person's name or a sentence-initial function word. */
    private boolean acceptable(ArticleContext.Sentence s, int i, int j, String surface) {
        if (lex.stopCaps.contains(surface)) {
            return false;
        }
        if (surface.length() == 2 && !CODES_USED_AS_NAMES.contains(surface)) {
            return false; // "PM", "TV", "AP": an ISO code is a place only where text uses it as a name
        }
        List<Tokens.Token> t = s.tokens;
        if (i >= 2 && t.get(i - 1).text().equals(".") && t.get(i - 2).text().length() == 1
                && Character.isUpperCase(t.get(i - 2).text().charAt(0))) {
            return false; // "Danforth W. Austin": a surname after a middle initial
        }
        // "Shahid Rind": a capitalised unknown word right next to it makes it part of a name.
        boolean prevName = false;
        for (int k = i - 1; k >= 0 && k >= i - 3 && t.get(k).capitalized() && !prevName; k--) {
            prevName = nameLike(s, k); // "Abdifatah Aden Hassan": a name word further left, across a town's name
        }
        // "Dallas County Sheriff Adam Infante": a name closed by its division word is no word of the name after it (but
        // "Broward County Stadium" goes on to name a building)
        boolean closed = j > i && t.get(j).capitalized() && NAMED_DIVISIONS.contains(t.get(j).lower()) && !facilityAfter(s, j);
        // "Helmand Province Police Chief Abdul Ghafar", "Morelos State Pablo Ojeda": the division's capitalised kind word
        // right after the name closes it too
        boolean kindAfter = j + 2 < t.size() && t.get(j + 1).capitalized() && DIVISION_WORDS.contains(t.get(j + 1).lower())
                && !facilityAfter(s, j + 1) && gaz.lookup(surface).stream().anyMatch(e -> e.kind() == PlaceKind.PROVINCE
                || e.kind() == PlaceKind.DISTRICT);
        boolean nextName = j + 1 < t.size() && !closed && !kindAfter && nameLike(s, j + 1);
        if ((prevName || nextName) && !isCountryOrBig(surface)) {
            nameWords.add(surface);
            return false;
        }
        if (i > 0 && isAcronym(t.get(i - 1).text()) && smallTownsOnly(surface)) {
            return false; // "the NATO Summit", "the ASEAN Regional Forum": a word of the body's event, not a town
        }
        return true;
    }

    /** "NATO", "ASEAN", "G20": a body's initials, not a country's code used as a name. */
    private static boolean isAcronym(String w) {
        return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && Character.isUpperCase(w.charAt(0)) && !CODES_USED_AS_NAMES.contains(w);
    }

    /** Every place of this name is a town of under 100,000 people, none a capital. */
    private boolean smallTownsOnly(String surface) {
        List<Gazetteer.Entry> known = gaz.lookup(surface);
        return !known.isEmpty() && known.stream().allMatch(e -> e.kind() == PlaceKind.CITY && !e.capital() && e.population() < 100_000);
    }

    private boolean nameLike(ArticleContext.Sentence s, int k) {
        Tokens.Token tok = s.tokens.get(k);
        if (!tok.capitalized() && articleShaped(tok.text())) {
            return withoutArticle(tok.text(), false).isEmpty(); // "imam Hassan al-Askari": the family name of a person
        }
        String bare = tok.bare();
        boolean endsName = kindWord(bare) && (k + 1 == s.tokens.size() || !s.tokens.get(k + 1).capitalized());
        return tok.capitalized() && bare.length() > 1 && !lex.stopCaps.contains(bare) && !endsName
                && !s.isClaimed(tok.start(), tok.end()) && gaz.lookup(bare).isEmpty() && gaz.byDemonym(bare) == null
                && !lex.titles.containsKey(bare.toLowerCase(Locale.ROOT)) && !bare.equals(bare.toUpperCase(Locale.ROOT));
    }

    /**
     * "Helmand Province", "Basilan Island", "Tandag City": a capitalised kind word that ends a name makes it no person's
     * (while "Broward County Stadium" goes on to name a building).
     */
    private boolean kindWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return lex.placeNouns.get(w) != null || NATURAL_FEATURES.contains(w);
    }

    private boolean isCountryOrBig(String surface) {
        for (Gazetteer.Entry e : gaz.lookup(surface)) {
            if (e.kind() != PlaceKind.CITY && e.kind() != PlaceKind.PROVINCE || e.population() > 1_000_000) {
                return true;
            }
        }
        return false;
    }

    private Gazetteer.Entry choose(ArticleContext ctx, Hit h) {
        List<Tokens.Token> t = h.sentence.tokens;
        String before = lowerWords(t, h.from - 3, h.from - 1);
        String after = h.to + 2 < t.size() && t.get(h.to + 1).text().equals(",") ? t.get(h.to + 2).bare() : "";
        PlaceKind wanted = null;
        if (before.endsWith("province of") || before.endsWith("region of") || before.endsWith("state of")
                || before.endsWith("oblast of")) {
            wanted = PlaceKind.PROVINCE;
        } else if (before.endsWith("city of") || before.endsWith("town of") || before.endsWith("village of")
                || before.endsWith("port of")) {
            wanted = PlaceKind.CITY;
        }
        String nextWord = h.to + 1 < t.size() ? t.get(h.to + 1).lower() : ""; // "Guanajuato State" in a headline too
        boolean spanning = h.candidates.stream().anyMatch(e -> e.kind() == PlaceKind.REGION || e.kind() == PlaceKind.SEA);
        if (wanted == null && PROVINCE_WORDS.contains(nextWord)
                && !(spanning && (nextWord.equals("region") || nextWord.equals("state")))) {
            // but "the Sahel region" is the region, not Burkina Faso's province of that name, and "the Sahel state" a
            // country of that region
            wanted = PlaceKind.PROVINCE;
        }
        String afterCountry = null;
        for (Gazetteer.Entry e : gaz.lookup(after)) {
            if (e.kind() == PlaceKind.COUNTRY) {
                afterCountry = e.countryCode();
            }
        }
        String cc = afterCountry;
        if (cc != null && closedBy(h.sentence, h.to + 2) && !h.local && !h.demonym
                && h.candidates.stream().allMatch(e -> e.kind() == PlaceKind.CITY)
                && h.candidates.stream().noneMatch(e -> cc.equals(e.countryCode()))) {
            // "San Fernando, Chile —" where the main gazetteer knows towns of the name only abroad: the town of the
            // country the text gives, from the local tier or new
            Gazetteer.Entry local = localEntry(h.surface, PlaceKind.CITY, cc);
            return local != null ? local
                    : Gazetteer.Entry.stated(PlaceKind.CITY, h.surface, cc, null);
        }
        // "the Ukrainian city of Kharkiv": a demonym before the kind word names the country.
        String demonymCountry = null;
        for (int k = Math.max(0, h.from - 4); k < h.from; k++) {
            Gazetteer.Entry d = gaz.byDemonym(t.get(k).text());
            if (d != null && d.kind() == PlaceKind.COUNTRY) {
                demonymCountry = d.countryCode();
            }
        }
        if (demonymCountry == null && h.from > 0 && Text.isPossessive(t.get(h.from - 1).text())) {
            // "Burkina Faso's Sahel region", "Niger's Tillaberi region": the owner named right before
            String owner = Text.stripPossessive(h.from > 1 ? h.sentence.span(h.from - 2, h.from - 1) : t.get(h.from - 1).text());
            for (String name : List.of(Text.stripPossessive(t.get(h.from - 1).text()), owner)) {
                Gazetteer.Entry c = gaz.lookup(name).stream().filter(e -> e.kind() == PlaceKind.COUNTRY).findFirst().orElse(null);
                if (c != null && demonymCountry == null) {
                    demonymCountry = c.countryCode();
                }
            }
        }
        boolean locative = h.from > 0 && LOCATIVE.contains(t.get(h.from - 1).lower());
        if (h.local) {
            Gazetteer.Entry local = chooseLocal(ctx, h, after, afterCountry, demonymCountry);
            PlaceKind stated = wanted != null ? wanted : h.to + 1 < t.size() ? lex.placeNouns.get(t.get(h.to + 1).lower()) : null;
            return local == null || stated == null || stated == local.kind() ? local
                    : new Gazetteer.Entry(stated, local.name(), local.countryCode(), local.parent(), local.lat(), local.lon(),
                            local.population(), local.aliases(), List.of(), false); // "the province of Negros Occidental"
        }
        long biggestCity = h.candidates.stream().filter(e -> e.kind() == PlaceKind.CITY).mapToLong(Gazetteer.Entry::population)
                .max().orElse(0);
        Gazetteer.Entry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Gazetteer.Entry e : h.candidates) {
            double score = switch (e.kind()) {
                case COUNTRY -> 100;
                case CONTINENT, SEA, REGION -> 250; // towns named "Asia" or "Africa" need explicit evidence
                case PROVINCE -> 45;
                case CITY -> 30 + Math.log10(Math.max(1, e.population())) * 6 + (e.capital() ? 60 : 0);
                default -> 10;
            };
            // Capped, so a big city abroad beats a village at home; the raw count still breaks ties (Punjab in Pakistan).
            // A town a fifth the size of a city of its name abroad needs evidence of its own ("Geneva" in a story
            // that names the United States is still the Swiss city): the story's country is not enough.
            int salience = ctx.countrySalience(e.countryCode());
            boolean dwarfed = e.kind() == PlaceKind.CITY && e.population() * 5 < biggestCity;
            score += e.kind() == PlaceKind.COUNTRY ? salience * 15 : dwarfed ? 0 : Math.min(salience, 2) * 15 + salience;
            if (wanted != null && e.kind() == wanted) {
                score += 300;
            }
            if (afterCountry != null && afterCountry.equals(e.countryCode()) || inStateAfter(after, e)) {
                score += 500; // "Warsaw, Poland", "Paris, Texas"
            }
            if (demonymCountry != null && demonymCountry.equals(e.countryCode())) {
                score += 400;
            }
            if (e.kind() == PlaceKind.CITY && e.population() < 100_000 && ctx.countrySalience(e.countryCode()) == 0
                    && !locative && wanted == null && afterCountry == null) {
                continue; // a small foreign town named like a common word: not without some evidence
            }
            if (e.kind() == PlaceKind.PROVINCE && salience == 0 && !locative && wanted == null && afterCountry == null
                    && !e.countryCode().equals(demonymCountry) && modifiesAPlural(h)) {
                continue; // "Saudi Arabia and other Gulf states": no province abroad (Papua New Guinea's Gulf)
            }
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        boolean smallTown = best == null ? localEvidence(h.sentence, h.from, h.to)
                : best.kind() == PlaceKind.CITY && best.population() < 100_000 && !best.capital();
        if ((wanted == PlaceKind.CITY || smallTown) && (best == null || ctx.countrySalience(best.countryCode()) == 0
                && !best.countryCode().equals(demonymCountry) && !best.countryCode().equals(afterCountry))) {
            // "the town of Madrid" in a story about the Philippines, "between Exmouth and Karratha" in one about Australia:
            // the town of the story's country, not the capital or the small town of that name abroad
            Gazetteer.Entry home = null;
            for (Gazetteer.Entry e : gaz.lookupLocal(h.surface)) {
                if (ctx.countrySalience(e.countryCode()) > 0 && (home == null
                        || ctx.countrySalience(e.countryCode()) > ctx.countrySalience(home.countryCode()))) {
                    home = e;
                }
            }
            if (home == null && best != null && best.kind() == PlaceKind.CITY && wanted != PlaceKind.PROVINCE) {
                // "the residence in Areia Branca, outside the capital" in a story about East Timor: a small town of a
                // country the story never names is likelier a town of the story's country the gazetteer lacks
                String near = countryNear(ctx, h.sentence, h.from);
                if (near != null && ctx.countrySalience(near) > 0) {
                    return Gazetteer.Entry.stated(PlaceKind.CITY, h.surface, near, null);
                }
            }
            return home != null ? home : best;
        }
        return best;
    }

    /**
     * Whether the name at the index ends its phrase ("San Fernando, Chile —", "..., Chile, on Monday"): not the subject
     * of a clause that goes on ("talks in Moscow, Ukraine said").
     */
    private static boolean closedBy(ArticleContext.Sentence s, int at) {
        List<Tokens.Token> t = s.tokens;
        int end = t.get(at).end();
        char after = end < s.text.length() ? s.text.charAt(end) : ' ';
        return t.get(at).text().equals(t.get(at).bare()) && (Character.isWhitespace(after) || ",.;:)".indexOf(after) >= 0)
                && (at + 1 >= t.size() || !Character.isLetterOrDigit(t.get(at + 1).text().charAt(0))); // not "Khost, U.S.-led"
    }

    /** "Gulf states", "Baltic countries": a one-word name before a lower-case plural noun, which it describes. */
    private static boolean modifiesAPlural(Hit h) {
        List<Tokens.Token> t = h.sentence.tokens;
        if (h.from != h.to || h.to + 1 >= t.size()) {
            return false;
        }
        String next = t.get(h.to + 1).text();
        if (!Character.isLowerCase(next.charAt(0)) || next.length() <= 3 || !next.endsWith("s")) {
            return false;
        }
        String tag = h.sentence.tag(h.to + 1); // the tagger only here; it calls "states" after a name a proper noun
        return tag.startsWith("NOUN") || tag.startsWith("PROPN");
    }

    /** "Alexandria, Virginia": the state or province named after the comma is the place's own. */
    private boolean inStateAfter(String after, Gazetteer.Entry e) {
        if (after.isEmpty() || e.parent() == null) {
            return false;
        }
        Gazetteer.Entry province = gaz.province(after, e.countryCode());
        return after.equals(e.parent()) || province != null && province.name().equals(e.parent());
    }

    /**
     * A town or district of the local tier: only in a country the article is about, or the one (or the province) named
     * right after it; the kind the text gives and the bigger place break ties.
     */
    private Gazetteer.Entry chooseLocal(ArticleContext ctx, Hit h, String after, String afterCountry, String demonymCountry) {
        List<Tokens.Token> t = h.sentence.tokens;
        PlaceKind wanted = h.to + 1 < t.size() ? lex.placeNouns.get(t.get(h.to + 1).lower()) : null;
        if (wanted == null && h.from > 1 && t.get(h.from - 1).lower().equals("of")) {
            wanted = lex.placeNouns.get(t.get(h.from - 2).lower());
        }
        Gazetteer.Entry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Gazetteer.Entry e : h.candidates) {
            int salience = ctx.countrySalience(e.countryCode());
            boolean afterParent = !after.isEmpty() && after.equals(e.parent())
                    || gaz.lookup(after).stream().anyMatch(p -> p.kind() == PlaceKind.PROVINCE && p.name().equals(e.parent()));
            boolean countryNamed = e.countryCode().equals(afterCountry) || e.countryCode().equals(demonymCountry);
            if (salience == 0 && !countryNamed && !afterParent || !compatible(wanted, e.kind())) {
                continue; // "the province of Sulu" is not the town Jolo, also called Sulu
            }
            double score = Math.min(salience, 3) * 20 + Math.log10(Math.max(1, e.population()))
                    + (countryNamed ? 200 : 0) + (afterParent ? 300 : 0)
                    + (ctx.entities.findPlace(e.parent()) != null ? 100 : 0)
                    + (wanted != null && (e.kind() == wanted || wanted == PlaceKind.CITY && e.kind() == PlaceKind.CITY) ? 50 : 0);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /** A first- or second-level division where the text says province or district, a town where it says town. */
    private static boolean compatible(PlaceKind stated, PlaceKind kind) {
        boolean division = kind == PlaceKind.PROVINCE || kind == PlaceKind.DISTRICT;
        return stated == null || stated == kind || division && (stated == PlaceKind.PROVINCE || stated == PlaceKind.DISTRICT);
    }

    /** "Washington's willingness", "New Delhi denies": a capital not used as a location stands for its country. */
    private boolean standsForGovernment(Hit h) {
        List<Tokens.Token> t = h.sentence.tokens;
        if (h.sentence.section == ArticleContext.Section.CAPTION) {
            return false;
        }
        if (h.from > 0) {
            String prev = t.get(h.from - 1).lower();
            if (prev.equals("capital") || prev.equals(",") && h.from > 1 && t.get(h.from - 2).lower().equals("capital")
                    || lex.placeNouns.get(prev) == PlaceKind.CITY) {
                return false; // "the Pakistani capital Islamabad", "the Russian capital, Moscow", "the capital city Kyiv"
            }
            if (locatedAt(t, h.from) || coordinated(t, h.from)) {
                return false;
            }
        }
        if (h.to + 1 < t.size() && LOCAL_BODIES.contains(t.get(h.to + 1).lower())) {
            return false; // "Kyiv regional Governor", "the Baghdad provincial council": the place's own authorities
        }
        if (h.to + 1 < t.size() && t.get(h.to + 1).text().equals(",") && h.to + 2 < t.size()) {
            String after = t.get(h.to + 2).bare();
            if (STATE_CODE.matcher(after).matches()) {
                return false; // "Washington, DC, Mayor ...", "Canberra, ACT, officials": the city with its state's code
            }
            for (Gazetteer.Entry e : gaz.lookup(after)) {
                if (e.kind() == PlaceKind.COUNTRY || e.kind() == PlaceKind.PROVINCE && h.candidates.stream()
                        .anyMatch(c -> c.capital() && e.countryCode() != null && e.countryCode().equals(c.countryCode()))) {
                    return false; // "Nairobi, Kenya", "Canberra, Australian Capital Territory"
                }
            }
        }
        return !t.get(h.from).text().endsWith("-based"); // "the Riyadh-based alliance" is based in the city
    }

    /** "in western Baghdad", "the outskirts of Kabul", "a Shi'ite district of Baghdad", "parts of Kyiv": the words before {@code at} locate. */
    private boolean locatedAt(List<Tokens.Token> t, int at) {
        int k = at - 1;
        while (k > 0 && COMPASS_ADJECTIVES.contains(t.get(k).lower())) {
            k--;
        }
        String locative = t.get(k).lower();
        if (LOCATIVE.contains(locative) && !locative.equals("on") && !locative.equals("over")) {
            return true;
        }
        if (!t.get(at - 1).lower().equals("of") || at < 2) {
            return false;
        }
        String whole = t.get(at - 2).lower();
        return DIRECTIONS.contains(whole) || OF_A_PLACE.contains(whole) || lex.placeNouns.containsKey(whole) || PARTS.contains(whole);
    }

    /**
     * "parts of Darfur and Khartoum", "in Mandalay, Monywa and Yangon": the last names of a list whose first name a
     * locative governs are located by it too ("Speaking in Brussels, Kyiv's envoy said": a comma alone joins no list).
     */
    private boolean coordinated(List<Tokens.Token> t, int at) {
        String conjunction = t.get(at - 1).lower();
        if (!conjunction.equals("and") && !conjunction.equals("or")) {
            return false;
        }
        int k = at - 2;
        int names = 0;
        while (k > 0 && names < 6) {
            int end = k;
            while (k > 0 && t.get(k).capitalized() && !Text.isPossessive(t.get(k).text())) {
                k--;
            }
            if (k == end) {
                return false; // no name before the comma or the conjunction
            }
            names++;
            String w = t.get(k).text();
            if (!w.equals(",") && !w.equals("and") && !w.equals("or")) {
                return locatedAt(t, k + 1);
            }
            k--;
        }
        return false;
    }

    /** "DC", "D.C.", "ACT": a state's or territory's postal code after a city and a comma. */
    private static final Pattern STATE_CODE = Pattern.compile("\\p{Lu}\\.?\\p{Lu}\\.?(?:\\p{Lu}\\.?)?");

    /** "parts of Baghdad", "a suburb of Kabul": a piece of the city, so the city itself. */
    private static final Set<String> PARTS = Set.of("part", "parts", "suburb", "suburbs", "neighborhood", "neighbourhood",
            "neighborhoods", "neighbourhoods", "districts", "center", "centre", "heart", "streets");
    /** A place's own authorities after its name: "Kyiv regional administration", "the Kabul city police", "the Tunis court". */
    private static final Set<String> LOCAL_BODIES = Set.of("regional", "provincial", "municipal", "city", "district", "oblast",
            "court", "police", "mayor", "municipality", "airport");

    private static String lowerWords(List<Tokens.Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = Math.max(0, from); k <= to && k < t.size(); k++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.get(k).lower());
        }
        return b.toString();
    }
}
