package dev.newsgraph.extract;

import dev.newsgraph.domain.BestEstimate;
import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.FigureInput;
import dev.newsgraph.draft.IncidentInput;
import dev.newsgraph.draft.OrganizationInput;
import dev.newsgraph.draft.PersonInput;
import dev.newsgraph.draft.PlaceInput;
import dev.newsgraph.draft.StatementInput;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one article a piece of invented copy must give, for the tests of error classes on invented copy. */
final class InventedCopy {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private InventedCopy() {
    }

    static ArticleInput only(String copy) {
        List<ArticleInput> drafts = EXTRACTOR.extract(copy, "invented");
        assertEquals(1, drafts.size(), drafts::toString);
        return drafts.get(0);
    }

    /** The place of that name, else the one with that alias. */
    static Optional<PlaceInput> place(ArticleInput a, String name) {
        return a.places().stream().filter(p -> p.name().equals(name)).findFirst()
                .or(() -> a.places().stream().filter(p -> p.aliases().contains(name)).findFirst());
    }

    /** The place of that name or alias, which the article must have. */
    static PlaceInput named(ArticleInput a, String name) {
        return place(a, name).orElseThrow(() -> new AssertionError("no place " + name + " in " + a.places()));
    }

    /** The article's one incident. */
    static IncidentInput onlyIncident(ArticleInput a) {
        assertEquals(1, a.incidents().size(), a.incidents()::toString);
        return a.incidents().get(0);
    }

    /** The incident's best estimate of a kind of figure, or null. */
    static Integer best(IncidentInput incident, FigureKind kind) {
        return BestEstimate.of(incident.figures().stream().filter(f -> f.kind() == kind).toList(), FigureInput::partyClaim,
                FigureInput::reportedOn, FigureInput::value).map(FigureInput::value).orElse(null);
    }

    /** The names of the people extracted. */
    static List<String> people(ArticleInput a) {
        return a.people().stream().map(PersonInput::name).toList();
    }

    /** The names of the organizations extracted. */
    static List<String> orgs(ArticleInput a) {
        return a.organizations().stream().map(OrganizationInput::name).toList();
    }

    /** Whether an organization has this name or alias. */
    static boolean hasOrg(ArticleInput a, String name) {
        return a.organizations().stream().anyMatch(o -> o.name().equals(name) || o.aliases().contains(name));
    }

    /** The statement whose text holds the fragment, which the article must have. */
    static StatementInput statementOf(ArticleInput a, String fragment) {
        return a.statements().stream().filter(st -> st.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError(fragment + " not in " + a.statements()));
    }

    /** The speaker of that statement, or null. */
    static String speakerOf(ArticleInput a, String fragment) {
        return statementOf(a, fragment).speaker();
    }
}
