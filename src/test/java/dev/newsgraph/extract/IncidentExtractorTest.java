package dev.newsgraph.extract;

import dev.newsgraph.domain.BestEstimate;
import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.ingest.ArticleInput;
import dev.newsgraph.ingest.FigureInput;
import dev.newsgraph.ingest.IncidentInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Classes of incident errors seen on real copy, in invented wire-style copy (not from the seeds or the corpus). */
class IncidentExtractorTest {

    private static final String BOMBING = """
            Car Bomb Kills 12 in Afghan Market

            KABUL (Reuters) - A car bomb killed 12 people and wounded 30 at a crowded market in the city of Ghazni, Afghanistan, on Tuesday, police said.

            The death toll later rose to 15, the provincial health department said.

            In 2019, a similar attack in the city killed 40 people.

            More than 3,000 civilians have been killed in the province since the war began.

            The Taliban threatened to carry out more attacks if foreign troops did not leave.

            The bomb was hidden in a fruit cart, police said.
            """;

    private static final String WARNING = """
            Army Promises Devastating Response

            ISLAMABAD (Reuters) - Pakistan's army on Sunday promised a devastating response if militants attacked its bases in the north.
            """;

    private static List<IncidentInput> incidents(String text) {
        List<ArticleInput> articles = new ArticleExtractor().extract(text, "invented");
        assertEquals(1, articles.size());
        return articles.get(0).incidents();
    }

    private static Integer best(IncidentInput i, FigureKind kind) {
        return BestEstimate.of(i.figures().stream().filter(f -> f.kind() == kind).toList(), FigureInput::partyClaim,
                FigureInput::reportedOn, FigureInput::value).map(FigureInput::value).orElse(null);
    }

    @Test
    void backgroundCumulativeAndThreatenedAttacksAreNoIncidents() {
        List<IncidentInput> found = incidents(BOMBING);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).figures().stream().noneMatch(f -> f.value() == 40 || f.value() == 3000), found.toString());
    }

    @Test
    void theIncidentIsAtTheMostSpecificPlaceAndARisingTollKeepsEveryFigure() {
        IncidentInput bombing = incidents(BOMBING).get(0);
        assertEquals("Ghazni", bombing.place());
        assertEquals(15, best(bombing, FigureKind.KILLED));
        assertEquals(30, best(bombing, FigureKind.INJURED));
        assertTrue(bombing.figures().stream().anyMatch(f -> f.kind() == FigureKind.KILLED && f.value() == 12), "the first toll is kept");
    }

    @Test
    void aPromisedResponseToAHypotheticalAttackIsNoIncident() {
        assertEquals(List.of(), incidents(WARNING));
    }
}
