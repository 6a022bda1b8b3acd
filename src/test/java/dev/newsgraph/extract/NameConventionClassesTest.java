package dev.newsgraph.extract;

import dev.newsgraph.ingest.ArticleInput;
import dev.newsgraph.ingest.OrganizationInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus gold's conventions for people and organizations, each as a class on invented wire-style copy: a country's
 * troops are soldiers, not a body, while its army that acts is one.
 */
class NameConventionClassesTest {

    private static List<String> orgs(ArticleInput a) {
        return a.organizations().stream().map(OrganizationInput::name).toList();
    }

    private static boolean hasOrg(ArticleInput a, String name) {
        return a.organizations().stream().anyMatch(o -> o.name().equals(name) || o.aliases().contains(name));
    }

    @Test
    void aCountrysTroopsAreNoBodyButItsArmyThatActsIsOne() {
        ArticleInput a = only("""
                Militants Driven From Border Town

                MAIDUGURI, Nigeria — Chadian troops drove the militants out of the border town of Kelbari on Tuesday, and Cameroonian security forces arrested dozens of suspects. The Nigerian army said its soldiers had secured the road to the town.
                """);
        assertTrue(hasOrg(a, "Nigerian army"), a.organizations()::toString);
        assertFalse(orgs(a).stream().anyMatch(o -> o.startsWith("Chadian") || o.startsWith("Cameroonian")), a.organizations()::toString);
    }
}
