package dev.newsgraph.extract;

import dev.newsgraph.domain.PlaceKind;
import dev.newsgraph.domain.StatementKind;
import dev.newsgraph.draft.RoleInput;
import dev.newsgraph.draft.StatementInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotes, partial quotes and reported speech with their speakers. Speakers are found in the attribution next to a
 * quote ("Rutte said", "he added", "the Pakistani army said in a statement"), a quote without one continues the
 * previous speaker, pronouns go to the person last mentioned, and role descriptions ("the former Dutch prime
 * minister") to the person holding that role or, failing that, to the person in focus.
 */
final class StatementExtractor {

    /** "..., Rutte said, adding that ...": what the speaker went on to say. */
    private static final Pattern ADDING_THAT = Pattern.compile(",\\s+(?:adding|saying|noting|warning) that (.+?)[.]?$");
    private static final Pattern PARTICIPLE_AFTER_VERB = Pattern.compile("^[^,]{0,40},\\s+(accusing|adding|saying|warning|noting) (.+?)[.]?$");
    private static final Pattern CHANNEL_PLATFORM = Pattern.compile("\\bon (?:the )?([A-Z][\\p{L}]+)(?: (?:messenger|app|channel|account|page))?\\b");
    private static final Pattern CHANNEL_WORDS = Pattern.compile(
            "\\b(in a statement|in a post|in an interview|at a news conference|at a press conference|told reporters|in a televised address|in a video)\\b");
    private static final Pattern VENUE = Pattern.compile("\\b[Ss]peaking (?:at|in|to) (?:the )?([A-Z][^,]{2,80}?),");
    /**
     * A subject, then a verb phrase that states a position ("cast doubt on", "called for") or a refusal to comment,
     * then what it is about.
     */
    private static final Pattern STANCE = Pattern.compile("^(.{1,80}?)\\s+(?:has\\s+|had\\s+|have\\s+)?(?:recently\\s+|repeatedly\\s+|publicly\\s+|also\\s+)?"
            + "(cast doubt on|questioned|critici[sz]ed|dismissed|rejected|called for|demanded|threatened"
            + "|did not (?:immediately )?respond to|declined to comment|could not be reached)\\b(.*)$");
    /** What may follow the verb of a post-posed attribution: "said.", "said on Saturday,", "said in a statement". */
    private static final Pattern POSTPOSED_TAIL = Pattern.compile("^(?:\\s+(?:on|early|late|in|at|to|of|from|this|last|later|earlier|overnight|today|yesterday)\\b[^,.;]{0,60})?\\s*(?:[,.;]|$)");
    private static final Set<String> PRONOUNS_PERSON = Set.of("he", "she");
    /** How far ahead a quote open at its paragraph's end is followed to where it closes. */
    private static final int MAX_PARAGRAPHS_OF_A_QUOTE = 4;
    private static final String SPEECH_VERB = "(?:said|says|told|added|adds|recalled|explained|wrote|tells|stated|insisted)";
    private static final Pattern UNNAMED_AFTER = Pattern.compile(
            "^\\s*,?\\s*((?:a|an|one|another|two|three|several)\\s+(?!(?:written |joint )?statement\\b)[^,.;\"“”]{2,120}?)\\s+"
                    + SPEECH_VERB + "\\b");
    /** "The chief of the Philippine National Police told reporters", "The head of the agency's office in Kenya said". */
    private static final Pattern OFFICIAL_OF_BODY = Pattern.compile(
            "^[Tt]he ((?:[\\p{L}-]+ ){0,2}?(?:chief|head|commander|director|spokesman|spokeswoman|spokesperson|chairman|chairwoman"
                    + "|secretary|leader|official|officer|representative|ambassador|envoy)(?: general)?) (?:of|for|at) "
                    + "((?:the )?[^,.;\"“”]{2,80}?)(?:,\\s+who [^,.;\"“”]{2,80},)?\\s+(?:has |had |also |later )?" + SPEECH_VERB + "\\b");
    /** "A woman who was on the bus told AFP", "A relative of one of them, who asked not to be named, told AFP". */
    private static final Pattern UNNAMED_BEFORE = Pattern.compile(
            "^((?:A|An|One|Another)\\s+(?!(?:written |joint )?statement\\b)[^,.;\"“”]{2,120}?)(?:,\\s+who [^,.;\"“”]{2,80},)?\\s+"
                    + SPEECH_VERB + "\\b");
    /** "said on Facebook", "said in a post on X": the channel after the verb, never its subject. */
    private static final Pattern PLATFORM_CHANNEL = Pattern.compile("(?:on|via|in a (?:post|message|video|statement) on) ");
    private static final Pattern OWN_OFFICE = Pattern.compile("^(his|her|its|their) (?:office|spokesman|spokeswoman|spokesperson|ministry)$");
    /** Abbreviations closed by a dot inside a speaker's name: "said Mr. Putin.", "said Col. Mak Hazukay, ...". */
    private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Dr", "Miss", "Col", "Lt", "Gen", "Maj", "Brig",
            "Capt", "Sgt", "Cpl", "Pvt", "Pte", "Cmdr", "Adm", "Gov", "Sen", "Rep", "Prof", "Rev", "St");
    /**
     * "A statement from the U.S. Department of State condemned ...", "according to a statement from his office", "The
     * statement carried by Reuters, claiming to be from Taliban spokesman X, reads:".
     */
    private static final Pattern STATEMENT_FROM = Pattern.compile(
            "\\b(?:[Aa]|[Tt]he|[Ii]n a|[Ii]n its|[Ii]n his|[Ii]n her) (?:written |joint )?statement"
                    + "(?:,? [^.;:\"“”]{0,60}?,? (?:claiming|purporting|said|thought) to be)? (?:from|by|issued by) (.{2,80}?)(?=[,;]|(?<![A-Z])\\.(?:\\s|$)| (?:said|says|condemned|called|added|urged|expressed|noted|stated|on|that)\\b|$)");
    /**
     * "A statement was issued on the MSF website", "a statement posted on the ministry's Facebook page": a statement is
     * the words of the body whose site carries it.
     */
    private static final Pattern STATEMENT_ON_SITE = Pattern.compile(
            "\\b(?:[Aa]|[Tt]he|[Ii]ts) (?:written |joint )?statement (?:(?:was|were) )?(?:issued |posted |published |released |put out )?"
                    + "on (?:the )?([^,.;:\"“”]{2,60}?)(?:'s|’s)? (?:official )?(?:website|web site|site|(?:Facebook |Telegram )?page|account|channel)\\b");
    /** "The Committee to Protect Journalists issued a statement ... saying", "The US military released a statement". */
    private static final Pattern ISSUED_STATEMENT = Pattern.compile(
            "^(.{2,80}?) (?:issued|released|put out|published|sent) a (?:written |joint )?statement\\b");
    private static final Pattern CLAUSE_JOIN = Pattern.compile(", (?:while|whereas|but|and)\\b");
    private static final Set<String> PRONOUNS_ORG = Set.of("it", "they");
    private static final Pattern THE_NOUN = Pattern.compile("the ([a-z]+)");
    private static final Pattern DEFINITE = Pattern.compile("(?i)(?:the|this|that|his|her|their)\\s");
    private static final Pattern ACCORDING_TO = Pattern.compile("^\\W*[Aa]ccording to ([^,.;]{2,80})");
    /** A verb that lets its subject speak in the quote that follows: "X spoke to reporters.", "X told a rally:". */
    private static final Pattern SPEAKS = Pattern.compile("\\b(?:spoke|speaks|speaking|talked|talks|addressed|addresses|told|tells"
            + "|said|says|added|wrote|writes|recalled|explained)\\b");
    /**
     * A verb that reports what its subject said: "X told the council that ...", the sentence after a bare quote that
     * names its speaker ("addressed the crowd" may follow a chant of others).
     */
    private static final Pattern REPORTS_SPEECH = Pattern.compile("\\b(?:told|tells|said|says|added|wrote|writes)\\b");
    /** "the statement said", "the joint statement added": the statement cited last. */
    private static final Pattern STATEMENT_REF = Pattern.compile("(?:the|that|this|its|his|her|their) (?:written |joint |same )?statement");
    /** "the MINUSMA statement", "the army's written statement": a statement named by the body that issued it. */
    private static final Pattern NAMED_STATEMENT = Pattern.compile("^(?:the|an?) (.{2,60}?)(?:'s|’s)? (?:written |joint )?statement$",
            Pattern.CASE_INSENSITIVE);
    /** "the group said", "the regional body said": the organization last mentioned. */
    private static final Pattern GENERIC_ORG = Pattern.compile(
            "the (?:group|organi[sz]ation|movement|network|monitor|agency|militia|alliance|coalition|party|company|charity"
                    + "|(?:[\\p{Ll}-]+ )?body)");
    /** "an official of the regional body", "a source in the ministry": an unnamed source and the body it speaks for. */
    private static final Pattern SOURCE_OF_BODY = Pattern.compile("^(?:an?|one|another|the) (?:[\\p{L}-]+ ){0,2}?"
            + "(?:official|source|spokesman|spokeswoman|spokesperson|representative|diplomat|aide)s? (?:of|for|from|with|at|in) (.{2,80})$",
            Pattern.CASE_INSENSITIVE);

    private static final String KILLED = "(?:shot dead|shot and killed|killed|murdered|assassinated|beheaded|executed|gunned down|found dead)";
    /** "X was killed", "X and his son were shot dead", "X, a teacher, was murdered", "X died". */
    private static final Pattern KILLED_AFTER = Pattern.compile("(?:'s?|’s?)?(?:,[^,.;]{1,60},)?(?: and [^,.;]{1,40}?)?\\s+(?:"
            + "(?:was|were|had been|has been|have been)\\s+(?:\\p{L}+ly\\s+)?" + KILLED + "|died)\\b");
    /** "killing X", "the blast killed police chief X". */
    private static final Pattern KILLED_BEFORE = Pattern.compile("\\b(?:" + KILLED + "|killing)\\s+(?:\\S+\\s+){0,3}$");
    /** A headline's quote in single or double marks; an apostrophe inside is one before a letter ("Russia's"). */
    private static final Pattern HEADLINE_QUOTE = Pattern.compile(
            "(?<=^|[\\s:])['‘\"“]((?:[^'‘’\"“”]|['’](?=\\p{L}))+?)['’\"”](?=$|[\\s,.:;!?])");
    private static final Pattern HEADLINE_SAYS = Pattern.compile("^\\s*,?\\s*(?:[Ss]ays|[Ss]aid|[Tt]ells)\\s+(.+)$");
    private static final Pattern QUOTED_AS = Pattern.compile("\\bquoted (.{2,80}?) as (?:saying|telling)\\b");
    private static final Pattern GROUP = Pattern.compile("the (?:group|movement|network|militia|organi[sz]ation)");

    private final Lexicons lex = Lexicons.get();
    private final PeopleExtractor people;
    private final UnlistedSpeakers unlisted = new UnlistedSpeakers();

    private Entities.Person focusPerson;
    /** When the copy last named each person outside quotes: "she said" may mean one named before the one in focus. */
    private final Map<Entities.Person, Integer> personSeen = new HashMap<>();
    /** The pronoun the article uses for each person it says it of, made on first use. */
    private Map<Entities.Person, PronounGender.Pronoun> pronouns;
    /** The people the copy says were killed: never whom "he said" means. */
    private final Set<Entities.Person> dead = new HashSet<>();
    private Entities.Org focusOrg;
    /** The body other than a state's ("the group", "the movement") in focus: an armed group, a party, a charity. */
    private Entities.Org focusGroup;
    /**
     * The unnamed source the copy last let speak ("A woman who was on the bus told AFP ..."), whom a following "she said"
     * means rather than the person named before; null once a named speaker takes over.
     */
    private String focusUnnamed;
    /** The body that unnamed source speaks for ("a spokesman for the Frontier Corps"), or null. */
    private String focusUnnamedBody;
    /** When the copy last named each organization outside quotes, in the order it reads. */
    private final Map<Entities.Org, Integer> orgSeen = new HashMap<>();
    private int readPosition;
    /** The article's sentences in lower case, made on first use. */
    private List<String> lowerSentences;
    private String lastQuoteSpeaker;
    private int lastQuoteParagraph = -10;
    private String lastReportedSpeaker;
    /** Who issued the statement the copy last cited: "the statement said" refers to it. */
    private String lastStatementSource;
    private int lastReportedParagraph = -10;

    StatementExtractor(PeopleExtractor people) {
        this.people = people;
    }

    List<StatementInput> extract(ArticleContext ctx) {
        List<StatementInput> out = new ArrayList<>();
        List<String> paragraphs = ctx.raw.paragraphs();
        List<ArticleContext.Sentence> body = ctx.body();
        int si = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            String para = paragraphs.get(p);
            List<ArticleContext.Sentence> sentences = new ArrayList<>();
            while (si < body.size() && body.get(si).paragraph == p) {
                sentences.add(body.get(si++));
            }
            List<Quote> found = quotations(para);
            List<int[]> quoteSpans = quotes(ctx, paragraphs, p, found, out);
            String plain = unquoted(para, found);
            for (ArticleContext.Sentence s : sentences) {
                int at = para.indexOf(s.text);
                boolean inQuote = at >= 0 && quoteSpans.stream().anyMatch(q -> q[0] < at + s.text.length() && at < q[1]);
                if (!inQuote && !hasFullQuote(s.text)) {
                    reported(ctx, s, out);
                }
                updateFocus(ctx, at >= 0 ? plain.substring(at, at + s.text.length()) : s.text);
            }
        }
        headlineQuotes(ctx, out);
        return dedupe(withFullNames(ctx, out));
    }

    /**
     * "said Van Rompuy" after "Herman Van Rompuy": a speaker whose name is the last words of another person's of the
     * story (a surname of several words taken for a name of its own) is that person; so is "said Pastor Mensah" after
     * "Pastor Kofi Mensah": a word the copy put before a full name, then before the surname alone, is a title.
     */
    private static List<StatementInput> withFullNames(ArticleContext ctx, List<StatementInput> in) {
        List<StatementInput> out = new ArrayList<>(in.size());
        for (StatementInput st : in) {
            String fuller = st.speaker() == null || st.speaker().indexOf(' ') < 0 ? null : onlyNameEndingWith(ctx, st.speaker());
            fuller = fuller != null || st.speaker() == null ? fuller : fullNameAfterTitle(ctx, st.speaker());
            out.add(fuller == null ? st : new StatementInput(st.kind(), st.text(), fuller, st.saidOn(), st.venue(), st.channel(),
                    st.about(), st.event(), st.speakerDescription()));
        }
        return out;
    }

    /** The one person of the story whose name ends with these words; null when none or two (which one is not said). */
    private static String onlyNameEndingWith(ArticleContext ctx, String tail) {
        String only = null;
        for (Entities.Person p : ctx.entities.people.values()) {
            if (p.name.endsWith(" " + tail)) {
                if (only != null) {
                    return null;
                }
                only = p.name;
            }
        }
        return only;
    }

    /**
     * "Pastor Mensah": the one other person of the story the copy named with this first word before their full name
     * ("Pastor Kofi Mensah", kept with the title or not) whose name ends with this last word; null when there is none
     * or more than one.
     */
    private static String fullNameAfterTitle(ArticleContext ctx, String speaker) {
        String[] w = Text.SPACES.split(speaker);
        if (w.length != 2) {
            return null;
        }
        String only = null;
        for (Entities.Person p : ctx.entities.people.values()) {
            if (!p.name.equals(speaker) && p.name.endsWith(" " + w[1]) && (p.name.startsWith(w[0] + " ")
                    || ctx.sentences.stream().anyMatch(s -> indexOfWord(s.text, w[0] + " " + p.name) >= 0))) {
                if (only != null) {
                    return null;
                }
                only = p.name;
            }
        }
        return only;
    }

    // ---------------------------------------------------------------- quotes

    /**
     * The quotes a headline gives that the body does not repeat ("Prime Minister: 'Future of Balkans Depends on U.S.'",
     * "'We Are Not Afraid,' Says Mayor"). Headlines mark them with single marks; the speaker is the one the headline
     * names before a colon or "Says", or after "Says".
     */
    private void headlineQuotes(ArticleContext ctx, List<StatementInput> out) {
        String h = ctx.raw.headline();
        if (h == null || ctx.raw.metadata().headlineBasis() == dev.newsgraph.domain.HeadlineBasis.FIRST_SENTENCE) {
            return;
        }
        Matcher m = Prefilter.matcher(HEADLINE_QUOTE, h);
        while (m.find()) {
            String inner = m.group(1).strip();
            String key = lettersOf(inner);
            if (words(inner) < 4 || out.stream().anyMatch(st -> lettersOf(st.text()).contains(key))) {
                continue;
            }
            String before = h.substring(0, m.start()).strip().replaceFirst("(?i)(?:\\s+(?:says|said|tells)|:)$", "");
            Matcher says = HEADLINE_SAYS.matcher(h.substring(m.end()));
            String speaker = before.length() < h.substring(0, m.start()).strip().length() ? headlineSpeaker(ctx, before, false)
                    : says.lookingAt() ? headlineSpeaker(ctx, says.group(1), true) : null;
            out.add(new StatementInput(StatementKind.QUOTE, inner, speaker, null, null, null, about(ctx, inner, speaker), null, null));
        }
    }

    /**
     * The person or body a headline's phrase names ("Bosnian Prime Minister", "Mayor After Market Bombing"): a name of
     * the article, or the one holder of the title; the phrase is read from its start after "Says", from its end before.
     */
    private String headlineSpeaker(ArticleContext ctx, String phrase, boolean fromStart) {
        String[] w = Text.trimPunct(phrase).replaceFirst("(?i)^ex-", "former ").split("\\s+");
        for (int k = Math.min(4, w.length); k >= 1; k--) {
            String p = String.join(" ", fromStart ? Arrays.copyOfRange(w, 0, k) : Arrays.copyOfRange(w, w.length - k, w.length));
            String named = ctx.entities.resolve(Text.stripPossessive(p));
            if (named != null) {
                return named;
            }
            RoleInput role = people.describe(ctx, p);
            String holder = role == null ? null : onlyHolderOf(ctx, role.title());
            holder = holder != null || role == null ? holder : personIntroducedAs(ctx, role.title().toLowerCase(Locale.ROOT));
            if (holder != null) {
                return holder;
            }
        }
        return null;
    }

    private static String onlyHolderOf(ArticleContext ctx, String title) {
        String holder = null;
        for (Entities.Person p : ctx.entities.people.values()) {
            if (p.roles.stream().anyMatch(r -> title.equalsIgnoreCase(r.title()))) {
                if (holder != null) {
                    return null;
                }
                holder = p.name;
            }
        }
        return holder;
    }

    private static String lettersOf(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                b.append(Character.toLowerCase(text.charAt(i)));
            }
        }
        return b.toString();
    }

    /** A quotation in a paragraph: from its opening mark to past its closing one, and the words inside. */
    record Quote(int start, int end, String inner) {
    }

    /**
     * The quotations of a paragraph. Marks as published: curly, straight (an opening one follows a space or starts the
     * paragraph), TeX-style ``...'' and guillemets. A quote still open when another opens ends there, and one still open
     * at the paragraph's end runs to it (the next paragraph reopens it), as wire copy does for quotes of several
     * sentences or paragraphs.
     */
    static List<Quote> quotations(String para) {
        List<Quote> out = new ArrayList<>();
        int open = -1;
        int innerFrom = -1;
        boolean marked = false;
        char openedWith = 0;
        int n = para.length();
        for (int i = 0; i < n; i++) {
            char c = para.charAt(i);
            char next = i + 1 < n ? para.charAt(i + 1) : ' ';
            int opener = 0;
            int closer = 0;
            if (c == '`' && next == '`') {
                opener = 2;
            } else if (c == '\'' && next == '\'' && open >= 0) {
                closer = 2;
            } else if (c == '“' && openedWith == '„' && open >= 0) {
                closer = 1; // „...“ as German-language republishers print it
            } else if (c == '“' || c == '«' || c == '„' || c == '‹' || c == '「' || c == '『') {
                opener = 1;
            } else if (c == '”' || c == '»' || c == '›' || c == '」' || c == '』') {
                closer = 1;
            } else if (c == '"') {
                char prev = i == 0 ? ' ' : para.charAt(i - 1);
                boolean opens = opensAfter(prev) && !Character.isWhitespace(next);
                // "... he said. " In the end, ..."": a mark with a space on each side while none is open opens a quote
                // when a mark after it is left to close it
                boolean spacedOpener = open < 0 && Character.isWhitespace(prev) && Character.isWhitespace(next)
                        && para.chars().skip(i + 1).filter(x -> x == '"').count() % 2 == 1;
                if (opens || spacedOpener || open < 0 && i + 1 < n && !Character.isWhitespace(next)) {
                    opener = 1;
                } else {
                    closer = 1;
                }
            }
            if (opener > 0) {
                if (open >= 0 && !para.substring(innerFrom, i).isBlank()) {
                    out.add(new Quote(open, i, para.substring(innerFrom, i).strip()));
                }
                open = i;
                openedWith = c;
                innerFrom = i + opener;
                i += opener - 1;
            } else if (closer > 0 && open >= 0) {
                if (!para.substring(innerFrom, i).isBlank()) {
                    out.add(new Quote(open, i + closer, para.substring(innerFrom, i).strip()));
                }
                open = -1;
                i += closer - 1;
            } else if (closer > 0 && !marked && words(para.substring(0, i)) >= 4) {
                // the paragraph's first mark closes: the quote opened at its start (its opening mark was misplaced at
                // the end of the paragraph before, or left out where a quote runs on from there)
                out.add(new Quote(0, i + closer, para.substring(0, i).strip()));
                i += closer - 1;
            }
            marked |= opener > 0 || closer > 0;
        }
        if (open >= 0 && words(para.substring(innerFrom)) >= 4) {
            out.add(new Quote(open, n, para.substring(innerFrom).strip()));
        }
        return out.isEmpty() && !marked ? singleQuotations(para) : out;
    }

    /**
     * Quotes in single marks, as British copy and some republishers print them, in a paragraph with no double ones:
     * ‘...’ or '...', opened before a letter and closed before no letter; a straight closing mark follows the quote's
     * stop (",'" or ".'"), as an apostrophe never does. A mark left open is an apostrophe ("rock 'n' roll").
     */
    private static List<Quote> singleQuotations(String para) {
        List<Quote> out = new ArrayList<>();
        int open = -1;
        int n = para.length();
        for (int i = 0; i < n; i++) {
            char c = para.charAt(i);
            if (c != '‘' && c != '’' && c != '\'') {
                continue;
            }
            char prev = i == 0 ? ' ' : para.charAt(i - 1);
            char next = i + 1 < n ? para.charAt(i + 1) : ' ';
            if (open < 0 && c != '’' && opensAfter(prev) && Character.isLetter(next)) {
                open = i;
            } else if (open >= 0 && c != '‘' && !Character.isLetterOrDigit(next)
                    && (",.!?".indexOf(prev) >= 0 || c == '’' && Character.isLetter(prev) && prev != 's')) {
                out.add(new Quote(open, i + 1, para.substring(open + 1, i).strip()));
                open = -1;
            }
        }
        return out;
    }

    private static boolean opensAfter(char prev) {
        return Character.isWhitespace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–' || prev == ':';
    }

    /**
     * The paragraph with the words inside its quotes blanked: who a quote mentions is not whom the copy is about. A full
     * stop that ends the quote stays: it ends the sentence too ("... at his home.” A relative ... told AFP").
     */
    private static String unquoted(String para, List<Quote> quotes) {
        if (quotes.isEmpty()) {
            return para;
        }
        char[] c = para.toCharArray();
        for (Quote q : quotes) {
            int last = q.end() - 2;
            for (int i = q.start() + 1; i < q.end() - 1; i++) {
                c[i] = i == last && (c[i] == '.' || c[i] == '!' || c[i] == '?') ? c[i] : ' ';
            }
        }
        return new String(c);
    }

    /** Adds the paragraph's quotes; returns their spans, where no reported speech is sought. */
    private List<int[]> quotes(ArticleContext ctx, List<String> paragraphs, int p, List<Quote> found, List<StatementInput> out) {
        String para = paragraphs.get(p);
        List<int[]> spans = new ArrayList<>();
        String plain = unquoted(para, found);
        int prevEnd = 0;
        String speakerInPara = null;
        // "“A,” said a farmer who asked not to be named. “B.”": an unnamed speaker's words go on in the paragraph
        String unnamedInPara = null;
        // "A", but also "B," X said: the index in out of a first part whose frame is only the connective to the next
        int cutBefore = -1;
        for (Quote m : found) {
            String inner = m.inner();
            int sentenceStart = sentenceStartBefore(para, m.start(), prevEnd);
            String before = para.substring(sentenceStart, m.start());
            int afterEnd = sentenceEndAfter(para, m.end());
            // "... Brigade." The army said its jets "...": a sentence closed inside the marks has no frame after it
            String after = inner.endsWith(".") && afterEnd < para.length() && isOpeningMark(para.charAt(afterEnd))
                    || ownSentence(inner, para.substring(m.end(), afterEnd)) ? "" : para.substring(m.end(), afterEnd);
            updateFocus(ctx, plain.substring(0, m.start()));
            boolean full = before.isBlank() || before.strip().endsWith(":") || before.strip().endsWith(",")
                    && inner.length() > 40 || inner.matches("(?s).*[,.!?]$") && before.isBlank();
            // "... would be "dismissed and I can go home." In October, ...": a quote that closes its sentence inside
            // the marks, with the next sentence after it, is part of the sentence before it, not framed by the next
            if (!full && inner.matches("(?s).*[,.!?]$") && after.matches("^\\s*[A-Za-z].*")
                    && !(inner.endsWith(".") && after.matches("^\\s*\\p{Lu}.*"))) {
                full = true;
            }
            if (!full) {
                // the whole sentence, also when an earlier quote of it ended where this frame begins
                String lead = para.substring(sentenceStartBefore(para, m.start(), 0), m.start());
                if (!lead.isBlank() && inner.matches("(?s).*[.!?]$") && after.matches("^\\s+\\p{Lu}.*")) {
                    // "... had struck “X” and “Y.” The US Government announced ...": the quote's stop ended the
                    // sentence its lead began, what follows is a sentence of its own
                    after = "";
                }
                String speaker = partialQuoteSpeaker(ctx, lead, after);
                if (speaker == null) {
                    speaker = statementSource(ctx, lead + " " + after);
                }
                if (speaker == null) {
                    // no verb of saying: "The members of the Security Council condemned the attack and "reiterated ...""
                    speaker = openingSubject(ctx, lead);
                }
                Matcher clause = speaker == null ? Prefilter.matcher(ACTING_CLAUSE, lead) : null;
                int clauseAt = -1;
                boolean bareAnd = false;
                while (clause != null && clause.find()) {
                    clauseAt = clause.end();
                    bareAnd = clause.group().charAt(0) != ',';
                }
                if (clauseAt > 0) {
                    // "..., where Vucic ordered troops to be put on a "higher state of alert."": the clause's own subject;
                    // after an "and" without a comma, only a person ("NATO-led and Afghan troops" is one subject)
                    speaker = openingSubject(ctx, lead.substring(clauseAt));
                    speaker = bareAnd && speaker != null && ctx.entities.findPerson(speaker) == null ? null : speaker;
                }
                if (speaker == null && words(inner) >= 4 && !namesASpeaker(lead) && !namesASpeaker(after)
                        && !Prefilter.matcher(CHARACTERISES, lead).find()) {
                    // "X says the arrest was the right move." then "The arrest "also shows ..."": X's words go on
                    speaker = introducedSpeaker(ctx, previousSentence(paragraphs, p, plain, sentenceStartBefore(para, m.start(), 0)), REPORTS_SPEECH);
                }
                out.add(new StatementInput(StatementKind.PARTIAL_QUOTE, inner, speaker, null, null, null, about(ctx, inner, speaker), null, null));
                prevEnd = m.end();
                continue;
            }
            spans.add(new int[]{m.start(), m.end()});
            Said said = attribution(ctx, after, true);
            String frame = after;
            boolean midSentence = !before.isBlank() && !before.strip().endsWith(":");
            if (said.speaker() == null || midSentence && (said.subject() == null || isPronoun(said.subject()))) {
                // "The army said its jets "hit a depot," and it added ...": the frame the quote sits in names its speaker
                Said pre = attribution(ctx, before, false);
                if (pre.speaker() != null || said.speaker() == null && said.subject() == null) {
                    said = new Said(pre.speaker(), pre.subject(), pre.fallback() != null ? pre.fallback() : said.fallback());
                    frame = before;
                }
            }
            String speaker = said.speaker();
            String quotedAs = speaker == null || isOutlet(ctx, speaker) ? quotedAsSaying(ctx, before, after) : null;
            speaker = quotedAs != null ? quotedAs : speaker;
            if (speaker == null && said.subject() == null && runsOn(para, m)) {
                speaker = namedWhereItCloses(ctx, paragraphs, p);
            }
            if (speaker == null) {
                speaker = statementSource(ctx, before + " " + after);
            }
            if (speaker == null && midSentence) {
                speaker = characterisedBy(ctx, before); // "for what he called "the largest rally ...," his supporters ..."
            }
            boolean sign = speaker == null && said.subject() == null && Prefilter.matcher(WORDS_ON_A_SIGN, before).find();
            if (sign) {
                speaker = openingSubject(ctx, before);
            }
            boolean crowd = speaker == null && said.subject() == null && (sign || UNNAMED_AGENT.matcher(after).matches());
            if (speaker == null && midSentence && said.subject() == null && !namesASpeaker(before)
                    && !PASSIVE.matcher(before).find() && !crowd) {
                // no verb of saying: "The Security Council has condemned the strike "in the strongest terms," while ..."
                speaker = openingSubject(ctx, before);
            }
            // "..., a witness said": a speaker the frame describes but does not name is not the previous one.
            boolean unnamedReferent = speaker == null && said.subject() != null
                    && refersToFocusUnnamed(Text.trimPunct(said.subject()).toLowerCase(Locale.ROOT));
            boolean describedSpeaker = unnamedReferent || crowd || speaker == null && said.subject() != null && !isPronoun(said.subject())
                    && !DEFINITE.matcher(said.subject()).lookingAt(); // "the 45-year-old said" refers back
            if (speaker == null) {
                Matcher according = ACCORDING_TO.matcher(after);
                Matcher accordingBefore = ACCORDING_TO.matcher(before);
                speaker = according.find() ? resolveSpeaker(ctx, according.group(1))
                        : accordingBefore.find() ? resolveSpeaker(ctx, accordingBefore.group(1)) : null;
            }
            boolean goesOnUnnamed = speaker == null && said.subject() == null && unnamedInPara != null && before.isBlank();
            describedSpeaker |= goesOnUnnamed;
            String label = speaker == null && said.subject() == null ? speakerLabel(paragraphs, p, before) : null;
            if (label != null) {
                // a script's "COLIN POWELL, SECRETARY OF STATE" or "REPORTER:" over the quote; a label naming nobody
                // of the story does not let the previous speaker go on
                speaker = personInLabel(ctx, label);
                describedSpeaker = true;
            }
            String introduced = speaker == null && !describedSpeaker && before.isBlank() && !namesASpeaker(after)
                    ? introducedSpeaker(ctx, previousSentence(paragraphs, p, plain, sentenceStart), SPEAKS) : null;
            if (introduced == null && speaker == null && !describedSpeaker && before.isBlank() && after.isBlank()) {
                introduced = subjectOfSentence(ctx, previousSentence(paragraphs, p, plain, sentenceStart));
            }
            if (introduced != null) {
                speaker = introduced; // "The governor spoke to reporters at a shelter." then her words
            }
            if (speaker == null && !describedSpeaker && speakerInPara == null && before.isBlank() && !namesASpeaker(after)
                    && p - lastReportedParagraph == 1 && lastReportedParagraph > lastQuoteParagraph) {
                speaker = lastReportedSpeaker; // "Colonel Gudani says the rebels are getting desperate." then his words
            }
            if (speaker == null && !describedSpeaker && (speakerInPara != null || p - lastQuoteParagraph <= 1)) {
                String goesOn = speakerInPara != null ? speakerInPara : lastQuoteSpeaker;
                speaker = fitsPronoun(ctx, said.subject(), goesOn) ? goesOn : null;
            }
            if (speaker == null && !describedSpeaker && speakerInPara == null && before.isBlank() && after.isBlank()) {
                // a quote that opens a story or a section, and then "Opposition leader X told reporters that ..."
                speaker = introducedSpeaker(ctx, nextSentence(paragraphs, p, para, m.end()), REPORTS_SPEECH);
            }
            if (speaker == null && said.fallback() != null) {
                speaker = said.fallback();
            }
            LocalDate saidOn = saidOn(ctx, frame);
            String unnamed = speaker != null ? null : unnamedReferent ? focusUnnamed : goesOnUnnamed ? unnamedInPara
                    : unnamedSpeaker(after, before, said);
            if (cutBefore >= 0 && speaker != null) {
                StatementInput first = out.get(cutBefore);
                out.set(cutBefore, new StatementInput(first.kind(), first.text(), speaker, saidOn, first.venue(), first.channel(),
                        about(ctx, first.text(), speaker), null, null));
            }
            // its own frame names nobody (a speaker the runs before lent it gives way to the one named after its second part)
            cutBefore = said.speaker() == null && Prefilter.matcher(CONNECTIVE_ONLY, after).matches() ? out.size() : -1;
            nestedQuotes(ctx, inner, out);
            out.add(new StatementInput(StatementKind.QUOTE, inner, speaker, saidOn, venue(ctx, para), channel(ctx, frame),
                    about(ctx, inner, speaker), null, unnamed));
            unnamedInPara = speaker == null ? unnamed : null;
            if (speaker != null) {
                speakerInPara = speaker;
                lastQuoteSpeaker = speaker;
                lastQuoteParagraph = p;
                focusOn(ctx, speaker);
                // "..., Rutte said, adding that the alliance's June summit ... would prove a seminal moment."
                Matcher adding = ADDING_THAT.matcher(after.strip());
                if (adding.find()) {
                    out.add(new StatementInput(StatementKind.REPORTED, adding.group(1).strip(), speaker, saidOn, null, null,
                            about(ctx, adding.group(1), speaker), null, null));
                }
            } else if (label != null) {
                lastQuoteParagraph = -10; // "REPORTER:" ends the run of the speaker before
            }
            prevEnd = m.end();
        }
        return spans;
    }

    /**
     * "X's speech was met with cheers of "...": the subject of a passive undergoes, it does not speak. (Passives of
     * saying, "was quoted as saying", have a verb of saying and never reach the rule that asks.)
     */
    private static final Pattern PASSIVE = Pattern.compile(
            "\\b(?:was|were|is|are|been|being)\\s+(?:\\p{L}+ly\\s+)?(?:\\p{L}+ed|met|seen|heard|shown|given)\\s+(?:with|by)\\b");
    /** "“...!” by protesters.": words of an agent the copy does not name. */
    private static final Pattern UNNAMED_AGENT = Pattern.compile(
            "^\\s*,?\\s*by (?:the |some |many |hundreds of |thousands of |dozens of )?(?:\\p{Ll}[\\p{Ll}-]*\\s?){1,3}[.!?,]?\\s*$");
    /** "Demonstrators held posters reading, “...”": the words on a sign are its bearers', named or not. */
    private static final Pattern WORDS_ON_A_SIGN = Pattern.compile(
            "\\b(?:posters?|banners?|signs?|placards?|graffiti|slogans?)(?:\\s+\\p{L}+){0,3}?\\s+(?:reading|saying|that read|which read)\\s*[,:]?\\s*$");

    /** What stands between the two parts of one quote: ", but also ", " and ", " or ". */
    private static final Pattern CONNECTIVE_ONLY = Pattern.compile("^\\s*,?\\s*(?:but|and|or)(?: also| even| then)?\\s*$");

    private static final Pattern ENDS_SENTENCE = Pattern.compile("(?s).*[.!?…]$");

    /**
     * "... People were weeping." Of the 108 people on board, 97 were passengers, officials said on Facebook.": after a
     * quote closed by its own full stop, a sentence whose verb of saying comes after a clause of its own reports
     * something else; a frame names its speaker first ("he said.", "Ruiz told AFP."). So does a sentence whose verb
     * takes an object of its own ("The WHO announced an end to ...", "The attack claimed the lives of ...", "The
     * authority said the port would reopen"): a frame's verb has nothing after it but its circumstances or listener.
     */
    private boolean ownSentence(String inner, String after) {
        if (!ENDS_SENTENCE.matcher(inner).matches()) {
            return false;
        }
        List<Tokens.Token> t = Tokens.of(after);
        for (int v = 0; v < t.size(); v++) {
            if (lex.reportingVerbs.contains(t.get(v).lower())) {
                String subject = after.substring(0, t.get(v).start());
                return subject.contains(",") && words(subject) > 8 || v > 0 && v + 1 < t.size()
                        && !lex.transitiveReportingVerbs.contains(t.get(v).lower())
                        && OBJECT_OPENER.contains(t.get(v + 1).lower());
            }
        }
        return false;
    }

    /** Words that open a verb's object or clause: "announced an end", "claimed the lives", "said that". */
    private static final Set<String> OBJECT_OPENER = Set.of("the", "a", "an", "its", "his", "her", "their", "that", "this",
            "these", "those", "no", "all");

    /**
     * "Voice of America reports: “Trump said the talks went ‘better than anybody could have expected.’": the quotes in
     * single marks inside a quotation are the words of whom the quoted text says spoke them, told before the quotation
     * that holds them (which is its own source's).
     */
    private void nestedQuotes(ArticleContext ctx, String inner, List<StatementInput> out) {
        int prevEnd = 0;
        for (Quote q : singleQuotations(inner)) {
            String lead = inner.substring(sentenceStartBefore(inner, q.start(), prevEnd), q.start());
            prevEnd = q.end();
            if (words(q.inner()) < 4) {
                continue;
            }
            String speaker = partialQuoteSpeaker(ctx, lead, inner.substring(q.end(), sentenceEndAfter(inner, q.end())));
            speaker = speaker != null ? speaker : openingSubject(ctx, lead); // "Mwita called the meeting ‘...’"
            out.add(new StatementInput(lead.isBlank() ? StatementKind.QUOTE : StatementKind.PARTIAL_QUOTE, q.inner(), speaker,
                    null, null, null, about(ctx, q.inner(), speaker), null, null));
        }
    }

    /** Whether a quote is still open at its paragraph's end: the next paragraph, reopening it, goes on with it. */
    private static boolean runsOn(String para, Quote q) {
        return q.end() == para.length() && "”\"»›」』'’".indexOf(para.charAt(para.length() - 1)) < 0;
    }

    /**
     * "“We lost everything. ¶ “The children are safe,” Cruz said.": a quote left open over paragraphs is spoken by the
     * one its frame names where it closes; null when that frame names nobody or the next paragraph does not reopen it.
     */
    private String namedWhereItCloses(ArticleContext ctx, List<String> paragraphs, int p) {
        for (int k = p + 1; k < paragraphs.size() && k <= p + MAX_PARAGRAPHS_OF_A_QUOTE; k++) {
            String next = paragraphs.get(k).strip();
            List<Quote> found = next.isEmpty() || !isOpeningMark(next.charAt(0)) ? List.of() : quotations(next);
            if (found.isEmpty() || found.get(0).start() != 0) {
                return null;
            }
            Quote q = found.get(0);
            if (!runsOn(next, q)) {
                Said said = attribution(ctx, next.substring(q.end(), sentenceEndAfter(next, q.end())), true);
                return said.subject() == null || isPronoun(said.subject()) ? null : said.speaker();
            }
        }
        return null;
    }

    private static boolean isOpeningMark(char c) {
        return c == '"' || c == '“' || c == '`' || c == '«' || c == '„' || c == '‘';
    }

    /**
     * A script's speaker label over a quote: the paragraph before, or the frame before the quote on its line, in
     * capitals and short ("COLIN POWELL, U.S. SECRETARY OF STATE", "(SOUNDBITE) POWELL:", "REPORTER:"); null when there
     * is none.
     */
    private static String speakerLabel(List<String> paragraphs, int p, String before) {
        String frame = before.strip();
        if (!frame.isEmpty()) {
            return frame.endsWith(":") && isLabel(frame) ? frame : null;
        }
        return p > 0 && isLabel(paragraphs.get(p - 1)) ? paragraphs.get(p - 1) : null;
    }

    private static boolean isLabel(String text) {
        String t = text.strip();
        if (SCRIPT_CUES.matcher(t).matches()) {
            return true; // "((Ana Ruiz, Mayor of Quito)) ((Spanish))": a broadcast script's cue names whoever speaks next
        }
        if (t.isEmpty() || t.length() > 120 || t.endsWith(".") || words(t) > 12) {
            return false;
        }
        boolean letters = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLowerCase(c) || isOpeningMark(c) || c == '”') {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /** A line of a broadcast script made of cues in double parentheses only: "((NARRATOR))", "((Ana Ruiz, Mayor)) ((Spanish))". */
    private static final Pattern SCRIPT_CUES = Pattern.compile("(?:\\(\\([^()]{1,100}\\)\\)\\s*)+");

    /** The person of the story a label names (in capitals, or as written in a script's cue), or null ("REPORTER:"). */
    private static String personInLabel(ArticleContext ctx, String label) {
        String found = null;
        int foundAt = Integer.MAX_VALUE;
        for (Entities.Person person : ctx.entities.people.values()) {
            for (String form : forms(person)) {
                int upper = firstIndexOfWord(label, form.toUpperCase(Locale.ROOT));
                int at = upper >= 0 ? upper : firstIndexOfWord(label, form);
                if (at >= 0 && at < foundAt) {
                    found = person.name;
                    foundAt = at;
                }
            }
        }
        return found;
    }

    /** The sentence before the one a quote opens: earlier in its paragraph, else the last of the paragraph before. */
    private static String previousSentence(List<String> paragraphs, int p, String plain, int sentenceStart) {
        String text = sentenceStart > 0 ? plain.substring(0, sentenceStart) : p > 0 ? paragraphs.get(p - 1) : "";
        int end = text.stripTrailing().length();
        return end == 0 ? "" : text.substring(lastSentenceStart(text, end), end);
    }

    /** The sentence after a quote: the rest of its paragraph, else the first sentence of the next paragraph. */
    private static String nextSentence(List<String> paragraphs, int p, String para, int quoteEnd) {
        String text = para.substring(quoteEnd).strip();
        if (text.isEmpty()) {
            text = p + 1 < paragraphs.size() ? paragraphs.get(p + 1).strip() : "";
        }
        return text.isEmpty() || isOpeningMark(text.charAt(0)) ? "" : text.substring(0, sentenceEndAfter(text, 0));
    }

    /**
     * "Governor Ana Ruiz spoke to reporters at a shelter.": who the sentence before a bare quote lets speak; also after
     * a phrase set before its subject ("On Sunday night, she spoke to supporters.").
     */
    private String introducedSpeaker(ArticleContext ctx, String sentence, Pattern verbs) {
        Matcher verb = verbs.matcher(sentence);
        String speaker = verb.find() ? speakerBefore(ctx, sentence, verb.start()) : null;
        String main = fromSubject(sentence);
        if (speaker != null || main.length() == sentence.strip().length()) {
            return speaker;
        }
        verb = verbs.matcher(main);
        return verb.find() ? speakerBefore(ctx, main, verb.start()) : null;
    }

    /**
     * "Speaking by telephone from the capital, shopkeeper Ana Ruiz describes the damage." then a quote that stands
     * alone, framed by nothing: the words are those of the person the sentence before has as its subject, whatever its
     * verb. A passive subject ("Ruiz was arrested") undergoes and does not speak.
     */
    private String subjectOfSentence(ArticleContext ctx, String sentence) {
        String main = fromSubject(sentence);
        List<Tokens.Token> t = Tokens.of(main);
        if (t.isEmpty()) {
            return null;
        }
        String[] tags = NlpModels.tagger().tag(t.stream().map(Tokens.Token::text).toArray(String[]::new));
        for (int k = 1; k < t.size(); k++) {
            if (tags[k].startsWith("VERB") || tags[k].startsWith("AUX")) {
                boolean passive = BE.contains(t.get(k).lower()) && k + 1 < t.size() && tags[k + 1].startsWith("VERB");
                return passive ? null : speakerBefore(ctx, main, t.get(k).start());
            }
        }
        return null;
    }

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "being");

    /** The sentence from its subject on, without an introductory phrase set off by a comma ("On Sunday night, "). */
    private static String fromSubject(String sentence) {
        String s = sentence.strip();
        int comma = s.indexOf(',');
        return comma > 0 && INTRODUCTORY.matcher(s).lookingAt() ? s.substring(comma + 1).strip() : s;
    }

    /** The person a sentence names or refers to as the subject of the verb that starts at verbStart, or null. */
    private String speakerBefore(ArticleContext ctx, String sentence, int verbStart) {
        if (sentence.isBlank()) {
            return null;
        }
        Entities.Person first = null;
        int firstAt = Integer.MAX_VALUE;
        int firstEnd = -1;
        for (Entities.Person person : ctx.entities.people.values()) {
            for (String form : forms(person)) {
                int at = firstIndexOfWord(sentence, form);
                at = at >= 0 && isPossessive(sentence, at + form.length()) ? -1 : at; // "Quispe's deputy, X," is X
                if (at >= 0 && at < firstAt) {
                    first = person;
                    firstAt = at;
                    firstEnd = at + form.length();
                }
            }
        }
        // the subject: named before the verb, behind a title of a few words at most, or right before the verb at the
        // end of a description ("The executive director of the Balkan Trust, Ivan Vejvoda, says")
        if (first != null && firstAt < verbStart) {
            boolean rightBeforeVerb = firstEnd <= verbStart && sentence.substring(firstEnd, verbStart).matches("[,\\s]*");
            return words(sentence.substring(0, firstAt)) <= 5 || rightBeforeVerb ? first.name : null;
        }
        // "He says a state planned it.", "The mayor said the dams were low.": a subject that refers back to someone
        String subject = sentence.substring(0, verbStart).strip();
        return words(subject) >= 1 && words(subject) <= 3 && (isPronoun(subject) || DEFINITE.matcher(subject).lookingAt())
                ? resolveSpeaker(ctx, subject) : null;
    }

    private static boolean isPossessive(String text, int nameEnd) {
        return text.startsWith("'s", nameEnd) || text.startsWith("’s", nameEnd);
    }

    private static boolean hasFullQuote(String sentence) {
        for (Quote m : quotations(sentence)) {
            String before = sentence.substring(0, m.start()).strip();
            if (before.isEmpty() || before.endsWith(":") || m.inner().matches("(?s).*[,.!?]$")) {
                return true;
            }
        }
        // An opening quote whose paragraph-level closing lies in another sentence.
        String t = sentence.strip();
        return t.startsWith("\"") || t.startsWith("“") || t.endsWith("\"") || t.endsWith("”");
    }

    private static int sentenceStartBefore(String para, int pos, int floor) {
        for (int i = pos - 2; i > floor; i--) {
            char c = para.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(para.charAt(i + 1))
                    && !(c == '.' && SentenceSplitter.isAbbreviation(para, i))) {
                return i + 1;
            }
            if ((c == '.' || c == '!' || c == '?') && closesSentenceInMarks(para, i)) {
                return i + 2;
            }
        }
        return floor;
    }

    /**
     * "... by an independent body.” The US military released ...": a stop inside a closing mark, then a capital, ends
     * the sentence the quote was part of.
     */
    private static boolean closesSentenceInMarks(String para, int stop) {
        return stop + 3 < para.length() && (para.charAt(stop + 1) == '”' || para.charAt(stop + 1) == '"')
                && Character.isWhitespace(para.charAt(stop + 2)) && Character.isUpperCase(para.charAt(stop + 3));
    }

    private static int sentenceEndAfter(String para, int pos) {
        for (int i = pos; i < para.length(); i++) {
            char c = para.charAt(i);
            if (c == '"' || c == '“' || c == '„' || c == '`' && i + 1 < para.length() && para.charAt(i + 1) == '`') {
                return i;
            }
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == para.length() || Character.isWhitespace(para.charAt(i + 1)))
                    && !(c == '.' && SentenceSplitter.isAbbreviation(para, i))) {
                return i + 1;
            }
        }
        return para.length();
    }

    /**
     * What a quote's frame says of its speaker: whom it names (resolved), the subject phrase of its verb of saying as
     * written (also when it names nobody: "a witness"), and an outlet it cites ("..., Xinhua reported"), which is only
     * the speaker when nobody else is.
     */
    record Said(String speaker, String subject, String fallback) {
    }

    /** The speaker named in a quote's frame: "Rutte said", "said Rutte", "he added", "Rutte said:". */
    private Said attribution(ArticleContext ctx, String frame, boolean after) {
        List<Tokens.Token> t = Tokens.of(frame);
        String outlet = null;
        String subjectText = null;
        // after a quote the first verb of saying frames it; before one, the last ("Asked whether ..., Ruiz said:")
        for (int k = 0; k < t.size(); k++) {
            int v = after ? k : t.size() - 1 - k;
            if (!lex.reportingVerbs.contains(t.get(v).lower())) {
                continue;
            }
            int subjectEnd = v;
            // "Rutte has said", "he later added"
            while (subjectEnd > 0 && isAuxOrAdverb(t.get(subjectEnd - 1).lower())) {
                subjectEnd--;
            }
            if (subjectEnd > 0) {
                int from = after ? 0 : clauseStart(t, subjectEnd);
                String subject = frame.substring(t.get(from).start(), t.get(subjectEnd - 1).end());
                subject = after ? parentheticalSubject(ctx, subject) : subjectOf(subject);
                String s = resolveSpeaker(ctx, subject);
                s = s != null ? s : unlistedPerson(ctx, subject, subject);
                if (s != null && isOutlet(ctx, s)) {
                    outlet = outlet == null ? s : outlet;
                    continue;
                }
                if (s != null) {
                    return new Said(s, subject, outlet);
                }
                if (subjectText == null && !Text.trimPunct(subject).isEmpty()) {
                    subjectText = Text.trimPunct(subject);
                }
            }
            // "...?" asked Maria Santos: put first, the verb has its subject after it ("told X" never does)
            boolean inverted = v == 0 && !t.get(v).lower().equals("told") && !t.get(v).lower().equals("tells");
            if (after && v + 1 < t.size() && (inverted || !lex.transitiveReportingVerbs.contains(t.get(v).lower()))) {
                // "said Rutte." / "said the Pakistani army." (but "told Reuters": Reuters is the listener)
                int end = v + 1;
                while (end < t.size() && (!t.get(end).text().matches("[,.;:]")
                        || t.get(end).text().equals(".") && HONORIFICS.contains(t.get(end - 1).text()))) {
                    end++; // "said Mr. Putin."
                }
                if (end > v + 1 && !PLATFORM_CHANNEL.matcher(frame.substring(t.get(v + 1).start())).lookingAt()) {
                    String subject = frame.substring(t.get(v + 1).start(), t.get(end - 1).end());
                    Entities.Person named = nameAfterDescription(ctx, frame, t, end, subject);
                    String s = named != null ? named.name : resolveSpeaker(ctx, subject);
                    s = s != null ? s : unlistedPerson(ctx, frame.substring(t.get(v + 1).start()), subject);
                    if (s != null && isOutlet(ctx, s)) {
                        outlet = outlet == null ? s : outlet;
                        continue;
                    }
                    if (s != null) {
                        return new Said(s, subject, outlet);
                    }
                    if (subjectText == null && !startsWithTimeWord(subject)) {
                        subjectText = Text.trimPunct(subject);
                    }
                }
            }
            if (outlet == null) {
                return new Said(null, subjectText, null);
            }
        }
        return new Said(null, subjectText, outlet);
    }

    /**
     * "“It's a new era” when a president visits these days, he said": a quote that opens a sentence and runs on into a
     * clause of its own has its speaker in the attribution set off by the clause's last comma; the words before that
     * comma are no subject. The tail must be a pronoun or a name of the story: "..., a farmer, who asked not to be
     * named, said" has nothing after its last comma, "X, 38, of Digby, Nova Scotia said" names its speaker before it,
     * and "..., the defense official told VOA" is a description that names nobody.
     */
    private static String parentheticalSubject(ArticleContext ctx, String subject) {
        int comma = subject.lastIndexOf(',');
        String tail = comma < 0 ? "" : subject.substring(comma + 1).strip();
        boolean speaker = !tail.isEmpty() && words(tail) <= 4 && !containsPersonName(ctx, subject.substring(0, comma))
                && (isPronoun(tail) || ctx.entities.findPerson(tail) != null || ctx.entities.findOrg(tail) != null);
        return speaker ? tail : subject;
    }

    /**
     * "said Interior Minister, Rajnath Singh." / "said the spokesman for the state police, Imran Lone." / "said a
     * witness, one Omar Haddad, who ...": the person named after a comma when the words between the verb and the comma
     * describe someone but name nobody; null else.
     */
    private static Entities.Person nameAfterDescription(ArticleContext ctx, String frame, List<Tokens.Token> t, int comma,
                                                        String description) {
        if (comma + 1 >= t.size() || !t.get(comma).text().equals(",") || containsPersonName(ctx, description)) {
            return null;
        }
        int end = comma + 1;
        while (end < t.size() && (!t.get(end).text().matches("[,.;:]")
                || t.get(end).text().equals(".") && HONORIFICS.contains(t.get(end - 1).text()))) {
            end++;
        }
        String name = HONORIFIC.matcher(frame.substring(t.get(comma + 1).start(), t.get(end - 1).end())).replaceFirst("");
        return ctx.entities.findPerson(A_CERTAIN.matcher(name).replaceFirst(""));
    }

    /**
     * A name of one word that a description of a person sets off, the frame's subject: "said Mikhail, a protester who
     * gave only his first name", "Aisha, 34, a trader, said", "a resident, Maria, told", "a user named kestrel9 wrote":
     * a speaker known by first name only or by a user name, declared a person of the story; null when the words are
     * no such name.
     */
    private String personByOneName(ArticleContext ctx, String phrase) {
        String p = phrase.strip();
        Matcher m = ONE_NAME.matcher(p);
        if (!m.lookingAt()) {
            m = DESCRIPTION_THEN_NAME.matcher(p);
            if (!m.lookingAt()) {
                m = NAMED.matcher(p);
                if (!m.lookingAt()) {
                    return null;
                }
            }
        }
        String name = m.group(1);
        if (lex.stopCaps.contains(name) || ctx.entities.resolve(name) != null) {
            return null;
        }
        ctx.entities.person(name);
        return name;
    }

    /**
     * The person a speaker phrase names whom nobody listed: one known by one name ("a resident, Maria,") or a name the
     * people extractor left ("said War Lay, a sister of ..."); the frame is read from its start, the subject as written.
     */
    private String unlistedPerson(ArticleContext ctx, String frame, String subject) {
        String one = personByOneName(ctx, frame);
        return one != null ? one : unlisted.person(ctx, subject);
    }

    /** "a resident, Maria,": an indefinite description of a person, then the one name it is known by. */
    private static final Pattern DESCRIPTION_THEN_NAME = Pattern.compile(
            "(?:a|an|one)\\s+(?:[\\p{Ll}\\d-]+\\s+){0,3}?[\\p{Ll}-]+,\\s+(\\p{Lu}[\\p{Ll}]+)\\s*,?\\s*(?:[.;]|$)");
    /**
     * "a user named kestrel9", "a man by the name of Ramos", "a 40-year-old driver who gave his name as Tomas": whatever
     * word follows is a name, in any case.
     */
    private static final Pattern NAMED = Pattern.compile(
            "(?:[Aa]|[Aa]n|[Oo]ne)\\s+(?:[\\p{Ll}\\p{N}-]+\\s+){1,4}?(?:named|called|by the name of|known as"
                    + "|who gave (?:his|her) (?:first |full )?name as|who identified (?:himself|herself) (?:only )?as)\\s+([\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}_])\\s*,?\\s*(?:[.;]|$)");

    /**
     * One capitalised word (a user name may carry capitals and digits inside), then, after a comma, an age or an
     * apposition a personal pronoun or "who" shows to be about a person.
     */
    private static final Pattern ONE_NAME = Pattern.compile("(\\p{Lu}[\\p{L}\\p{N}_]+),\\s+(?:\\d{1,3}\\s*(?:[,.]|$)"
            + "|(?:a|an)\\s+\\d{1,3}-year-old\\b|(?:\\d{1,3},\\s+)?(?:a|an|the|one)\\s+[^,.;:\"“”]*?\\b(?:who|his|her)\\b)");

    private static boolean containsPersonName(ArticleContext ctx, String phrase) {
        for (Entities.Person p : ctx.entities.people.values()) {
            for (String form : forms(p)) {
                if (indexOfWord(phrase, form) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A news outlet or platform reports what others said; it speaks itself only when nobody else does. */
    private static boolean isOutlet(ArticleContext ctx, String speaker) {
        Entities.Org o = ctx.entities.findOrg(speaker);
        return o != null && (o.kind == dev.newsgraph.domain.OrganizationKind.NEWS_AGENCY
                || o.kind == dev.newsgraph.domain.OrganizationKind.PLATFORM);
    }

    /** "..., it said" goes on with no person, "..., she said" with no body: a pronoun says which kind it means. */
    private static boolean fitsPronoun(ArticleContext ctx, String subject, String speaker) {
        String w = subject == null || speaker == null ? "" : Text.trimPunct(subject).toLowerCase(Locale.ROOT);
        boolean person = ctx.entities.findPerson(speaker) != null;
        return !(w.equals("it") && person || PRONOUNS_PERSON.contains(w) && !person);
    }

    private static boolean isPronoun(String subject) {
        String w = LEADING_CONJUNCTION.matcher(subject.strip()).replaceFirst("").toLowerCase(Locale.ROOT);
        return PRONOUNS_PERSON.contains(w) || PRONOUNS_ORG.contains(w) || w.equals("i") || w.equals("we");
    }

    private static boolean startsWithTimeWord(String phrase) {
        return phrase.strip().matches("(?i)^(on|in|at|this|last|late|early|later|earlier|today|yesterday|during|after|before)\\b.*");
    }

    /**
     * "..., a security source said.", "a woman who was on the bus told AFP": an unnamed speaker as the text describes
     * them, kept rather than lost.
     */
    private String unnamedSpeaker(String after, String before, Said said) {
        Matcher m = UNNAMED_AFTER.matcher(after);
        if (m.find()) {
            return m.group(1).strip();
        }
        m = UNNAMED_BEFORE.matcher(before.strip());
        if (m.find()) {
            return m.group(1).strip();
        }
        String subject = said.subject();
        return subject != null && !isPronoun(subject) && words(subject) <= 12 ? subject : null;
    }

    /** Whether a quote's frame has a speech verb of its own ("a witness told Reuters"), resolved or not. */
    private boolean namesASpeaker(String frame) {
        for (Tokens.Token tok : Tokens.of(frame)) {
            if (lex.reportingVerbs.contains(tok.lower())) {
                return true;
            }
        }
        return false;
    }

    /** The body or person a quote's statement comes from, when the frame names the statement rather than a speech verb. */
    private String statementSource(ArticleContext ctx, String frame) {
        String text = frame.strip();
        Matcher from = STATEMENT_FROM.matcher(text);
        if (from.find()) {
            String source = from.group(1).strip();
            Matcher possessive = OWN_OFFICE.matcher(source);
            String speaker = possessive.matches() ? resolveSpeaker(ctx, possessive.group(1).equals("its") || possessive.group(1).equals("their")
                    ? "it" : "he") : resolveSpeaker(ctx, source);
            if (speaker != null) {
                lastStatementSource = speaker;
                return speaker;
            }
        }
        Matcher site = STATEMENT_ON_SITE.matcher(text);
        String host = site.find() ? resolveSpeaker(ctx, site.group(1)) : null;
        if (host != null) {
            lastStatementSource = host;
            return host;
        }
        Matcher issued = ISSUED_STATEMENT.matcher(text);
        String speaker = issued.find() ? resolveSpeaker(ctx, issued.group(1)) : null;
        if (speaker != null) {
            lastStatementSource = speaker;
        }
        return speaker;
    }

    /** Whether a verb of saying comes next, after any auxiliary or adverb: the words after a name that is its subject. */
    private boolean saysNext(String rest) {
        for (Tokens.Token tok : Tokens.of(rest.length() > 60 ? rest.substring(0, 60) : rest)) {
            if (!isAuxOrAdverb(tok.lower())) {
                return lex.reportingVerbs.contains(tok.lower());
            }
        }
        return false;
    }

    private static boolean isAuxOrAdverb(String w) {
        return w.equals("has") || w.equals("had") || w.equals("have") || w.endsWith("ly") || w.equals("also")
                || w.equals("later") || w.equals("then") || w.equals("once") || w.equals("again") || w.equals("was")
                || w.equals("is");
    }

    private static int clauseStart(List<Tokens.Token> t, int end) {
        for (int k = end - 1; k >= 0; k--) {
            String w = t.get(k).text();
            if (w.equals(";") || w.equals(":") || w.equalsIgnoreCase("while") || w.equalsIgnoreCase("but") || w.equals("\"")
                    || w.equalsIgnoreCase("that") || w.equals("“") || w.equals("”")) {
                return k + 1;
            }
        }
        return 0;
    }

    // ---------------------------------------------------------------- reported speech

    private static final Pattern ACCORDING_TO_ANYWHERE = Pattern.compile("(?:,\\s*)?\\baccording to ([^,.]+)");
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^(?i)(and|but|while)\\s+");
    /** "one Omar Haddad": "one" before a name means "a certain", it is no part of the name. */
    private static final Pattern A_CERTAIN = Pattern.compile("^one\\s+(?=\\p{Lu})");
    private static final Pattern HONORIFIC = Pattern.compile("^(?:Mr|Mrs|Ms|Dr|Miss)\\.?\\s+");

    private void reported(ArticleContext ctx, ArticleContext.Sentence s, List<StatementInput> out) {
        String text = s.text;
        Matcher acc = Prefilter.matcher(ACCORDING_TO_ANYWHERE, text);
        if (acc.find()) {
            String speaker = resolveSpeaker(ctx, acc.group(1));
            if (speaker != null) {
                String gist = Text.trimPunct((text.substring(0, acc.start()) + text.substring(acc.end())).replaceAll("\\s+", " "));
                add(ctx, out, gist, speaker, null, s);
                return;
            }
        }
        int before = out.size();
        reportedBySpeechVerb(ctx, s, out);
        if (out.size() == before) {
            reportedStance(ctx, s, out);
        }
    }

    /** "Trump has cast doubt on Washington's willingness ...": a stated position without a verb of saying. */
    private void reportedStance(ArticleContext ctx, ArticleContext.Sentence s, List<StatementInput> out) {
        Matcher stance = STANCE.matcher(s.text);
        if (stance.find() && words(stance.group(1)) <= 8) {
            String speaker = resolveSpeaker(ctx, stance.group(1));
            if (speaker != null) {
                add(ctx, out, Text.trimPunct(stance.group(2) + stance.group(3)), speaker, null, s);
            }
        }
    }

    private void reportedBySpeechVerb(ArticleContext ctx, ArticleContext.Sentence s, List<StatementInput> out) {
        String text = s.text;
        List<Tokens.Token> t = s.tokens;
        int boundary = 0;
        for (int v = 0; v < t.size(); v++) {
            Tokens.Token verb = t.get(v);
            if (!lex.reportingVerbs.contains(verb.lower()) || v == 0) {
                if (verb.lower().equals("while") || verb.text().equals(";")) {
                    boundary = v + 1;
                }
                continue;
            }
            int subjectEnd = v;
            while (subjectEnd > boundary && isAuxOrAdverb(t.get(subjectEnd - 1).lower())) {
                subjectEnd--;
            }
            if (subjectEnd <= boundary) {
                continue;
            }
            String before = text.substring(t.get(boundary).start(), t.get(subjectEnd - 1).end());
            // Post-posed: "CLAUSE, Rind said" / "CLAUSE, the city mayor, Ihor Terekhov, said on Saturday."
            int lastComma = before.lastIndexOf(", ");
            String speaker = null;
            String gist = null;
            String afterVerbText = text.substring(verb.end());
            boolean nothingFollows = POSTPOSED_TAIL.matcher(afterVerbText).find();
            if (lastComma > 0 && nothingFollows) {
                String subject = before.substring(lastComma + 2);
                String head = before.substring(0, lastComma);
                int prevComma = head.lastIndexOf(", ");
                if (prevComma > 0 && head.substring(prevComma + 2).matches("(?i)(the|a|an) .{1,60}")
                        && resolveSpeaker(ctx, subject) != null && words(head.substring(prevComma + 2)) <= 6) {
                    head = head.substring(0, prevComma);
                }
                if (words(subject) <= 7) {
                    speaker = resolveSpeaker(ctx, subject);
                    gist = head;
                }
            }
            if (speaker == null && words(before) <= 8) {
                speaker = resolveSpeaker(ctx, before);
                speaker = speaker != null ? speaker : unlistedPerson(ctx, before, before);
                if (speaker != null) {
                    gist = clauseAfter(text, t, v);
                }
            }
            if (speaker == null && lastComma > 0 && !nothingFollows && words(before.substring(lastComma + 2)) <= 5) {
                // "A freelance coordinator in nearby Cebu City, Sian Maynard, tells VOA she ..."
                speaker = resolveSpeaker(ctx, before.substring(lastComma + 2));
                if (speaker != null) {
                    gist = clauseAfter(text, t, v);
                }
            }
            if (speaker != null && gist != null && words(gist) >= 3) {
                String afterVerb = text.substring(verb.end());
                Matcher part = PARTICIPLE_AFTER_VERB.matcher(afterVerb);
                if (lastComma > 0 && nothingFollows && part.find()) {
                    gist = gist + "; " + part.group(1) + " " + part.group(2);
                }
                String verbFrame = text.substring(verb.start(), Math.min(text.length(), verb.end() + 60));
                LocalDate saidOn = lex.transitiveReportingVerbs.contains(verb.lower()) || lastComma > 0 && nothingFollows
                        || verbFrame.matches("(?s)^\\w+ on .*") ? saidOn(ctx, verbFrame) : null;
                add(ctx, out, Text.trimPunct(gist), speaker, saidOn, s);
                boundary = v + 1;
            }
        }
    }

    private static String clauseAfter(String text, List<Tokens.Token> t, int v) {
        String rest = text.substring(t.get(v).end()).strip();
        rest = ON_WEEKDAY.matcher(rest).replaceFirst("");
        rest = THAT.matcher(rest).replaceFirst("");
        int cut = rest.indexOf(", while ");
        if (cut > 0) {
            rest = rest.substring(0, cut);
        }
        return TRAILING_DOT.matcher(rest).replaceAll("");
    }

    private static final Pattern TRAILING_DOT = Pattern.compile("[.]$");

    private void add(ArticleContext ctx, List<StatementInput> out, String gist, String speaker, LocalDate saidOn,
                     ArticleContext.Sentence s) {
        if (gist.isBlank()) {
            return;
        }
        out.add(new StatementInput(StatementKind.REPORTED, gist, speaker, saidOn, venue(ctx, s.text), channel(ctx, s.text),
                about(ctx, gist, speaker), null, null));
        focusOn(ctx, speaker);
        if (speaker != null) {
            lastReportedSpeaker = speaker;
            lastReportedParagraph = s.paragraph;
        }
    }

    private static final Pattern ON_WEEKDAY = Pattern.compile("^(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s*)");
    private static final Pattern THAT = Pattern.compile("^that\\s+");
    private static final Pattern THE = Pattern.compile("^(?i)the\\s+");

    private static int words(String s) {
        return s.isBlank() ? 0 : Text.SPACES.split(s.strip()).length;
    }

    // ---------------------------------------------------------------- speakers

    /** Who a subject phrase names: a pronoun, a person, an organization, a country or capital, or a role description. */
    String resolveSpeaker(ArticleContext ctx, String subject) {
        String s = HONORIFIC.matcher(LEADING_CONJUNCTION.matcher(Text.trimPunct(subject)).replaceFirst("")).replaceFirst("");
        if (s.isEmpty()) {
            return null;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (refersToFocusUnnamed(lower)) {
            return focusUnnamedBody;
        }
        if (PRONOUNS_PERSON.contains(lower)) {
            Entities.Person meant = personByPronoun(ctx, lower);
            return meant == null ? null : meant.name;
        }
        if (PRONOUNS_ORG.contains(lower) || GENERIC_ORG.matcher(lower).matches()) {
            // "the group said" after the army spoke: a group is no state's army or ministry
            Entities.Org o = focusOrg != null && isStateBody(focusOrg) && GROUP.matcher(lower).matches() && focusGroup != null
                    ? focusGroup : focusOrg;
            return o == null ? null : o.name;
        }
        if (STATEMENT_REF.matcher(lower).matches()) {
            // "The U.S. Embassy urged ..." then "“...,” the statement said": with no statement cited, the body in focus
            return lastStatementSource != null ? lastStatementSource : focusOrg == null ? null : focusOrg.name;
        }
        Matcher namedStatement = NAMED_STATEMENT.matcher(s);
        String issuer = namedStatement.matches() ? resolveSpeaker(ctx, namedStatement.group(1)) : null;
        if (issuer != null && ctx.entities.findPerson(issuer) == null) {
            lastStatementSource = issuer;
            return issuer;
        }
        Matcher statement = STATEMENT_FROM.matcher(s);
        if (statement.lookingAt()) {
            String source = resolveSpeaker(ctx, statement.group(1));
            if (source != null) {
                lastStatementSource = source; // "A statement from the IMF said ...", then "The statement added"
                return source;
            }
        }
        String bare = THE.matcher(s).replaceFirst("");
        String direct = ctx.entities.resolve(Text.stripPossessive(bare));
        if (direct != null) {
            Entities.Person named = ctx.entities.findPerson(direct);
            return named == null ? direct : sharedWithFocus(Text.stripPossessive(bare), named).name;
        }
        // A person named inside the phrase ("the city mayor, Ihor Terekhov"), the last one mentioned wins.
        Entities.Person found = null;
        String foundForm = null;
        int foundAt = -1;
        for (Entities.Person p : ctx.entities.people.values()) {
            for (String form : forms(p)) {
                int at = indexOfWord(s, form);
                if (at > foundAt || at == foundAt && at >= 0 && form.length() > foundForm.length()) {
                    found = p;
                    foundForm = form;
                    foundAt = at;
                }
            }
        }
        if (found != null) {
            return sharedWithFocus(foundForm, found).name;
        }
        // "the ministry said", "the court said": the body of that head word the copy named last, else the only one
        Matcher the = THE_NOUN.matcher(lower);
        Entities.Org headed = the.matches() ? bodyByHeadWord(ctx, the.group(1)) : null;
        if (headed != null) {
            return headed.name;
        }
        for (Entities.Org o : ctx.entities.orgs.values()) {
            Set<String> forms = new LinkedHashSet<>(o.aliases);
            forms.add(o.name);
            for (String form : forms) {
                int at = indexOfWord(s, form);
                if (at >= 0 && !LISTENER_BEFORE.matcher(s.substring(0, at)).find()) {
                    return o.name;
                }
            }
            // "the military" after "the Ukrainian military", "police" after "Pakistani police"
            String name = asArmy(o.name.toLowerCase(Locale.ROOT));
            String head = o.name.contains(" ") ? name.substring(name.indexOf(' ') + 1) : null;
            String asked = asArmy(lower);
            if (words(s) <= 3 && (head != null && (asked.equals("the " + head) || asked.equals(head))
                    || asked.equals(name) || asked.equals("the " + name))) {
                return o.name;
            }
        }
        Matcher ofBody = SOURCE_OF_BODY.matcher(s);
        if (ofBody.matches()) {
            String body = resolveSpeaker(ctx, s.substring(ofBody.start(1)));
            if (body != null && ctx.entities.findPerson(body) == null) {
                return body;
            }
        }
        Entities.Org byFirstWord = bodyByFirstWord(ctx, bare);
        if (byFirstWord != null) {
            return byFirstWord.name;
        }
        Matcher unnamed = UNNAMED_SOURCE.matcher(lower);
        if (unnamed.matches()) {
            // "the spokesman added" after "police spokesman Abdullahi Haruna": the one person the text gave that title
            String titled = holderOfTitle(ctx, unnamed.group(1));
            if (titled != null) {
                return titled;
            }
            // "said the official, who was not named": the unnamed source introduced before ("a Biden administration
            // official told reporters") speaks for its body, not for whoever was named last
            return bodyOfUnnamed(ctx, unnamed.group(1));
        }
        String introduced = lower.startsWith("the ") && words(s) <= 4 ? personIntroducedAs(ctx, lower.substring(4)) : null;
        if (introduced != null) {
            return introduced;
        }
        if (words(s) <= 6 && lower.startsWith("the ")) {
            RoleInput role = people.describe(ctx, bare);
            if (role != null) {
                Entities.Person holder = holderOf(ctx, role);
                if (holder == null) {
                    holder = focusPerson;
                    if (holder != null) {
                        holder.addRole(role);
                    }
                }
                if (holder != null) {
                    holder.aliases.add(s);
                    return holder.name;
                }
            }
        }
        Entities.Org ofCountry = bodyOfCountryPossessive(ctx, s);
        if (ofCountry != null) {
            return ofCountry.name;
        }
        if (words(s) <= 3) {
            Entities.Place place = ctx.entities.findPlace(Text.stripPossessive(bare));
            if (place != null && place.entry.kind() == PlaceKind.COUNTRY) {
                return place.entry.name();
            }
        }
        return null;
    }

    /** "Nigeria's Army Staff", "Kenya’s police": a country's possessive and what follows it. */
    private static final Pattern COUNTRY_POSSESSIVE = Pattern.compile("\\b(\\p{Lu}[\\p{L}-]+)(?:'s|’s) (\\p{L}[\\p{L} -]{1,40})");

    /**
     * "the chief of Nigeria's Army Staff" after "the Nigerian army": a country's possessive stands for its demonym, so the
     * body named by the demonym and a head word that follows the possessive is meant; null when none is.
     */
    private static Entities.Org bodyOfCountryPossessive(ArticleContext ctx, String phrase) {
        Matcher m = Prefilter.matcher(COUNTRY_POSSESSIVE, phrase);
        if (!m.find()) {
            return null;
        }
        String after = m.group(2).toLowerCase(Locale.ROOT) + " ";
        for (Entities.Org o : ctx.entities.orgs.values()) {
            int space = o.name.indexOf(' ');
            Gazetteer.Entry country = space < 0 ? null : Gazetteer.get().byDemonym(o.name.substring(0, space));
            if (country != null && country.kind() == PlaceKind.COUNTRY && country.name().equals(m.group(1))
                    && after.startsWith(o.name.substring(space + 1).toLowerCase(Locale.ROOT) + " ")) {
                return o;
            }
        }
        return null;
    }

    /**
     * The organization whose name has this head word ("the court": "the Supreme Court", "the Court of Appeal"): of those
     * the copy has named so far outside quotes, the last; else the article's only one; else null.
     */
    private Entities.Org bodyByHeadWord(ArticleContext ctx, String noun) {
        Entities.Org last = null;
        Entities.Org only = null;
        int count = 0;
        for (Entities.Org o : ctx.entities.orgs.values()) {
            String name = o.name.toLowerCase(Locale.ROOT);
            if (!name.endsWith(" " + noun) && !name.startsWith(noun + " of ") && !name.contains(" " + noun + " of ")) {
                continue;
            }
            only = o;
            count++;
            Integer seen = orgSeen.get(o);
            if (seen != null && (last == null || seen > orgSeen.get(last))) {
                last = o;
            }
        }
        return last != null ? last : count == 1 ? only : null;
    }

    /**
     * "Mezopotamia said" after "the Mezopotamia Agency", "Anadolu reported" after "the Anadolu news agency": a body
     * called by the first word of its name, when that word is a name (the copy never writes it in lower case) and
     * begins the name of one body only.
     */
    private static Entities.Org bodyByFirstWord(ArticleContext ctx, String word) {
        if (word.isEmpty() || word.contains(" ") || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        Entities.Org only = null;
        for (Entities.Org o : ctx.entities.orgs.values()) {
            if (o.name.startsWith(word + " ")) {
                if (only != null) {
                    return null;
                }
                only = o;
            }
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (ArticleContext.Sentence s : only == null ? List.<ArticleContext.Sentence>of() : ctx.sentences) {
            if (indexOfWord(s.text, lower) >= 0) {
                return null; // "Reporters said": a common noun that opens a sentence
            }
        }
        return only;
    }

    private static boolean isStateBody(Entities.Org o) {
        return o.kind == dev.newsgraph.domain.OrganizationKind.GOVERNMENT || o.kind == dev.newsgraph.domain.OrganizationKind.MILITARY;
    }

    /** Wire copy calls one force "the Israeli army" and "the Israeli military" in turn. */
    private static String asArmy(String lowerName) {
        return lowerName.endsWith(" military") || lowerName.equals("military")
                ? lowerName.substring(0, lowerName.length() - "military".length()) + "army" : lowerName;
    }

    /** "... Hezb al-Islam to the Agence France-Presse news agency": the body spoken to is the listener, not the speaker. */
    private static final Pattern LISTENER_BEFORE = Pattern.compile("\\bto (?:the )?$");

    /**
     * "she said" or "the resident said" after "Another resident said ...": the unnamed source the copy last let speak.
     */
    private boolean refersToFocusUnnamed(String lowerSubject) {
        return focusUnnamed != null && (PRONOUNS_PERSON.contains(lowerSubject) || lowerSubject.startsWith("the ")
                && indexOfWord(focusUnnamed.toLowerCase(Locale.ROOT), lowerSubject.substring(4)) >= 0);
    }

    /**
     * "the district chief" after "District chief Ram Khadka said ...": the person whose name the text puts right after
     * these words, whether or not they make a title the lexicon knows.
     */
    private String personIntroducedAs(ArticleContext ctx, String words) {
        if (lowerSentences == null) {
            lowerSentences = ctx.sentences.stream().map(x -> x.text.toLowerCase(Locale.ROOT)).toList();
        }
        for (String sentence : lowerSentences) {
            if (!sentence.contains(words + " ")) {
                continue; // most descriptions introduce nobody: one test a sentence
            }
            for (Entities.Person p : ctx.entities.people.values()) {
                String name = p.name.toLowerCase(Locale.ROOT);
                if (sentence.contains(words + " " + name)) {
                    return p.name;
                }
                // "the prime minister of Bosnia and Herzegovina, Adnan Terzic", "the governor, Bello Hamza"
                for (int at = sentence.indexOf(words + " "); at >= 0; at = sentence.indexOf(words + " ", at + 1)) {
                    int from = at + words.length();
                    int n = sentence.indexOf(name, from);
                    if (n > from && n - from <= 60 && TITLE_THEN_NAME.matcher(sentence).region(from, n).matches()) {
                        return p.name;
                    }
                }
                if (describedInApposition(sentence, name, words)) {
                    return p.name;
                }
            }
        }
        return null;
    }

    /**
     * "Aylin Demir, a 45-year-old mother of three who sells fruit, said": the apposition after the name describes the
     * person with these words, behind an article and a few modifiers.
     */
    private static boolean describedInApposition(String lowerSentence, String lowerName, String words) {
        int at = lowerSentence.indexOf(lowerName + ", ");
        if (at < 0) {
            return false;
        }
        // an article and up to three modifiers before the words: "a 45-year-old ", "the longtime "
        Pattern apposition = Pattern.compile("(?:a|an|the)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?" + Pattern.quote(words) + "\\b");
        for (; at >= 0; at = lowerSentence.indexOf(lowerName + ", ", at + 1)) {
            int from = at + lowerName.length() + 2;
            if (apposition.matcher(lowerSentence).region(from, lowerSentence.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** What stands between a title and the name it introduces: " of Bosnia and Herzegovina, ", ", ". */
    private static final Pattern TITLE_THEN_NAME = Pattern.compile("(?: (?:of|for|in) [^.,;\"“”]{2,50})?, ");

    /** "the official", "the source", "the spokesman": a speaker who stays unnamed. */
    private static final Pattern UNNAMED_SOURCE = Pattern.compile(
            "^the (?:same |senior |unnamed |anonymous )?(official|source|spokesman|spokeswoman|spokesperson|aide|diplomat)$");

    /** The only person whose role the text gives with this title word ("police spokesman X"), else null. */
    private static String holderOfTitle(ArticleContext ctx, String noun) {
        String holder = null;
        for (Entities.Person p : ctx.entities.people.values()) {
            boolean titled = p.roles.stream().anyMatch(r -> r.title() != null
                    && Arrays.asList(r.title().toLowerCase(Locale.ROOT).split("\\s+")).contains(noun));
            if (titled) {
                if (holder != null) {
                    return null; // two spokesmen: "the spokesman" does not say which
                }
                holder = p.name;
            }
        }
        return holder;
    }

    /**
     * The organization an earlier indefinite mention ties an unnamed source to: "a Biden administration official", "a
     * spokesman for the Frontier Corps", "an official of the interior ministry".
     */
    private static String bodyOfUnnamed(ArticleContext ctx, String noun) {
        Pattern sourceOfBody = sourceOfBodyBefore(noun);
        for (ArticleContext.Sentence sentence : ctx.sentences) {
            for (Entities.Org o : ctx.entities.orgs.values()) {
                Set<String> forms = new LinkedHashSet<>(o.aliases);
                forms.add(o.name);
                for (String form : forms) {
                    int at = sentence.text.indexOf(form + " " + noun);
                    if (at > 0 && INDEFINITE_BEFORE.matcher(sentence.text.substring(0, at)).find()) {
                        return o.name;
                    }
                    at = sentence.text.indexOf(form);
                    int nounAt = at > 0 ? sentence.text.lastIndexOf(noun + " ", at) : -1;
                    if (nounAt >= 0 && at - nounAt <= noun.length() + 12 // "spokesman for the " right before the name
                            && sourceOfBody.matcher(sentence.text.substring(Math.max(0, nounAt - 40), at)).find()) {
                        return o.name;
                    }
                }
            }
        }
        return noun.startsWith("spokes") ? bodyBeforeBareSpokesman(ctx, noun) : null;
    }

    /** "A spokesman promised ...", "A spokeswoman said": a spokesperson introduced without the body they speak for. */
    private static final Pattern BARE_SPOKESPERSON = Pattern.compile("^(?:A|An|One)\\s+(?:\\p{Ll}+\\s+)?(spokesman|spokeswoman|spokesperson)"
            + "\\b(?!\\s+(?:for|of|from|in|with|at|to)\\b)");

    /**
     * "Jammaatul Ahrar claimed the bombing. ... A spokesman promised more attacks.": a spokesperson the copy brings in
     * without a body speaks for the body the sentences just before were about (the first one named in the nearest
     * sentence that names one, never an outlet); null when none of the three before names a body.
     */
    private static String bodyBeforeBareSpokesman(ArticleContext ctx, String noun) {
        for (int i = 0; i < ctx.sentences.size(); i++) {
            Matcher bare = BARE_SPOKESPERSON.matcher(ctx.sentences.get(i).text);
            if (!bare.find() || !bare.group(1).equals(noun)) {
                continue;
            }
            for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
                String text = ctx.sentences.get(j).text;
                Entities.Org first = null;
                int firstAt = Integer.MAX_VALUE;
                for (Entities.Org o : ctx.entities.orgs.values()) {
                    if (o.kind == dev.newsgraph.domain.OrganizationKind.NEWS_AGENCY || o.kind == dev.newsgraph.domain.OrganizationKind.PLATFORM) {
                        continue;
                    }
                    for (String form : orgForms(o)) {
                        int at = firstIndexOfWord(text, form);
                        if (at >= 0 && at < firstAt) {
                            first = o;
                            firstAt = at;
                        }
                    }
                }
                if (first != null) {
                    return first.name;
                }
            }
        }
        return null;
    }

    private static Set<String> orgForms(Entities.Org o) {
        Set<String> forms = new LinkedHashSet<>(o.aliases);
        forms.add(o.name);
        return forms;
    }

    /** "a spokesman for the ", "an official of ", "a source in the " just before a body's name. */
    private static Pattern sourceOfBodyBefore(String noun) {
        return Pattern.compile("\\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:\\p{Ll}+\\s+){0,2}" + noun
                + "\\s+(?:for|of|from|in|with|at)\\s+(?:the\\s+)?$");
    }

    private static final Pattern INDEFINITE_BEFORE = Pattern.compile("\\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:\\p{Ll}+\\s+){0,2}$");

    private static Entities.Person holderOf(ArticleContext ctx, RoleInput role) {
        for (Entities.Person p : ctx.entities.people.values()) {
            for (RoleInput r : p.roles) {
                if (r.title().equalsIgnoreCase(role.title()) && Objects.equals(r.place(), role.place())
                        && Objects.equals(r.current(), role.current())) {
                    return p;
                }
            }
        }
        return null;
    }

    private static Set<String> forms(Entities.Person p) {
        Set<String> f = new LinkedHashSet<>(p.aliases);
        f.add(p.name);
        f.add(p.surname());
        return f;
    }

    /** Position of the last whole-word occurrence, or -1; no regex, as this runs for every entity form and sentence. */
    private static int indexOfWord(String text, String word) {
        if (word.length() < 2) {
            return -1;
        }
        int from = text.length();
        while (from >= 0) {
            int i = text.lastIndexOf(word, from);
            if (i < 0) {
                return -1;
            }
            int end = i + word.length();
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return i;
            }
            from = i - 1;
        }
        return -1;
    }

    /**
     * The speaker of the reported speech a partial quote sits in: the subject of the verb of saying nearest before the
     * quote ("Hezbollah said ..., while the army said it "struck ...""), else of one after it; an outlet only when
     * nobody else is ("Xinhua reported that Li told Starmer that ..."); "The army also "struck ...", it added" is the
     * army's.
     */
    private String partialQuoteSpeaker(ArticleContext ctx, String before, String after) {
        String quotedAs = quotedAsSaying(ctx, before, after);
        if (quotedAs != null) {
            return quotedAs;
        }
        String characterised = characterisedBy(ctx, before);
        if (characterised != null) {
            return characterised;
        }
        Matcher participle = Prefilter.matcher(SAYING_PARTICIPLE, before);
        if (participle.find()) {
            // "He condemned the killings, saying that the "attacks ..."": the one who acted says it
            Matcher pronoun = OPENING_PRONOUN.matcher(before);
            String s = pronoun.lookingAt() ? resolveSpeaker(ctx, pronoun.group(1)) : openingSubject(ctx, before.substring(0, participle.start()));
            if (s != null && !isOutlet(ctx, s)) {
                return s;
            }
        }
        List<Tokens.Token> t = Tokens.of(before);
        String outlet = null;
        for (int v = t.size() - 1; v >= 1; v--) {
            if (lex.reportingVerbs.contains(t.get(v).lower()) && clauseStart(t, v) < v) {
                int subjectEnd = v;
                while (subjectEnd > 1 && isAuxOrAdverb(t.get(subjectEnd - 1).lower())) {
                    subjectEnd--;
                }
                // "He also said", "She later told": the subject without the adverbs before the verb
                int subjectFrom = clauseStart(t, v);
                int last = subjectEnd - 1 >= subjectFrom ? subjectEnd - 1 : v - 1;
                // "The Council praised the army, which killed the attackers, and stated that": the sentence's subject
                String s = t.get(subjectEnd - 1).lower().equals("and") ? openingSubject(ctx, before)
                        : resolveSpeaker(ctx, subjectOf(before.substring(t.get(subjectFrom).start(), t.get(last).end())));
                if (s != null && isOutlet(ctx, s)) {
                    outlet = s;
                } else if (s != null) {
                    return s;
                }
            }
        }
        t = Tokens.of(after);
        for (int v = 1; v < t.size(); v++) {
            if (lex.reportingVerbs.contains(t.get(v).lower()) && clauseStart(t, v) < v) {
                String subject = after.substring(t.get(clauseStart(t, v)).start(), t.get(v - 1).end());
                String tail = subject.substring(subject.lastIndexOf(',') + 1);
                String lead = isPronoun(tail) ? leadSubject(ctx, before) : null;
                String s = lead != null ? lead : resolveSpeaker(ctx, subjectOf(subject));
                if (s != null && isOutlet(ctx, s)) {
                    outlet = outlet == null ? s : outlet;
                } else if (s != null) {
                    return s;
                }
            }
        }
        // "According to an official of the body, the talks are "...": no verb of saying, the source the sentence cites
        Matcher according = ACCORDING_TO.matcher(before);
        Matcher accordingAfter = ACCORDING_TO.matcher(after);
        String cited = according.find() ? resolveSpeaker(ctx, according.group(1))
                : accordingAfter.find() ? resolveSpeaker(ctx, accordingAfter.group(1)) : null;
        return cited != null && !isOutlet(ctx, cited) ? cited : outlet;
    }

    /** "..., saying that the "...", "..., adding it was "...": a participle of saying whose subject is the sentence's. */
    private static final Pattern SAYING_PARTICIPLE = Pattern.compile(",\\s+(?:saying|adding|noting|warning|arguing|insisting|stressing)\\b");
    private static final Pattern OPENING_PRONOUN = Pattern.compile("^\\s*(He|She)\\b");

    /** "X called the bombers "..."", "what he branded "..."": a verb that names an act in the quote's words. */
    private static final Pattern CHARACTERISES = Pattern.compile(
            "\\s(?:has\\s+|had\\s+|have\\s+)?(?:(?:called|branded|termed|labell?ed|dubbed)(?:\\s+[^\\s,;\"“”]+){0,3}"
            // "described the raid as", "termed the operation as the"
            + "|(?:described|termed|characteri[sz]ed)(?:\\s+[^\\s,;\"“”]+){1,4}?\\s+as(?:\\s+(?:a|an|the))?)\\s*$");
    /** A clause with a subject of its own inside a sentence: "..., where Vucic ordered", "... and the governor declared". */
    private static final Pattern ACTING_CLAUSE = Pattern.compile("(?:,\\s+(?:where|when|as|while|and|but)|\\s+and)\\s+");
    /** Where the subject of a verb at a clause's end starts: after a comma or a relative word. */
    private static final Pattern CLAUSE_OPENER = Pattern.compile("(?:[,;]|\\b(?:what|which|who|that)\\b)\\s*");

    /**
     * Whose words a quote is when the copy says what someone called an act ("in an attack President X called "...",
     * "the government called the bombers "...", "what he called "...""): the subject of that verb, from the clause's
     * start; null when there is no such verb right before the quote or its subject names nobody.
     */
    private String characterisedBy(ArticleContext ctx, String before) {
        Matcher verb = Prefilter.matcher(CHARACTERISES, before);
        if (!verb.find()) {
            return null;
        }
        String subject = before.substring(0, verb.start());
        Matcher opener = CLAUSE_OPENER.matcher(subject);
        int from = 0;
        while (opener.find()) {
            from = opener.end();
        }
        subject = subject.substring(from);
        return words(subject) == 0 || words(subject) > 8 ? null : resolveSpeaker(ctx, subject);
    }

    /** A sentence's opening words up to its first comma, where its subject stands. */
    private static final Pattern OPENING = Pattern.compile("^[^,;:\"“”]{1,100}");
    /**
     * What may stand before a subject that is named: nothing, an article, "The members of the", "Officials of", a title
     * ("Interior Minister"); never a verb ("Gunmen killed X": X is no subject).
     */
    private static final Pattern BEFORE_NAMED_SUBJECT = Pattern.compile("^(?:(?:[Tt]he|[Aa]n?)\\s+"
            // "The charity Doctors Without Borders", "The opposition Party for ...": what kind of body it is
            + "(?:[a-z-]+\\s+)?(?:(?:group|organi[sz]ation|movement|network|monitor|agency|militia|alliance|coalition|party"
            + "|company|charity|opposition|watchdog|body)\\s+)?)?"
            + "(?:\\p{Ll}+\\s+(?:of|for|from|at|in)\\s+(?:the\\s+)?)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,4}$");
    /** "The Council": a body named by its head word. */
    private static final Pattern HEAD_WORD_SUBJECT = Pattern.compile("^[Tt]he \\p{Lu}\\p{Ll}+(?= \\p{Ll})");

    /**
     * The person or body a sentence opens with as its subject: named first, behind a few lower-case words at most ("The
     * members of the United Nations Security Council condemned ..."), or by its head word ("The Council also
     * praised ..."); null when the sentence opens otherwise.
     */
    private String openingSubject(ArticleContext ctx, String sentence) {
        Matcher opening = OPENING.matcher(sentence.strip());
        if (!opening.find()) {
            return null;
        }
        String text = opening.group();
        String found = null;
        int foundAt = Integer.MAX_VALUE;
        for (Entities.Person p : ctx.entities.people.values()) {
            for (String form : forms(p)) {
                int at = firstIndexOfWord(text, form);
                if (at >= 0 && at < foundAt) {
                    found = p.name;
                    foundAt = at;
                }
            }
        }
        int orgEnd = -1;
        for (Entities.Org o : ctx.entities.orgs.values()) {
            for (String form : orgForms(o)) {
                int at = firstIndexOfWord(text, form);
                if (at >= 0 && at < foundAt) {
                    found = o.name;
                    foundAt = at;
                    orgEnd = at + form.length();
                }
            }
        }
        if (orgEnd > 0) {
            String titled = personTitledAfter(ctx, text, orgEnd); // "NATO Secretary General Jens Holmberg urged ..."
            found = titled != null ? titled : found;
        }
        if (found != null && BEFORE_NAMED_SUBJECT.matcher(text.substring(0, foundAt)).matches()) {
            return found;
        }
        // a name first: "The Georgian government" is no head word "Georgian"
        Matcher head = HEAD_WORD_SUBJECT.matcher(text);
        return head.find() ? resolveSpeaker(ctx, head.group()) : null;
    }

    /** What stands between a body's name and a person it employs: "'s Africa director ", " refugee chief ". */
    private static final Pattern BODY_THEN_TITLE = Pattern.compile("^(?:'s|’s)?((?:\\s+[\\p{L}.-]+){1,4})\\s+$");

    /**
     * "The U.N. refugee chief Filippo Conte", "The World Health Organization's Africa director Amara Sesay": the person
     * a title after a body's name introduces, when the title's last word is one of office; null otherwise.
     */
    private String personTitledAfter(ArticleContext ctx, String text, int bodyEnd) {
        for (Entities.Person p : ctx.entities.people.values()) {
            for (String form : forms(p)) {
                int at = firstIndexOfWord(text, form);
                Matcher gap = at > bodyEnd ? BODY_THEN_TITLE.matcher(text.substring(bodyEnd, at)) : null;
                if (gap != null && gap.matches() && endsWithTitle(gap.group(1).strip())) {
                    return p.name;
                }
            }
        }
        return null;
    }

    /** Whether a phrase ends in a title of office: "Secretary General", "refugee chief", "Africa director". */
    private boolean endsWithTitle(String phrase) {
        String[] w = phrase.toLowerCase(Locale.ROOT).split("\\s+");
        if (w[w.length - 1].equals("chief")) {
            return true;
        }
        for (int k = 1; k <= Math.min(3, w.length); k++) {
            if (lex.titles.containsKey(String.join(" ", Arrays.copyOfRange(w, w.length - k, w.length)))) {
                return true;
            }
        }
        return false;
    }

    /** "Xinhua quoted spokesman Lin as saying": the one quoted speaks, not the outlet; null when no frame says so. */
    private String quotedAsSaying(ArticleContext ctx, String before, String after) {
        Matcher m = Prefilter.matcher(QUOTED_AS, before);
        if (!m.find()) {
            m = Prefilter.matcher(QUOTED_AS, after);
            if (!m.find()) {
                return null;
            }
        }
        String s = resolveSpeaker(ctx, m.group(1));
        return s == null || isOutlet(ctx, s) ? null : s;
    }

    /** The subject a sentence opens with before a quote: "The army also" gives the army. */
    private String leadSubject(ArticleContext ctx, String before) {
        List<Tokens.Token> t = Tokens.of(before);
        int end = t.size();
        while (end > 0 && isAuxOrAdverb(t.get(end - 1).lower())) {
            end--;
        }
        return end == 0 || end > 6 ? null : resolveSpeaker(ctx, before.substring(t.get(0).start(), t.get(end - 1).end()));
    }

    /** Openers of a phrase set before the subject: "Speaking to reporters at the White House, the families said". */
    private static final Pattern INTRODUCTORY = Pattern.compile("^(?:\\p{L}+ing|In|At|On|After|Before|During|Earlier|Later"
            + "|Asked|Addressing|According)\\b");

    /**
     * The subject before a verb of saying, without an introductory phrase set off by a comma ("Speaking to reporters
     * at the White House on Tuesday, the families"); an apposition stays ("Ali Hasan, a policeman").
     */
    private static String subjectOf(String beforeVerb) {
        int comma = beforeVerb.lastIndexOf(',');
        if (comma < 0 || !INTRODUCTORY.matcher(beforeVerb.strip()).lookingAt()) {
            return beforeVerb;
        }
        String tail = beforeVerb.substring(comma + 1).strip();
        return tail.isEmpty() ? beforeVerb : tail;
    }

    /**
     * "Mayor Ana Ruiz met Governor Tomas Baker. Baker said he ... “...,” she said.": the person in focus, unless the
     * article calls them by the other pronoun; then the person named last whom it does not. A focus the article says
     * nothing of keeps the pronoun (two men of whom one is "Mr." are no evidence against the other).
     */
    private Entities.Person personByPronoun(ArticleContext ctx, String pronoun) {
        if (focusPerson == null) {
            return null;
        }
        if (pronouns == null) {
            pronouns = PronounGender.of(ctx);
        }
        PronounGender.Pronoun wanted = pronoun.equals("she") ? PronounGender.Pronoun.SHE : PronounGender.Pronoun.HE;
        PronounGender.Pronoun focus = pronouns.get(focusPerson);
        if (focus == null || focus == wanted) {
            return focusPerson;
        }
        Entities.Person best = null;
        int bestSeen = -1;
        for (Map.Entry<Entities.Person, Integer> e : personSeen.entrySet()) {
            if (pronouns.get(e.getKey()) != focus && !dead.contains(e.getKey()) && e.getValue() > bestSeen) {
                best = e.getKey();
                bestSeen = e.getValue();
            }
        }
        return best != null ? best : focusPerson;
    }

    private void updateFocus(ArticleContext ctx, String text) {
        // The organization a sentence is about is usually its subject: the first one named, not the last.
        int bestOrg = Integer.MAX_VALUE;
        int bestGroup = Integer.MAX_VALUE;
        readPosition++;
        for (Entities.Person p : ctx.entities.people.values()) {
            for (String form : forms(p)) {
                if (firstIndexOfWord(text, form) >= 0) {
                    personSeen.put(p, readPosition);
                }
            }
        }
        for (Entities.Org o : ctx.entities.orgs.values()) {
            if (o.kind == dev.newsgraph.domain.OrganizationKind.NEWS_AGENCY || o.kind == dev.newsgraph.domain.OrganizationKind.PLATFORM) {
                continue; // "told Reuters", "on Telegram": a channel, never what "the group" refers to
            }
            Set<String> forms = new LinkedHashSet<>(o.aliases);
            forms.add(o.name);
            for (String form : forms) {
                int at = form.length() < 2 ? -1 : text.indexOf(form);
                boolean named = at >= 0 && indexOfWord(text, form) >= 0;
                if (named) {
                    orgSeen.put(o, readPosition);
                }
                if (named && at < bestOrg) {
                    bestOrg = at;
                    focusOrg = o;
                }
                if (named && at < bestGroup && !isStateBody(o)) {
                    bestGroup = at;
                    focusGroup = o;
                }
            }
        }
        // A person: the subject of the verb of saying in the last sentence that names one ("During his meeting with
        // Ruiz, Okafor said ..."), else the first named there, usually its subject ("Li told Starmer").
        int last = text.stripTrailing().length();
        int from = last;
        while (from > 0) {
            int start = lastSentenceStart(text, from);
            String sentence = text.substring(start, from);
            Entities.Person first = null;
            String firstForm = null;
            int firstAt = Integer.MAX_VALUE;
            boolean firstSays = false;
            for (Entities.Person p : ctx.entities.people.values()) {
                for (String form : forms(p)) {
                    int at = firstIndexOfWord(sentence, form);
                    if (at >= 0 && !dead.contains(p) && isKilled(sentence, at, at + form.length())) {
                        dead.add(p); // "Danladi and his son were killed": the dead are not whom "he said" means
                    }
                    if (at < 0 || dead.contains(p)) {
                        continue;
                    }
                    boolean says = saysNext(sentence.substring(at + form.length()));
                    // "Ahmed Hassen" rather than the surname of Abiy Ahmed at the same place: the longer name
                    if (says && !firstSays || says == firstSays && (at < firstAt || at == firstAt && form.length() > firstForm.length())) {
                        firstAt = at;
                        first = p;
                        firstForm = form;
                        firstSays = says;
                    }
                }
            }
            first = first == null ? misspeltSurname(ctx, sentence) : first;
            first = first == null ? titledSubject(ctx, sentence) : first;
            if (first != null) {
                focusPerson = firstForm == null ? first : sharedWithFocus(firstForm, first);
                focusUnnamed = null;
                return;
            }
            Matcher unnamed = Prefilter.matcher(UNNAMED_BEFORE, sentence.strip());
            boolean unnamedSource = unnamed.find();
            String oneName = unnamedSource ? personByOneName(ctx, unnamed.group(1)) : null;
            if (oneName != null) {
                // "A parent named Mandy said ...": a description that ends on the name is a person's, not an unnamed source's
                focusPerson = ctx.entities.findPerson(oneName);
                focusUnnamed = null;
                return;
            }
            if (unnamedSource) {
                // "A woman who was on the bus told AFP ...": the last sentence lets an unnamed source speak, and a
                // sentence after it that names nobody ("She said ...") goes on with her, not with someone named before
                focusUnnamed = unnamed.group(1);
                focusUnnamedBody = resolveSpeaker(ctx, focusUnnamed);
                Matcher bare = focusUnnamedBody == null ? BARE_SPOKESPERSON.matcher(focusUnnamed) : null;
                if (bare != null && bare.find()) {
                    focusUnnamedBody = bodyBeforeBareSpokesman(ctx, bare.group(1)); // "A spokeswoman said ..."
                }
                return;
            }
            Matcher official = Prefilter.matcher(OFFICIAL_OF_BODY, sentence.strip());
            String body = official.find() ? resolveSpeaker(ctx, official.group(2)) : null;
            if (body != null && ctx.entities.findOrg(body) != null) {
                // "The chief of the national police told reporters ...": an official the copy describes by a title of a
                // named body and does not name speaks for the body, and "he said" after it means them, not the one named before
                focusUnnamed = official.group(1);
                focusUnnamedBody = body;
                return;
            }
            from = start - 1;
        }
    }

    /**
     * "The prime minister, speaking later in Lyon, promised ...": a sentence whose subject is a title the story gave one
     * person names that person, and "she said" after it means them.
     */
    private Entities.Person titledSubject(ArticleContext ctx, String sentence) {
        Matcher the = TITLED_SUBJECT.matcher(sentence.strip());
        if (!the.lookingAt()) {
            return null;
        }
        String[] w = the.group(1).split(" ");
        for (int k = w.length; k >= 1; k--) {
            RoleInput role = people.describe(ctx, String.join(" ", Arrays.copyOfRange(w, 0, k)));
            String holder = role == null ? null : onlyHolderOf(ctx, role.title());
            if (holder != null) {
                return ctx.entities.findPerson(holder);
            }
        }
        return null;
    }

    /** A sentence opening with "The" and up to four words in lower case: where a title as its subject stands. */
    private static final Pattern TITLED_SUBJECT = Pattern.compile("[Tt]he ((?:\\p{Ll}[\\p{Ll}-]*)(?: \\p{Ll}[\\p{Ll}-]*){0,3})\\b");

    /**
     * "Fukada noted that ..." after "Prime Minister Yasuo Fukuda": the capitalized word a sentence opens with, unknown
     * as a name, that differs by one letter (not the first) from the surname of one person of the story is that person,
     * misspelt as copy sometimes does; null otherwise.
     */
    private static Entities.Person misspeltSurname(ArticleContext ctx, String sentence) {
        String text = sentence.strip();
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end < 5 || !Character.isUpperCase(text.charAt(0)) || end < text.length() && text.charAt(end) != ' ') {
            return null;
        }
        String word = text.substring(0, end);
        Entities.Person only = null;
        for (Entities.Person p : ctx.entities.people.values()) {
            String surname = p.surname();
            if (surname.length() != word.length() || surname.charAt(0) != word.charAt(0) || surname.equals(word)) {
                continue;
            }
            int differ = 0;
            for (int i = 1; i < word.length() && differ < 2; i++) {
                differ += surname.charAt(i) == word.charAt(i) ? 0 : 1;
            }
            if (differ == 1) {
                if (only != null) {
                    return null;
                }
                only = p;
            }
        }
        return only;
    }

    /**
     * "Ahmed said" after "Ahmed Hassen" was introduced, in a story that also names Prime Minister Abiy Ahmed: a single
     * word two people of the story bear (one's given name, the other's surname; a surname of two relatives) means the
     * one in focus; otherwise the one found.
     */
    private Entities.Person sharedWithFocus(String form, Entities.Person found) {
        if (focusPerson == null || found == focusPerson || form.indexOf(' ') >= 0) {
            return found;
        }
        boolean bears = focusPerson.surname().equals(form) || focusPerson.aliases.contains(form) || focusPerson.name.startsWith(form + " ");
        return bears ? focusPerson : found;
    }

    /** Where the last sentence or clause ("...; ", "..., while ", "..., but ") before {@code end} starts. */
    private static int lastSentenceStart(String text, int end) {
        for (int i = end - 2; i > 0; i--) {
            char c = text.charAt(i);
            boolean closed = i + 2 < text.length() && (text.charAt(i + 1) == '”' || text.charAt(i + 1) == '"')
                    && Character.isWhitespace(text.charAt(i + 2)); // "... at his home.” A relative said"
            if ((c == '.' || c == '!' || c == '?' || c == ';') && (Character.isWhitespace(text.charAt(i + 1)) || closed)
                    && !(c == '.' && SentenceSplitter.isAbbreviation(text, i))
                    || c == ',' && CLAUSE_JOIN.matcher(text).region(i, Math.min(text.length(), i + 12)).lookingAt()) {
                return closed && c != ',' ? i + 2 : i + 1;
            }
        }
        return 0;
    }

    private static int firstIndexOfWord(String text, String word) {
        if (word.length() < 2) {
            return -1;
        }
        int i = text.indexOf(word);
        while (i >= 0) {
            int end = i + word.length();
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return i;
            }
            i = text.indexOf(word, i + 1);
        }
        return -1;
    }

    /** Whether the sentence says the person named at [from, to) was killed: "X was shot dead", "killing X". */
    private static boolean isKilled(String sentence, int from, int to) {
        return KILLED_AFTER.matcher(sentence).region(to, sentence.length()).lookingAt()
                || KILLED_BEFORE.matcher(sentence).region(Math.max(0, from - 60), from).find();
    }

    private void focusOn(ArticleContext ctx, String speaker) {
        Entities.Person p = ctx.entities.findPerson(speaker);
        if (p != null) {
            focusPerson = p;
            focusUnnamed = null;
        }
        Entities.Org o = ctx.entities.findOrg(speaker);
        if (o != null) {
            focusOrg = o;
            focusGroup = isStateBody(o) ? focusGroup : o;
        }
    }

    // ---------------------------------------------------------------- circumstances

    private LocalDate saidOn(ArticleContext ctx, String frame) {
        DateResolver.TimeRef ref = DateResolver.timeRef(frame, ctx.publication.publishedOn(), ctx.publication.notBefore());
        return ref == null || ref.precision() != dev.newsgraph.domain.DatePrecision.DAY ? null : ref.date();
    }

    private String channel(ArticleContext ctx, String frame) {
        Matcher m = Prefilter.matcher(CHANNEL_PLATFORM, frame);
        while (m.find()) {
            Entities.Org o = ctx.entities.findOrg(m.group(1));
            if (o != null && o.kind == dev.newsgraph.domain.OrganizationKind.PLATFORM) {
                return o.name;
            }
        }
        Matcher w = Prefilter.matcher(CHANNEL_WORDS, frame);
        if (w.find()) {
            String c = w.group(1);
            if (c.contains("statement")) {
                return "statement";
            }
            if (c.contains("conference") || c.contains("reporters")) {
                return "news conference";
            }
            if (c.contains("interview")) {
                return "interview";
            }
            return c.replaceFirst("^(in|at) (a|an) ", "");
        }
        return null;
    }

    private String venue(ArticleContext ctx, String text) {
        Matcher m = Prefilter.matcher(VENUE, text);
        if (m.find()) {
            return ctx.entities.resolve(m.group(1).strip());
        }
        return null;
    }

    private static List<String> about(ArticleContext ctx, String text, String speaker) {
        Set<String> out = new LinkedHashSet<>();
        for (Entities.Person p : ctx.entities.people.values()) {
            for (String f : forms(p)) {
                if (indexOfWord(text, f) >= 0) {
                    out.add(p.name);
                }
            }
        }
        for (Entities.Org o : ctx.entities.orgs.values()) {
            if (indexOfWord(text, o.name) >= 0 || o.aliases.stream().anyMatch(a -> indexOfWord(text, a) >= 0)) {
                out.add(o.name);
            }
        }
        for (Entities.Place p : ctx.entities.places.values()) {
            if (indexOfWord(text, p.entry.name()) >= 0 || p.aliases.stream().anyMatch(a -> indexOfWord(text, a) >= 0)) {
                out.add(p.entry.name());
            }
        }
        out.remove(speaker);
        return List.copyOf(out);
    }

    private static List<StatementInput> dedupe(List<StatementInput> in) {
        Set<String> seen = new LinkedHashSet<>();
        List<StatementInput> out = new ArrayList<>();
        for (StatementInput s : in) {
            if (s.text().isBlank()) {
                continue;
            }
            if (seen.add(s.kind() + "|" + s.text())) {
                out.add(s);
            }
        }
        return out;
    }
}
