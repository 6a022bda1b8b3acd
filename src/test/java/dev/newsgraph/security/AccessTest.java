package dev.newsgraph.security;

import static dev.newsgraph.graphql.GraphQLClient.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.error.OperationRefusedException;
import dev.newsgraph.graphql.GraphQLClient;
import dev.newsgraph.graphql.GraphQLClient.Caller;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ContextNotActiveException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may read, ingest and curate: real tokens over real HTTP. */
@QuarkusTest
class AccessTest {
    static final String INGEST = """
            mutation($input: [ArticleInput!]!) { ingestArticles(input: $input) { status article { id headline } } }""";
    static final String DELETE = "mutation($id: ID!) { deleteArticle(id: $id) }";
    static final String COUNT = "{ articles(first: 0) { totalCount } }";

    static Map<String, Object> article(String headline) {
        return Map.of("input", List.of(Map.of("headline", headline, "paragraphs", List.of("Text of " + headline + "."))));
    }

    static long articles() {
        return GraphQLClient.data(COUNT).getLong("articles.totalCount");
    }


    @Test
    void readsArePublicByDefault() {
        assertTrue(articles() > 0);
    }

    @Test
    void anonymousIngestIsRefusedAsUnauthenticatedAndStoresNothing() {
        long before = articles();
        Response response = GraphQLClient.post(INGEST, article("Anonymous ingest"));
        Map<String, Object> error = response.jsonPath().getMap("errors[0]");
        assertEquals("UNAUTHENTICATED", code(error), response.asString());
        assertTrue(error.get("message").toString().contains("bearer token"), response.asString());
        assertNull(response.jsonPath().get("data"), "a refused operation runs no field: " + response.asString());
        assertEquals(before, articles());
    }

    @Test
    void aTokenWithoutARoleMayReadButNotIngest() {
        Caller reader = GraphQLClient.withToken(Tokens.token(Set.of()));
        assertTrue(reader.data(COUNT).getLong("articles.totalCount") > 0);
        Map<String, Object> error = reader.firstError(INGEST, article("Roleless ingest"));
        assertEquals("FORBIDDEN", code(error), error.toString());
        assertTrue(error.get("message").toString().contains("editor"), error.toString());
    }

    @Test
    void editorAndAdminMayIngest() {
        assertEquals("Editor ingest", GraphQLClient.asEditor().data(INGEST, article("Editor ingest"))
                .getString("ingestArticles[0].article.headline"));
        assertEquals("Admin ingest", GraphQLClient.asAdmin().data(INGEST, article("Admin ingest"))
                .getString("ingestArticles[0].article.headline"));
    }

    @Test
    void theDevTokenScriptMintsAWorkingToken() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "scripts/DevToken.java", "editor").redirectErrorStream(true).start();
        String token = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, process.waitFor(), token);
        assertEquals("Ingested with a dev token", GraphQLClient.withToken(token).data(INGEST, article("Ingested with a dev token"))
                .getString("ingestArticles[0].article.headline"));
    }

    @Test
    void onlyAnAdminMayCurate() {
        String id = GraphQLClient.asEditor().data(INGEST, article("To be deleted by an admin"))
                .getString("ingestArticles[0].article.id");
        Map<String, Object> byEditor = GraphQLClient.asEditor().firstError(DELETE, Map.of("id", id));
        assertEquals("FORBIDDEN", code(byEditor), byEditor.toString());
        assertTrue(byEditor.get("message").toString().contains("admin"), byEditor.toString());
        Map<String, Object> anonymous = GraphQLClient.firstError(DELETE, Map.of("id", id));
        assertEquals("UNAUTHENTICATED", code(anonymous), anonymous.toString());
        assertEquals(id, GraphQLClient.asAdmin().data(DELETE, Map.of("id", id)).getString("deleteArticle"));
    }

    @Test
    void invalidTokensAreRefusedAsUnauthenticated() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Set<String> editor = Set.of(Roles.EDITOR);
        Map<String, String> tokens = Map.of(
                "garbage", "not-a-jwt",
                "signed by another key", Jwt.issuer(Tokens.ISSUER).upn("x").groups(editor).sign(generator.generateKeyPair().getPrivate()),
                "another issuer", Jwt.issuer("https://elsewhere.example").upn("x").groups(editor).sign(Tokens.devKey()),
                "expired", Jwt.issuer(Tokens.ISSUER).upn("x").groups(editor).issuedAt(Instant.now().minusSeconds(7200))
                        .expiresAt(Instant.now().minusSeconds(3600)).sign(Tokens.devKey()));
        long before = articles();
        tokens.forEach((kind, token) -> {
            Response response = GraphQLClient.withToken(token).post(INGEST, article("Ingest with a bad token: " + kind));
            assertEquals(401, response.statusCode(), kind + ": " + response.asString());
            assertEquals("UNAUTHENTICATED", response.jsonPath().getString("errors[0].extensions.code"), kind + ": " + response.asString());
            assertFalse(response.asString().contains("Exception"), kind + ": " + response.asString());
        });
        assertEquals(before, articles());
    }

    /**
     * The client may close its connection between {@link Access}'s check of the request context and its look-up of
     * the identity; the look-up then finds the context ended. That is the client gone, not a server error.
     */
    @Test
    void aContextEndingDuringTheIdentityLookUpRefusesAsClientGone() {
        Access access = new Access();
        access.identities = new ContextEndedDuringLookUp();
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activatedHere = !requestContext.isActive();
        if (activatedHere) {
            requestContext.activate();
        }
        try {
            OperationRefusedException refusal = access.refusal(false);
            assertEquals("SERVICE_UNAVAILABLE", refusal.getExtensions().get("code"));
        } finally {
            if (activatedHere) {
                requestContext.terminate();
            }
        }
    }

    /** Quarkus' identity association as it behaves once the request context has ended under it. */
    private static final class ContextEndedDuringLookUp implements CurrentIdentityAssociation {
        @Override
        public SecurityIdentity getIdentity() {
            throw new ContextNotActiveException("the request context ended");
        }

        @Override
        public Uni<SecurityIdentity> getDeferredIdentity() {
            throw new ContextNotActiveException("the request context ended");
        }

        @Override
        public void setIdentity(SecurityIdentity identity) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setIdentity(Uni<SecurityIdentity> identity) {
            throw new UnsupportedOperationException();
        }
    }
}
