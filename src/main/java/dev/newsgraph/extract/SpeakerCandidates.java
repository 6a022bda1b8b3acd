package dev.newsgraph.extract;

import dev.newsgraph.domain.OrganizationKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The speakers a quote may have, as the rules can see them, each described for {@link SpeakerModel} by the shape of
 * the text around it: the people and bodies named outside quotes in the quote's paragraph and the paragraphs before
 * and after it (where their nearest mention stands from the quote, how many sentences and words away, whether a verb
 * of saying follows or precedes it, "according to", "told" before it), who the rules chose, who is in focus, who spoke
 * before, whether the frame's pronoun or title fits the candidate's kind; and "no speaker", described by what the
 * frame says of an unnamed one. Names never become features.
 */
final class SpeakerCandidates {

    /** What the extractor knows when it asks. */
    record Known(String rule, String how, boolean partial, boolean described, boolean unnamed, String focusPerson, String focusOrg,
                 String lastQuoteSpeaker, String speakerInPara, Set<String> spoke) {
    }

    private static final Set<String> SKIPPED_BEFORE_VERB = Set.of("has", "had", "have", "also", "later", "then", "again",
            "was", "is", "previously", "earlier", "further", "once");

    private SpeakerCandidates() {
    }

    /** The choice the model is asked to make for the quote at [start, end) of paragraph p. */
    static SpeakerModel.Choice of(ArticleContext ctx, Lexicons lex, List<String> paragraphs, int p, int start, int end,
                                  String inner, Known known) {
        StringBuilder window = new StringBuilder();
        int quoteStart = 0;
        int quoteEnd = 0;
        List<int[]> quotes = new ArrayList<>();
        for (int k = Math.max(0, p - 1); k <= Math.min(paragraphs.size() - 1, p + 1); k++) {
            String para = paragraphs.get(k);
            if (k == p) {
                quoteStart = window.length() + start;
                quoteEnd = window.length() + end;
            }
            List<StatementExtractor.Quote> found = StatementExtractor.quotations(para);
            for (StatementExtractor.Quote q : found) {
                quotes.add(new int[]{window.length() + q.start(), window.length() + q.end()});
            }
            window.append(StatementExtractor.unquoted(para, found)).append('\n');
        }
        String w = window.toString();
        Frame frame = Frame.of(lex, w, quoteStart, quoteEnd);
        Map<String, Set<String>> candidates = new LinkedHashMap<>();
        for (Entities.Person person : ctx.entities.people.values()) {
            Set<String> forms = new LinkedHashSet<>(person.aliases);
            forms.add(person.name);
            forms.add(person.surname());
            mentions(lex, w, quoteStart, quoteEnd, quotes, forms, candidates.computeIfAbsent(person.name, x -> new LinkedHashSet<>()));
        }
        for (Entities.Org org : ctx.entities.orgs.values()) {
            Set<String> forms = new LinkedHashSet<>(org.aliases);
            forms.add(org.name);
            mentions(lex, w, quoteStart, quoteEnd, quotes, forms, candidates.computeIfAbsent(org.name, x -> new LinkedHashSet<>()));
        }
        candidates.values().removeIf(Set::isEmpty);
        for (String s : new String[]{known.rule(), known.focusPerson(), known.focusOrg(), known.lastQuoteSpeaker(), known.speakerInPara()}) {
            if (s != null) {
                candidates.computeIfAbsent(s, x -> new LinkedHashSet<>(Set.of("unseen")));
            }
        }
        List<String> speakers = new ArrayList<>();
        List<String[]> features = new ArrayList<>();
        int rule = -1;
        boolean opens = start == 0;
        for (Map.Entry<String, Set<String>> c : candidates.entrySet()) {
            String s = c.getKey();
            String type = type(ctx, s);
            Set<String> f = new LinkedHashSet<>();
            f.add("type=" + type);
            for (String m : c.getValue()) {
                f.add(m);
                f.add(type + "|" + m);
            }
            if (s.equals(known.rule())) {
                f.add("rule");
                f.add("rule|" + type);
                f.add("rule|" + (known.partial() ? "partial" : "full"));
                f.add("rule|" + known.how());
                f.add("rule|" + known.how() + "|" + type);
                rule = speakers.size();
            }
            if (s.equals(known.focusPerson())) {
                f.add("focusPerson");
            }
            if (s.equals(known.focusOrg())) {
                f.add("focusOrg");
            }
            if (s.equals(known.lastQuoteSpeaker())) {
                f.add("lastQuote");
                f.add("lastQuote|" + (opens ? "opens" : "inside"));
            }
            if (s.equals(known.speakerInPara())) {
                f.add("inPara");
            }
            if (known.spoke().contains(s)) {
                f.add("spoke");
            }
            if (frame.pronoun != null) {
                f.add("pronoun=" + frame.pronoun + "|" + type);
            }
            if (frame.noun != null) {
                f.add(agrees(ctx, s, frame.noun) ? "nounAgrees|" + type : "nounDiffers|" + type);
            }
            if (known.unnamed()) {
                f.add("unnamed|" + type);
            }
            Entities.Person person = ctx.entities.findPerson(s);
            if (person != null && !person.roles.isEmpty()) {
                f.add("titled");
            }
            speakers.add(s);
            features.add(f.toArray(String[]::new));
        }
        Set<String> none = new LinkedHashSet<>();
        none.add("none");
        none.add("none|" + (known.rule() == null ? "ruleNone" : "ruleSome"));
        none.add("none|" + (known.partial() ? "partial" : "full"));
        none.add("none|cands=" + Math.min(3, speakers.size()));
        if (known.unnamed()) {
            none.add("none|unnamed");
        }
        if (known.described()) {
            none.add("none|described");
        }
        if (frame.pronoun != null) {
            none.add("none|pronoun=" + frame.pronoun);
        }
        if (frame.noun != null) {
            none.add("none|noun");
        }
        if (frame.verb) {
            none.add("none|verb");
        }
        if (opens) {
            none.add("none|opens");
        }
        if (known.rule() == null) {
            rule = speakers.size();
        }
        speakers.add(null);
        features.add(none.toArray(String[]::new));
        return new SpeakerModel.Choice(inner, speakers, features, rule);
    }

    private static String type(ArticleContext ctx, String s) {
        if (ctx.entities.findPerson(s) != null) {
            return "person";
        }
        Entities.Org o = ctx.entities.findOrg(s);
        if (o == null) {
            return "other";
        }
        if (o.kind == OrganizationKind.NEWS_AGENCY || o.kind == OrganizationKind.PLATFORM) {
            return "outlet";
        }
        return o.kind == OrganizationKind.GOVERNMENT || o.kind == OrganizationKind.MILITARY ? "state" : "body";
    }

    /** "the spokesman said" of a person titled spokesman, "the ministry said" of a ministry. */
    private static boolean agrees(ArticleContext ctx, String s, String noun) {
        Entities.Person person = ctx.entities.findPerson(s);
        if (person != null) {
            return person.roles.stream().anyMatch(r -> r.title() != null && r.title().toLowerCase(Locale.ROOT).contains(noun));
        }
        return s.toLowerCase(Locale.ROOT).contains(noun);
    }

    /**
     * The cues of a candidate's nearest mention before the quote and nearest after it, outside quotes: direction,
     * paragraph, sentence and word distance, verbs of saying next to it.
     */
    private static void mentions(Lexicons lex, String w, int quoteStart, int quoteEnd, List<int[]> quotes, Set<String> forms,
                                 Set<String> out) {
        int before = -1;
        int beforeEnd = -1;
        int after = -1;
        int afterEnd = -1;
        for (String form : forms) {
            if (form.length() < 2) {
                continue;
            }
            for (int i = w.indexOf(form); i >= 0; i = w.indexOf(form, i + 1)) {
                int e = i + form.length();
                if (i > 0 && Character.isLetter(w.charAt(i - 1)) || e < w.length() && Character.isLetter(w.charAt(e))) {
                    continue;
                }
                if (e <= quoteStart && (i > before || i == before && e > beforeEnd)) {
                    before = i;
                    beforeEnd = e;
                } else if (i >= quoteEnd && (after < 0 || i < after || i == after && e > afterEnd)) {
                    after = i;
                    afterEnd = e;
                }
            }
        }
        if (before >= 0) {
            cues(lex, w, before, beforeEnd, beforeEnd, quoteStart, 0, "B", out);
            if (quoteBetween(quotes, beforeEnd, quoteStart)) {
                out.add("BquoteBetween"); // its verb of saying frames another quote
            }
        }
        if (after >= 0) {
            // a quote closed by its own full stop ends its sentence: '..." The army said' starts the next one
            cues(lex, w, after, afterEnd, quoteEnd, after, quoteEnd >= 2 && w.charAt(quoteEnd - 2) == '.' ? 1 : 0, "A", out);
            if (quoteBetween(quotes, quoteEnd, after) || quoteBetween(quotes, afterEnd, sentenceEnd(w, afterEnd))) {
                out.add("AquoteBetween"); // "The army said its jets "...": its sentence has a quote of its own
            }
        }
    }

    private static boolean quoteBetween(List<int[]> quotes, int from, int to) {
        for (int[] q : quotes) {
            if (q[0] >= from && q[1] <= to) {
                return true;
            }
        }
        return false;
    }

    private static int sentenceEnd(String w, int from) {
        int end = from;
        while (end < w.length() && w.charAt(end) != '\n' && !(w.charAt(end) == '.' && end + 1 < w.length()
                && Character.isWhitespace(w.charAt(end + 1)))) {
            end++;
        }
        return end;
    }

    private static void cues(Lexicons lex, String w, int from, int to, int gapFrom, int gapTo, int sentences, String dir,
                             Set<String> out) {
        int paragraphs = 0;
        int words = 0;
        boolean space = false;
        for (int i = gapFrom; i < gapTo; i++) {
            char c = w.charAt(i);
            if (c == '\n') {
                paragraphs++;
                sentences++;
            } else if ((c == '.' || c == '!' || c == '?') && i + 1 < w.length() && Character.isWhitespace(w.charAt(i + 1))
                    && !(c == '.' && SentenceSplitter.isAbbreviation(w, i))) {
                sentences++;
            }
            boolean s = Character.isWhitespace(c);
            words += s && !space ? 1 : 0;
            space = s;
        }
        String near = dir + "s" + Math.min(3, sentences);
        out.add(near);
        out.add(dir + "p" + paragraphs);
        out.add(dir + "w" + (words <= 2 ? "0" : words <= 5 ? "1" : words <= 10 ? "2" : words <= 20 ? "3" : "4"));
        List<Tokens.Token> next = Tokens.of(w.substring(to, Math.min(w.length(), to + 80)));
        int k = 0;
        while (k < next.size() && SKIPPED_BEFORE_VERB.contains(next.get(k).lower())) {
            k++;
        }
        if (k < next.size()) {
            String word = next.get(k).lower();
            if (lex.reportingVerbs.contains(word)) {
                out.add(near + "|verbAfter");
                out.add("verbAfter=" + word);
            } else if (word.equals(",")) {
                for (int j = k + 1; j < next.size() && j < k + 14 && !next.get(j).text().equals("."); j++) {
                    if (lex.reportingVerbs.contains(next.get(j).lower())) {
                        out.add(near + "|apposVerb");
                        break;
                    }
                }
            } else if (word.equals("'s") || word.equals("’s")) {
                out.add(near + "|possessive");
            }
        }
        String left = w.substring(Math.max(0, from - 40), from);
        List<Tokens.Token> prev = Tokens.of(left);
        int n = prev.size();
        if (n == 0 || prev.get(n - 1).text().equals(".") || left.lastIndexOf('\n') > (n == 0 ? -1 : prev.get(n - 1).end())) {
            out.add(near + "|opensSentence");
        } else {
            String word = prev.get(n - 1).lower();
            if (word.equals("the") && n > 1) {
                word = prev.get(n - 2).lower();
            }
            boolean according = word.equals("to") && n > 1 && prev.get(n - 2).lower().equals("according");
            if (according) {
                out.add(near + "|accordingTo");
            } else if (lex.transitiveReportingVerbs.contains(word) || word.equals("to")) {
                out.add(near + "|listener");
            } else if (lex.reportingVerbs.contains(word)) {
                out.add(near + "|verbBefore");
            } else if (word.equals("by") || word.equals("from") || word.equals("quoted")) {
                out.add(near + "|" + word);
            }
        }
    }

    /** What the quote's own frame says: a pronoun or a "the noun" subject of its verb of saying, or a verb at all. */
    private static final class Frame {
        String pronoun;
        String noun;
        boolean verb;

        static Frame of(Lexicons lex, String w, int quoteStart, int quoteEnd) {
            Frame f = new Frame();
            int end = sentenceEnd(w, quoteEnd);
            int start = quoteStart;
            while (start > 0 && w.charAt(start - 1) != '\n' && !(w.charAt(start - 1) == ' ' && start > 1 && w.charAt(start - 2) == '.')) {
                start--;
            }
            f.read(lex, Tokens.of(w.substring(quoteEnd, end)));
            if (!f.verb) {
                f.read(lex, Tokens.of(w.substring(start, quoteStart)));
            }
            return f;
        }

        private void read(Lexicons lex, List<Tokens.Token> t) {
            for (int v = 0; v < t.size(); v++) {
                if (!lex.reportingVerbs.contains(t.get(v).lower())) {
                    continue;
                }
                verb = true;
                int s = v - 1;
                while (s >= 0 && SKIPPED_BEFORE_VERB.contains(t.get(s).lower())) {
                    s--;
                }
                String subject = s >= 0 ? t.get(s).lower() : v + 1 < t.size() ? t.get(v + 1).lower() : "";
                if (subject.equals("he") || subject.equals("she")) {
                    pronoun = "person";
                } else if (subject.equals("it") || subject.equals("they")) {
                    pronoun = "body";
                } else if (s >= 1 && t.get(s - 1).lower().equals("the") && !t.get(s).capitalized()) {
                    noun = subject;
                } else if (s < 0 && v + 2 < t.size() && t.get(v + 1).lower().equals("the") && !t.get(v + 2).capitalized()) {
                    noun = t.get(v + 2).lower();
                }
                return;
            }
        }
    }
}
