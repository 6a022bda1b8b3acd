package dev.newsgraph.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Implausible input is refused as BAD_USER_INPUT with a message that names the field, never a Java class, and
 * nothing of the batch is stored.
 */
@QuarkusTest
class InputValidationTest {
    static final String INGEST = "mutation($input: [ArticleInput!]!) { ingestArticles(input: $input) { status } }";

    static Map<String, Object> article(String headline) {
        Map<String, Object> article = new HashMap<>();
        article.put("headline", headline);
        article.put("paragraphs", List.of("Text of " + headline + "."));
        article.put("places", new ArrayList<>(List.of(new HashMap<>(Map.of("name", "Ukraine", "kind", "COUNTRY", "countryCode", "UA")))));
        return article;
    }

    static long articles() {
        return GraphQLClient.data("{ articles(first: 0) { totalCount } }").getLong("articles.totalCount");
    }

    @SuppressWarnings("unchecked")
    static void refused(String name, Consumer<Map<String, Object>> breakIt, String field) {
        Map<String, Object> article = article("Validation: " + name);
        breakIt.accept(article);
        long before = articles();
        Response response = GraphQLClient.asEditor().post(INGEST, Map.of("input", List.of(article)));
        String body = response.asString();
        assertEquals("BAD_USER_INPUT", response.jsonPath().getString("errors[0].extensions.code"), name + ": " + body);
        String message = response.jsonPath().getString("errors[0].message");
        assertTrue(message.contains(field), name + ": the message names " + field + ": " + message);
        assertFalse(body.contains("dev.newsgraph") || body.contains("java.") || body.contains("Exception"), name + ": " + body);
        assertEquals(before, articles(), name + ": nothing stored");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> firstPlace(Map<String, Object> article) {
        return ((List<Map<String, Object>>) article.get("places")).get(0);
    }

    @Test
    void theBaseArticleIsValid() {
        assertEquals("CREATED", GraphQLClient.asEditor().data(INGEST, Map.of("input", List.of(article("Validation: valid"))))
                .getString("ingestArticles[0].status"));
    }

    @Test
    void datesMustBePlausible() {
        refused("year 225", article -> article.put("publishedOn", "0225-06-01"), "publishedOn");
        refused("next year", article -> article.put("publishedOn", LocalDate.now(ZoneOffset.UTC).plusYears(1).toString()), "publishedOn");
        refused("incident in 1700", article -> article.put("incidents", List.of(Map.of("type", "PROTEST", "title", "Old protest",
                "occurredOn", "1700-01-01"))), "occurredOn");
        refused("statement in 2999", article -> article.put("statements", List.of(Map.of("kind", "QUOTE", "text", "Hello",
                "saidOn", "2999-01-01"))), "saidOn");
        // Tomorrow is fine: time zones and embargoed copy.
        Map<String, Object> tomorrow = article("Validation: dated tomorrow");
        tomorrow.put("publishedOn", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString());
        GraphQLClient.asEditor().data(INGEST, Map.of("input", List.of(tomorrow)));
    }

    @Test
    void countryCodesMustBeIsoCodes() {
        refused("UK", article -> firstPlace(article).put("countryCode", "UK"), "countryCode");
        refused("typo", article -> firstPlace(article).put("countryCode", "PQ"), "countryCode");
        refused("lower case", article -> firstPlace(article).put("countryCode", "ua"), "countryCode");
        refused("three letters", article -> firstPlace(article).put("countryCode", "UKR"), "countryCode");
    }

    @Test
    void namesMustNotBeBlankAndFiguresNotNegative() {
        refused("blank place", article -> firstPlace(article).put("name", "  "), "name");
        refused("negative munitions", article -> article.put("incidents", List.of(Map.of("type", "AIR_DRONE_STRIKE",
                "title", "Strike", "munitions", List.of(Map.of("weapon", "drone", "quantity", -1, "atLeast", false))))), "quantity");
    }

    @Test
    void listsAreBounded() {
        refused("600 paragraphs", article -> article.put("paragraphs", Collections.nCopies(600, "A paragraph.")), "paragraphs");
        refused("60 aliases", article -> firstPlace(article).put("aliases", Collections.nCopies(60, "Alias")), "aliases");
    }

    @Test
    void countryFiltersMustBeIsoCodes() {
        Response response = GraphQLClient.post("{ places(country: \"UK\") { totalCount } }", Map.of());
        assertEquals("BAD_USER_INPUT", response.jsonPath().getString("errors[0].extensions.code"), response.asString());
    }
}
