package dev.newsgraph.extract;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whether a mention tells of an event that took place: not one planned, habitual or long past. */
final class EventOccurrence {

    /** "the 2005 G8 summit": an event of an earlier year, told as background. */
    static final Pattern YEAR_BEFORE = Pattern.compile("\\b((?:19|20)\\d\\d)\\s+(?:\\S+\\s+){0,2}$");

    /**
     * An event still to come: "on the eve of Biden's state visit", "Biden is unlikely to hold ... during his visit", "the
     * two are to meet Tuesday, in a summit hosted by ...".
     */
    static final Pattern PLANNED_BEFORE = Pattern.compile("\\b(?:will|is unlikely to|are unlikely to|is expected"
            + "|are expected|expects?|is due to|are due to|is set to|are set to|plans? to|on the eve of|ahead of|to prepare"
            + "|preparing for|in preparation for|preparations for|scheduled|is to|are to|was to|were to|was due to|were due to)\\b");
    /** "voted to dissolve itself and hold new elections", "agreed to host a summit": an event still to be held. */
    static final Pattern TO_BE_HELD = Pattern.compile("\\bto (?:hold|host|stage|call|convene)\\s+(?:[a-z-]+\\s+){0,2}$");
    /** Called for, not held; called off: "urged an emergency summit", "postponed the vote". */
    static final Pattern CALLED_FOR = Pattern.compile("\\b(?:called for|calls for|calling for|urged|cancell?ed|postponed|called off)\\b");
    /** "X urged NATO to act at a meeting in Brussels": the event is where the urging was, not what was urged. */
    static final Pattern AT_THE_EVENT = Pattern.compile("\\b(?:at|during|on the sidelines of)\\s+(?:\\S+\\s+){0,3}$");
    /**
     * The event is the subject of a verb still to come: "a special summit will be called", "a referendum could trigger
     * violence", "talks in Geneva that will include". Not after a preposition ("said at a press conference he will").
     */
    static final Pattern PLANNED_AFTER = Pattern.compile("^[^,.;:\"“”]{0,50}?\\b(?:will|would|could|might|may|is to be"
            + "|are to be|is scheduled|are scheduled|is due|are due|is expected|are expected|is set to|are set to)\\b");
    static final Pattern AFTER_PREPOSITION = Pattern.compile("\\b(?:at|during|in|after|following|to|before|from|of|since|on"
            + "|told|addressing|addressed)\\s+(?:\\S+\\s+){0,3}$");
    /** "the police chief, who regularly held meetings in the building": a habit, not an event. */
    static final Pattern HABITUAL = Pattern.compile("\\b(?:regularly|often|usually|routinely|frequently|typically"
            + "|sometimes|occasionally|repeatedly)\\s+(?:\\S+\\s+){0,2}$");
    /** "the Tiananmen Square protests in 1989", "the 25th anniversary of ... the protests": an event of the past. */
    static final Pattern YEAR_AFTER = Pattern.compile("^\\s+(?:in|of)\\s+((?:19|20)\\d\\d)\\b");
    /** "traveled to Syria with a group of friends in late 2013": a year given later in the clause. */
    static final Pattern YEAR_LATER = Pattern.compile("^[^.;:\"“”]{0,60}?\\bin (?:early |late |mid-|mid )?((?:19|20)\\d\\d)\\b");
    /** "meetings with Trump while attending a forum last year", "talks two years ago": a time before the story's. */
    static final Pattern EARLIER_YEAR_LATER = Pattern.compile("^[^.;:\"“”]{0,80}?\\b(?:last year|the previous year|the year before"
            + "|(?:a|one|two|three|four|five|several|many|\\d+) years? (?:ago|earlier|before)|earlier this year"
            + "|(?:several|many|two|three|four|five|six|\\d+) months (?:ago|earlier|before))\\b");
    /** "the state election next month", "before the general election later this year": an event still to come. */
    static final Pattern COMING_AFTER = Pattern.compile("^\\s+(?:due |set |scheduled |expected )?(?:next|later this|this coming"
            + "|in the coming) (?:week|month|year|spring|summer|autumn|fall|winter|weeks|months)\\b");
    /** "the upcoming presidential election", "the next summit": an event still to come. */
    static final Pattern COMING_BEFORE = Pattern.compile("\\b(?:upcoming|forthcoming|coming|next)\\s+(?:\\S+\\s+){0,2}$");
    static final Pattern ANNIVERSARY = Pattern.compile("\\banniversary of\\b");
    /** "his first visit since his re-election in May": an event that is a point in the past the story counts from. */
    private static final Pattern SINCE = Pattern.compile("\\bsince (?:(?:the|his|her|their|its|[A-Z][\\p{L}-]+(?:'s|’s)) )?(?:[a-z-]+ )?$");
    /**
     * "the last elections", "his previous visit", "earlier talks": an earlier event of its kind, background to the story's
     * news. ("Following the talks, ..." is not: what follows an event is often the news of that very event.)
     */
    private static final Pattern COUNTED_FROM = Pattern.compile("\\b(?:previous|past|prior|last|earlier)\\s+(?:[a-z-]+\\s+)?$");
    /** "the three days of meetings", "the final round of talks": sessions of the event the story is about. */
    static final Pattern PART_OF = Pattern.compile("\\b(?:days?|rounds?|sessions?) of\\s+$");
    /** "A suicide bomber targeted a funeral", "gunmen opened fire on a wedding ceremony": an attack on the occasion. */
    private static final Pattern ATTACK = Pattern.compile("\\b(?:bomb(?:er|ers|ing|ed)?|blew (?:himself|herself|themselves) up"
            + "|detonated|explo(?:ded|sion)|blast|attack(?:ed|ers?)?|targeted|opened fire|gunm[ae]n|stormed|shelled)\\b");

    /** "will hold talks", "was to travel for a meeting", "who regularly held meetings": no event that took place. */
    static boolean plannedOrHabitual(String prior) {
        return PLANNED_BEFORE.matcher(prior).find() || HABITUAL.matcher(prior).find() || TO_BE_HELD.matcher(prior).find()
                || CALLED_FOR.matcher(prior).find() && !AT_THE_EVENT.matcher(prior).find();
    }

    /** "a special summit will be called": the event is the subject of a verb still to come. */
    static boolean stillToCome(String prior, String rest) {
        return !AFTER_PREPOSITION.matcher(prior).find() && PLANNED_AFTER.matcher(rest).find()
                || COMING_AFTER.matcher(rest).find() || COMING_BEFORE.matcher(prior).find();
    }

    /**
     * "the promises made during the 2005 G8 summit", "the protests in 1989", "the anniversary of", "traveled to Syria
     * ... in late 2013": background. {@code fromCue} is the sentence from the cue on, {@code rest} from its end on.
     */
    static boolean background(ArticleContext ctx, String before, String prior, String rest, String fromCue) {
        Matcher year = YEAR_BEFORE.matcher(before);
        Matcher yearAfter = YEAR_AFTER.matcher(rest);
        boolean yearBefore = year.find();
        boolean yearGivenAfter = yearAfter.find();
        Matcher yearLater = YEAR_LATER.matcher(fromCue);
        boolean yearGivenLater = yearLater.find();
        LocalDate anchor = yearBefore || yearGivenAfter || yearGivenLater ? EventDates.anchor(ctx) : null;
        // "the protests in 1989": without a date to compare with, a year given after the cue still dates it back
        return anchor != null && yearBefore && Integer.parseInt(year.group(1)) < anchor.getYear()
                || yearGivenAfter && (anchor == null || Integer.parseInt(yearAfter.group(1)) < anchor.getYear())
                || anchor != null && yearGivenLater && Integer.parseInt(yearLater.group(1)) < anchor.getYear()
                || EARLIER_YEAR_LATER.matcher(fromCue).find() || ANNIVERSARY.matcher(prior).find() || SINCE.matcher(before).find()
                || COUNTED_FROM.matcher(before).find();
    }

    /**
     * "interfere in the 2016 U.S. presidential election", then "the results of the election": an earlier sentence gave
     * this event noun a year before the story's, so the event told again is that past one. Only the few sentences before
     * the one at index {@code told} are read: an event is told again close by, and long copy stays linear.
     */
    static boolean toldBeforeAsPast(ArticleContext ctx, int told, String cue) {
        String noun = cue.strip().toLowerCase(Locale.ROOT);
        LocalDate anchor = null;
        for (int i = Math.max(0, told - 8); i < told; i++) {
            ArticleContext.Sentence s = ctx.sentences.get(i);
            String lower = s.text.toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf(noun); at >= 0; at = lower.indexOf(noun, at + 1)) {
                Matcher year = YEAR_BEFORE.matcher(s.text.substring(Math.max(0, at - 40), at));
                anchor = anchor == null && year.find() ? EventDates.anchor(ctx) : anchor;
                if (anchor != null && year.reset().find() && Integer.parseInt(year.group(1)) < anchor.getYear()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the sentence tells of an attack: an occasion it names is the scene of an incident, not an event. */
    static boolean sceneOfAttack(String sentence) {
        return Prefilter.matcher(ATTACK, sentence).find();
    }

    private EventOccurrence() {
    }
}
