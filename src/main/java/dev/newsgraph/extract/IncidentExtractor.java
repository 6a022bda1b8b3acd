package dev.newsgraph.extract;

import dev.newsgraph.domain.ActorRole;
import dev.newsgraph.domain.Attribution;
import dev.newsgraph.domain.DatePrecision;
import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.domain.IncidentType;
import dev.newsgraph.domain.PlaceKind;
import dev.newsgraph.draft.ActorInput;
import dev.newsgraph.draft.FigureInput;
import dev.newsgraph.draft.IncidentInput;
import dev.newsgraph.draft.MunitionInput;
import dev.newsgraph.draft.StatementInput;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Incidents. The headline and lead describe the main incident; later sentences with their own incident words and a
 * count, a weapon tally, a month, or a "between X and Y" add further incidents; a facility hit "in the city" is part of
 * the main one. Figures are credited to the speaker of the sentence they come from.
 */
final class IncidentExtractor {

    private static final Pattern PASSIVE_BY = Pattern.compile("\\b(?:kidnapped|abducted|killed|attacked|seized|taken)\\s+by\\s+((?:[a-z]+\\s+){0,2}(?:men|gunmen|militants|insurgents|separatists|attackers|assailants|rebels|fighters))\\b");
    private static final Pattern SUB_FACILITY = Pattern.compile("\\b(facility|facilities|plant|factory|building|hospital|school|station|depot|warehouse)\\b[^.]{0,40}\\b(?:was|were)\\s+(?:attacked|hit|struck|damaged)");
    private static final Pattern CLAIMED_RESPONSIBILITY = Pattern.compile("\\bclaimed responsibility\\b");
    private static final Pattern SUSPECTED = Pattern.compile("\\b(?:suspected|blamed|accused)\\b[^.]{0,40}?\\b([A-Z][\\p{L}]+(?:\\s+[a-z]+)?)");
    private static final Pattern LAUNCH = Pattern.compile("\\b(launched|fired|attacked by|struck with|with)\\b");

    private final Figures figures = new Figures();

    /** The counts of a text, each text parsed once: the lead and headline are read several times. */
    private static final class Figures {
        private final FigureParser parser = new FigureParser();
        private final Map<String, List<FigureParser.Figure>> parsed = new HashMap<>();

        List<FigureParser.Figure> figures(String text) {
            return parsed.computeIfAbsent(text, t -> parser.figures(beforeDatingIncident(t)));
        }

        List<FigureParser.Munition> munitions(String text) {
            return parser.munitions(text);
        }
    }
    private final Gazetteer gaz = Gazetteer.get();

    /**
     * A span of weeks or more and "after" or "before" that dates what the sentence tells by another incident: "..., a
     * week after 50 people were killed in attacks across the country", "Goni hit the region a week after Typhoon Molave
     * hit it, killing 22". An incident that far apart is background (one hours or a day apart is the story's other
     * incident, which the sentence's own reading tells apart). Only after the sentence's own clause (three words at
     * least), as "Two weeks after the quake, rescuers found 40 bodies" dates its own toll.
     */
    private static final Pattern DATING_SPAN = Pattern.compile("\\s(?:(?:just|only|about|barely|some|nearly)\\s+)?"
            + "(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\\d+)\\s+)?"
            + "(?:weeks?|months?|years?)\\s+(?:after|before)\\s");

    /** The text up to a clause that dates it by a past incident: that clause's toll is background. */
    static String beforeDatingIncident(String text) {
        Matcher m = Prefilter.matcher(DATING_SPAN, text);
        while (m.find()) {
            String head = text.substring(0, m.start()).strip();
            if (head.split("\\s+").length >= 3) {
                return head;
            }
        }
        return text;
    }

    private static final class Draft {
        String key;
        IncidentType type;
        String title;
        DateResolver.TimeRef time;
        String place;
        /** No sentence of its own put it anywhere: it took the main incident's place until a later one says where. */
        boolean placeGuessed;
        String partOf;
        /** In a story of several incidents, the lead's total gave way to the toll of the place told first. */
        boolean tollPlaced;
        /** How many of its figures the headline and lead gave: only those can be a total of the story's incidents. */
        int ledWith;
        /** The lead gave the place only as a landmark it happened near ("a base near the capital"). */
        boolean nearOnly;
        /** "In the same province, ...": another incident where this one happened, known once the story is read. */
        Draft samePlaceAs;
        final List<ActorInput> actors = new ArrayList<>();
        final List<FigureInput> figures = new ArrayList<>();
        final List<MunitionInput> munitions = new ArrayList<>();
    }

    List<IncidentInput> extract(ArticleContext ctx, List<StatementInput> statements) {
        List<Draft> drafts = new ArrayList<>();
        // "KHARTOUM, Sudan — ... in Sudan's capital": the dateline town is a place of the story from the start
        StatedMetadata.dateline(ctx);
        List<ArticleContext.Sentence> body = ctx.body();
        String headline = ctx.raw.headline();
        // The lead is the first sentence that tells of an incident, when an introduction ("There is continuing
        // violence ...") or a line of chrome comes first.
        int leadIndex = 0;
        for (int i = 0, seen = 0; i < body.size() && seen < 3; i++) {
            if (caption(body.get(i).text) || fragment(body.get(i))) {
                continue; // a photo caption pasted above the lead ("..., October 4, 2012.") names the incident, not its toll
            }
            seen++;
            if (type(body.get(i).text) != null || !figures.figures(body.get(i).text).isEmpty()) {
                leadIndex = i;
                break;
            }
        }
        ArticleContext.Sentence lead = body.isEmpty() ? null : body.get(leadIndex);
        String leadText = headline + " . " + (lead == null ? "" : lead.text);
        IncidentType mainType = type(leadText);
        Draft main = null;
        boolean leadHappened = lead == null || !NOT_HAPPENED.matcher(lead.text).find() || !figures.figures(lead.text).isEmpty();
        // "hostages ... held by Hamas since the militant group attacked Israel": a lead that tells of the past, no toll
        leadHappened &= lead == null || !SINCE.matcher(lead.text).find() || !figures.figures(leadText).isEmpty();
        // "A court has sentenced three men to death for a car-bombing last year, which killed 11": a ruling's lead tells
        // of the incident behind the case, background to the story
        boolean courtStory = lead != null && COURT_RULING.matcher(lead.text).find();
        leadHappened &= !courtStory;
        // "The 2004 tsunami killed more than 160,000 people": a lead whose subject is dated to an earlier year tells of
        // the past (an anniversary, a comparison)
        leadHappened &= lead == null || !pastYearSubject(ctx, lead.text);
        // "... in contrast to the disputed 2007 elections, which led to clashes that left 1,100 dead": so is a lead whose
        // incident a year modifying its noun dates to an earlier year
        leadHappened &= lead == null || !datedEarlier(ctx, lead.text);
        if (mainType != null && leadHappened && (!figures.figures(leadText).isEmpty() || !figures.munitions(leadText).isEmpty()
                || EVENT_VERB.matcher(leadText).find() || mainType == IncidentType.ARREST && ARRESTED.matcher(leadText).find())) {
            main = new Draft();
            main.key = "incident-1";
            main.type = mainType;
            main.title = title(headline);
            // Where the headline and lead put it ("in Somalia", "in northern Kenya") beats a place merely named: a
            // nationality ("US Airstrike", "a U.S. airstrike") or where someone goes afterwards ("to fly to Nairobi").
            String located = locatedPlace(ctx, headline + " . " + (lead == null ? "" : lead.text));
            main.place = located != null ? located : mostSpecificPlace(ctx, headline + " " + (lead == null ? "" : lead.text));
            if (main.place == null) {
                main.place = demonymCountry(ctx, headline);
            }
            main.nearOnly = onlyNear(ctx, main.place, leadText);
            main.time = DateResolver.timeRef(lead == null ? headline : lead.text, ctx.publication.publishedOn(), ctx.publication.notBefore());
            String leadSpeaker = speakerOf(ctx, statements, lead == null ? "" : lead.text);
            for (FigureParser.Figure f : figures.figures(headline)) {
                addFigure(main, f, leadSpeaker);
            }
            if (lead != null) {
                for (FigureParser.Figure f : figures.figures(lead.text)) {
                    addFigure(main, f, leadSpeaker);
                }
                actors(ctx, main, headline + " . " + lead.text);
            }
            main.ledWith = main.figures.size();
            drafts.add(main);
        }
        // "At least 17 people were killed in three attacks across Colombia": the lead's toll is the story's total, and
        // the story's incidents are the ones told place by place
        boolean several = main == null || Prefilter.matcher(SEVERAL_INCIDENTS, leadText).find()
                || main.type != IncidentType.OTHER && ACROSS_COUNTRY.matcher(leadText).find();
        String mainDay = main == null ? null : mainDay(body, leadIndex);
        Draft lastMunitions = null;
        Draft current = main; // the incident told of last: "the attack" refers back to it
        int toldAt = leadIndex; // the sentence that told of it
        for (int i = 0; i < body.size(); i++) {
            ArticleContext.Sentence s = body.get(i);
            String text = s.text;
            if (i == leadIndex || background(ctx, text) || warToll(text, i == 0 ? "" : body.get(i - 1).text)
                    || main != null && otherMonthThanMain(ctx, main, text) || courtStory && !toldAsAnother(text)) {
                // past incidents and cumulative tolls are background, not this story's incidents; so is what a ruling's
                // story tells of the case (the arrest of the accused, the crime, the crackdown), unless said to be another
                continue;
            }
            List<FigureParser.Figure> parsed = figures.figures(text);
            IncidentType t = Prefilter.matcher(NOT_HAPPENED, text).find() && !fearedToll(text, parsed) ? null : type(text);
            List<FigureParser.Figure> figs = several ? subCountAt(parsed, text) : parsed;
            boolean share = figs != parsed; // the total gave way to its share at one place
            boolean ownKilled = figs.stream().anyMatch(f -> f.kind() == FigureKind.KILLED);
            String shareAt = several && main != null && !main.tollPlaced && ownKilled
                    && (share || !Prefilter.matcher(SEPARATE, text).find()) ? locatedPlace(ctx, text) : null;
            if (shareAt != null && !countryOrNone(ctx, shareAt) && (countryOrNone(ctx, main.place) || shareAt.equals(main.place))) {
                // the lead's total, then the toll of the first place ("..., including seven in X", "Gunmen killed 14
                // in X"): the main incident is that place's, the total is the story's
                Draft first = main;
                first.figures.removeIf(f -> f.kind() == FigureKind.KILLED);
                figs.forEach(f -> addFigure(first, f, speakerOf(ctx, statements, text)));
                first.place = shareAt;
                first.tollPlaced = true;
                first.ledWith = 0; // the place's own toll, no longer the story's total
                continue;
            }
            boolean separate = Prefilter.matcher(SEPARATE, text).find() || ownMonth(ctx, text) || otherDay(main, text)
                    || SAME_PLACE.matcher(text).find();
            List<FigureParser.Munition> muns = Prefilter.matcher(LAUNCH, text).find() ? figures.munitions(text) : List.of();
            String speaker = speakerOf(ctx, statements, text);
            if (i == leadIndex + 1 && main != null && figs.isEmpty() && !separate) {
                narrowDown(ctx, main, text);
            }
            List<Integer> tolls = figs.stream().filter(f -> TOLLS.contains(f.kind())).map(FigureParser.Figure::value).toList();
            if (current != null && current != main && (i == toldAt + 1 || i == toldAt + 2 && (aside(ctx, body.get(i - 1).text)
                    || current.placeGuessed && tellsNoIncident(body.get(i - 1).text))) && tolls.isEmpty() && !separate) {
                // the next sentence, or the one after a word on the victims or the source ("A spokesman told VOA that
                // women and children were among the victims. He said ... planted the bomb in the X district"); for an
                // incident placed nowhere yet, also after a sentence naming only a place ("VOA's X reports from Y")
                takeUpPlace(ctx, current, text);
            }
            if (main != null && current == main && !separate && !tolls.isEmpty() && countryOrNone(ctx, main.place)
                    && Prefilter.matcher(TAKEN_UP_SUBJECT, text.strip()).lookingAt() && !toldOnAnotherDay(mainDay, text)
                    && !Prefilter.matcher(COMPARED_WITH, text).find()) {
                String at = locatedPlace(ctx, text);
                if (at != null && (main.place == null || within(ctx, at, main.place))) {
                    // "Officials said Wednesday's bombing in X district killed six police officers and a child": the
                    // subject takes the lead's incident up, placed only in its country, and says where it was; a toll
                    // below the lead's is a part of it
                    Draft m0 = main;
                    main.place = at;
                    main.type = main.type == IncidentType.ATTACK && t != null ? t : main.type;
                    figs.stream().filter(f -> m0.figures.stream().noneMatch(x -> x.kind() == f.kind() && x.value() > f.value()))
                            .forEach(f -> addFigure(m0, f, speaker));
                    continue;
                }
            }
            String eventBefore = tolls.isEmpty() ? null : eventPlaceBefore(ctx, body, i, leadIndex);
            IncidentSentenceModel.Verdict verdict = main == null || tolls.isEmpty() ? null
                    : IncidentSentenceModel.decide(text, tolls, sentenceFeatures(ctx, main, current, t, figs, separate, text,
                            i - leadIndex, eventBefore));
            if (separate && verdict != null && verdict != IncidentSentenceModel.Verdict.NEW
                    && elsewhere(ctx, placeOfOwn(ctx, body, i), main, current)) {
                // "Elsewhere, insurgents attacked a police station in Mosul, ... four gunmen dead": a sentence that says it
                // tells of another incident, where neither the main incident nor the one told of last happened, starts one,
                // whatever the model made of its toll (more of an incident, a part of one, or none)
                verdict = IncidentSentenceModel.Verdict.NEW;
            }
            if (verdict == IncidentSentenceModel.Verdict.NONE) {
                continue; // a sub-count, a total of several incidents, background
            }
            if (main != null && !tolls.isEmpty() && toldOnAnotherDay(mainDay, text)
                    && !Objects.equals(main.place, Objects.requireNonNullElse(placeOfOwn(ctx, body, i), main.place))) {
                // "A car bomb hit a bus last Thursday, killing eight" in a story of Saturday's bombing: another incident,
                // where its sentence or the next one taking it up ("That bomb went off near X") puts it
                verdict = IncidentSentenceModel.Verdict.NEW;
            }
            Draft told = current;
            if (told != null && told != main && !figs.isEmpty() && figs.stream().allMatch(f -> CASUALTIES.contains(f.kind()))
                    && TAKEN_UP.matcher(text).find() && told.place != null && told.place.equals(locatedPlace(ctx, text))) {
                figs.forEach(f -> addFigure(told, f, speaker)); // "The attack in Zabul province also killed ...": the one told of last
                continue;
            }
            if (main != null && verdict != IncidentSentenceModel.Verdict.AGAIN && eventBefore != null && main.place != null
                    && !eventBefore.equals(main.place) && !within(ctx, eventBefore, main.place) && !insideMain(ctx, eventBefore, main)
                    && locatedPlace(ctx, text) == null) {
                // a toll with no place of its own, right after an event told of somewhere else than the main incident,
                // is that event's: the model has seen too few of these to say so with confidence
                verdict = IncidentSentenceModel.Verdict.NEW;
            }
            Draft mainOfStory = main;
            if (verdict == IncidentSentenceModel.Verdict.SAME && figs.stream().allMatch(f -> CASUALTIES.contains(f.kind()))
                    && figs.stream().allMatch(f -> mainOfStory.figures.stream().noneMatch(x -> x.kind() == f.kind() && x.value() != f.value()))) {
                figs.forEach(f -> addFigure(mainOfStory, f, speaker)); // figures the main incident lacks, or repeats
                // "Attack on governor's convoy leaves 30 dead", then "A suicide bombing ... has killed thirty": the kind
                mainOfStory.type = mainOfStory.type == IncidentType.ATTACK && t != null ? t : mainOfStory.type;
                continue;
            }
            if (verdict == IncidentSentenceModel.Verdict.AGAIN && current != null && current != main) {
                Draft last = current; // more figures of the other incident told of last
                figs.forEach(f -> addFigure(last, f, speaker));
                continue;
            }
            if (verdict == IncidentSentenceModel.Verdict.NEW) {
                String place = placeOfOwn(ctx, body, i);
                if (place == null) {
                    place = eventBefore; // "A series of explosions in Basra ... Police say the blasts killed 9"
                }
                if (place != null && !place.equals(main.place) && !mayHold(ctx, place, main.place)) {
                    current = toldIncident(ctx, drafts, t != null ? t : main.type, place, text, figs, speaker);
                    toldAt = i;
                    continue;
                }
            }
            if (main != null && !muns.isEmpty() && SUB_FACILITY.matcher(text).find()) {
                Draft sub = new Draft();
                sub.key = "incident-" + (drafts.size() + 1);
                sub.partOf = main.key;
                sub.type = main.type;
                sub.place = main.place;
                sub.time = main.time;
                Matcher fm = SUB_FACILITY.matcher(text);
                sub.title = fm.find() ? "Attack on a " + singular(fm.group(1)) + (main.place == null ? "" : " in " + main.place) : "Part of " + main.title;
                muns.forEach(mu -> sub.munitions.add(new MunitionInput(mu.weapon(), mu.quantity(), false)));
                figs.forEach(f -> addFigure(sub, f, speaker));
                drafts.add(sub);
                continue;
            }
            if (!muns.isEmpty() && t != null && current != null && i == toldAt + 1 && tolls.isEmpty() && !separate
                    && (sameKind(current.type, t) || STRIKES.contains(current.type) && STRIKES.contains(t)) && current.munitions.isEmpty()) {
                // "... a drone strike killed four militants. Officials say the drones fired four missiles at a house":
                // the weapons of the incident just told of, not an attack of their own
                Draft last = current;
                muns.forEach(mu -> last.munitions.add(new MunitionInput(mu.weapon(), mu.quantity(), false)));
                figs.forEach(f -> addFigure(last, f, speaker));
                continue;
            }
            if (!muns.isEmpty() && t != null) {
                Draft d = new Draft();
                d.key = "incident-" + (drafts.size() + 1);
                d.type = t;
                String target = targetPlace(ctx, text);
                d.place = target != null ? target : main != null ? main.place : mostSpecificPlace(ctx, text);
                d.time = DateResolver.timeRef(text, ctx.publication.publishedOn(), ctx.publication.notBefore());
                d.title = "Attack" + (d.place == null ? "" : " on " + d.place);
                muns.forEach(mu -> d.munitions.add(new MunitionInput(mu.weapon(), mu.quantity(), false)));
                figs.forEach(f -> addFigure(d, f, speaker));
                actors(ctx, d, text);
                drafts.add(d);
                lastMunitions = d;
                continue;
            }
            boolean interceptOrHits = figs.stream().allMatch(f -> f.kind() == FigureKind.INTERCEPTED || f.kind() == FigureKind.LOCATIONS_HIT);
            if (!figs.isEmpty() && interceptOrHits && lastMunitions != null) {
                Draft d = lastMunitions;
                figs.forEach(f -> addFigure(d, f, speaker));
                continue;
            }
            if (current != null && current != main && !figs.isEmpty() && BACK_REFERENCE.matcher(text).find()
                    && figs.stream().allMatch(f -> CASUALTIES.contains(f.kind()))) {
                // "The attack in Zabul province also killed a doctor" after a second incident: the last one told of
                Draft last = current;
                figs.forEach(f -> addFigure(last, f, speaker));
                continue;
            }
            Draft mainDraft = main;
            if (t == null && main != null && !figs.isEmpty() && figs.stream().allMatch(f -> CASUALTIES.contains(f.kind()))
                    && figs.stream().noneMatch(f -> mainDraft.figures.stream().anyMatch(m -> m.kind() == f.kind()))
                    && sameAsMain(ctx, main, List.of(), text)) {
                // "Three soldiers were wounded": figures without an event word of their own belong to the main event.
                Draft m0 = main;
                figs.forEach(f -> addFigure(m0, f, speaker));
                continue;
            }
            if (t == null && main != null && TOLL_UPDATE.matcher(text).find()
                    && figs.stream().allMatch(f -> TOLLS.contains(f.kind())) && !figs.isEmpty()) {
                String place = locatedPlace(ctx, text);
                if (place == null || within(ctx, place, main.place) || place.equals(main.place)) {
                    Draft m0 = main; // "The death toll later rose to 15": the main incident's toll, updated
                    figs.forEach(f -> addFigure(m0, f, speaker));
                    continue;
                }
            }
            if (t == null && main == null && !tolls.isEmpty()) {
                // no main incident (a briefs page, a lead on the search for survivors): "More than 1,000 people are
                // feared dead" is the toll of the event told a few sentences before ("Friday's landslide" in X)
                int before = sentenceToldBefore(ctx, body, i);
                t = before < 0 ? null : type(body.get(before).text);
            }
            boolean clash = Prefilter.matcher(CLASH_BETWEEN, text).find();
            boolean arrestStory = main != null && main.type == IncidentType.ARREST || drafts.stream().anyMatch(d -> d.type == IncidentType.ARREST);
            String arrestedAt = t == IncidentType.ARREST ? locatedPlace(ctx, text) : null;
            if (t == IncidentType.ARREST && !arrestStory && figs.stream().allMatch(f -> f.kind() == FigureKind.ARRESTED)
                    && Prefilter.matcher(ARREST_DONE, text).find() && !Prefilter.matcher(AFTERMATH, text).find()
                    && !Prefilter.matcher(TAKEN_AT_THE_SCENE, text).find()
                    && !Prefilter.matcher(SWEEP, text).find() && !ownMonth(ctx, text)
                    && (main != null || arrestedAt != null || !figs.isEmpty()) && !mainsArrests(ctx, main, figs, arrestedAt)) {
                // "Six people have been arrested for looting", "Authorities responded by detaining several opposition
                // leaders": arrests told as done, beside the story's other incident, are an incident of their own
                toldIncident(ctx, drafts, IncidentType.ARREST, arrestedAt != null ? arrestedAt : main != null ? main.place : null,
                        text, figs, speaker);
                continue;
            }
            if (t == IncidentType.ARREST && main != null && main.type != IncidentType.ARREST && !townOrBelow(ctx, locatedPlace(ctx, text))) {
                continue; // a sweep "across the country", arrests "in connection with" the attack: its aftermath, no incident
            }
            if (t != null && figs.isEmpty() && !clash && (Prefilter.matcher(ANOTHER_HIT, text.strip()).lookingAt()
                    || toldAsAnother(text) && t != IncidentType.PROTEST)) {
                String place = locatedPlace(ctx, text);
                Draft toldOf = main != null ? main : current;
                if (place != null && toldOf != null && elsewhere(ctx, place, toldOf, current)) {
                    // "Another rocket exploded in Eilat, Israel": one more strike, where none of the story's was
                    current = toldIncident(ctx, drafts, t, place, text, figs, speaker);
                    toldAt = i;
                    continue;
                }
            }
            if (t != null && (!figs.isEmpty() || clash)) {
                if (main != null && !separate && sameAsMain(ctx, main, figs, text)) {
                    Draft m0 = main;
                    figs.forEach(f -> addFigure(m0, f, speaker));
                    continue;
                }
                Draft d = new Draft();
                d.key = "incident-" + (drafts.size() + 1);
                d.type = clash ? IncidentType.ARMED_CLASH : t;
                d.time = DateResolver.timeRef(text, ctx.publication.publishedOn(), ctx.publication.notBefore());
                String place = locatedPlace(ctx, text);
                if (main == null && place == null && !separate && !clash && !hasEventNoun(text)) {
                    // No main incident (the lead tells another story, as in a newscast or a briefs page): a toll with
                    // no event or place of its own is that of the incident told of just before it
                    if (current != null && i - toldAt <= TOLD_BEFORE) {
                        Draft last = current;
                        figs.forEach(f -> addFigure(last, f, speaker));
                        toldAt = i;
                        continue;
                    }
                    place = eventToldBefore(ctx, body, i);
                }
                Draft last = current;
                if (main == null && place == null && !separate && !clash && last != null && i - toldAt <= 2 && sameKind(last.type, t)
                        && figs.stream().allMatch(f -> last.figures.stream().anyMatch(x -> x.kind() == f.kind() && x.value() == f.value()))) {
                    // No main incident: "'Large-scale attack' ... leaves more than 100 dead in Pakistan", then "... a
                    // bombing which has killed at least a hundred people": a story's heading and its lead, one incident
                    figs.forEach(f -> addFigure(last, f, speaker));
                    last.type = last.type == IncidentType.ATTACK ? t : last.type;
                    toldAt = i;
                    continue;
                }
                if (place == null && !separate && !clash && (main != null ? sameKind(main.type, t) : !hasEventNoun(text))) {
                    // No place of its own and nothing saying it is another incident: a second mention of the main
                    // one, or of an earlier one; with no main incident, a toll without an event ("18 were killed").
                    continue;
                }
                if (place == null && !clash && i + 1 < body.size() && BACK_REFERENCE_START.matcher(body.get(i + 1).text).lookingAt()) {
                    // "... a car bomb killed five Americans. The attack in Zabul province also killed ...": the next
                    // sentence, taking the incident up again, says where it was
                    place = locatedPlace(ctx, body.get(i + 1).text);
                }
                d.place = place != null && !clash ? place : clash ? null : main != null ? main.place : null;
                d.placeGuessed = place == null && !clash && main != null;
                if (place == null && SAME_PLACE.matcher(text).find()) {
                    d.samePlaceAs = current != null ? current : main;
                }
                figs.forEach(f -> addFigure(d, f, speaker));
                current = d;
                toldAt = i;
                if (clash) {
                    for (Entities.Place p : ctx.entities.places.values()) {
                        if (p.entry.kind() == PlaceKind.COUNTRY && mentions(text, p)) {
                            d.actors.add(new ActorInput(ActorRole.PARTY, p.entry.name(), null, Attribution.STATED));
                        }
                    }
                } else {
                    actors(ctx, d, text);
                }
                d.title = title(d);
                drafts.add(d);
            }
        }
        if (main != null) {
            refinePlace(ctx, main, body, leadIndex, drafts, (d, text) -> figures.figures(text).stream().anyMatch(f -> TOLLS.contains(f.kind())
                    && d.figures.stream().anyMatch(x -> x.kind() == f.kind() && x.value() == f.value())));
        }
        for (Draft d : drafts) {
            if (d.samePlaceAs != null) {
                d.place = d.samePlaceAs.place;
                d.title = title(d);
            }
        }
        for (Draft d : drafts) {
            boolean betweenStates = d.actors.stream().anyMatch(a -> a.role() == ActorRole.PARTY);
            if (d.place == null && !betweenStates) {
                d.place = storyPlace(ctx); // no place in its sentence: where the story is (not a war between states)
            }
            if (d.place == null && d == main) {
                // "Nigeria: ... a drone attack on a village in the northwest": the dateline, else the story's country
                String datelined = StatedMetadata.dateline(ctx);
                Entities.Place country = ctx.entities.places.values().stream()
                        .filter(p -> p.entry.kind() == PlaceKind.COUNTRY && p.entry.countryCode() != null
                                && p.entry.countryCode().equals(ctx.salientCountryCode())).findFirst().orElse(null);
                d.place = datelined != null ? datelined : country == null ? null : country.entry.name();
            }
        }
        // An incident with neither place, figure nor actor, besides the story's main one, is a weapon named in passing.
        Draft story = main;
        drafts.removeIf(d -> d != story && d.place == null && d.figures.isEmpty() && d.actors.isEmpty() && d.partOf == null);
        if (main != null) {
            dropStoryTotals(main, drafts);
        }
        if (main != null && several && drafts.stream().anyMatch(d -> d != story && d.partOf == null) && countryOrNone(ctx, main.place)) {
            drafts.remove(main); // the total of the incidents told place by place, itself placed nowhere more specific
        }
        drafts.forEach(d -> markCounterClaims(ctx, d));
        List<IncidentInput> out = new ArrayList<>();
        for (Draft d : drafts) {
            DateResolver.TimeRef tr = d.time;
            out.add(new IncidentInput(d.key, d.type, d.title, tr == null ? null : tr.date(),
                    tr == null || tr.date() == null ? null : tr.precision(), tr == null ? null : tr.text(), d.place, d.partOf,
                    d.actors, d.figures, d.munitions));
        }
        return out;
    }

    /** Opening words that tell how a sentence relates to what came before ("Separately", "Meanwhile", "In other ..."). */
    private static final Pattern MARKERS = Pattern.compile("\\b(separately|elsewhere|meanwhile|also|another|other|second|third"
            + "|earlier|later|same|including|among|total|combined|of them|of those|in all|more than|at least|raised|rose|risen|climbed)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s,;:]+");

    /**
     * What {@link IncidentSentenceModel} knows of a later sentence with casualty figures: its opening words, discourse
     * markers, its own place and how that place relates to the main incident's, its incident word against the main
     * one's, the kinds of figure it gives, and how far it is from the lead.
     */
    private static String[] sentenceFeatures(ArticleContext ctx, Draft main, Draft current, IncidentType t,
            List<FigureParser.Figure> figs, boolean separate, String text, int distance, String eventBefore) {
        List<String> f = new ArrayList<>();
        String[] words = WORD_SEPARATORS.split(text.strip());
        String first = words.length > 0 ? words[0].toLowerCase(Locale.ROOT) : "";
        f.add("w1=" + first);
        f.add("w12=" + first + "_" + (words.length > 1 ? words[1].toLowerCase(Locale.ROOT) : ""));
        Matcher m = MARKERS.matcher(text);
        while (m.find()) {
            f.add("mark=" + m.group(1).toLowerCase(Locale.ROOT));
        }
        f.add("separate=" + separate);
        f.add("backref=" + BACK_REFERENCE.matcher(text).find());
        f.add("openingDay=" + OPENING_DAY.matcher(text.strip()).find());
        f.add("otherDay=" + otherDay(main, text));
        String located = locatedPlace(ctx, text);
        String named = located != null ? located : mostSpecificPlace(ctx, text);
        String relation = named == null ? "none" : named.equals(main.place) ? "main"
                : main.place != null && within(ctx, named, main.place) ? "inMainCountry" : "other";
        f.add("place=" + relation);
        f.add("located=" + (located != null));
        f.add("placeRel_sep=" + relation + "_" + separate);
        String before = eventBefore == null ? "none" : eventBefore.equals(main.place) ? "main"
                : main.place != null && within(ctx, eventBefore, main.place) ? "inMainCountry" : "other";
        f.add("eventBefore=" + before);
        f.add("eventBefore_place=" + before + "_" + relation);
        f.add("type=" + (t == null ? "none" : t == main.type ? "main" : "other"));
        f.add("eventNoun=" + hasEventNoun(text));
        f.add("afterOther=" + (current != null && current != main));
        for (FigureParser.Figure fig : figs) {
            f.add("kind=" + fig.kind());
            boolean known = main.figures.stream().anyMatch(x -> x.kind() == fig.kind());
            boolean sameValue = main.figures.stream().anyMatch(x -> x.kind() == fig.kind() && x.value() == fig.value());
            f.add("mainHas_" + fig.kind() + "=" + (sameValue ? "same" : known ? "other" : "none"));
            f.add("smaller=" + main.figures.stream().anyMatch(x -> x.kind() == fig.kind() && fig.value() < x.value()));
        }
        f.add("distance=" + Math.min(distance, 6));
        return f.toArray(String[]::new);
    }

    /** A lead that tells of several incidents: "in three attacks", "in two separate incidents", "in a series of blasts". */
    private static final Pattern SEVERAL_INCIDENTS = Pattern.compile("\\bin (?:two|three|four|five|six|seven|eight|nine|ten|several"
            + "|multiple|a (?:series|string|wave) of|\\d+) (?:separate |coordinated |different |simultaneous |apparently unrelated )?"
            + "(?:attacks|incidents|bombings|blasts|explosions|clashes|raids|massacres|shootings|ambushes)\\b", Pattern.CASE_INSENSITIVE);

    /** "Several people died across Myanmar", "deadly protests across the country": violence in many places, not a disaster's path. */
    private static final Pattern ACROSS_COUNTRY = Pattern.compile("\\bacross (?:the country|the nation|\\p{Lu}\\p{L}+)\\b");

    /** A sub-count given with its place: "at least nine people were killed, including five in the town of Monywa". */
    private static final Pattern SUB_COUNT_AT = Pattern.compile("\\bincluding (?:at least |some |about )?(\\w+)"
            + "(?: (?:[a-z]+ ){0,2}?(?:people|persons|civilians|protesters|demonstrators|soldiers|villagers))? (?:in|at) ");

    /**
     * In a story of several incidents, a toll given with its share at one place ("nine people have been killed,
     * including five in the central town of Monywa") is that place's toll: the place the sentence locates is the
     * share's, and the total is the story's.
     */
    private List<FigureParser.Figure> subCountAt(List<FigureParser.Figure> figs, String text) {
        if (figs.isEmpty() || !text.contains("including")) {
            return figs;
        }
        Matcher m = SUB_COUNT_AT.matcher(text);
        Integer share = m.find() ? figures.parser.number(m.group(1)) : null;
        if (share == null) {
            return figs;
        }
        return figs.stream().noneMatch(f -> f.kind() == FigureKind.KILLED && f.value() > share) ? figs
                : figs.stream().map(f -> f.kind() == FigureKind.KILLED && f.value() > share ? new FigureParser.Figure(f.kind(), share, false, null) : f).toList();
    }

    /** Whether the place is a country, or there is none. */
    private static boolean countryOrNone(ArticleContext ctx, String place) {
        Entities.Place p = place == null ? null : ctx.entities.findPlace(place);
        return place == null || p != null && p.entry.kind() == PlaceKind.COUNTRY;
    }

    /**
     * "At least 40 people are dead in three bombings ... two suicide bombers killed at least 34 ... a bombing in Sadr
     * City killed at least six": a toll of the main incident that is its own smaller toll plus tolls of the story's
     * other incidents is the story's total, not the main incident's. Only the headline and lead give such a total: a
     * toll told later ("six policemen were killed ..., one civilian also was killed") is a group of its own.
     */
    private static void dropStoryTotals(Draft main, List<Draft> drafts) {
        List<FigureInput> led = List.copyOf(main.figures.subList(0, Math.min(main.ledWith, main.figures.size())));
        for (FigureKind kind : TOLLS) {
            List<List<Integer>> others = drafts.stream().filter(d -> d != main)
                    .map(d -> d.figures.stream().filter(f -> f.kind() == kind).map(FigureInput::value).toList())
                    .filter(v -> !v.isEmpty()).toList();
            List<Integer> own = main.figures.stream().filter(f -> f.kind() == kind).map(FigureInput::value).toList();
            main.figures.removeIf(f -> f.kind() == kind && led.contains(f) && own.stream().anyMatch(w -> w < f.value()
                    && sumOf(f.value() - w, others, 0)));
        }
    }

    /** Whether the rest is the sum of one value each of some of the lists from index i on. */
    private static boolean sumOf(int rest, List<List<Integer>> lists, int i) {
        if (rest == 0) {
            return true;
        }
        if (rest < 0 || i == lists.size()) {
            return false;
        }
        return sumOf(rest, lists, i + 1) || lists.get(i).stream().anyMatch(v -> sumOf(rest - v, lists, i + 1));
    }

    /**
     * Where the sentences just before tell an event happened, when they tell of one without a toll: "A series of
     * explosions in Basra targeted a market. Police say the blasts killed nine" puts the toll in Basra.
     */
    private String eventPlaceBefore(ArticleContext ctx, List<ArticleContext.Sentence> body, int i, int leadIndex) {
        for (int back = i - 1; back > leadIndex && back >= i - 2; back--) {
            String previous = body.get(back).text;
            if (type(previous) == null || !figures.figures(previous).isEmpty()) {
                return null; // no event, or one with a toll of its own
            }
            String place = locatedPlace(ctx, previous);
            if (place != null) {
                // "The clash erupted ... in the town of X": the place of an incident told of already, not of a new one
                return TAKEN_UP.matcher(previous).find() ? null : place;
            }
        }
        return null;
    }

    /** How many sentences back an event without a toll may be told for a later bare toll to be its. */
    private static final int TOLD_BEFORE = 4;

    /**
     * "Witnesses in Somalia's Gedo region say militants attacked a base near the town of X. ... Casualty numbers can
     * not be verified. Al-Shabab says it has killed more than 60 troops": where the event told a few sentences before a
     * bare toll happened, when no toll came in between; null when none was.
     */
    private String eventToldBefore(ArticleContext ctx, List<ArticleContext.Sentence> body, int i) {
        int told = sentenceToldBefore(ctx, body, i);
        return told < 0 ? null : locatedPlace(ctx, body.get(told).text);
    }

    /** The sentence a few before a bare toll that tells where an event happened, as {@link #eventToldBefore}; -1 if none. */
    private int sentenceToldBefore(ArticleContext ctx, List<ArticleContext.Sentence> body, int i) {
        for (int back = i - 1; back >= 0 && back >= i - TOLD_BEFORE; back--) {
            String previous = body.get(back).text;
            if (figures.figures(previous).stream().anyMatch(f -> TOLLS.contains(f.kind()))) {
                return -1; // a toll of its own: the bare one is no longer about the event before it
            }
            if (type(previous) != null && !Prefilter.matcher(NOT_HAPPENED, previous).find() && !background(ctx, previous)
                    && locatedPlace(ctx, previous) != null) {
                return back;
            }
        }
        return -1;
    }

    /**
     * Whether an arrest sentence tells again of the arrests the main incident counts already: no other count, and no
     * place outside the main incident's ("Six people ... have been arrested in a joint operation in Uganda" after "6
     * Arrested" in Wakiso).
     */
    private static boolean mainsArrests(ArticleContext ctx, Draft main, List<FigureParser.Figure> figs, String place) {
        if (main == null || main.figures.stream().noneMatch(f -> f.kind() == FigureKind.ARRESTED)) {
            return false;
        }
        boolean sameCount = figs.stream().allMatch(f -> main.figures.stream().anyMatch(m -> m.kind() == f.kind() && m.value() == f.value()));
        return sameCount && (place == null || place.equals(main.place) || main.place != null && within(ctx, main.place, place));
    }

    /** Whether the place is a town, district or facility: a place an arrest raid can be told at. */
    private static boolean townOrBelow(ArticleContext ctx, String place) {
        Entities.Place p = place == null ? null : ctx.entities.findPlace(place);
        return p != null && rank(p) >= Entities.specificity(PlaceKind.CITY);
    }

    /**
     * Whether the division may hold the main incident's town: a province or region of the same country that the text
     * and the gazetteer put the town in, or that they name no other for ("the governor of Lower Shabelle region said"
     * of an attack in Awdhegle).
     */
    private static boolean mayHold(ArticleContext ctx, String division, String mainPlace) {
        Entities.Place d = ctx.entities.findPlace(division);
        Entities.Place m = mainPlace == null ? null : ctx.entities.findPlace(mainPlace);
        if (d == null || m == null || d.entry.kind() == PlaceKind.COUNTRY || rank(d) >= rank(m) || d.entry.countryCode() == null
                || !d.entry.countryCode().equals(m.entry.countryCode())) {
            return false;
        }
        String parent = m.parent != null ? m.parent : m.entry.parent();
        return parent == null || parent.equals(d.entry.name()) || d.aliases.contains(parent);
    }

    /** Whether the place is neither where the main incident nor the one told of last happened, nor inside or over them. */
    private static boolean elsewhere(ArticleContext ctx, String place, Draft main, Draft current) {
        if (place == null) {
            return false;
        }
        for (Draft d : current == null || current == main ? List.of(main) : List.of(main, current)) {
            if (d.place == null || place.equals(d.place) || within(ctx, place, d.place) || insideMain(ctx, place, d)
                    || mayHold(ctx, place, d.place)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the gazetteer puts the place in the main incident's ("Kabankalan" in "Negros Occidental"). */
    private static boolean insideMain(ArticleContext ctx, String place, Draft main) {
        Entities.Place p = ctx.entities.findPlace(place);
        Entities.Place m = ctx.entities.findPlace(main.place);
        return p != null && m != null && within(p, m);
    }

    /** The incident named as known, by "the" and at most one modifier: "the deadly blast", "the explosion". */
    private static final Pattern DEFINITE_INCIDENT = Pattern.compile("\\bthe (?:[a-z-]+ )?(?:raid|attack|assault|strike|air ?strike"
            + "|blast|explosion|bombing|shelling|ambush|clash|shooting|fire|quake|earthquake|landslide|crash)\\b");

    /**
     * A sentence whose subject takes an incident up, after a clause of saying at most: "The attack in X killed ...",
     * "Police said Monday's bombing ...".
     */
    private static final Pattern TAKEN_UP_SUBJECT = Pattern.compile("(?:[^,;]{0,60}?\\b(?:said|say|says|told [\\p{L}]+)(?: that)? )?"
            + "(?:[Tt]he|[Tt]his|[Tt]hat|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s) (?:[a-z-]+ )?"
            + "(?:raid|attack|assault|strike|air ?strike|blast|explosion|bombing|shelling|ambush|clash|shooting)s?\\b");

    /** An incident taken up again: "The clash erupted ...", "after the blasts in ...". */
    private static final Pattern TAKEN_UP = Pattern.compile("\\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose) (?:raid|attack|assault|strike"
            + "|air ?strike|blast|explosion|bombing|shelling|ambush|clash|shooting|incident|fighting)s?\\b");

    /** An incident taken up again, also by its day: "The attack ...", "Monday's bombings ...". */
    private static final Pattern TAKEN_UP_POSSESSIVE = Pattern.compile("\\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose"
            + "|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s) (?:raid|attack|assault|strike|air ?strike|blast"
            + "|explosion|bombing|shelling|ambush|clash|shooting|incident|fighting)s?\\b");

    /** The place is the main place, or lies in the country the main place is. */
    private static boolean within(ArticleContext ctx, String place, String mainPlace) {
        if (place.equals(mainPlace)) {
            return true;
        }
        Entities.Place p = ctx.entities.findPlace(place);
        Entities.Place m = mainPlace == null ? null : ctx.entities.findPlace(mainPlace);
        return p != null && m != null && m.entry.kind() == PlaceKind.COUNTRY && m.entry.countryCode() != null
                && m.entry.countryCode().equals(p.entry.countryCode());
    }

    private static final Set<FigureKind> TOLLS = Set.of(FigureKind.KILLED, FigureKind.INJURED);
    /** A photo's credit line: "(Photo: E. Kindzeka/VOA)", "(AP Photo/Rahmat Gul)", "Photo: Reuters". */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("\\(?(?:AP |AFP |Reuters |VOA )?Photo(?:graph)?\\s*[:/]");
    /** A photo caption's shape: it ends with the day the photo was taken. */
    private static final Pattern DATED_CAPTION = Pattern.compile(",\\s+(?:January|February|March|April|May|June|July|August"
            + "|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)\\s+\\d{1,2},\\s+\\d{4}\\.?\\s*$");

    /**
     * A photo caption's date inside it: "... in Manila on Nov. 1, 2020, as the storm neared", "... at the morgue in
     * Arauca on Aug. 22, 2020.", "... in a photo posted May 17, 2016, by a colleague". Prose dates its news by the
     * weekday, not by day and year.
     */
    private static final Pattern CAPTION_DATE = Pattern.compile("\\b(?:January|February|March|April|May|June|July"
            + "|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)\\s+\\d{1,2},\\s+\\d{4}\\b");

    /**
     * Whether a sentence of the opening is a photo caption: dated at its end, or by day and year inside it (not at its
     * start: "On May 17, 2016, gunmen ..." is prose).
     */
    private static boolean caption(String text) {
        if (DATED_CAPTION.matcher(text).find()) {
            return true;
        }
        Matcher date = text.indexOf(',') < 0 ? null : CAPTION_DATE.matcher(text);
        return date != null && date.find() && date.start() > 3 && !text.startsWith("On ");
    }

    /**
     * A participle's phrase without a finite verb ("A map showing the location of the earthquakes.", "Rescuers searching
     * the rubble in X."): a caption, not a lead. Only sentences with an incident word are tagged.
     */
    private static boolean fragment(ArticleContext.Sentence s) {
        if (FINITE_WORD.matcher(s.text).find() || type(s.text) == null) {
            return false; // an auxiliary or a verb of saying is finite: most sentences are spared the tagger
        }
        boolean participle = false;
        for (int k = 0; k < s.tokens.size(); k++) {
            String tag = s.tag(k);
            boolean ing = s.tokens.get(k).text().endsWith("ing");
            if (tag.startsWith("AUX") || tag.startsWith("VERB") && !ing) {
                return false;
            }
            participle |= tag.startsWith("VERB");
        }
        return participle;
    }

    private static final Pattern FINITE_WORD = Pattern.compile("\\b(?:is|are|was|were|has|have|had|said|says|say)\\b");

    private static final Pattern TOLL_UPDATE = Pattern.compile("\\b(?:death toll|toll|number of (?:dead|injured|wounded))\\b",
            Pattern.CASE_INSENSITIVE);

    /** Words that tell an incident happened, with the incident words of {@link #type}. */
    private static final Pattern EVENT_VERB = Pattern.compile("\\b(attacked|attack on|struck|hit|hits|kidnapped|abducted"
            + "|killed|kills|bombed|shelled|stormed|assassinated|shot dead|shot|stabbed|beheaded|went down|shot down|downed|crashed"
            + "|exploded|erupted|collapsed|broke out|spread|spreads|swept|fighting|battling|battled|fought|clashes|clashed|seized|ripped through|tore through"
            + "|went off|blew (?:himself |herself |themselves )?up|detonated|opened fire|gunned down|raided|ambushed|rocked"
            + "|looted|ransacked|torched|set fire to|set ablaze|burned down"
            // an attack the defenders beat off was fought all the same
            + "|repelled|repulsed|fended off|fends off|staved off|fought off|beat back|beaten back)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * An arrest told as done ("were arrested", "detaining several leaders", "announced the arrest of eight suspects",
     * "ten arrests took place"), not one awaited ("until those responsible are arrested").
     */
    private static final Pattern ARREST_DONE = Pattern.compile("(?<!\\b(?:be|are|is|being|get|the|all|its|their|release|free|freeing) )"
            + "\\b(?:arrested|detained|detaining|arresting|rounded up)\\b|\\bthe arrests? of\\b|\\barrests (?:took place|were made)\\b");
    /**
     * Arrests of the story's own attacker or suspects: its aftermath ("in connection with the slayings", "they arrested
     * the shooter after a siege").
     */
    private static final Pattern AFTERMATH = Pattern.compile("\\b(?:in connection with|suspected of (?:carrying out|involvement)"
            + "|responsible for the|over the (?:attack|bombing|killing|shooting)"
            + "|(?:arrested|detained|captured) the (?:suspected )?(?:shooter|gunman|gunmen|attacker|attackers|bomber|assailant|suspects?))\\b");
    /**
     * One person taken at the scene, also the attack's aftermath: "A man was arrested near the scene" (apart from
     * {@link #AFTERMATH}, whose literals would exceed what the prefilter searches for).
     */
    private static final Pattern TAKEN_AT_THE_SCENE = Pattern.compile("\\b(?:at|near) the scene\\b"
            + "|\\b(?:[Aa]n?|[Oo]ne) (?:[a-z-]+ ){0,2}?[a-z]+ (?:was|has been|had been) (?:arrested|detained)\\b");
    /** A sweep: "in operations across central and northwestern parts of the country". */
    private static final Pattern SWEEP = Pattern.compile("\\bacross\\b[^.;]{0,50}?\\b(?:country|nation)\\b");
    /** An arrest told as done, with or without a count: "Ten students ... were detained by police yesterday". */
    private static final Pattern ARRESTED = Pattern.compile("\\b(?:arrested|detained|rounded up)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Conditional, hypothetical, threatened, planned and denied events are not incidents; a denial of one's part in an
     * event ("denied involvement in the attack", "denies responsibility") does not deny that it happened.
     */
    private static final Pattern NOT_HAPPENED = Pattern.compile("\\b(?:if|unless|whether|threaten(?:s|ed|ing)? to|vow(?:s|ed)? to"
            + "|warn(?:s|ed)? of|plan(?:s|ned)? to|planning to|(?:deni(?:ed|es)|deny)(?! (?:(?:any|its|their|his|her) )?(?:involvement|responsibility|role|carrying out))|any (?:attack|strike|aggression)"
            + "|would (?:be|launch|attack|strike|respond)|could (?:attack|strike|launch)|in case of|might have been|may have been"
            + "|fears? that|feared)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern POSSIBILITY = Pattern.compile("\\b(?:possib(?:le|ility)|risk) of\\b", Pattern.CASE_INSENSITIVE);

    /** "In a third incident Sunday", "Separately, gunmen ...": a sentence that says it tells of another incident. */
    private static final Pattern SEPARATE = Pattern.compile("\\b(?:(?:another|a (?:second|third|fourth|separate))"
            + " (?:\\w+ )?(?:incident|attack|bombing|blast|explosion|strike|raid|ambush|shooting|clash)|separately|elsewhere"
            // "Also in Colombia, eight soldiers were ambushed": a briefs page's or newscast's next item
            + "|^also in)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "Another rocket exploded in X", "A second car bomb went off in Y": a sentence that opens on one more strike of the
     * kind just told, without a toll of its own.
     */
    private static final Pattern ANOTHER_HIT = Pattern.compile("(?:Another|A second|A third)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + "(?:rocket|missile|shell|mortar|bomb|car bomb|explosion|blast|drone|air ?strike|strike)s?\\s+"
            + "(?:also\\s+)?(?:exploded|went off|hit|struck|landed|fell|detonated|slammed)\\b");

    /** "In the same province, a soldier was killed": another incident, where the last one told of happened. */
    private static final Pattern SAME_PLACE = Pattern.compile("\\b[Ii]n the same (?:province|district|city|town|village|area"
            + "|region|county|state|neighbou?rhood)\\b");

    /** Cumulative tolls and incidents told as background ("since the war began", "in the run-up to the vote"). */
    private static final Pattern CUMULATIVE = Pattern.compile("\\b(?:since (?:the|an?|it|its|January|February|March|April|May|June"
            + "|July|August|September|October|November|December|\\d{4})|so far (?:this|in)|in the run-up|run-up to|weeks of|months of"
            + "|years of|last (?:year|month|week)(?:'s)?|(?:began|started) in (?:\\p{L}+ )?(?:19|20)\\d\\d|(?:year|month|week)s? (?:ago|earlier)|earlier (?:this|that) (?:year|month)|monthly|in the month of|previous(?:ly)?|similar to|anniversary|(?:violence|unrest|protests?|fighting|conflict|war"
            + "|insurgency|crackdown|clashes)\\b[^.;]{0,40}\\b(?:that|which) (?:has|have) (?:killed|left|claimed))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SINCE = Pattern.compile("\\bsince\\b");
    /** A court's ruling or a charge: what the story tells of is the case, not the incident behind it. */
    private static final Pattern COURT_RULING = Pattern.compile("\\b(?:sentenced|sentences|sentencing|convicted|acquitted|found guilty"
            + "|verdict|indicted|upheld|overturned)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_MONTH = Pattern.compile("\\b[Ii]n (January|February|March|April|May|June|July|August|September"
            + "|October|November|December)\\b");
    private static final Pattern ACTING_SUBJECT = Pattern.compile("(?:^|[.;]\\s+|\\b(?:said|says|that)\\s+)(?:The\\s+)?([A-Z][\\p{L}’'\\-]+(?:\\s+[A-Z][\\p{L}’'\\-]+){0,3})\\s+(?:attacked|launched|blew up|fired|struck|bombed|shelled|stormed|took|kidnapped|seized|Attack|attack)\\b");
    private static final Pattern CLASH_BETWEEN = Pattern.compile("\\b(fighting|clashes|war)\\b[^.]*\\bbetween\\b");
    /** A year the sentence dates what it tells to: "in 2011", "of 2011", "the 2011 famine", "the 2004 tsunami". */
    private static final Pattern IN_YEAR = Pattern.compile("\\b(?:in|of|the) ((?:19|20)\\d\\d)\\b(?!\\s+(?:people|persons)\\b)");
    /**
     * A year that dates a noun after a possessive or adjectives ("Rwanda's 1994 genocide", "the disputed 2005
     * elections"), or a month ("detained in March 2023"): what the sentence tells is dated to that year.
     */
    private static final Pattern DATED_NOUN = Pattern.compile("(?:['’]s|\\bthe)(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,2}\\s+((?:19|20)\\d\\d)\\s+\\p{Ll}"
            + "|\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+((?:19|20)\\d\\d)\\b");

    /** A war told of as the subject of its sentence: "The conflict ...", "Yemen's civil war, now in its tenth year, ...". */
    private static final Pattern WAR_SUBJECT = Pattern.compile("^(?:[\\p{L}’'-]+\\s+){0,3}?(?:conflict|war|insurgency|uprising"
            + "|rebellion|civil strife)\\b");
    /** A toll told by that subject, or by the pronoun standing for it in the next sentence ("It killed more than ..."). */
    private static final Pattern SUBJECT_TOLL = Pattern.compile("^[^.;]{0,80}?\\b(?:has |have |had )?(?:killed|left|claimed)\\b");
    private static final Pattern PRONOUN_TOLL = Pattern.compile("^(?:It|They) (?:has |have |had )?(?:killed|left|claimed)\\b");

    /** A toll that has grown over time: "have been killed", "has died". */
    private static final Pattern PERFECT_TOLL = Pattern.compile("\\b(?:have|has) (?:been )?(?:killed|died|perished|lost their lives)\\b");
    /**
     * A war after the toll, in a phrase of its span: "during Colombia's decades-long armed conflict", "over the course of
     * the insurgency", "in the eight-year conflict", "in the decades-long war" (a bare "in the war" may be one battle).
     */
    private static final Pattern WAR_SPAN = Pattern.compile("\\b(?:(?:during|throughout|over(?: the course of)?)\\s+"
            + "(?:the\\s+|\\p{Lu}[\\p{L}.]*['’]s\\s+)?(?:[\\p{L}-]+\\s+){0,3}?"
            + "|in\\s+(?:the\\s+|\\p{Lu}[\\p{L}.]*['’]s\\s+)?(?:[\\p{L}-]+\\s+)?(?:[\\p{L}\\d]+-(?:year|decade|month)s?(?:-long|-old)?"
            + "|(?:year|decade|month)s?-(?:long|old)|long-running|protracted)\\s+(?:[\\p{L}-]+\\s+){0,2}?)(?:civil\\s+)?(?:wars?|conflicts?|insurgency|uprising|rebellion)\\b");

    /**
     * "The war has killed more than 20,000 people", "The conflict wrecked the country. It killed more than 14,000",
     * "More than 260,000 people have been killed during the decades-long conflict": a war's cumulative toll, whether the
     * war is the subject of the toll's sentence, of the one before, or the span the toll was counted over.
     */
    private static boolean warToll(String text, String before) {
        String t = text.strip();
        return WAR_SUBJECT.matcher(t).lookingAt() && SUBJECT_TOLL.matcher(t).lookingAt()
                || PRONOUN_TOLL.matcher(t).lookingAt() && WAR_SUBJECT.matcher(before.strip()).lookingAt()
                || PERFECT_TOLL.matcher(t).find() && WAR_SPAN.matcher(t).find();
    }

    /** Whether a sentence tells of the past or of a total rather than of an incident of the story. */
    private static boolean background(ArticleContext ctx, String text) {
        if (Prefilter.matcher(CUMULATIVE, text).find()) {
            return true;
        }
        java.time.LocalDate published = ctx.publication.publishedOn();
        Matcher year = Prefilter.matcher(IN_YEAR, text);
        while (year.find()) {
            if (published == null || Integer.parseInt(year.group(1)) < published.getYear()) {
                return true;
            }
        }
        return datedEarlier(ctx, text);
    }

    /** Whether a year that modifies a noun, or follows a month, dates what the sentence tells before the story's year. */
    private static boolean datedEarlier(ArticleContext ctx, String text) {
        java.time.LocalDate published = ctx.publication.publishedOn();
        Matcher dated = Prefilter.matcher(DATED_NOUN, text);
        while (dated.find()) {
            String y = dated.group(1) != null ? dated.group(1) : dated.group(2);
            if (published == null || Integer.parseInt(y) < published.getYear()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern YEAR_SUBJECT = Pattern.compile("^(?:The|A|An) ((?:19|20)\\d\\d) ");

    /** Whether the sentence opens with an event dated by an earlier year than the story's: "The 2011 famine ...". */
    private static boolean pastYearSubject(ArticleContext ctx, String text) {
        Matcher year = YEAR_SUBJECT.matcher(text.strip());
        java.time.LocalDate published = ctx.publication.publishedOn();
        return year.lookingAt() && (published == null || Integer.parseInt(year.group(1)) < published.getYear());
    }

    /** "Separately, gunmen ...", "In other news, ...": a sentence that says it tells of another incident or story. */
    private static boolean toldAsAnother(String text) {
        return Prefilter.matcher(SEPARATE, text).find() || OTHER_STORY.matcher(text.strip()).lookingAt();
    }

    /**
     * "In March, two peacekeepers were killed in an ambush in X", "Earlier in April, ..." after a story of an attack told
     * by its weekday: a sentence that opens on a month the main incident is not dated to, nor the story published in,
     * turns to the story's past ("an attack in March that killed 31", the month telling which attack, is left alone).
     */
    private static boolean otherMonthThanMain(ArticleContext ctx, Draft main, String text) {
        Matcher month = OPENING_MONTH.matcher(text.strip());
        return month.lookingAt() && ownMonth(ctx, month.group()) && (main.time == null || main.time.text() == null
                || !main.time.text().contains(month.group(1)));
    }

    private static final Pattern OPENING_MONTH = Pattern.compile("(?:(?:Earlier|Later|Also|And)\\s+)?[Ii]n (January|February|March"
            + "|April|May|June|July|August|September|October|November|December)\\b");

    /** "in an attack in March": a sentence that dates its incident to another month tells of another incident. */
    private static boolean ownMonth(ArticleContext ctx, String text) {
        java.time.LocalDate published = ctx.publication.publishedOn();
        Matcher month = IN_MONTH.matcher(text);
        while (month.find()) {
            if (published == null || !published.getMonth().name().equalsIgnoreCase(month.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** "it feared 500 migrants had drowned", "40 are feared dead": a toll told with fear has happened all the same. */
    private static boolean fearedToll(String text, List<FigureParser.Figure> figs) {
        return FEARED.matcher(text).find() && !Prefilter.matcher(NOT_HAPPENED, FEARED.matcher(text).replaceAll("")).find()
                && figs.stream().anyMatch(f -> f.kind() == FigureKind.KILLED);
    }

    private static final Pattern FEARED = Pattern.compile("\\b(?:fears?|feared)\\b");

    /** Whether two incident types may name one incident: the same, a generic attack, or kidnapping and hostages. */
    private static boolean sameKind(IncidentType a, IncidentType b) {
        if (a == IncidentType.FOILED_ATTACK || b == IncidentType.FOILED_ATTACK) {
            return a == b;
        }
        Set<IncidentType> captive = Set.of(IncidentType.ABDUCTION, IncidentType.HOSTAGE_TAKING);
        return a == b || a == IncidentType.ATTACK || b == IncidentType.ATTACK || captive.contains(a) && captive.contains(b);
    }

    /** Strikes from afar: an air strike fires missiles, a missile attack may be told as a strike. */
    private static final Set<IncidentType> STRIKES = Set.of(IncidentType.AIR_DRONE_STRIKE, IncidentType.SHELLING_MISSILE_ATTACK);

    private static final Pattern TOLL_VERB = Pattern.compile("(?i)\\b(?:killed|killing|kills?|dead|died|death)\\b");

    /** An incident word other than a bare toll verb ("18 people were killed" names no event). */
    private static boolean hasEventNoun(String text) {
        return type(TOLL_VERB.matcher(text).replaceAll(" ")) != null;
    }

    /**
     * A toll given by a party to the conflict (a perpetrator, or the army or government of another country than the
     * place's) while a source that is no party gives another: the party's figure is a counter-claim.
     */
    private static void markCounterClaims(ArticleContext ctx, Draft d) {
        Entities.Place place = d.place == null ? null : ctx.entities.findPlace(d.place);
        String cc = place == null ? null : place.entry.countryCode();
        List<FigureInput> figures = new ArrayList<>(d.figures);
        for (int i = 0; i < figures.size(); i++) {
            FigureInput f = figures.get(i);
            if (f.reportedBy() == null || !party(ctx, d, f.reportedBy(), cc)) {
                continue;
            }
            boolean otherSource = figures.stream().anyMatch(g -> g.kind() == f.kind() && g.value() != f.value()
                    && (g.reportedBy() == null || !party(ctx, d, g.reportedBy(), cc)));
            if (otherSource) {
                d.figures.set(i, new FigureInput(f.kind(), f.value(), f.atLeast(), f.reportedBy(), f.note(), f.reportedOn(), true));
            }
        }
    }

    private static boolean party(ArticleContext ctx, Draft d, String reporter, String placeCountry) {
        if (d.actors.stream().anyMatch(a -> a.role() == ActorRole.PERPETRATOR && reporter.equals(a.entity()))) {
            return true;
        }
        Entities.Org o = ctx.entities.findOrg(reporter);
        return o != null && placeCountry != null && o.countryCode != null && !o.countryCode.equals(placeCountry)
                && (o.kind == dev.newsgraph.domain.OrganizationKind.MILITARY || o.kind == dev.newsgraph.domain.OrganizationKind.GOVERNMENT);
    }

    private static final Pattern ATTACK_WORDS = Pattern.compile("\\b(?:attack\\w*|gunmen|shot dead|stormed)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern EARLIER_TIME = Pattern.compile("\\b(in (?:January|February|March|April|May|June|July|August|September|October|November|December)|last year|in \\d{4}|since)\\b");

    /**
     * An incident dated by another it followed or preceded: "The attack came four weeks after an attack on a mall in
     * the Kenyan capital, which killed nearly 70", "It took place one day after gunmen killed 12 at a hotel".
     */
    private static final Pattern COMPARED_WITH = Pattern.compile("\\b(?:came|comes|took place|happened|occurred|follows|followed)"
            + "\\s+(?:[\\w'’-]+\\s+){0,4}?(?:after|before)\\b");

    private static boolean sameAsMain(ArticleContext ctx, Draft main, List<FigureParser.Figure> figs, String text) {
        if (EARLIER_TIME.matcher(text).find() || Prefilter.matcher(COMPARED_WITH, text).find()) {
            return false; // the toll of the incident the main one is dated by, not its own
        }
        // "Two people were killed in the raid": a definite reference back to the main event.
        if (BACK_REFERENCE.matcher(text).find()) {
            return true;
        }
        // New kinds of figure with no other place given complete the main event.
        String place = locatedPlace(ctx, text);
        boolean newKinds = figs.stream().allMatch(f -> CASUALTIES.contains(f.kind()))
                && figs.stream().noneMatch(f -> main.figures.stream().anyMatch(m -> m.kind() == f.kind()));
        if (newKinds && (place == null || within(ctx, place, main.place))) {
            return true;
        }
        // "Nine reporters were arrested ... Four women and five men were arrested at dawn in Istanbul, Ankara and Urfa":
        // the count the main arrest lacked, told with the towns of the one sweep
        boolean arrestCount = main.type == IncidentType.ARREST && !figs.isEmpty() && figs.stream().allMatch(f -> f.kind() == FigureKind.ARRESTED)
                && main.figures.stream().noneMatch(m -> m.kind() == FigureKind.ARRESTED);
        if (arrestCount && (place == null || within(ctx, place, main.place) || main.place != null && containsWord(text, main.place))) {
            return true;
        }
        if (place != null && mayHold(ctx, place, main.place) && figs.stream().allMatch(f -> CASUALTIES.contains(f.kind()))) {
            return true; // "The governor of X province said 23 militants were killed": a toll from where the office holds
        }
        // A toll that was updated ("over 1,000" in the lead, "1,040 had been killed" later) at the same place, in a
        // sentence that names no other kind of event, is the main event's.
        IncidentType kind = type(text);
        boolean onlyCasualtyWords = kind == IncidentType.ATTACK && !ATTACK_WORDS.matcher(text).find();
        if ((place == null || within(ctx, place, main.place)) && figs.stream().anyMatch(f -> CASUALTIES.contains(f.kind()))
                && (kind == main.type || onlyCasualtyWords)) {
            return true;
        }
        for (FigureParser.Figure f : figs) {
            for (FigureInput m : main.figures) {
                if (m.kind() == f.kind() && m.value() == f.value()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<FigureKind> CASUALTIES =
            Set.of(FigureKind.KILLED, FigureKind.INJURED, FigureKind.MISSING, FigureKind.KIDNAPPED, FigureKind.DISPLACED);

    /** A weekday that opens a sentence ("On Wednesday, a car bomb killed ..."): the day of the incident it tells. */
    private static final Pattern OPENING_DAY = Pattern.compile("^(?:(?:On|Late|Early|Late on|Early on)\\s+)?(Monday|Tuesday|Wednesday"
            + "|Thursday|Friday|Saturday|Sunday)\\b");

    /** A sentence that opens with another day than the main incident's tells of another incident. */
    private static boolean otherDay(Draft main, String text) {
        Matcher day = OPENING_DAY.matcher(text.strip());
        return main != null && main.time != null && main.time.text() != null && day.find()
                && Pattern.compile("\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b").matcher(main.time.text()).find()
                && !main.time.text().contains(day.group(1));
    }

    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    /** "last Thursday": a weekday of the week before, wherever it stands in the sentence. */
    private static final Pattern LAST_WEEKDAY = Pattern.compile("\\blast (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

    /**
     * The weekday of the main incident: the lead's, else that of the sentence after it when it tells of the incident
     * again ("A suicide bomber has targeted a funeral ... The bomber blew himself up Thursday in a village near X").
     */
    private static String mainDay(List<ArticleContext.Sentence> body, int leadIndex) {
        for (int i = leadIndex; i < Math.min(body.size(), leadIndex + 2); i++) {
            String text = body.get(i).text;
            if (i > leadIndex && (type(text) == null && !TAKEN_UP.matcher(text).find() || OTHER_STORY.matcher(text.strip()).lookingAt()
                    || SEPARATE.matcher(text).find())) {
                return null;
            }
            Matcher day = WEEKDAY.matcher(text);
            if (day.find()) {
                return day.group(1);
            }
        }
        return null;
    }

    /** Whether the sentence dates what it tells to another weekday than the main incident's: "On Tuesday, ...", "last Sunday". */
    private static boolean toldOnAnotherDay(String mainDay, String text) {
        if (mainDay == null) {
            return false;
        }
        Matcher opening = OPENING_DAY.matcher(text.strip());
        Matcher last = LAST_WEEKDAY.matcher(text);
        return opening.find() && !opening.group(1).equals(mainDay) || last.find();
    }

    /**
     * Where a sentence puts what it tells, or, when it says nowhere, the next sentence that takes it up: "... a car bomb
     * killed five. The attack in Zabul province also ...", "That bomb went off near the town of X".
     */
    private static String placeOfOwn(ArticleContext ctx, List<ArticleContext.Sentence> body, int i) {
        String place = locatedPlace(ctx, body.get(i).text);
        if (place == null && i + 1 < body.size() && BACK_REFERENCE_START.matcher(body.get(i + 1).text).lookingAt()) {
            place = locatedPlace(ctx, body.get(i + 1).text);
        }
        return place;
    }

    /** A sentence that opens by taking an incident up again: "The attack in ...", "The blast also ...", "That bomb ...". */
    private static final Pattern BACK_REFERENCE_START = Pattern.compile("(?:The|This|That) (?:raid|attack|assault|strike|air strike"
            + "|airstrike|blast|explosion|bomb|bombing|shelling|ambush|shooting|incident)\\b");

    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "\\b(?:[Tt]he|[Tt]his|[Tt]hat|Saturday's|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's) (?:raid|attack|assault|strike|air strike|blast|explosion|bombing|shelling|ambush|clash|clashes|violence|quake|earthquake|floods?|fire|crash|incident|shooting)\\b");

    private static String singular(String w) {
        return w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w;
    }

    /** A new incident the sentence tells of, with its date, place, figures, actors and title, added to the drafts. */
    private Draft toldIncident(ArticleContext ctx, List<Draft> drafts, IncidentType type, String place, String text,
                               List<FigureParser.Figure> figs, String speaker) {
        Draft d = new Draft();
        d.key = "incident-" + (drafts.size() + 1);
        d.type = type;
        d.time = DateResolver.timeRef(text, ctx.publication.publishedOn(), ctx.publication.notBefore());
        d.place = place;
        figs.forEach(f -> addFigure(d, f, speaker));
        actors(ctx, d, text);
        d.title = title(d);
        drafts.add(d);
        return d;
    }

    /**
     * Adds a figure; the same number again only completes the known one. A different number of the same kind is kept
     * as a figure of its own when it is a casualty toll (tolls change and sources differ: all are kept, the best
     * estimate is chosen later); for other kinds the first figure stands.
     */
    private static void addFigure(Draft d, FigureParser.Figure f, String reportedBy) {
        for (int i = 0; i < d.figures.size(); i++) {
            FigureInput o = d.figures.get(i);
            if (o.kind() == f.kind() && (o.value() == f.value() || f.kind() != FigureKind.INTERCEPTED)) {
                if (o.value() == f.value()) {
                    d.figures.set(i, new FigureInput(o.kind(), o.value(), o.atLeast() || f.atLeast(),
                            o.reportedBy() != null ? o.reportedBy() : reportedBy, o.note() != null ? o.note() : f.note(), o.reportedOn(), o.partyClaim()));
                    return;
                }
                if (!TOLLS.contains(f.kind()) || d.figures.stream().anyMatch(x -> x.kind() == f.kind() && x.value() == f.value())) {
                    return;
                }
            }
        }
        d.figures.add(new FigureInput(f.kind(), f.value(), f.atLeast(), reportedBy, f.note(), null, false));
    }

    /** The words of bombs, not a name that begins like one ("Bombay", "Bombali", "Liceo María Luisa Bombal"). */
    private static final String BOMB_WORD = "bomb(?:s|ed|ers?|ings?|ard\\w*)?";

    /** The ACLED-style type from the words used; drones and air strikes first, then shelling, bombs, hostages ... */
    static IncidentType type(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (found(t, "\\b(outbreaks?|epidemics?|pandemics?|cholera|ebola|measles|famines?|starvation)\\b")
                && !found(t, "\\b(attack\\w*|gunmen|" + BOMB_WORD + "|militants?|shot|clash\\w*|fighting|strikes?)\\b")) {
            return null; // a disease or a famine kills over months: a toll of its own, no incident
        }
        // two patterns, each few enough words for the prefilter: nature's disasters, then accidents
        if ((found(t, "\\b(earthquakes?|quakes?|tremors?|floods?|flooding|landslides?|mudslides?|wildfires?|cyclone|hurricane"
                + "|typhoon|tsunami|avalanche|tornado(?:es)?|(?:severe|tropical|winter) (?:weather|storms?)|storms|thunderstorms?|blizzards?"
                + "|snowstorms?|torrential rains?|heavy rains?|volcanic eruption)\\b")
                || found(t, "\\b(blaze|mine explosion|stampedes?|caught fire|crowd (?:crush|surge)|crushed to death|trampled"
                + "|(?:bridge|building|dam|roof|stage) collapsed?|fire broke out|(?:dead|killed|died) in (?:a |the )?(?:\\w+ )?fire)\\b")
                // a boat lost at sea or on a river: "a ferry capsized", "their overcrowded boat sank", "a shipwreck"
                || found(t, "\\b(capsiz(?:ed|es|ing)|shipwrecks?|(?:boat|ship|ferry|vessel|dinghy|raft)s? (?:sank|sunk|went down))\\b"))
                && !found(t, "\\b(attack\\w*|gunmen|" + BOMB_WORD + "|militants?)\\b")) {
            return IncidentType.OTHER; // a disaster: an incident with a place and a toll, not an attack
        }
        if (found(t, "\\b(foiled|thwarted|averted|prevented)\\b.*\\battacks?\\b")) {
            return IncidentType.FOILED_ATTACK;
        }
        if (found(t, "\\b(drones?|air ?strikes?|airstrikes?|air raids?|guided bombs|aerial bombs|glide bombs|warplanes)\\b")) {
            return IncidentType.AIR_DRONE_STRIKE;
        }
        if (found(t, "\\b(missiles?|shelling|shelled|artillery|rockets?|mortars?)\\b")) {
            return IncidentType.SHELLING_MISSILE_ATTACK;
        }
        if (found(t, "\\bhostages?\\b")) {
            return IncidentType.HOSTAGE_TAKING;
        }
        if (found(t, "\\b(kidnap\\w*|abduct\\w*)\\b")) {
            return IncidentType.ABDUCTION;
        }
        if (found(t, "\\b(" + BOMB_WORD + "|explosions?|blasts?|explosives?|ied)\\b")) {
            return IncidentType.BOMBING;
        }
        if (found(t, "\\b(clash\\w*|fighting|gunfight|firefight|gun battles?)\\b") || found(t, COMBAT)) {
            return IncidentType.ARMED_CLASH;
        }
        if (found(t, "\\b(riot\\w*|mob)\\b")) {
            return IncidentType.RIOT;
        }
        if (found(t, "\\b(protest\\w*|demonstrat\\w*|rall(y|ied))\\b")) {
            return IncidentType.PROTEST;
        }
        if (found(t, "\\b(arrest\\w*|detain\\w*)\\b")) {
            return IncidentType.ARREST;
        }
        if (found(t, "\\b(massacre\\w*|executed|execution)\\b")) {
            return IncidentType.MASS_KILLING;
        }
        // gangs or a mob looting, ransacking or torching a building: an attack on property
        // shootings and stabbings are attacks, whether or not anyone died ("four people were shot and wounded")
        if (found(t, "\\b(attack\\w*|ambush\\w*|gunm[ae]n|shot dead|shootings?|(?:was|were|been|being) shot|opened fire|stabb(?:ed|ing|ings)"
                + "|stormed|killed|killing|kills?|loot(?:s|ed|ing)?|ransack\\w*"
                + "|torch(?:es|ed|ing)|set (?:fire to|ablaze)|burned down)\\b")) {
            return IncidentType.ATTACK;
        }
        return null;
    }

    /**
     * A verb of combat whose other side is an armed force: "rebels are battling against army units", "troops fought
     * the insurgents". Its object tells it from a contest of words ("battling inflation", "fought for the bill").
     */
    private static final String COMBAT = "\\b(?:battl(?:ed|ing)|fought)\\s+(?:(?:against|with)\\s+)?(?:the\\s+)?(?:[a-z-]+\\s+)?"
            + "(?:army|troops|soldiers|forces|police|rebels|militants|insurgents|militias?|gunmen|fighters|guerrillas)\\b";

    private static final Pattern ATTACKER_KIND = Pattern.compile(
            "\\b(insurgent|militant|rebel|terrorist|separatist|jihadist|extremist|guerrilla)\\s+(?:attacks?|assaults?|raids?|ambush(?:es)?)\\b",
            Pattern.CASE_INSENSITIVE);

    private void actors(ArticleContext ctx, Draft d, String text) {
        Matcher by = PASSIVE_BY.matcher(text);
        if (by.find()) {
            d.actors.add(new ActorInput(ActorRole.PERPETRATOR, null, by.group(1), Attribution.STATED));
        }
        // "foiled three insurgent attacks": the perpetrators are named only by the kind of attack.
        Matcher kind = ATTACKER_KIND.matcher(text);
        if (kind.find()) {
            d.actors.add(new ActorInput(ActorRole.PERPETRATOR, null, kind.group(1).toLowerCase(Locale.ROOT) + "s", Attribution.STATED));
        }
        // "Russia attacked ...", "The BLA blew up ...", "Russian Attack on ...": an entity before the attack word.
        Matcher subj = Prefilter.matcher(ACTING_SUBJECT, text);
        while (subj.find()) {
            String who = subj.group(1);
            String resolved = ctx.entities.resolve(Text.stripPossessive(who));
            if (resolved == null) {
                Gazetteer.Entry dem = gaz.byDemonym(who.replaceFirst("\\s.*", ""));
                if (dem != null && dem.kind() == PlaceKind.COUNTRY) {
                    resolved = dem.name();
                }
            }
            String entity = resolved;
            if (entity != null && d.actors.stream().noneMatch(a -> entity.equals(a.entity()))) {
                Attribution attr = CLAIMED_RESPONSIBILITY.matcher(text).find() ? Attribution.CLAIMED : Attribution.STATED;
                d.actors.add(new ActorInput(ActorRole.PERPETRATOR, entity, null, attr));
            }
        }
        Matcher suspected = SUSPECTED.matcher(text);
        if (suspected.find()) {
            String entity = ctx.entities.resolve(suspected.group(1));
            if (entity != null && d.actors.stream().noneMatch(a -> entity.equals(a.entity()))) {
                d.actors.add(new ActorInput(ActorRole.PERPETRATOR, entity, null, Attribution.SUSPECTED));
            }
        }
    }

    /**
     * The lead often names only the country ("a suicide bombing in southern Afghanistan") and the next sentences the
     * town or province ("... were wounded Saturday in Helmand province"): the incident's place is the most specific place
     * the first sentences of prose put it in, within the country of the lead's place.
     */
    private static void refinePlace(ArticleContext ctx, Draft main, List<ArticleContext.Sentence> body, int leadIndex,
            List<Draft> drafts, BiPredicate<Draft, String> givesTollOf) {
        Entities.Place current = main.place == null ? null : ctx.entities.findPlace(main.place);
        // "A village near the northern Iraqi city of Mosul was pulverized": a place the lead gives only as near the
        // incident gives way to the first place of its rank the story puts the incident in
        String opening = ctx.raw.headline() + " . " + body.stream().limit(2).map(s -> s.text).reduce("", (a, b) -> a + " " + b);
        boolean onlyNear = current != null && onlyNear(ctx, main.place, opening);
        int prose = 0;
        boolean aside = false;
        boolean tollPlace = false; // the place was given by a sentence with the main toll
        for (int i = 0; i < body.size(); i++) {
            String text = body.get(i).text.strip();
            if (text.endsWith("?") || text.equals(text.toUpperCase(Locale.ROOT)) || DATED_CAPTION.matcher(text).find()
                    || i < leadIndex && caption(text)) {
                continue; // page chrome between the paragraphs ("HAVE YOUR SAY", "What do you think ...?") tells nothing
            }
            if (PHOTO_CREDIT.matcher(text).lookingAt() || i + 1 < body.size() && PHOTO_CREDIT.matcher(body.get(i + 1).text.strip()).lookingAt()) {
                continue; // a photo caption and its credit ("... looting property. (Photo: E. Kindzeka/VOA)") are no prose
            }
            if (Prefilter.matcher(SEPARATE, text).find() || OTHER_STORY.matcher(text).lookingAt()) {
                if (!MEANWHILE.matcher(text).lookingAt() || type(text) != null) {
                    break; // "Separately, ...", "In other news, ...": what follows tells of other incidents
                }
                // "Meanwhile, thousands have fled to the border": the story goes on around its incident; a later
                // sentence still places it when it tells of it again ("The violence began in the city of X")
                aside = true;
                continue;
            }
            if (aside && type(text) == null && !BACK_REFERENCE.matcher(text).find()) {
                continue; // told around the incident, not of it: no count towards how far down the story is
            }
            prose++;
            if ((Prefilter.matcher(NOT_HAPPENED, text).find() || Prefilter.matcher(POSSIBILITY, text).find())
                    && !Prefilter.matcher(DEFINITE_INCIDENT, text).find()) {
                // "a possibility of a small tsunami in Fukushima": where something might happen, not where it did; a
                // doubt about the incident's cause ("unclear whether a mine caused the deadly blast Sunday in X") still
                // tells where the incident it names with "the" happened
                continue;
            }
            boolean late = prose > 5;
            if (late && !BACK_REFERENCE_START.matcher(text).lookingAt()) {
                continue; // further down, only a sentence that takes the incident up ("The explosion was ...") places it
            }
            String located = locatedPlace(ctx, text);
            Entities.Place placed = located == null ? null : ctx.entities.findPlace(located);
            String unlisted = current != null && current.entry.countryCode() != null && rank(current) < TOWN
                    && (placed == null || rank(placed) < TOWN) ? UnlistedIncidentPlace.in(ctx, text) : null;
            // "Rebels attacked an outpost in northern Niger ... the attack in Tezirzayt": a town no gazetteer lists
            Entities.Place p = unlisted == null ? placed : UnlistedIncidentPlace.declare(ctx, unlisted, current);
            boolean repeatsToll = givesTollOf.test(main, text);
            if (p == null || drafts.stream().anyMatch(d -> d != main && p.entry.name().equals(d.place)
                    && (!repeatsToll || givesTollOf.test(d, text)))) {
                continue; // where another incident of the story happened, unless the sentence gives the main toll there
            }
            Entities.Place known = current;
            if (late && known != null && p.entry.parent() != null && !p.entry.parent().equals(known.entry.name())
                    && !known.aliases.contains(p.entry.parent())) {
                continue; // that far down, a place refines the incident's only when nothing puts it elsewhere
            }
            boolean sameCountry = current == null || current.entry.countryCode() == null
                    || current.entry.countryCode().equals(p.entry.countryCode());
            // "bombings near Mogadishu ... Monday's bombings took place ... in the Lower Shabelle region": where a sentence
            // taking the incident up puts it beats a place it was only near, even a less specific one that does not hold it
            Entities.Place near = current;
            boolean takenUpElsewhere = onlyNear && p != current && TAKEN_UP_POSSESSIVE.matcher(text).find()
                    && !p.entry.name().equals(near.entry.parent()) && !near.aliases.contains(p.entry.name());
            // "storms struck a highway near Dallas ... the five dead were found in one home near Valley View": the
            // sentence that gives the toll again puts it where the dead were, over a place the event merely passed
            boolean tollHere = !tollPlace && i > leadIndex && sameCountry && repeatsToll; // the lead placed it already
            if (tollHere && current != null && p != current && rank(p) == rank(current) && !within(current, p)) {
                current = p;
                main.place = p.entry.name();
            }
            tollPlace |= tollHere && p == current && rank(p) >= Entities.specificity(PlaceKind.CITY); // "in Texas" leaves the town open
            if (sameCountry && (current == null || rank(p) > rank(current) || placingRank(p) > placingRank(current) && inDistrict(p, current) || onlyNear && p != current && rank(p) == rank(current)
                    || takenUpElsewhere)) {
                onlyNear = false;
                current = p;
                main.place = p.entry.name();
                tollPlace |= tollHere && rank(p) >= Entities.specificity(PlaceKind.CITY);
            }
        }
        // "MOGADISHU, Somalia — A car bomb exploded outside a busy hotel ...": when the lead locates the incident
        // nowhere more specific than the country, the dateline town of that country is where it happened.
        String datelineTown = StatedMetadata.dateline(ctx);
        Entities.Place dated = datelineTown == null ? null : ctx.entities.findPlace(datelineTown);
        ArticleContext.Sentence lead = body.stream().filter(s -> !caption(s.text)).findFirst().orElse(null);
        // "TULSA, Okla. — A gunman killed three people at a hospital in this city": "this city" is the dateline town.
        boolean thisTown = lead != null && dated != null && THIS_TOWN.matcher(lead.text).find() && (current == null
                || current.entry.countryCode() != null && current.entry.countryCode().equals(dated.entry.countryCode()));
        if (dated != null && dated.entry.kind() == PlaceKind.CITY && lead != null && (thisTown || locatedPlace(ctx, lead.text) == null
                && (current == null || current.entry.kind() == PlaceKind.COUNTRY
                    && current.entry.countryCode() != null && current.entry.countryCode().equals(dated.entry.countryCode())))) {
            current = dated;
            main.place = dated.entry.name();
        }
        // "KYAUKME, Myanmar — Residents of Kyaukme in northern Myanmar ...": a dateline town the story names again,
        // inside the country or province the incident is put in, is the more specific place.
        String datelined = StatedMetadata.dateline(ctx);
        Entities.Place town = datelined == null ? null : ctx.entities.findPlace(datelined);
        if (town != null && current != null && rank(town) > rank(current) && town.entry.countryCode() != null
                && town.entry.countryCode().equals(current.entry.countryCode())
                && (current.entry.kind() == PlaceKind.COUNTRY || current.entry.name().equals(town.entry.parent()))
                && body.stream().anyMatch(s -> mentions(s.text, town))) {
            main.place = town.entry.name();
        }
    }

    /** "near the capital", "near the Somali capital": the capital as a landmark the incident was near. */
    private static final Pattern NEAR_CAPITAL = Pattern.compile("\\bnear (?:the )?(?:[\\p{L}-]+ ){0,2}capital\\b");

    /**
     * Whether the opening gives the place only as a landmark the incident was near ("a village near the city of Mosul",
     * "a military base near the capital"), never as where it happened ("in Mosul").
     */
    private static boolean onlyNear(ArticleContext ctx, String place, String opening) {
        if (place == null) {
            return false;
        }
        boolean near = endsBefore(NEAR_WORDS, place, opening) || NEAR_CAPITAL.matcher(opening).find() && capital(ctx, place);
        return near && !endsBefore(IN_WORDS, place, opening);
    }

    /** The prepositions as a sentence has them and as a title-case headline does ("Bomb Near Beirut Wounds Seven"). */
    private static final Pattern NEAR_WORDS = Pattern.compile("\\b[Nn]ear (?:the )?(?:[\\p{L}-]+ ){0,4}\\z");
    private static final Pattern IN_WORDS = Pattern.compile("\\b(?:[Ii]n|[Aa]t) (?:the )?(?:[\\p{L}-]+ ){0,3}\\z");

    /** Whether the words run up to the place somewhere in the text (its pattern ends at the end of what it reads). */
    private static boolean endsBefore(Pattern words, String place, String text) {
        if (!Prefilter.mayFind(words, text)) {
            return false;
        }
        for (int at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + 1)) {
            if (words.matcher(text).region(0, at).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the place is its country's capital. */
    private static boolean capital(ArticleContext ctx, String place) {
        Entities.Place p = ctx.entities.findPlace(place);
        Gazetteer.Entry capital = p == null || p.entry.countryCode() == null ? null : Gazetteer.get().capitalOf(p.entry.countryCode());
        return capital != null && capital.name().equals(p.entry.name());
    }

    /**
     * "Militants stormed a police station in Indian Kashmir ... At least three militants attacked the station Friday in
     * the Kathua district": the sentence after the lead, telling of the incident again without a toll of its own, puts
     * it in a more specific place of the same country. Known before the later sentences are read, so that a toll
     * there is not taken for another incident's.
     */
    private static void narrowDown(ArticleContext ctx, Draft main, String text) {
        if (main.place == null || type(text) == null && !TAKEN_UP.matcher(text).find() || OTHER_STORY.matcher(text.strip()).lookingAt()) {
            return;
        }
        Entities.Place known = ctx.entities.findPlace(main.place);
        String located = locatedPlace(ctx, text);
        Entities.Place p = located == null ? null : ctx.entities.findPlace(located);
        // a region that spans countries ("Indian Kashmir") holds any more specific place
        // a place of the same rank replaces one the lead gave only as a landmark ("a base near the capital")
        boolean landmark = main.nearOnly && p != null && p != known && rank(p) == rank(known);
        if (known != null && p != null && (rank(p) > rank(known) || landmark)
                && (known.entry.countryCode() == null || known.entry.countryCode().equals(p.entry.countryCode()))) {
            main.place = p.entry.name();
            main.nearOnly = false;
        }
    }

    /**
     * "Separately, an air strike killed six fighters in northern Syria. The strike hit a farmhouse near the town of X":
     * the sentence right after another incident, taking it up without a toll of its own, says where it happened more
     * precisely than its own sentence did, or at all when that one only said "in the country's north".
     */
    private static void takeUpPlace(ArticleContext ctx, Draft d, String text) {
        IncidentType told = type(text);
        if (!d.placeGuessed) {
            narrowDown(ctx, d, text);
        } else if (!OTHER_STORY.matcher(text.strip()).lookingAt() && (told != null && sameKind(d.type, told)
                || TAKEN_UP.matcher(text).find())) {
            String located = locatedPlace(ctx, text);
            if (located != null) {
                d.place = located;
                d.placeGuessed = false;
            }
        }
        d.title = title(d);
    }

    /** A sentence that tells of no incident, by its words or its figures. */
    private boolean tellsNoIncident(String text) {
        return type(text) == null && figures.figures(text).isEmpty();
    }

    /**
     * A sentence that tells of no incident and puts nothing in a place (it may name one: "VOA's reporter reports from
     * northern Iraq"): it leaves the incident told of before it open.
     */
    private boolean aside(ArticleContext ctx, String text) {
        return tellsNoIncident(text) && locatedPlace(ctx, text) == null;
    }

    /** The dateline town told of as where the reporter is: "in this western Montenegro city", "in this southern port town". */
    private static final Pattern THIS_TOWN = Pattern.compile("\\b(?:in|at|near|outside|of) this (?:[\\p{L}-]+ ){0,3}?(?:city|town|village|port)\\b");

    /** The one opening of {@link #OTHER_STORY} that as often tells of the same story's aftermath as of another story. */
    private static final Pattern MEANWHILE = Pattern.compile("Meanwhile\\b");

    /** A sentence opening that turns to another story: "In other violence", "Meanwhile", "Hours earlier", "And in X". */
    private static final Pattern OTHER_STORY = Pattern.compile("(?:In other\\b|Meanwhile\\b|Hours (?:earlier|later)\\b"
            + "|In the same\\b|Also\\b|And in\\b|In another\\b)");

    /** The most mentioned town, else province, of the story: where an incident happened when its sentence does not say. */
    private static String storyPlace(ArticleContext ctx) {
        for (PlaceKind kind : List.of(PlaceKind.CITY, PlaceKind.PROVINCE)) {
            Entities.Place p = ctx.salient(kind);
            if (p != null && p.entry.countryCode() != null && p.entry.countryCode().equals(ctx.salientCountryCode())) {
                return p.entry.name();
            }
        }
        return null;
    }

    private static final Pattern TARGET_PLACE = Pattern.compile("\\b(?:against|on|at)\\s+([A-Z][\\p{L}]+(?:\\s+[A-Z][\\p{L}]+)?)");

    /** "against Ukraine": the country a barrage was aimed at. */
    private static String targetPlace(ArticleContext ctx, String text) {
        Matcher m = TARGET_PLACE.matcher(text);
        while (m.find()) {
            Entities.Place p = ctx.entities.findPlace(m.group(1));
            if (p != null) {
                return p.entry.name();
            }
        }
        return null;
    }

    /**
     * A place the text puts the event in ("in Balochistan", "near Quetta", "in Cameroon's western village of Galim"),
     * not one merely named: a place in the phrase a preposition of place opens. The most specific such place wins; of
     * equally specific ones, the first.
     */
    static String locatedPlace(ArticleContext ctx, String text) {
        if (!namesPlaceOrCapital(ctx, text)) {
            return null; // most sentences: every phrase below is part of the text, so none could locate a place
        }
        Entities.Place best = null;
        Matcher prep = PLACE_PREPOSITION.matcher(text);
        while (prep.find()) {
            Matcher stop = PHRASE_END.matcher(text);
            int end = stop.find(prep.end()) ? stop.start() : text.length();
            String phrase = text.substring(prep.end(), Math.min(end, prep.end() + 80));
            Entities.Place capital = capitalNamed(ctx, phrase);
            if (APPOSITION_HEAD.matcher(phrase).matches() && end < text.length() && text.charAt(end) == ',') {
                // "in the capital, Kabul", "in the northern town, Tal Afar": the name follows the comma
                int next = stop.find(end + 1) ? stop.start() : text.length();
                phrase = text.substring(end + 1, Math.min(next, end + 60));
            }
            if ((phrase.contains("border") || phrase.contains("frontier")) && BORDER_LANDMARK.matcher(phrase).matches()) {
                continue; // "near the Afghan border": a line between two countries, not a place the incident was in
            }
            if (NEARBY.matcher(phrase).lookingAt()) {
                continue; // "a coordinator in nearby Cebu City": a place near the incident, not its place
            }
            if (Prefilter.mayFind(HOSPITAL_BEFORE, text) && HOSPITAL_BEFORE.matcher(text.substring(0, prep.start())).find()) {
                continue; // "taken to a hospital in Bacolod": where the wounded were taken, not where it happened
            }
            if (SEAT_BEFORE.matcher(text).region(Math.max(0, prep.start() - 30), prep.start()).find()) {
                continue; // "The U.S. Embassy in Kabul offered condolences": where a body sits, not where it happened
            }
            if (FELT_BEFORE.matcher(text).region(Math.max(0, prep.start() - 30), prep.start()).find()) {
                continue; // "felt in Quito", "swaying 300 kilometers away in Sapporo": where it was felt from afar
            }
            if (ARRIVAL_BEFORE.matcher(text).region(Math.max(0, prep.start() - 30), prep.start()).find()) {
                continue; // "was expected to arrive in Chimbote": where someone travels, not where it happened
            }
            for (Entities.Place p : ctx.entities.places.values()) {
                if ((best == null || rank(p) > rank(best) && !within(best, p) || within(p, best))
                        && (p == capital || locates(phrase, p)) && !namesItsDivision(ctx, phrase, p)) {
                    best = p;
                }
            }
            for (Entities.Place p : ctx.entities.places.values()) {
                if (best != null && p != best && rank(p) == rank(best) && !within(best, p) && inside(phrase, p, best)) {
                    best = p; // "the Datta Khel area of North Waziristan": of two places of one rank, the one named inside the other
                    break;
                }
            }
        }
        return best == null ? null : best.entry.name();
    }

    /**
     * Whether the phrase names the first place inside the second: before it ("the X area of Y", "X, Y") or after its
     * possessive ("Y's X district").
     */
    private static boolean inside(String phrase, Entities.Place inner, Entities.Place outer) {
        int i = phrase.indexOf(inner.entry.name());
        int o = phrase.indexOf(outer.entry.name());
        if (i < 0 || o < 0 || i == o) {
            return false;
        }
        int afterOuter = o + outer.entry.name().length();
        boolean possessive = phrase.startsWith("'s", afterOuter) || phrase.startsWith("’s", afterOuter);
        return i < o != possessive;
    }

    /** Whether the text holds a declared place's name or alias, or a capital (which {@link #capitalNamed} may read). */
    private static boolean namesPlaceOrCapital(ArticleContext ctx, String text) {
        if (Prefilter.mayFind(CAPITAL, text)) {
            return true;
        }
        for (Entities.Place p : ctx.entities.places.values()) {
            if (text.contains(p.entry.name()) || p.aliases.stream().anyMatch(text::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the phrase puts something in the place: by its name or an alias, or by its demonym only before a place
     * noun ("the Afghan province of Paktika", "the Iraqi capital"), since "a Pakistani commander" is no location.
     */
    private static boolean locates(String phrase, Entities.Place p) {
        if (containsWord(phrase, p.entry.name())) {
            return true;
        }
        for (String a : p.aliases) {
            if (!p.entry.demonyms().contains(a) ? containsWord(phrase, a) : demonymBeforePlaceNoun(phrase, a)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern WORD_AFTER = Pattern.compile("^\\s+(?:[a-z\\-]+\\s+)?([a-z]+)");

    private static boolean demonymBeforePlaceNoun(String phrase, String demonym) {
        for (int i = phrase.indexOf(demonym); i >= 0; i = phrase.indexOf(demonym, i + 1)) {
            Matcher next = WORD_AFTER.matcher(phrase.substring(i + demonym.length()));
            if ((i == 0 || !Character.isLetter(phrase.charAt(i - 1))) && next.find()
                    && (Lexicons.get().placeNouns.containsKey(next.group(1)) || next.group(1).equals("capital"))) {
                return true;
            }
        }
        return false;
    }

    /** "Sudan's capital", "the Iraqi capital", "the capital": a phrase that names a country's capital by that word. */
    private static final Pattern CAPITAL = Pattern.compile("^(?:the\\s+)?(?:([A-Z][\\p{L}.]+)(?:['’]s)?\\s+)?capital\\b(?!\\s+of\\b)",
            Pattern.CASE_INSENSITIVE);

    /**
     * The capital city a phrase names by the word "capital", when the story names that city too: its country is the one
     * the phrase names, or the story's country when it names none.
     */
    private static Entities.Place capitalNamed(ArticleContext ctx, String phrase) {
        Matcher m = CAPITAL.matcher(phrase.strip());
        if (!m.lookingAt()) {
            return null;
        }
        String countryCode = ctx.salientCountryCode();
        if (m.group(1) != null) {
            Entities.Place named = ctx.entities.findPlace(m.group(1));
            Gazetteer.Entry demonym = Gazetteer.get().byDemonym(m.group(1));
            countryCode = named != null && named.entry.kind() == PlaceKind.COUNTRY ? named.entry.countryCode()
                    : demonym != null && demonym.kind() == PlaceKind.COUNTRY ? demonym.countryCode() : null;
        }
        Gazetteer.Entry capital = countryCode == null ? null : Gazetteer.get().capitalOf(countryCode);
        return capital == null ? null : ctx.entities.places.values().stream()
                .filter(p -> p.entry.name().equals(capital.name()) && capital.countryCode().equals(p.entry.countryCode()))
                .findFirst().orElse(null);
    }

    /**
     * A country's demonym before an incident noun the perpetrator does not name ("Iraqi Suicide Bombing", "Chilean Mine
     * Explosion", "Turkish Earthquake Toll"): the country it happened in. "Russian Missile Strike" names who struck.
     */
    private static final Pattern DEMONYM_BEFORE_EVENT = Pattern.compile("\\b(\\p{Lu}\\p{L}+)\\s+(?:\\p{L}+\\s+){0,2}?"
            + "(?:[Bb]ombings?|[Bb]lasts?|[Ee]xplosions?|[Ee]arthquakes?|[Qq]uakes?|[Ff]loods?|[Ff]ires?|[Ll]andslides?|[Mm]udslides?"
            + "|[Ss]tampedes?)\\b");

    /** The country whose demonym stands before an incident noun of the text, when the story names that country too. */
    private String demonymCountry(ArticleContext ctx, String text) {
        Matcher m = DEMONYM_BEFORE_EVENT.matcher(text);
        while (m.find()) {
            Gazetteer.Entry country = gaz.byDemonym(m.group(1));
            if (country != null && country.kind() == PlaceKind.COUNTRY) {
                for (Entities.Place p : ctx.entities.places.values()) {
                    if (p.entry.kind() == PlaceKind.COUNTRY && country.countryCode().equals(p.entry.countryCode())) {
                        return p.entry.name();
                    }
                }
            }
        }
        return null;
    }

    /** Whether the text puts the inner place in the outer one ("Gurbaz Kala, a town in North Waziristan"). */
    private static boolean within(Entities.Place inner, Entities.Place outer) {
        return inner != outer && (outer.entry.name().equals(inner.parent) || outer.aliases.contains(inner.parent));
    }

    private static final Pattern DIVISION_WORD = Pattern.compile("\\s+(?:[Ss]tate|[Pp]rovince|[Rr]egion|[Dd]istrict|[Cc]ounty"
            + "|[Gg]overnorate|[Oo]blast|[Pp]refecture)\\b");

    /**
     * "in Mexico's Guanajuato State": a town's name followed by a division word names the division (when the article
     * has that division of the same name too), not the town.
     */
    private static boolean namesItsDivision(ArticleContext ctx, String phrase, Entities.Place p) {
        String name = p.entry.name();
        if (p.entry.kind() != PlaceKind.CITY || ctx.entities.places.values().stream().noneMatch(o -> o != p
                && o.entry.kind() == PlaceKind.PROVINCE && (o.entry.name().startsWith(name) || o.aliases.contains(name)))) {
            return false;
        }
        for (int i = phrase.indexOf(name); i >= 0; i = phrase.indexOf(name, i + 1)) {
            if (!DIVISION_WORD.matcher(phrase).region(i + name.length(), phrase.length()).lookingAt()) {
                return false;
            }
        }
        return phrase.contains(name);
    }

    /**
     * A preposition of place, or an office and its jurisdiction: "the governor of Panjshir province said" and "police
     * in Helmand say" put the incident they report where the office holds. A sentence whose subject is a place ("The
     * villages of X and Y in western Cameroon are almost empty", "The northern town of X was under curfew") tells of
     * it as where the story is.
     */
    private static final Pattern PLACE_PREPOSITION = Pattern.compile("(?:^|\\.\\s+)(?:The\\s+)?(?:[\\p{L}-]+\\s+){0,2}"
            + "(?:villages?|towns?|city|cities|district|neighbou?rhood|camp)\\s+of\\s+"
            + "|(?:^|\\.\\s+)(?:In|Near|Outside|Inside)\\s+" // "In Vista Hermosa, ... rebels attacked": a sentence opening where
            + "|\\b(?:in|at|near|outside|off|across|inside|on"
            + "|(?:attacked|raided|stormed|struck|hit|bombed|shelled|overran|targeted|rocked|ripped through|tore through)(?:\\s+the)?"
            + "|(?:[Gg]overnor|[Pp]olice chief|[Pp]olice|[Oo]fficials?|[Aa]uthorities|[Aa]dministrator|[Mm]ayor|[Cc]ommissioner)\\s+(?:of|for))\\s+");
    /**
     * A place noun with no name of its own ("the capital", "the Kenyan capital", "the northern city"); a name before
     * a noun of division ("in the Lower Shabelle region, where ...") is the place itself.
     */
    private static final Pattern APPOSITION_HEAD = Pattern.compile("the (?:[\\p{L}-]+ ){0,2}capital\\s*"
            + "|the (?:[\\p{Ll}-]+ ){0,2}(?:city|town|village|district|province|region)\\s*");
    /**
     * A hospital the wounded were taken to, treated at or evacuated from ("rushed to a hospital in X", "died at the
     * city's main hospital in X"): where they were, not where it happened; a hospital the attack hit ("an airstrike hit a hospital in X")
     * is its place.
     */
    private static final Pattern HOSPITAL_BEFORE = Pattern.compile(
            "\\b(?:to|at|in|into|inside|from)\\s+(?:[\\p{L}'’.-]+\\s+){0,3}?hospitals?\\s*$", Pattern.CASE_INSENSITIVE);
    /** Words before a preposition that put the place at a distance from the incident: felt or heard there, or far away. */
    private static final Pattern FELT_BEFORE = Pattern.compile("\\b(?:felt|heard|away)(?:\\s+(?:strongly|clearly|also|too))?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** A verb of arriving before a preposition: the place is a traveller's destination. */
    private static final Pattern ARRIVAL_BEFORE = Pattern.compile("\\b(?:arriv(?:e|es|ed|ing)|return(?:s|ed|ing)?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Words before a preposition that make the place the seat of a body: "the U.S. Embassy in", "a group based in". */
    private static final Pattern SEAT_BEFORE = Pattern.compile("\\b(?:[Ee]mbass(?:y|ies)|[Cc]onsulates?|[Hh]eadquarter(?:s|ed)"
            + "|[Bb]ureau|[Mm]ission|based)\\s*$");
    /** A border as the head of the phrase: "the Afghan border", "the Syrian-Turkish frontier", "the border". */
    private static final Pattern BORDER_LANDMARK = Pattern.compile("\\s*(?:the\\s+)?(?:[\\p{L}'’.\\-]+\\s+){0,3}?(?:border|frontier)s?\\s*");
    private static final Pattern NEARBY = Pattern.compile("(?:the )?(?:nearby|neighbou?ring|adjacent)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Where the phrase a preposition opens ends: punctuation, the next preposition or conjunction, a verb ("has
     * killed"), or a bearing from another place ("in Anbar province west of Baghdad", "in X, 20 kilometers north of Y"),
     * which names a landmark, not the place; "in the north of Iraq" is a part of Iraq and does not end there.
     */
    private static final Pattern PHRASE_END = Pattern.compile("[,.;:—()]|\\s(?:in|at|near|on|outside|off|from|to|with|by|after|before|when|while|where|and|as"
            + "|has|have|had|was|were|is|are|will|would|who|which|that)\\s"
            + "|(?<!\\bthe)\\s(?:\\d[\\d,.]*\\s*(?:kilometers|kilometres|km|miles)\\s+)?(?:north|south|east|west)(?:east|west)?(?:ward)?\\s+of\\s");

    /** The rank of a town: a place an incident can be told at more precisely than its province. */
    private static final int TOWN = Entities.specificity(PlaceKind.CITY);

    private static int rank(Entities.Place p) {
        return Entities.specificity(p.entry.kind());
    }

    /** Whether nothing puts the place elsewhere than in the district: no parent known, or the district itself. */
    private static boolean inDistrict(Entities.Place p, Entities.Place district) {
        String parent = p.parent != null ? p.parent : p.entry.parent();
        return parent == null || parent.equals(district.entry.name()) || district.aliases.contains(parent);
    }

    /**
     * How specific a place is as the one an incident happened at, on twice the scale of {@link #rank}: a district
     * that lies in a province ("North Waziristan" in Khyber Pakhtunkhwa) holds towns and villages, so a town or
     * village of the story places the incident better; a district inside a city (a neighbourhood) stays above it.
     */
    private static int placingRank(Entities.Place p) {
        String parent = p.parent != null ? p.parent : p.entry.parent();
        boolean ofProvince = p.entry.kind() == PlaceKind.DISTRICT && parent != null
                && Gazetteer.get().lookup(parent).stream().anyMatch(e -> e.kind() == PlaceKind.PROVINCE);
        return ofProvince ? 2 * rank(p) - 3 : 2 * rank(p);
    }

    /** The most specific declared place the text names: a city over a province over a country. */
    private static String mostSpecificPlace(ArticleContext ctx, String text) {
        Entities.Place best = null;
        int bestRank = -1;
        for (Entities.Place p : ctx.entities.places.values()) {
            if (!mentions(text, p)) {
                continue;
            }
            int rank = Entities.specificity(p.entry.kind());
            // A capital standing for its government ("Islamabad") is not where things happen.
            boolean onlyAsGovernment = p.entry.kind() == PlaceKind.COUNTRY && !containsWord(text, p.entry.name())
                    && p.aliases.stream().noneMatch(a -> containsWord(text, a) && gazCountryAlias(a));
            if (onlyAsGovernment) {
                continue;
            }
            if (rank > bestRank) {
                best = p;
                bestRank = rank;
            }
        }
        return best == null ? null : best.entry.name();
    }

    private static boolean gazCountryAlias(String alias) {
        return Gazetteer.get().lookup(alias).stream().anyMatch(e -> e.kind() == PlaceKind.COUNTRY);
    }

    private static boolean mentions(String text, Entities.Place p) {
        if (containsWord(text, p.entry.name())) {
            return true;
        }
        for (String a : p.aliases) {
            if (containsWord(text, a)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text has the word not inside a longer word; no regex, as this runs for every place and phrase. */
    static boolean containsWord(String text, String word) {
        if (word == null || word.length() < 2) {
            return false;
        }
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            if ((i == 0 || !Character.isLetter(text.codePointBefore(i))) && (end == text.length() || !Character.isLetter(text.codePointAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static final Map<String, Pattern> TYPE_PATTERNS = new ConcurrentHashMap<>();

    /** Whether the type pattern occurs anywhere in the text (. matching line ends too); each is compiled once. */
    private static boolean found(String text, String regex) {
        return Prefilter.matcher(TYPE_PATTERNS.computeIfAbsent(regex, r -> Pattern.compile(r, Pattern.DOTALL)), text).find();
    }

    /** Who reported the figures of a sentence: the speaker of the statement drawn from it. */
    private static String speakerOf(ArticleContext ctx, List<StatementInput> statements, String sentence) {
        for (StatementInput s : statements) {
            if (s.speaker() != null && s.kind() != dev.newsgraph.domain.StatementKind.PARTIAL_QUOTE
                    && sentence.contains(s.text().length() > 40 ? s.text().substring(0, 40) : s.text())) {
                return s.speaker();
            }
        }
        return null;
    }

    private static String title(String headline) {
        return headline.length() > 500 ? headline.substring(0, 500) : headline;
    }

    /** How a title names an incident of a type; "Attack" for the others. */
    private static final Map<IncidentType, String> TITLE_NAMES = Map.of(IncidentType.ARMED_CLASH, "Fighting",
            IncidentType.FOILED_ATTACK, "Foiled attacks", IncidentType.HOSTAGE_TAKING, "Hostage taking",
            IncidentType.ABDUCTION, "Abduction", IncidentType.BOMBING, "Bombing", IncidentType.ARREST, "Arrests",
            IncidentType.OTHER, "Disaster"); // OTHER: earthquakes, floods, fires, collapses, no attack

    private static String title(Draft d) {
        String base = TITLE_NAMES.getOrDefault(d.type, "Attack");
        if (d.place != null) {
            base += " in " + d.place;
        }
        if (d.time != null && d.time.text() != null) {
            base += " " + d.time.text();
        }
        return base;
    }

    static boolean precise(DatePrecision p) {
        return p == DatePrecision.DAY;
    }
}
