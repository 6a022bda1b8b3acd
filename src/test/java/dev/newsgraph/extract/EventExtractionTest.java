package dev.newsgraph.extract;

import dev.newsgraph.domain.DatePrecision;
import dev.newsgraph.domain.EventKind;
import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.EventInput;
import dev.newsgraph.draft.FigureInput;
import dev.newsgraph.draft.IncidentInput;
import dev.newsgraph.draft.StatementInput;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events, unnamed speakers and counter-claimed tolls in invented wire-style copy (not from the seeds or the corpus). */
class EventExtractionTest {

    private static final String SPEECH = """
            Chancellor Urges Unity in Lisbon Speech

            LISBON (Reuters) - German Chancellor Anna Keller warned on Tuesday, March 4, 2025, that Europe could not afford division.

            Speaking at the University of Lisbon, Keller said the bloc had to invest more in its own defence.

            "We have no time to lose," Keller said.

            She said the European Union's October summit in Brussels would decide on a new fund.
            """;

    private static final String STRIKE = """
            Missile Strike on Port City Kills 14, Governor Says

            A missile strike on the Ukrainian port city of Odesa killed 14 people on Friday, regional governor Oleh Kiper said.

            "Rescuers are still searching the rubble," a security source said.

            Russia's defence ministry claimed 85 soldiers were killed in the strike.
            """;

    private static ArticleInput extract(String text) {
        List<ArticleInput> articles = new ArticleExtractor().extract(text, "invented");
        assertEquals(1, articles.size(), "one article");
        return articles.get(0);
    }

    @Test
    void aSpeechAtAnInstitutionHoldsTheSpeakersWordsOfThatDay() {
        ArticleInput article = extract(SPEECH);
        EventInput speech = article.events().stream().filter(e -> e.kind() == EventKind.SPEECH).findFirst().orElseThrow();
        assertEquals("University of Lisbon", speech.venue());
        assertEquals("Lisbon", speech.place());
        assertEquals(LocalDate.of(2025, 3, 4), speech.occurredOn());
        assertTrue(speech.participants().contains("Anna Keller"), speech.participants().toString());
        StatementInput quote = article.statements().stream().filter(s -> s.text().startsWith("We have no time")).findFirst().orElseThrow();
        assertEquals(speech.key(), quote.event(), "the quote was said at the speech");
    }

    @Test
    void aSummitNamedByItsMonthIsTheNearestSuchMonth() {
        EventInput summit = extract(SPEECH).events().stream().filter(e -> e.kind() == EventKind.SUMMIT).findFirst().orElseThrow();
        assertEquals("Brussels", summit.place());
        assertEquals(LocalDate.of(2025, 10, 1), summit.occurredOn());
        assertEquals(DatePrecision.MONTH, summit.datePrecision());
        assertTrue(summit.participants().contains("European Union"), summit.participants().toString());
    }

    @Test
    void anUnnamedSourceIsKeptAsTheTextDescribesIt() {
        StatementInput quote = extract(STRIKE).statements().stream().filter(s -> s.text().startsWith("Rescuers")).findFirst().orElseThrow();
        assertNull(quote.speaker());
        assertEquals("a security source", quote.speakerDescription());
    }

    @Test
    void aPartysCounterClaimIsKeptButIsNotTheBestEstimate() {
        IncidentInput strike = extract(STRIKE).incidents().get(0);
        assertTrue(List.of("Odesa", "Odessa").contains(strike.place()), strike.place()); // the city, under either spelling
        List<FigureInput> killed = strike.figures().stream().filter(f -> f.kind() == FigureKind.KILLED).toList();
        FigureInput claim = killed.stream().filter(f -> f.value() == 85).findFirst().orElse(null);
        assertNotNull(claim, "the claim is kept: " + killed);
        assertTrue(claim.partyClaim(), "Russia's defence ministry is a party to a strike in Ukraine: " + claim);
        assertEquals(14, dev.newsgraph.domain.BestEstimate.of(killed, FigureInput::partyClaim, FigureInput::reportedOn,
                FigureInput::value).orElseThrow().value());
    }

    private static final String RALLIES = """
            Crowds Rally in Two Cities

            DURBAN, South Africa (AP) - Thousands of nurses protested on Monday in the South African city of Durban against pay cuts.

            Speaking at a rally in Pretoria on Monday, opposition leader Sipho Dlamini promised to raise their wages.
            """;

    @Test
    void aCrowdThatProtestsIsAProtestAndARallySomeoneSpeaksAtIsASpeech() {
        List<EventInput> events = new ArticleExtractor().extract(RALLIES, "invented").get(0).events();
        assertTrue(events.stream().anyMatch(e -> e.kind() == EventKind.PROTEST && "Durban".equals(e.place())), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.kind() == EventKind.SPEECH && "Pretoria".equals(e.place())), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.kind() == EventKind.PROTEST && "Pretoria".equals(e.place())), events.toString());
    }
}
