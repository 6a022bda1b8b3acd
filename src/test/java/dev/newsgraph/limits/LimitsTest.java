package dev.newsgraph.limits;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.GraphQLClient;
import graphql.introspection.IntrospectionQuery;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** Attacks on the size and shape of requests, each refused with an error that names the limit. */
@QuarkusTest
class LimitsTest {
    @Inject
    SessionFactory sessionFactory;
    @TestHTTPResource("/graphql")
    URI graphql;

    static String code(Response response) {
        return response.jsonPath().getString("errors[0].extensions.code");
    }

    /** articles -> nodes -> people -> articles -> ... until the query is at least this deep. */
    static String nested(int depth) {
        StringBuilder open = new StringBuilder("{ ");
        StringBuilder close = new StringBuilder(" }");
        int level = 0;
        open.append("articles(first: 1) { ");
        level++;
        while (level < depth) {
            open.append("nodes { people { articles(first: 1) { ");
            close.insert(0, " } } }");
            level += 3;
        }
        return open.append("totalCount } ").append(close).toString();
    }

    /** Sends the query and returns the response with the number of SQL statements it ran. */
    private Response countingStatements(String query, long[] statements) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        Response response = GraphQLClient.post(query, Map.of());
        statements[0] = statistics.getPrepareStatementCount();
        return response;
    }

    @Test
    void aQuery50LevelsDeepIsRefusedBeforeItTouchesTheDatabase() {
        long[] statements = new long[1];
        Response response = countingStatements(nested(50), statements);
        assertEquals("LIMIT_EXCEEDED", code(response), response.asString());
        assertTrue(response.jsonPath().getString("errors[0].message").contains("newsgraph.query.max-depth"), response.asString());
        assertNull(response.jsonPath().get("data"), response.asString());
        assertEquals(0, statements[0], "a refused query must run no SQL");
    }

    @Test
    void aQueryWithinTheDepthLimitRuns() {
        GraphQLClient.data(nested(16));
    }

    @Test
    void nestedConnectionsCostTheirPageSizes() {
        long[] statements = new long[1];
        Response response = countingStatements(
                "{ people(first: 100) { nodes { articles(first: 100) { nodes { id headline } } } } }", statements);
        assertEquals("LIMIT_EXCEEDED", code(response), response.asString());
        assertTrue(response.jsonPath().getString("errors[0].message").contains("newsgraph.query.max-complexity"), response.asString());
        assertEquals(0, statements[0], "a refused query must run no SQL");
        // The same shape with small pages is fine.
        GraphQLClient.data("{ people(first: 10) { nodes { articles(first: 10) { nodes { id headline } } } } }");
    }

    @Test
    void tenThousandAliasesAreRefused() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 10_000; i++) {
            query.append(" a").append(i).append(": articles(first: 1) { totalCount }");
        }
        long[] statements = new long[1];
        Response response = countingStatements(query.append(" }").toString(), statements);
        assertNotNullErrors(response);
        assertNull(response.jsonPath().get("data.a0"), response.asString());
        // Refused by the parser's token limit before anything runs, naming the limit.
        assertEquals("LIMIT_EXCEEDED", code(response), response.asString());
        assertThat(response.jsonPath().getString("errors[0].message"), containsString("quarkus.smallrye-graphql.parser-max-tokens"));
        assertEquals(0, statements[0], "a refused query must run no SQL");
    }

    @Test
    void aThousandCheapAliasesUnderTheTokenLimitAreRefusedByCost() {
        String query = "{" + buildAliases(1_000) + " }";
        Response response = GraphQLClient.post(query, Map.of());
        assertEquals("LIMIT_EXCEEDED", code(response), response.asString());
    }

    private static String buildAliases(int count) {
        StringBuilder aliases = new StringBuilder();
        for (int i = 0; i < count; i++) {
            aliases.append(" a").append(i).append(": articles { totalCount }");
        }
        return aliases.toString();
    }

    @Test
    void aMillionItemPageIsRefused() {
        Response response = GraphQLClient.post("{ articles(first: 1000000) { nodes { id } } }", Map.of());
        assertEquals("LIMIT_EXCEEDED", code(response), response.asString());
        assertTrue(response.jsonPath().getString("errors[0].message").contains("100"), response.asString());
    }

    @Test
    void graphiqlIntrospectionStaysWithinTheLimits() {
        assertFalse(GraphQLClient.data(IntrospectionQuery.INTROSPECTION_QUERY).getList("__schema.types").isEmpty());
    }

    @Test
    void tooMuchTextInOneArticleIsRefusedAndStoresNothing() {
        long before = GraphQLClient.data("{ articles(first: 0) { totalCount } }").getLong("articles.totalCount");
        String paragraph = "word ".repeat(4_000); // 20,000 characters, the most one paragraph may have
        Map<String, Object> article = Map.of("headline", "A very long story", "paragraphs", Collections.nCopies(6, paragraph));
        Response response = GraphQLClient.asEditor().post(
                "mutation($input: [ArticleInput!]!) { ingestArticles(input: $input) { status } }", Map.of("input", List.of(article)));
        assertEquals("LIMIT_EXCEEDED", code(response), response.asString());
        String message = response.jsonPath().getString("errors[0].message");
        assertTrue(message.contains("input[0]") && message.contains("newsgraph.ingest.max-text-length"), message);
        assertEquals(before, GraphQLClient.data("{ articles(first: 0) { totalCount } }").getLong("articles.totalCount"));
    }

    @Test
    void aHundredMegabyteBodyIsRefusedWithoutBeingRead() throws Exception {
        long started = System.nanoTime();
        try (Socket socket = new Socket(graphql.getHost(), graphql.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: " + graphql.getHost() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + 100L * 1024 * 1024 + "\r\n\r\n{\"query\": \"").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("LimitsTest: 100 MB body answered '%s' after %.3f s%n", status, seconds);
            assertEquals("HTTP/1.1 413", status);
        }
    }

    private static void assertNotNullErrors(Response response) {
        assertFalse(response.jsonPath().getList("errors").isEmpty(), response.asString());
    }
}
