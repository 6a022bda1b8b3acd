package dev.newsgraph.extract;

import dev.newsgraph.domain.EventKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.EventInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where an event took place, on invented wire-style copy: a place that opens the sentence ("In Lima, the president met
 * with ...") and a visit whose object names the place by a capital word and an apposition ("visited the Peruvian
 * capital, Lima"; "flew to ...").
 */
class EventPlaceClassesTest {

    private static ArticleInput only(String copy) {
        List<ArticleInput> drafts = new ArticleExtractor().extract(copy, "invented");
        assertEquals(1, drafts.size(), drafts::toString);
        return drafts.get(0);
    }

    private static EventInput event(ArticleInput a, EventKind kind) {
        return a.events().stream().filter(e -> e.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + ": " + a.events()));
    }

    @Test
    void aPlaceOpeningTheSentenceIsWhereItsMeetingWas() {
        ArticleInput a = only("""
                Floods Force Thousands From Homes in Peru

                Floods in northern Peru have forced thousands of people from their homes, officials said Monday.

                In Lima, President Rosa Quispe met with regional governors to discuss relief for the flooded provinces.
                """);
        assertEquals("Lima", event(a, EventKind.MEETING).place());
    }

    @Test
    void aVisitToTheCapitalNamedInAppositionIsAVisitToThatCity() {
        ArticleInput a = only("""
                Senators Visit Peru After Floods

                A group of U.S. senators visited the Peruvian capital, Lima, on Tuesday to discuss flood relief.
                """);
        EventInput visit = event(a, EventKind.VISIT);
        assertEquals("Lima", visit.place(), a.events()::toString);
    }
}
