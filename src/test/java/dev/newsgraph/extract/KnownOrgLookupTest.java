package dev.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The known-organization look-up skips the spans that open with a word no surface form can begin with: it must never
 * skip one that would have been found, whatever its tokens and however possessive its end.
 */
class KnownOrgLookupTest {
    private final OrganizationExtractor extractor = new OrganizationExtractor();

    @Test
    void everySurfaceAsWrittenOrPossessiveOpensWithAWordThatMayStartIt() {
        Lexicons lex = Lexicons.get();
        Set<String> surfaces = new TreeSet<>(lex.knownOrgsBySurface.keySet());
        surfaces.addAll(lex.agenciesBySurface.keySet());
        for (String surface : surfaces) {
            for (String form : List.of(surface, surface + "'s", surface + "’s", surface + "'")) {
                List<Tokens.Token> tokens = Tokens.of("Officials of " + form + " spoke.");
                String first = tokens.get(2).text();
                assertTrue(extractor.mayStartOrg(first), form + " opens with " + first);
            }
        }
    }

    @Test
    void wordsThatOpenNoSurfaceAreSkipped() {
        for (String word : List.of("spokesman", "said", "Wednesday", "convoy")) {
            assertFalse(extractor.mayStartOrg(word), word);
        }
    }

    @Test
    void aPossessiveKnownOrganizationInWireCopyIsStillFound() {
        List<dev.newsgraph.draft.ArticleInput> drafts = new ArticleExtractor().extract("""
                Taliban's spokesman rejects UN report on Kabul attacks

                KABUL, Afghanistan — The Taliban's chief spokesman on Tuesday rejected a United Nations report on attacks
                in Kabul, saying the group's fighters had not targeted civilians.
                """, "known-orgs");
        assertEquals(1, drafts.size());
        assertTrue(drafts.get(0).organizations().stream().anyMatch(o -> o.name().equals("Taliban")), "Taliban found");
    }
}
