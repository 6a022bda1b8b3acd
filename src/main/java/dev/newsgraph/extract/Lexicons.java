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
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/** The general English lexicons under /extract, loaded once. Nothing here names a person or an event. */
final class Lexicons {

    record Title(String canonical, String scope) {
    }

    record KnownOrg(String name, OrganizationKind kind, String countryCode, List<String> aliases) {
    }

    /** A noun naming a state's forces; {@code words} is its surface split at spaces, read for every sentence that has one. */
    record ForceNoun(String head, OrganizationKind kind, String[] words) {
    }

    private static volatile Lexicons instance;

    final Map<String, Title> titles = new HashMap<>();
    final int maxTitleWords;
    final Set<String> reportingVerbs = new HashSet<>();
    final Set<String> transitiveReportingVerbs = new HashSet<>();
    final Map<String, Integer> numberWords = new HashMap<>();
    final Map<String, String> weapons = new HashMap<>();
    final Set<String> weaponModifiers = new HashSet<>();
    final Map<String, KnownOrg> knownOrgsBySurface = new HashMap<>();
    final Map<String, KnownOrg> agenciesBySurface = new HashMap<>();
    /** Both of the above, an agency winning a shared surface: {@link #org} is asked at every span of every sentence. */
    private final Map<String, KnownOrg> orgsBySurface = new HashMap<>();
    /** The same surfaces in order: {@link #anyOrgStartsWith} answers for a word with one search. */
    private final NavigableSet<String> orgSurfaces = new TreeSet<>();
    /**
     * Every prefix of the surfaces that holds no space (the beginnings of their first words, a one-word surface whole):
     * {@link #anyOrgStartsWith} is asked of every word of every sentence, and a hash look-up costs less than the
     * ordered set's dozen comparisons.
     */
    private final Set<String> orgWordPrefixes = new HashSet<>();
    final Map<String, OrganizationKind> orgCues = new LinkedHashMap<>();
    final Map<String, ForceNoun> forceNouns = new LinkedHashMap<>();
    final List<String> actorNouns;
    final Set<String> stopCaps = new HashSet<>();
    /** Capitalised heads of named things that are not people ("Appeal", "Express", "Petroleum"). */
    final Set<String> thingHeads = new HashSet<>();
    /** Lower-case place and facility nouns; the value is the kind of place they give an unknown name, or null. */
    final Map<String, PlaceKind> placeNouns = new HashMap<>();
    /**
     * English words a dictionary spells only in lower case (common-words.txt.gz, sorted): "safety", "airline", "learning",
     * not "stone" or "jack", which it also lists as names. A sorted array, not a set: a third of the heap for 63,000 words.
     */
    private final String[] commonWords;

    static Lexicons get() {
        Lexicons l = instance;
        if (l == null) {
            synchronized (Lexicons.class) {
                if (instance == null) {
                    instance = new Lexicons();
                }
                l = instance;
            }
        }
        return l;
    }

    private Lexicons() {
        int max = 1;
        for (String[] r : Resources.rows("titles.tsv")) {
            String surface = Resources.col(r, 0).toLowerCase(Locale.ROOT);
            titles.put(surface, new Title(Resources.col(r, 1), Resources.col(r, 2)));
            max = Math.max(max, surface.split("[ -]").length);
        }
        maxTitleWords = max;
        for (String[] r : Resources.rows("reporting-verbs.txt")) {
            String v = Resources.col(r, 0).toLowerCase(Locale.ROOT);
            reportingVerbs.add(v);
            if ("T".equals(Resources.col(r, 1))) {
                transitiveReportingVerbs.add(v);
            }
        }
        for (String[] r : Resources.rows("number-words.tsv")) {
            numberWords.put(Resources.col(r, 0), Integer.parseInt(Resources.col(r, 1)));
        }
        for (String[] r : Resources.rows("weapons.tsv")) {
            if ("@modifier".equals(Resources.col(r, 0))) {
                weaponModifiers.add(Resources.col(r, 1));
            } else {
                weapons.put(Resources.col(r, 0), Resources.col(r, 1));
            }
        }
        for (String[] r : Resources.rows("organizations.tsv")) {
            KnownOrg org = new KnownOrg(Resources.col(r, 0), OrganizationKind.valueOf(Resources.col(r, 1)),
                    emptyToNull(Resources.col(r, 2)), splitBar(Resources.col(r, 3)));
            knownOrgsBySurface.put(org.name(), org);
            org.aliases().forEach(a -> knownOrgsBySurface.put(a, org));
        }
        spellBranchesLikeTheirParents();
        for (String[] r : Resources.rows("news-agencies.tsv")) {
            KnownOrg org = new KnownOrg(Resources.col(r, 0), OrganizationKind.NEWS_AGENCY,
                    emptyToNull(Resources.col(r, 1)), splitBar(Resources.col(r, 2)));
            agenciesBySurface.put(org.name(), org);
            org.aliases().forEach(a -> agenciesBySurface.put(a, org));
        }
        orgsBySurface.putAll(knownOrgsBySurface);
        orgsBySurface.putAll(agenciesBySurface);
        orgSurfaces.addAll(orgsBySurface.keySet());
        for (String surface : orgSurfaces) {
            for (int k = 1; k <= surface.length() && surface.charAt(k - 1) != ' '; k++) {
                orgWordPrefixes.add(surface.substring(0, k));
            }
        }
        for (String[] r : Resources.rows("org-cues.tsv")) {
            orgCues.put(Resources.col(r, 0), OrganizationKind.valueOf(Resources.col(r, 1)));
        }
        for (String[] r : Resources.rows("force-nouns.tsv")) {
            String surface = Resources.col(r, 0);
            forceNouns.put(surface, new ForceNoun(Resources.col(r, 1), OrganizationKind.valueOf(Resources.col(r, 2)),
                    surface.split(" ")));
        }
        actorNouns = Resources.rows("actor-nouns.txt").stream().map(r -> Resources.col(r, 0)).toList();
        for (String[] r : Resources.rows("place-nouns.txt")) {
            String kind = Resources.col(r, 1);
            placeNouns.put(Resources.col(r, 0), kind.isEmpty() ? null : PlaceKind.valueOf(kind));
        }
        for (String[] r : Resources.rows("thing-heads.txt")) {
            thingHeads.add(Resources.col(r, 0));
        }
        for (String[] r : Resources.rows("stop-caps.txt")) {
            stopCaps.add(Resources.col(r, 0));
        }
        commonWords = Resources.gzippedRows("common-words.txt.gz").stream().map(r -> r[0]).toArray(String[]::new);
    }

    /** Whether a word, whatever its case, is one the dictionary writes only in lower case: a common word, never a name. */
    boolean commonWord(String word) {
        return Arrays.binarySearch(commonWords, word.toLowerCase(Locale.ROOT)) >= 0;
    }

    /**
     * "al-Qaida in the Arabian Peninsula": a branch named after its parent ("al Qaeda in the Arabian Peninsula") is
     * written with any spelling of the parent's name.
     */
    private void spellBranchesLikeTheirParents() {
        Map<String, KnownOrg> variants = new HashMap<>();
        for (KnownOrg branch : new HashSet<>(knownOrgsBySurface.values())) {
            int space = branch.name().indexOf(' ');
            while (space > 0) {
                KnownOrg parent = knownOrgsBySurface.get(branch.name().substring(0, space));
                if (parent != null && parent != branch && parent.name().equals(branch.name().substring(0, space))) {
                    String rest = branch.name().substring(space);
                    parent.aliases().stream().filter(a -> a.length() > 3).forEach(a -> variants.putIfAbsent(a + rest, branch));
                }
                space = branch.name().indexOf(' ', space + 1);
            }
        }
        variants.forEach(knownOrgsBySurface::putIfAbsent);
    }

    /** A known organization or agency by any of its surface forms. */
    KnownOrg org(String surface) {
        return orgsBySurface.get(surface);
    }

    /** Whether a surface form of a known organization or agency begins with {@code prefix}. */
    boolean anyOrgStartsWith(String prefix) {
        if (!prefix.isEmpty() && prefix.indexOf(' ') < 0) {
            return orgWordPrefixes.contains(prefix);
        }
        String next = orgSurfaces.ceiling(prefix);
        return next != null && next.startsWith(prefix);
    }

    static List<String> splitBar(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return List.of(s.split("\\|")).stream().map(String::trim).filter(x -> !x.isEmpty()).toList();
    }

    static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
