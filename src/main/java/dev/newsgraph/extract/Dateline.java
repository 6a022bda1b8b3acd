package dev.newsgraph.extract;

import dev.newsgraph.domain.PlaceKind;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline agencies put before the first paragraph, or on a line of its own: {@code KARACHI, March 16 (Reuters) -},
 * {@code KYIV, Ukraine (AP) —}, {@code Karachi, Mar 16 (PTI)}, {@code GAZA CITY:}, {@code WASHINGTON —}, {@code KIEV}.
 *
 * @param place the place as printed ("KARACHI", "Gaza City")
 * @param region the country or state printed after the place, or null
 * @param day the day stated, or null
 * @param year the year stated, or null
 * @param agency the agency in parentheses, or null
 * @param printed the whole dateline as printed, separator included
 */
record Dateline(String place, String region, MonthDay day, Integer year, String agency, String printed) {

    private static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
    private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}.'’\\-]*[\\p{Lu}.]";
    private static final String WORD = "[A-Z][\\p{L}.'’\\-]*";
    /** "KABUL", "GAZA CITY", "MOSCOW/RAMALLAH" (a story filed from two desks: the first is its dateline). */
    private static final String CAPS_PLACE = "(?<caps>" + CAPS_WORD + "(?:\\s+" + CAPS_WORD + "){0,3})(?:/" + CAPS_WORD
            + "(?:\\s+" + CAPS_WORD + "){0,3})*";
    private static final String TITLE_PLACE = "(?<title>" + WORD + "(?:\\s+(?:" + WORD + "|de|al|el|es|la|of)){0,3})";
    private static final String REGION = "(?:,\\s*(?<region>" + WORD + "(?:\\s+" + WORD + "){0,2}))?";
    private static final String DATE = "(?:,?\\s+(?<date>(?<m1>" + MONTHS + ")\\s+(?<d1>\\d{1,2})|(?<d2>\\d{1,2})\\s+(?<m2>" + MONTHS
            + "))(?:,?\\s+(?<year>(?:19|20)\\d{2}))?)?";
    /** "(Reuters)", "(UrduPoint News / Sputnik - 12th May, 2021)": the agencies, and the date some print with them. */
    private static final String AGENCY = "(?:,?\\s*\\((?<agency>[A-Z][\\p{L}&.'’ \\-]{1,40}(?:/[\\p{L}.' \\-]{2,60})?)"
            + "(?:\\s*[-–—,]\\s*(?<agencyDate>(?:\\d|" + MONTHS + ")[\\p{L}\\d ,.]{4,30}))?\\))?";
    /**
     * A dash or colon; an em or en dash run into the lead ("ISLAMABAD—Afghan officials"); the end of a line; or nothing
     * after an agency ("Karachi, Mar 16 (PTI) Pakistan's ...").
     */
    private static final String SEP = "(?<sep>\\s*(?:[-–—]+|:)(?:\\s+|$)|\\s*[–—](?=[\\p{Lu}\"“])|\\s*$|(?<=\\))\\s+)";
    /** "SİİRT – Anadolu Agency": a line with the place, a dash and the agency after it. */
    private static final Pattern PLACE_THEN_AGENCY = Pattern.compile("^" + CAPS_PLACE + "\\s*[-–—]+\\s*(?<agency>\\p{Lu}[\\p{L}&.'’ ]{1,40}?)\\s*$");
    /** "(CNN) —", "(AP) The ...": an agency without a place. */
    private static final Pattern AGENCY_ONLY = Pattern.compile("^\\((?<agency>[A-Z][\\p{L}&. \\-]{1,30})\\)(?:\\s*[-–—]+\\s+|\\s+(?=\\p{Lu}))");
    private static final Pattern CAPS_FORM = Pattern.compile("^" + CAPS_PLACE + REGION + DATE + AGENCY + SEP);
    private static final Pattern TITLE_FORM = Pattern.compile("^" + TITLE_PLACE + REGION + DATE + AGENCY + SEP);
    /** "berlin —", "islamabad —": feeds that print the dateline in lower case, always with a dash. */
    private static final Pattern LOWER_FORM = Pattern.compile("^(?<lower>[a-z][a-z'’\\-]+(?:\\s+[a-z][a-z'’\\-]+){0,2})\\s*[—–]\\s+");

    /** A dateline that opens a paragraph, with the rest of the paragraph; null when the paragraph has none. */
    static Lead lead(String paragraph) {
        Dateline d = match(paragraph, false);
        if (d == null || d.printed.length() >= paragraph.length()) {
            return null;
        }
        String rest = paragraph.substring(d.printed.length()).strip();
        if (rest.isEmpty() || !(Character.isUpperCase(rest.charAt(0)) || Character.isDigit(rest.charAt(0))
                || "\"“‘'(".indexOf(rest.charAt(0)) >= 0)) {
            return null;
        }
        return new Lead(d, rest);
    }

    /** A line that is only a dateline ("KIEV", "KYIV, Ukraine", "LONDON, March 16 (Reuters) -"); null otherwise. */
    static Dateline line(String line) {
        Dateline d = match(line, true);
        return d != null && d.printed.strip().length() == line.strip().length() ? d : null;
    }

    record Lead(Dateline dateline, String rest) {
    }

    /** Lines and paragraphs lately matched, by thread: the copy reader asks about each line several times. */
    private static final int RECENT_TEXTS = 64;
    private static final ThreadLocal<List<Map<String, Optional<Dateline>>>> RECENT = ThreadLocal.withInitial(
            () -> List.of(recentTexts(), recentTexts()));

    private static Map<String, Optional<Dateline>> recentTexts() {
        return new LinkedHashMap<>(RECENT_TEXTS * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Optional<Dateline>> eldest) {
                return size() > RECENT_TEXTS;
            }
        };
    }

    private static Dateline match(String s, boolean wholeLine) {
        Map<String, Optional<Dateline>> recent = RECENT.get().get(wholeLine ? 1 : 0);
        Optional<Dateline> known = recent.get(s);
        if (known == null) {
            known = Optional.ofNullable(matchNow(s, wholeLine));
            recent.put(s, known);
        }
        return known.orElse(null);
    }

    private static Dateline matchNow(String s, boolean wholeLine) {
        Matcher m = AGENCY_ONLY.matcher(s);
        if (m.find() && knownAgency(m.group("agency"))) {
            return new Dateline(null, null, null, null, agencyName(m.group("agency")), m.group());
        }
        m = PLACE_THEN_AGENCY.matcher(s);
        if (wholeLine && m.matches() && knownAgency(m.group("agency"))) {
            return new Dateline(m.group("caps"), null, null, null, agencyName(m.group("agency")), m.group());
        }
        m = CAPS_FORM.matcher(s);
        if (m.find() && m.group("caps").chars().filter(Character::isLetter).count() >= 2) {
            String place = m.group("caps");
            boolean separated = !m.group("sep").isBlank();
            boolean qualified = m.group("agency") != null || m.group("region") != null || m.group("date") != null;
            // A line of its own needs more than capitals ("MARKETS RALLY"); a paragraph's lead needs its separator.
            // "SMITH: Thank you" is a transcript's speaker, "GAZA CITY:" a dateline: after a colon, a known place only.
            boolean dash = separated && !m.group("sep").contains(":");
            // a country or a continent alone on its line, without a dash, is a page's section label ("USA", "AFRICA")
            boolean enough = wholeLine ? qualified || isPlace(place) && (separated || !onlyCountryOrWider(place))
                    : (separated || m.group("agency") != null) && (qualified || isPlace(place)
                    || dash && (place.contains(" ") || place.length() > 4) && !knownOrganization(place));
            if (enough && (m.group("agency") == null || knownAgencyShape(m.group("agency")))) {
                return of(m, place);
            }
        }
        m = LOWER_FORM.matcher(s);
        if (m.find() && isPlace(Text.titleCase(m.group("lower")))) {
            return new Dateline(Text.titleCase(m.group("lower")), null, null, null, null, m.group());
        }
        m = TITLE_FORM.matcher(s);
        if (m.find()) {
            String place = m.group("title");
            // "Nigeria: President Bola Tinubu ...": a country and a colon open a bulletin's item; "Lagos: Nigerian police
            // said ...", a known place and a colon, a paragraph of the Indian and Chinese outlets' copy.
            boolean colonPlace = m.group("region") == null && (isCountry(place) || !wholeLine && isPlace(place));
            boolean dash = !m.group("sep").isBlank() && (!m.group("sep").contains(":") || colonPlace);
            // "Karachi, Mar 16 (PTI)", "Kyiv (AFP) -": title case needs an agency or date; "Beirut, Lebanon —" a known place.
            // "Radio Bulletin Headlines, Thursday, March 3, 2011": three words or more that are no known place, then a
            // date, are a programme's title with its day, not a dateline
            boolean titleWithItsDay = wholeLine && m.group("agency") == null && !isPlace(place) && !isCountry(m.group("region"))
                    && Text.SPACES.split(place).length >= 3;
            boolean agencyOrDate = m.group("agency") != null && knownAgencyShape(m.group("agency"))
                    || m.group("date") != null && !titleWithItsDay;
            // "Kyaukme, Myanmar —": a town the gazetteer lacks, placed by the country after it.
            boolean knownPlace = (isPlace(place) || isCountry(m.group("region"))) && (dash || wholeLine && m.group("region") != null);
            if ((agencyOrDate || knownPlace) && (wholeLine || !m.group("sep").isBlank() || m.group("agency") != null)) {
                return of(m, place);
            }
        }
        return null;
    }

    private static Dateline of(Matcher m, String place) {
        MonthDay day = null;
        if (m.group("date") != null) {
            String month = m.group("m1") != null ? m.group("m1") : m.group("m2");
            String dom = m.group("d1") != null ? m.group("d1") : m.group("d2");
            int mo = DateResolver.month(month);
            int d = Integer.parseInt(dom);
            if (mo > 0 && d >= 1 && d <= java.time.Month.of(mo).maxLength()) {
                day = MonthDay.of(mo, d);
            }
        }
        Integer year = m.group("year") == null || day == null ? null : Integer.valueOf(m.group("year"));
        List<DateResolver.FoundDate> agencyDate = m.group("agencyDate") == null ? List.of() : DateResolver.fullDates(m.group("agencyDate"));
        if (day == null && !agencyDate.isEmpty()) {
            day = MonthDay.from(agencyDate.get(0).date());
            year = agencyDate.get(0).date().getYear();
        }
        String agency = m.group("agency") == null ? null : agencyName(m.group("agency"));
        String region = m.group("region");
        // "MBOUDA CAMEROON --": the country written after the place without a comma.
        int lastSpace = place.lastIndexOf(' ');
        if (region == null && lastSpace > 0 && !isPlace(place) && isCountry(Text.titleCase(place.substring(lastSpace + 1)))) {
            region = Text.titleCase(place.substring(lastSpace + 1));
            place = place.substring(0, lastSpace);
        }
        return new Dateline(place, region, day, year, agency, m.group());
    }

    /** The stated date, when the dateline gives day and year. */
    LocalDate date() {
        if (day == null || year == null || day.getMonthValue() == 2 && day.getDayOfMonth() == 29 && !java.time.Year.isLeap(year)) {
            return null;
        }
        return day.atYear(year);
    }

    /** "KYIV" → "Kyiv", "Gaza City" unchanged. */
    String placeName() {
        return place == null ? null : place.equals(place.toUpperCase(Locale.ROOT)) ? Text.titleCase(place) : place;
    }

    private static final Pattern AGENCY_CREDIT_SEPARATOR = Pattern.compile("/|\\s[-–—]\\s");
    private static final Pattern AGENCY_WORD_AFTER = Pattern.compile("\\s+(?:Photos?|News|Wire)$");

    /** "Reuters/Jane Doe" → "Reuters"; "APP - UrduPoint" → "APP"; "AP Photo" → "AP"; a known agency by its canonical name. */
    static String agencyName(String printed) {
        String name = AGENCY_CREDIT_SEPARATOR.split(printed)[0].strip();
        name = AGENCY_WORD_AFTER.matcher(name).replaceFirst("");
        Lexicons.KnownOrg known = Lexicons.get().agenciesBySurface.get(name);
        return known != null ? known.name() : name;
    }

    private static boolean knownAgency(String printed) {
        return Lexicons.get().agenciesBySurface.containsKey(printed.split("/|\\s[-–—]\\s")[0].strip());
    }

    /** A known agency, or a short name that reads like one ("IANS", "Kyiv Independent"), not a sentence. */
    private static boolean knownAgencyShape(String printed) {
        String name = AGENCY_CREDIT_SEPARATOR.split(printed)[0].strip();
        return knownAgency(agencyName(name)) || Text.SPACES.split(name).length <= 4;
    }

    private static boolean knownOrganization(String caps) {
        return Lexicons.get().knownOrgsBySurface.containsKey(caps);
    }

    private static boolean isCountry(String name) {
        return name != null && Gazetteer.get().lookup(name.strip()).stream().anyMatch(e -> e.kind() == dev.newsgraph.domain.PlaceKind.COUNTRY);
    }

    /** Whether every place of that name is a country, a region or a continent. */
    private static boolean onlyCountryOrWider(String printed) {
        String name = printed.equals(printed.toUpperCase(Locale.ROOT)) ? Text.titleCase(printed) : printed;
        List<Gazetteer.Entry> entries = new ArrayList<>(Gazetteer.get().lookup(name));
        entries.addAll(Gazetteer.get().lookup(printed));
        return entries.stream().allMatch(e -> e.kind() == PlaceKind.COUNTRY || e.kind() == PlaceKind.REGION
                || e.kind() == PlaceKind.CONTINENT);
    }

    static boolean isPlace(String printed) {
        String name = printed.equals(printed.toUpperCase(Locale.ROOT)) ? Text.titleCase(printed) : printed;
        return !Gazetteer.get().lookup(name).isEmpty() || !Gazetteer.get().lookup(printed).isEmpty();
    }
}
