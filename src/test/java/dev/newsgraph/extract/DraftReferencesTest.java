package dev.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsgraph.domain.PlaceKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.OrganizationInput;
import dev.newsgraph.draft.PersonInput;
import dev.newsgraph.draft.PlaceInput;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every name a draft refers to (a place's parent, a speaker, a dateline, an actor ...) is declared in the same draft,
 * so that the draft can be ingested into an empty graph: one dangling reference and ingest refuses the whole article.
 * Checked on every article of the development corpus as published.
 */
class DraftReferencesTest {

    @Test
    void everyReferenceOfEveryDevelopmentDraftIsDeclared() throws IOException, URISyntaxException {
        Path dev = Path.of(Objects.requireNonNull(getClass().getResource("/extract/corpus/dev")).toURI());
        List<String> dangling = new ArrayList<>();
        int drafts = 0;
        try (Stream<Path> files = Files.list(dev)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (ArticleInput draft : new ArticleExtractor().extract(Files.readString(file), "corpus")) {
                    drafts++;
                    Set<String> declared = declaredNames(draft);
                    ReferenceFields.forEach(draft, (field, reference) -> {
                        if (!declared.contains(reference)) {
                            dangling.add(file.getFileName() + ": " + field + " = '" + reference + "'");
                        }
                    });
                }
            }
        }
        System.out.printf("DraftReferencesTest: %d drafts, %d dangling references%n", drafts, dangling.size());
        assertEquals(List.of(), dangling);
    }

    private static Set<String> declaredNames(ArticleInput draft) {
        Set<String> names = new HashSet<>();
        for (PersonInput person : draft.people()) {
            names.add(person.name());
            names.addAll(person.aliases());
        }
        for (OrganizationInput organization : draft.organizations()) {
            names.add(organization.name());
            names.addAll(organization.aliases());
        }
        for (PlaceInput place : draft.places()) {
            names.add(place.name());
            names.addAll(place.aliases());
            if (place.kind() == PlaceKind.COUNTRY && place.countryCode() != null) {
                names.add(place.countryCode());
            }
        }
        return names;
    }
}
