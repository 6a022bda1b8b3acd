package dev.newsgraph.extract;

import dev.newsgraph.domain.DateBasis;
import dev.newsgraph.domain.OrganizationKind;
import dev.newsgraph.domain.PlaceKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns what the copy or its format states about an article (dateline, agency, date) into declared entities and the
 * publication date, so that they take precedence over what the body suggests.
 */
final class StatedMetadata {

    private StatedMetadata() {
    }

    /** The stated date when there is one, else what the text's own evidence gives. */
    static DateResolver.Publication publication(RawArticle raw) {
        ArticleMetadata meta = raw.metadata();
        if (meta.publishedOn() != null) {
            return new DateResolver.Publication(meta.publishedOn(), DateBasis.STATED, meta.dateEvidence(), null);
        }
        return DateResolver.publication(raw);
    }

    /** The stated dateline place, declared in the article; null when nothing is stated. */
    static String dateline(ArticleContext ctx) {
        String printed = ctx.raw.metadata().datelinePlace();
        if (printed == null || printed.isBlank()) {
            return null;
        }
        Gazetteer gaz = Gazetteer.get();
        String regionCode = regionCountry(ctx.raw.metadata().datelineRegion());
        Gazetteer.Entry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String name : List.of(printed, Text.titleCase(printed))) {
            for (Gazetteer.Entry e : gaz.lookup(name)) {
                double score = switch (e.kind()) {
                    case COUNTRY -> 100;
                    case CITY -> 30 + Math.log10(Math.max(1, e.population())) * 6 + (e.capital() ? 60 : 0);
                    case PROVINCE -> 45;
                    default -> 10;
                };
                if (regionCode != null && regionCode.equals(e.countryCode())) {
                    score += 1000;
                }
                if (ctx.entities.findPlace(e.name()) != null) {
                    score += 500;
                }
                score += Math.min(ctx.countrySalience(e.countryCode()), 5) * 20;
                if (score > bestScore) {
                    best = e;
                    bestScore = score;
                }
            }
        }
        String bestCode = best == null ? null : best.countryCode();
        if (bestCode != null && regionCode != null && gaz.lookup(ctx.raw.metadata().datelineRegion().strip()).stream()
                .noneMatch(e -> (e.kind() == PlaceKind.COUNTRY || e.kind() == PlaceKind.PROVINCE) && bestCode.equals(e.countryCode()))) {
            // "San Fernando, Chile —" where the main gazetteer has towns of the name only abroad: the town of the stated
            // country, from the local tier or kept as stated
            best = gaz.lookupLocal(Text.titleCase(printed)).stream().filter(e -> regionCode.equals(e.countryCode()))
                    .findFirst().orElse(null);
        }
        if (best == null) {
            // Not in the gazetteer ("UNITED NATIONS"): kept as stated, without coordinates.
            String cc = regionCode != null ? regionCode : ctx.salientCountryCode();
            best = Gazetteer.Entry.stated(cc == null ? PlaceKind.OTHER : PlaceKind.CITY, Text.titleCase(printed), cc, null);
        }
        Entities.Place place = ctx.entities.findPlace(best.name());
        if (place == null) {
            place = ctx.entities.place(best);
        }
        String country = best.countryCode();
        String region = ctx.raw.metadata().datelineRegion();
        if (region != null && country != null) {
            // "Gaborone, Botswana —", "LAUDERHILL, Florida —": the country or state the dateline names; the country of
            // "OROVILLE, Calif. —" is a place of the article only where the text names it
            gaz.lookup(region.strip()).stream()
                    .filter(e -> (e.kind() == PlaceKind.COUNTRY || e.kind() == PlaceKind.PROVINCE) && country.equals(e.countryCode()))
                    .findFirst().ifPresent(ctx.entities::place);
        }
        // "GENEVA —": Genève, as the copy names it
        String named = printed.equals(printed.toUpperCase(Locale.ROOT)) ? Text.titleCase(printed) : printed;
        if (!named.equals(place.entry.name()) && place.entry.aliases().contains(named)) {
            place.aliases.add(named);
            return named;
        }
        return place.entry.name();
    }

    /**
     * The outlet that produced the story: "told VOA", "tell VOA", "when called by VOA", "a Reuters correspondent", "AFP's
     * reporter in Kyiv", "Jane Doe reports for VOA", "more from VOA-TV's Jane Doe", "VOA's Jane Doe reports".
     */
    private static final Pattern PRODUCER = Pattern.compile("\\b(?:told|tells?|telling|called by|spoke to|speaking to|(?:an |in an )?interview with) (?:the )?(?<told>\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+){0,3})\\b"
            + "|\\b(?<own>\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+){0,2})(?:'s|’s)? (?:\\p{L}+ )?(?:[Cc]orrespondent|[Rr]eporter|[Ss]ervice|[Bb]ureau)\\b"
            + "|\\breports for (?<reportsFor>\\p{Lu}[\\p{L}]+)\\b|\\bfrom (?<from>\\p{Lu}{2,})(?:-\\p{Lu}{2,})?(?:'s|’s) \\p{Lu}"
            + "|\\b(?<writer>\\p{Lu}{2,})(?:'s|’s) \\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+){1,2} reports\\b");
    private static final String REPORTER_NAME = "\\p{Lu}[\\p{L}'’\\-]+(?: \\p{Lu}[\\p{L}'’\\-]+){1,2}";
    /**
     * The writer named in the copy: "VOA correspondent Steve Herman reports from Kabul", "VOA's Jane Doe reports", "VOA's
     * Diplomatic Correspondent Jane Doe has more" (the role as a title), "VOA correspondent Jane Doe looks ahead to ...", a
     * sentence's "Jane Doe has more on ...", a
     * script's "Jane Doe reports for VOA from Istanbul", a lead's "As Jane Doe reports from Lagos, ..." or "From Lagos, Jane
     * Doe reports ...", "More on the talks now from VOA-TV's Jane Doe", a video's
     * "Reporter Jane Doe tells VOA's John Roe" or "VOA's Jane Doe talks to ..." ("spoke to ...").
     */
    private static final Pattern REPORTER = Pattern.compile("(?:[Cc]orrespondent|[Rr]eporter|\\p{Lu}{2,}(?:'s|’s)) (?<name>" + REPORTER_NAME
            + ") (?:reports|has (?:this|more)|filed|looks (?:at|ahead|into|back)|explains|takes a look)\\b"
            + "|\\b(?<hasMore>" + REPORTER_NAME + ") has (?:more (?:on|from|about)\\b|more\\.|this report|the story)"
            + "|\\b(?<outlet>\\p{Lu}{2,})(?:'s|’s)? (?<host>" + REPORTER_NAME + ") (?:talks|speaks|talked|spoke) (?:to|with)\\b"
            + "|\\b(?:[Cc]orrespondent|[Rr]eporter) (?<tells>" + REPORTER_NAME + ") (?:tells|told|speaks with|spoke with|talks to|talked to) "
            + "\\p{Lu}{2,}(?:'s|’s) \\p{Lu}"
            + "|\\b(?:[Aa]s )?(?<reports>" + REPORTER_NAME + ") reports (?:for \\p{Lu}{2,}[\\p{L}\\-]* )?from \\p{Lu}"
            + "|\\b[Ff]rom \\p{Lu}[\\p{L}.\\-]+(?: \\p{Lu}[\\p{L}.\\-]+)?, (?<fromPlace>" + REPORTER_NAME + ") reports\\b"
            + "|\\b(?:[Mm]ore|[Dd]etails|[Tt]he story|[Tt]he report)\\b[^.]{0,60}? from \\p{Lu}{2,}[\\p{L}\\-]*(?:'s|’s) (?<more>"
            + REPORTER_NAME + ")\\b");
    /**
     * A broadcast's voice, wherever the script has it: "I'm David Byrd reporting."; or, after a sign-on, "I'm Kevin
     * Fields, and here are today's stories".
     */
    private static final Pattern VOICE = Pattern.compile("\\b(?:I'm|I’m|I am) (?<voice>" + REPORTER_NAME + ")(?<reporting> reporting\\b)?");
    /**
     * The closing credits of a story rewritten for another audience (VOA Learning English): "Reporter Jane Doe in Kabul
     * wrote this story for VOANews.com.", "John Roe adapted this story from VOANews.com and Reuters reports."; the
     * writer, else the adapter, is the author, and the outlet named is the producer.
     */
    private static final Pattern REWRITE_CREDIT = Pattern.compile("\\b(?:[Rr]eporter |[Cc]orrespondent )?(?<name>" + REPORTER_NAME + ")(?: in \\p{Lu}[\\p{L}\\-]+)?"
            + " (?<verb>wrote|adapted) (?:this story|this report|it)\\b(?: (?:for|from) (?<outlet>\\p{Lu}[\\p{L}]+(?:\\.[a-z]{2,3})?))?");
    /**
     * "From Washington, this is VOA news.", "this is the Audio Wikinews Brief for ...", "This is IN THE NEWS in VOA
     * Special English": a broadcast names its programme, and the outlet that airs it.
     */
    private static final Pattern SIGN_ON = Pattern.compile("\\b[Tt]his is (?:the )?(?<programme>\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+){0,3})"
            + "(?: (?:in|on|from) (?:the )?(?<outlet>\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+){0,3}))?");
    /** How many paragraphs a broadcast's opening (its sign-on and its voice) may take. */
    private static final int OPENING = 2;

    /** The stated agency, or the outlet the copy names as its producer, declared as a news agency; else null. */
    static String agency(ArticleContext ctx) {
        String printed = ctx.raw.metadata().agency();
        if (printed == null) {
            printed = producer(ctx.raw);
        }
        if (printed == null || printed.isBlank()) {
            return null;
        }
        Lexicons.KnownOrg known = Lexicons.get().agenciesBySurface.get(printed.strip());
        String name = known != null ? known.name() : printed.strip();
        return ctx.entities.org(name, OrganizationKind.NEWS_AGENCY, known == null ? null : known.countryCode()).name;
    }

    private static List<String> opening(RawArticle raw) {
        return raw.paragraphs().subList(0, Math.min(OPENING, raw.paragraphs().size()));
    }

    private static String producer(RawArticle raw) {
        for (String paragraph : opening(raw)) {
            Matcher sign = Prefilter.matcher(SIGN_ON, paragraph);
            if (sign.find()) {
                String outlet = CopyLines.outletNamedIn(sign.group("programme"));
                if (outlet == null && sign.group("outlet") != null) {
                    outlet = CopyLines.outletNamedIn(sign.group("outlet"));
                }
                if (outlet != null) {
                    return outlet;
                }
            }
        }
        for (String paragraph : raw.paragraphs()) {
            Matcher credit = Prefilter.matcher(REWRITE_CREDIT, paragraph);
            while (credit.find()) {
                if (credit.group("outlet") != null && Lexicons.get().agenciesBySurface.containsKey(credit.group("outlet"))) {
                    return credit.group("outlet");
                }
            }
        }
        for (String paragraph : raw.paragraphs()) {
            Matcher m = Prefilter.matcher(PRODUCER, paragraph);
            while (m.find()) {
                String name = Stream.of("told", "own", "reportsFor", "from", "writer").map(m::group).filter(Objects::nonNull).findFirst().orElseThrow();
                // people who spoke to the outlet spoke for its story, even where the story also cites it for facts
                boolean spokeTo = m.group("told") != null;
                // "told VOA Somali", "the Reuters Kabul bureau": the outlet is a run of the name's words
                for (String candidate : runs(name)) {
                    if (Lexicons.get().agenciesBySurface.containsKey(candidate) && (spokeTo || !citedAsThirdParty(raw, candidate))) {
                        return candidate;
                    }
                }
            }
        }
        return null;
    }

    /** The runs of a name's words, longest first: "VOA Somali", "VOA", "Somali". */
    private static List<String> runs(String name) {
        String[] words = Text.SPACES.split(name);
        List<String> out = new ArrayList<>();
        for (int n = words.length; n > 0; n--) {
            for (int start = 0; start + n <= words.length; start++) {
                out.add(String.join(" ", Arrays.copyOfRange(words, start, start + n)));
            }
        }
        return out;
    }

    /** "Xinhua said", "the official Xinhua news agency": an outlet the story quotes is not the one that wrote it. */
    private static boolean citedAsThirdParty(RawArticle raw, String outlet) {
        Pattern cited = Pattern.compile("\\b" + Pattern.quote(outlet) + "(?: news agency| agency)? (?:said|says|reported|reports"
                + "|quoted|cited)\\b|\\b(?:official|state|state-run|state-owned) " + Pattern.quote(outlet) + "\\b");
        return raw.paragraphs().stream().anyMatch(p -> cited.matcher(p).find());
    }

    /**
     * The author the metadata gives, or the reporter the copy names ("VOA correspondent Steve Herman reports"), or the
     * voice of a broadcast script, or the writer or adapter its closing credits name.
     */
    static String author(RawArticle raw) {
        if (raw.metadata().author() != null) {
            return raw.metadata().author();
        }
        List<String> first = raw.paragraphs().subList(0, Math.min(3, raw.paragraphs().size()));
        for (String paragraph : first) {
            // "This is VOA news. I'm David Byrd.": the voice that signs the broadcast on is its author, whoever it
            // then hands over to ("AP's Jane Doe has more")
            Matcher voice = Prefilter.matcher(VOICE, paragraph);
            if (Prefilter.matcher(SIGN_ON, paragraph).find() && voice.find()) {
                return voice.group("voice");
            }
        }
        for (String paragraph : first) {
            Matcher m = Prefilter.matcher(REPORTER, paragraph);
            while (m.find()) {
                // "VOA Jane Doe talks to": an outlet's host; "UN Security Council speaks with" is no writer
                if (m.group("host") == null || Lexicons.get().agenciesBySurface.containsKey(m.group("outlet"))) {
                    return Stream.of("name", "hasMore", "host", "tells", "reports", "fromPlace", "more").map(m::group).filter(Objects::nonNull)
                            .findFirst().orElseThrow();
                }
            }
        }
        String adapter = null;
        List<String> opening = opening(raw);
        boolean signedOn = opening.stream().anyMatch(p -> Prefilter.matcher(SIGN_ON, p).find());
        for (String paragraph : raw.paragraphs()) {
            Matcher voice = Prefilter.matcher(VOICE, paragraph);
            if (voice.find() && (voice.group("reporting") != null || signedOn && opening.contains(paragraph))) {
                return voice.group("voice");
            }
            Matcher credit = Prefilter.matcher(REWRITE_CREDIT, paragraph);
            while (credit.find()) {
                if (credit.group("verb").equals("wrote")) {
                    return credit.group("name");
                }
                adapter = adapter == null ? credit.group("name") : adapter;
            }
        }
        return adapter;
    }

    /** "Ukraine" in "KYIV, Ukraine": the country a dateline's region names, or the country of a named state. */
    private static String regionCountry(String region) {
        if (region == null) {
            return null;
        }
        for (Gazetteer.Entry e : Gazetteer.get().lookup(region.strip())) {
            if (e.kind() == PlaceKind.COUNTRY || e.kind() == PlaceKind.PROVINCE) {
                return e.countryCode();
            }
        }
        return null;
    }
}
