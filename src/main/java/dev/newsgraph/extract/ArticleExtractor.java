package dev.newsgraph.extract;

import dev.newsgraph.domain.PlaceKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.EventInput;
import dev.newsgraph.draft.IncidentInput;
import dev.newsgraph.draft.OrganizationInput;
import dev.newsgraph.draft.PersonInput;
import dev.newsgraph.draft.PhotoInput;
import dev.newsgraph.draft.PlaceInput;
import dev.newsgraph.draft.RoleInput;
import dev.newsgraph.draft.StatementInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw wire text to the structured ingest contract. Pure Java, no framework: construct and call.
 * Never throws on bad input; text without an article gives an empty list.
 */
public final class ArticleExtractor {

    private final CopySplitter splitter = new CopySplitter();

    private static final AtomicBoolean LOADING_STARTED = new AtomicBoolean();

    /** Every article of a feed, in order. {@code feedName} goes into {@link ArticleInput#feed()} and may be null. */
    public List<ArticleInput> extract(String feedText, String feedName) {
        if (feedText == null || feedText.isBlank()) {
            return List.of();
        }
        startLoading();
        return extractArticles(splitter.split(feedText), feedName);
    }

    /**
     * The first extract of a process loads the gazetteer, its local tier and the tagger's model, about a second of CPU,
     * in the order the extractors come to need them, while it reads its copy: another thread starts loading them at
     * once, and the extracting thread waits only for what it needs before that thread is done (each loads once, under
     * its lock). Later extracts find them loaded.
     */
    private static void startLoading() {
        if (!LOADING_STARTED.get() && LOADING_STARTED.compareAndSet(false, true)) {
            Thread loading = new Thread(() -> {
                Gazetteer.get();
                NlpModels.tagger();
                Gazetteer.get().localTier();
            }, "newsgraph-extract-loading");
            loading.setDaemon(true);
            loading.start();
        }
    }

    /**
     * Loads what extraction needs, the gazetteer's local tier included, by extracting the given copy and then the tier
     * (which the copy may not reach): for a background thread at start-up, so that no extract pays for the loading.
     */
    public void warmUp(String copy) {
        extract(copy, null);
        Gazetteer.get().localTier();
    }

    /** Articles already cut out of their copy or feed items, in order. */
    public List<ArticleInput> extractArticles(List<RawArticle> articles, String feedName) {
        startLoading();
        List<ArticleInput> out = new ArrayList<>();
        for (RawArticle raw : articles) {
            try {
                out.add(extractArticle(raw, feedName));
            } catch (RuntimeException e) {
                // One odd article must not cost the feed: keep its text with what is certain.
                ArticleMetadata meta = raw.metadata();
                out.add(new ArticleInput(raw.headline(), raw.paragraphs(), null, null, null, null, null, null, feedName,
                        null, null, null, null, null, null, null, meta.headlineBasis(), meta.author(), meta.externalId(),
                        meta.version(), meta.url()));
            }
        }
        return out;
    }

    /** One article already cut out of its feed. */
    public ArticleInput extractArticle(RawArticle raw, String feedName) {
        ArticleContext ctx = new ArticleContext(raw);
        ctx.publication = StatedMetadata.publication(raw);
        new OrganizationExtractor().extract(ctx);
        new PlaceExtractor().extract(ctx);
        OrganizationExtractor.nameTheStorysStateBodies(ctx);
        PeopleExtractor people = new PeopleExtractor();
        people.extract(ctx);
        String author = StatedMetadata.author(raw);
        if (author != null) {
            ctx.entities.people.remove(author); // the writer is not a person the story is about
        }
        dropPlacesNamedLikePeople(ctx);
        List<StatementInput> statements = new StatementExtractor(people).extract(ctx);
        List<IncidentInput> incidents = new IncidentExtractor().extract(ctx, statements);
        List<EventInput> events = List.of();
        try {
            List<StatementInput> linked = new ArrayList<>();
            events = new EventExtractor().extract(ctx, statements, linked);
            statements = linked;
        } catch (RuntimeException e) {
            // Events are the least certain part: an odd sentence there must not cost the article its entities.
        }
        List<PhotoInput> photos = photos(ctx);
        // Copy read as plain text or from a feed format names its producer or leaves it unknown; the scraped-site
        // shape of the seeds does not, so there it is inferred from the agencies the body cites.
        boolean stated = raw.metadata().headlineBasis() != null;
        // Copy that states its metadata has a dateline only where it prints one: a photo's or an incident's place is
        // where the story happened, often a country or a region, not where it was filed from.
        String statedDateline = StatedMetadata.dateline(ctx);
        String dateline = statedDateline != null || stated ? statedDateline : dateline(photos, incidents);
        String statedSource = StatedMetadata.agency(ctx);
        String source = statedSource != null || stated ? statedSource : source(ctx);
        DateResolver.Publication pub = ctx.publication;
        ArticleMetadata meta = raw.metadata();
        ArticleInput all = new ArticleInput(clip(raw.headline(), 1000), raw.paragraphs().stream().limit(500).toList(),
                pub.publishedOn(), pub.basis(), pub.evidence(), pub.notBefore(), dateline, source, feedName,
                photos.stream().limit(50).toList(), people(ctx), organizations(ctx), places(ctx),
                statements.stream().limit(500).toList(), incidents.stream().limit(200).toList(), events,
                meta.headlineBasis(), clip(author, 300), clip(meta.externalId(), 1000), meta.version(),
                clip(meta.url(), 2000));
        return withoutUnreferencedModifiers(ctx, all);
    }

    /**
     * Places seen only as modifiers ("French officials") and state bodies only mentioned ("a drawdown in U.S. forces")
     * are left out unless some field of the article refers to them.
     */
    private static ArticleInput withoutUnreferencedModifiers(ArticleContext ctx, ArticleInput a) {
        Set<String> dropped = new HashSet<>();
        ctx.entities.places.values().stream().filter(p -> p.modifierOnly).forEach(p -> dropped.add(p.entry.name()));
        Set<String> droppedOrgs = new HashSet<>();
        ctx.entities.orgs.values().stream().filter(o -> o.passiveOnly).forEach(o -> droppedOrgs.add(o.name));
        if (dropped.isEmpty() && droppedOrgs.isEmpty()) {
            return a;
        }
        Set<String> actingReferences = new HashSet<>();
        Set<String> placeKeepers = new HashSet<>();
        ReferenceFields.forEach(a, (field, reference) -> {
            if (!MENTION_FIELDS.matcher(field).matches()) {
                actingReferences.add(reference);
                Matcher role = ROLE_PLACE_FIELD.matcher(field);
                if (!PARENT_FIELD.matcher(field).matches()
                        && (!role.matches() || namedByOfficeAlone(a.people().get(Integer.parseInt(role.group(1)))))) {
                    placeKeepers.add(reference);
                }
            }
        });
        // "Iraqi police said ... in Baghdad": a town's country code or a quote's "Iraqi forces" keeps no country the
        // text names only by its adjective; the town keeps its country code
        List<PlaceInput> kept = a.places().stream().filter(p -> !dropped.contains(p.name()) || placeKeepers.contains(p.name())
                || p.countryCode() != null && p.kind() == PlaceKind.COUNTRY && placeKeepers.contains(p.countryCode())
                || p.aliases().stream().anyMatch(placeKeepers::contains)).toList();
        List<PlaceInput> places = kept.size() == a.places().size() ? a.places() : withDeclaredParents(kept);
        // a body only mentioned (a government, a ministry, a country's forces) is not kept by a statement or event that
        // merely names it ("work with the new U.K. government", "meeting Australian government ministers"), only by a
        // field where it acts
        List<OrganizationInput> orgs = a.organizations().stream().filter(o -> !droppedOrgs.contains(o.name())
                || names(o, actingReferences)).toList();
        if (places.size() == a.places().size() && orgs.size() == a.organizations().size()) {
            return a;
        }
        Set<String> gone = new HashSet<>();
        a.organizations().stream().filter(o -> !orgs.contains(o)).forEach(o -> {
            gone.add(o.name());
            gone.addAll(o.aliases());
        });
        a.places().stream().filter(p -> !kept.contains(p)).forEach(p -> {
            gone.add(p.name());
            gone.addAll(p.aliases());
            if (p.kind() == PlaceKind.COUNTRY && p.countryCode() != null) {
                gone.add(p.countryCode());
            }
        });
        // the country of an office named by its adjective ("U.S. President X") is no place of the story, so the role
        // loses it too: a reference to an undeclared place would make ingest refuse the article
        List<PersonInput> people = a.people().stream().map(person -> person.roles().stream().noneMatch(r -> gone.contains(r.place())) ? person
                : new PersonInput(person.name(), person.aliases(), person.roles().stream()
                        .map(r -> gone.contains(r.place()) ? new RoleInput(r.title(), r.organization(), null, r.current()) : r).toList())).toList();
        List<StatementInput> statements = a.statements().stream().map(st -> st.about().stream().noneMatch(gone::contains) ? st
                : new StatementInput(st.kind(), st.text(), st.speaker(), st.saidOn(), st.venue(), st.channel(),
                        st.about().stream().filter(r -> !gone.contains(r)).toList(), st.event(), st.speakerDescription())).toList();
        List<EventInput> events = a.events().stream().map(e -> e.participants().stream().noneMatch(gone::contains) ? e
                : new EventInput(e.key(), e.kind(), e.title(), e.occurredOn(), e.datePrecision(), e.dateText(), e.place(),
                        e.venue(), e.participants().stream().filter(r -> !gone.contains(r)).toList())).toList();
        return new ArticleInput(a.headline(), a.paragraphs(), a.publishedOn(), a.dateBasis(), a.dateEvidence(),
                a.notBefore(), a.dateline(), a.source(), a.feed(), a.photos(), people, orgs, places,
                statements, a.incidents(), events, a.headlineBasis(), a.author(), a.externalId(), a.version(),
                a.url());
    }

    private static boolean names(OrganizationInput o, Set<String> references) {
        return references.contains(o.name()) || o.aliases().stream().anyMatch(references::contains);
    }

    /** Reference fields that only name an entity, which keep no state body that was only mentioned. */
    private static final Pattern MENTION_FIELDS =
            Pattern.compile("statements\\[\\d+]\\.about|events\\[\\d+]\\.participants");
    /** A place's parent: a country code there follows from the place, it is no mention of the country. */
    private static final Pattern PARENT_FIELD = Pattern.compile("places\\[\\d+]\\.parent");
    /**
     * The country of a person's office given as the title before the name ("U.S. President Joe Biden", "Kenyan Prime
     * Minister X") names it by its adjective, as a demonym does, which is no mention of the place; an office standing for
     * the person ("the former Dutch prime minister said") is, as the acceptance graph has it.
     */
    private static final Pattern ROLE_PLACE_FIELD = Pattern.compile("people\\[(\\d+)]\\.roles\\[\\d+]\\.place");

    /** Whether the copy refers to the person by an office without the name ("the former Dutch prime minister"). */
    private static boolean namedByOfficeAlone(PersonInput person) {
        String[] words = person.name().split(" ");
        String surname = words[words.length - 1];
        return person.aliases().stream().anyMatch(alias -> !alias.contains(surname) && !person.name().contains(alias));
    }

    /**
     * "Bello told reporters", "calling for Gao's release" (Gao Yu): a word of a person's name that is also some town is
     * the person, unless the town lies in the country the story is about and the story names it more than once.
     */
    private static void dropPlacesNamedLikePeople(ArticleContext ctx) {
        Set<String> nameWords = new HashSet<>();
        Set<String> usedAlone = new HashSet<>(); // "Biden said": the surname alone names the person
        for (Entities.Person p : ctx.entities.people.values()) {
            nameWords.addAll(List.of(p.name.split(" ")));
            p.aliases.stream().filter(a -> !a.contains(" ") && p.name.endsWith(" " + a)).forEach(usedAlone::add);
        }
        ctx.entities.places.values().removeIf(p -> p.entry.kind() != PlaceKind.COUNTRY && usedAlone.contains(p.entry.name()));
        ctx.entities.places.values().removeIf(p -> (p.entry.kind() == PlaceKind.CITY || p.entry.kind() == PlaceKind.PROVINCE)
                && (nameWords.contains(p.entry.name()) || p.entry.aliases().stream().anyMatch(nameWords::contains))
                && (ctx.countrySalience(p.entry.countryCode()) <= 1
                        || !Objects.equals(p.entry.countryCode(), ctx.salientCountryCode())));
    }

    private List<PhotoInput> photos(ArticleContext ctx) {
        List<PhotoInput> out = new ArrayList<>();
        for (RawArticle.RawCaption c : ctx.raw.captions()) {
            String agency = null;
            String photographer = null;
            if (c.credit() != null) {
                String[] parts = c.credit().split("/");
                agency = ctx.entities.resolve(parts[0].strip());
                if (parts.length > 1) {
                    photographer = ctx.entities.resolve(parts[parts.length - 1].strip());
                }
            }
            List<DateResolver.FoundDate> dates = DateResolver.fullDates(c.text());
            LocalDate taken = dates.isEmpty() ? null : dates.get(0).date();
            out.add(new PhotoInput(clip(c.text(), 2000), c.credit(), agency, photographer, taken, captionPlace(ctx, c.text()),
                    c.filePhoto()));
        }
        return out;
    }

    /** The most specific declared place a caption names. */
    private static String captionPlace(ArticleContext ctx, String caption) {
        String best = null;
        int bestRank = -1;
        for (Entities.Place p : ctx.entities.places.values()) {
            boolean named = IncidentExtractor.containsWord(caption, p.entry.name())
                    || p.aliases.stream().anyMatch(a -> IncidentExtractor.containsWord(caption, a));
            if (!named) {
                continue;
            }
            int rank = p.entry.kind() == PlaceKind.CITY ? 3 : p.entry.kind() == PlaceKind.PROVINCE ? 2 : 1;
            if (rank > bestRank) {
                best = p.entry.name();
                bestRank = rank;
            }
        }
        return best;
    }

    /**
     * Where a story of the seeds' scraped shape, which prints no dateline, is filed from: the place of a current (not
     * file) photo, else the main incident's place.
     */
    private static String dateline(List<PhotoInput> photos, List<IncidentInput> incidents) {
        for (PhotoInput p : photos) {
            if (!p.filePhoto() && p.place() != null) {
                return p.place();
            }
        }
        return incidents.isEmpty() ? null : incidents.get(0).place();
    }

    /** The news agency the body cites ("Reuters said", "a Reuters request"), if any. */
    private static String source(ArticleContext ctx) {
        Lexicons lex = Lexicons.get();
        for (ArticleContext.Sentence s : ctx.body()) {
            for (Tokens.Token t : s.tokens) {
                Lexicons.KnownOrg agency = lex.agenciesBySurface.get(t.bare());
                if (agency != null && t.bare().length() > 2) {
                    Entities.Org o = ctx.entities.findOrg(agency.name());
                    if (o != null) {
                        return o.name;
                    }
                }
            }
        }
        return null;
    }

    private static List<PersonInput> people(ArticleContext ctx) {
        List<PersonInput> out = new ArrayList<>();
        for (Entities.Person p : ctx.entities.people.values()) {
            List<RoleInput> roles = p.roles.stream().filter(r -> r.title() != null && !r.title().isBlank()).limit(50).toList();
            out.add(new PersonInput(clip(p.name, 300), aliases(p.aliases, p.name), roles));
        }
        return out.stream().limit(500).toList();
    }

    private static final Set<String> FUNCTION_NAMED = Set.of("foreign ministry", "defence ministry",
            "defense ministry", "interior ministry", "health ministry", "justice ministry", "finance ministry",
            "emergencies ministry", "foreign office", "state emergency service", "emergency service", "prosecution service",
            "civil defence", "civil defense", "general staff", "provincial government", "provincial council", "election commission");

    private static List<OrganizationInput> organizations(ArticleContext ctx) {
        List<OrganizationInput> out = new ArrayList<>();
        String mainCountry = ctx.salientCountryCode();
        for (Entities.Org o : ctx.entities.orgs.values()) {
            String cc = o.countryCode;
            if (cc == null && (o.kind == dev.newsgraph.domain.OrganizationKind.ARMED_GROUP
                    || FUNCTION_NAMED.contains(o.name))) {
                cc = mainCountry; // insurgent groups and "the health ministry" belong to the country the story is about
            }
            out.add(new OrganizationInput(clip(o.name, 300), aliases(o.aliases, o.name), o.kind, cc));
        }
        return out.stream().limit(500).toList();
    }

    private static List<PlaceInput> places(ArticleContext ctx) {
        List<PlaceInput> out = new ArrayList<>();
        for (Entities.Place p : ctx.entities.places.values()) {
            Gazetteer.Entry e = p.entry;
            String parent = null;
            if (p.parent != null) {
                parent = p.parent; // the text's own "X village in Y district"
            } else if (e.kind() == PlaceKind.DISTRICT) {
                Entities.Place province = e.parent() == null ? null : ctx.entities.places.get(e.parent());
                parent = province != null && province.entry.kind() == PlaceKind.PROVINCE ? province.entry.name() : e.countryCode();
            } else if (e.kind() == PlaceKind.CITY || e.kind() == PlaceKind.PROVINCE) {
                Entities.Place declaredParent = e.parent() == null ? null : ctx.entities.places.get(e.parent());
                parent = declaredParent != null && declaredParent.entry.kind() == PlaceKind.PROVINCE
                        && e.kind() == PlaceKind.CITY ? declaredParent.entry.name() : e.countryCode();
            }
            List<String> aliases = new ArrayList<>(aliases(p.aliases, e.name()));
            for (String d : e.demonyms()) {
                if (aliases.size() < 50 && !aliases.contains(d) && mentionsWord(ctx, d)) {
                    aliases.add(d);
                }
            }
            out.add(new PlaceInput(clip(e.name(), 300), aliases, e.kind(), e.countryCode(), parent, e.lat(), e.lon()));
        }
        return withDeclaredParents(out).stream().limit(500).toList();
    }

    /**
     * Every parent a place names is declared in the draft, or ingest would refuse the whole article. A parent the
     * article never names (a country the text does not mention, or Hong Kong the territory behind Hong Kong the city)
     * is left out rather than added: the place keeps its country code, and no place the text does not give is invented.
     */
    private static List<PlaceInput> withDeclaredParents(List<PlaceInput> places) {
        Set<String> declared = new HashSet<>();
        for (PlaceInput p : places) {
            declared.add(p.name());
            declared.addAll(p.aliases());
            if (p.kind() == PlaceKind.COUNTRY && p.countryCode() != null) {
                declared.add(p.countryCode());
            }
        }
        return places.stream()
                .map(p -> p.parent() == null || declared.contains(p.parent()) ? p
                        : new PlaceInput(p.name(), p.aliases(), p.kind(), p.countryCode(), null, p.latitude(), p.longitude()))
                .toList();
    }

    private static boolean mentionsWord(ArticleContext ctx, String word) {
        for (ArticleContext.Sentence s : ctx.sentences) {
            if (IncidentExtractor.containsWord(s.text, word)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> aliases(Set<String> aliases, String name) {
        return aliases.stream().filter(a -> !a.isBlank() && !a.equals(name)).map(a -> clip(a, 300)).limit(50).toList();
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
