package dev.newsgraph.extract;

import dev.newsgraph.domain.OrganizationKind;
import dev.newsgraph.domain.PlaceKind;
import dev.newsgraph.draft.RoleInput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The people, organizations and places one article declares, with every surface form seen, so mentions resolve. */
final class Entities {

    /** " W." in "George W. Bush". */
    private static final Pattern MIDDLE_INITIAL = Pattern.compile(" \\p{Lu}\\.(?= )");

    static final class Person {
        final String name;
        final Set<String> aliases = new LinkedHashSet<>();
        final List<RoleInput> roles = new ArrayList<>();
        private final String surname;
        /** The name without its middle initials: "George Bush" for "George W. Bush". */
        private final String withoutInitials;

        Person(String name) {
            this.name = name;
            this.surname = name.substring(name.lastIndexOf(' ') + 1);
            this.withoutInitials = withoutInitials(name);
        }

        String surname() {
            return surname;
        }

        void addRole(RoleInput role) {
            for (RoleInput r : roles) {
                if (r.title().equalsIgnoreCase(role.title())) {
                    return;
                }
            }
            roles.add(role);
        }
    }

    static final class Org {
        final String name;
        final Set<String> aliases = new LinkedHashSet<>();
        OrganizationKind kind;
        String countryCode;
        /** A state body only mentioned, never acting or speaking: listed only when something refers to it. */
        boolean passiveOnly;
        /** Named only as "the country's military": the state's the story is about, whose name the places give. */
        boolean ofTheStorysState;

        Org(String name, OrganizationKind kind, String countryCode) {
            this.name = name;
            this.kind = kind;
            this.countryCode = countryCode;
        }

        /** Takes another body's names as aliases: the two are one body, mentioned only if neither acts. */
        void absorb(Org other) {
            aliases.add(other.name);
            aliases.addAll(other.aliases);
            passiveOnly = passiveOnly && other.passiveOnly;
        }
    }

    /** How specific a kind of place is: a facility over a district over a city over a province over a country. */
    static int specificity(PlaceKind kind) {
        return switch (kind) {
            case FACILITY -> 6;
            case DISTRICT -> 5;
            case CITY -> 4;
            case PROVINCE -> 3;
            case COUNTRY -> 2;
            default -> 1;
        };
    }

    static final class Place {
        final Gazetteer.Entry entry;
        final Set<String> aliases = new LinkedHashSet<>();
        /** The larger declared place the text puts it in ("X village in Y district"), when it says so. */
        String parent;
        /**
         * Only seen as a modifier ("French officials", "U.S. trainers"): it weighs in the article's geography, but
         * the article does not name the place unless something refers to it.
         */
        boolean modifierOnly;

        Place(Gazetteer.Entry entry) {
            this.entry = entry;
        }
    }

    final Map<String, Person> people = new LinkedHashMap<>();
    final Map<String, Org> orgs = new LinkedHashMap<>();
    final Map<String, Place> places = new LinkedHashMap<>();

    Person person(String name) {
        Person p = findPerson(name);
        if (p != null) {
            return p;
        }
        p = new Person(name);
        people.put(name, p);
        return p;
    }

    /** A person by full name, alias, or surname alone ("Rutte" after "Mark Rutte"). */
    Person findPerson(String mention) {
        if (mention == null) {
            return null;
        }
        Person p = people.get(mention);
        if (p != null) {
            return p;
        }
        for (Person q : people.values()) {
            if (q.aliases.contains(mention) || q.surname().equals(mention) || withoutArticle(q.surname()).equals(mention)) {
                return q;
            }
        }
        // "Wang said" after "Wang Yi": names written family name first are referred to by their first word.
        for (Person q : people.values()) {
            if (q.name.startsWith(mention + " ") && q.name.indexOf(' ') == mention.length() && mention.length() > 1) {
                return q;
            }
        }
        // "Di Stasi" after "Giovanni Di Stasi", "Lopez Obrador" after "Andres Manuel Lopez Obrador": a surname of two
        // words; "Luis Arce" after "Luis Arce Catacora": a name without its second surname.
        if (mention.indexOf(' ') > 0) {
            for (Person q : people.values()) {
                if (q.name.endsWith(" " + mention) || q.name.startsWith(mention + " ") && q.name.indexOf(' ') < mention.length()) {
                    return q;
                }
            }
        }
        // "George Bush" after "George W. Bush": the same name without its middle initials.
        String bare = withoutInitials(mention);
        if (bare.indexOf(' ') > 0) {
            for (Person q : people.values()) {
                if (q.withoutInitials.equals(bare)) {
                    return q;
                }
            }
        }
        return null;
    }

    /** "Maliki" for "al-Maliki", "Sisi" for "el-Sisi": copy drops the Arabic article when it repeats a surname. */
    private static String withoutArticle(String surname) {
        int dash = surname.indexOf('-');
        return dash >= 2 && dash <= 3 && Character.isLowerCase(surname.charAt(0)) ? surname.substring(dash + 1) : surname;
    }

    private static String withoutInitials(String name) {
        return name.indexOf(". ") < 0 ? name : MIDDLE_INITIAL.matcher(name).replaceAll("");
    }

    Org org(String name, OrganizationKind kind, String countryCode) {
        Org o = findOrg(name);
        if (o == null) {
            o = new Org(name, kind, countryCode);
            orgs.put(name, o);
        } else {
            if (o.kind == OrganizationKind.OTHER && kind != null) {
                o.kind = kind;
            }
            if (o.countryCode == null) {
                o.countryCode = countryCode;
            }
        }
        return o;
    }

    Org findOrg(String mention) {
        if (mention == null) {
            return null;
        }
        Org o = orgs.get(mention);
        if (o != null) {
            return o;
        }
        for (Org q : orgs.values()) {
            if (q.aliases.contains(mention) || q.name.equalsIgnoreCase(mention)) {
                return q;
            }
        }
        return null;
    }

    Place place(Gazetteer.Entry entry) {
        return places.computeIfAbsent(entry.name(), k -> new Place(entry));
    }

    Place findPlace(String mention) {
        if (mention == null) {
            return null;
        }
        Place p = places.get(mention);
        if (p != null) {
            return p;
        }
        for (Place q : places.values()) {
            if (q.aliases.contains(mention) || q.entry.aliases().contains(mention)) {
                return q;
            }
        }
        return null;
    }

    Place country(String isoCode) {
        for (Place p : places.values()) {
            if (p.entry.kind() == dev.newsgraph.domain.PlaceKind.COUNTRY && p.entry.countryCode().equals(isoCode)) {
                return p;
            }
        }
        return null;
    }

    /** The canonical name of whatever declared entity this mention names, or null. */
    String resolve(String mention) {
        if (mention == null || mention.isBlank()) {
            return null;
        }
        String m = mention.strip();
        Person p = findPerson(m);
        if (p != null) {
            return p.name;
        }
        Org o = findOrg(m);
        if (o != null) {
            return o.name;
        }
        Place pl = findPlace(m);
        return pl == null ? null : pl.entry.name();
    }
}
