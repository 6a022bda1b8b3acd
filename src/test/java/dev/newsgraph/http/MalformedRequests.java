package dev.newsgraph.http;

import io.vertx.core.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

/**
 * Random requests that must be refused: broken JSON, parameters of the wrong type, binary bodies, huge strings, wrong
 * content types and methods, mutations sent with GET, mutations with invalid arguments (which must be refused
 * before they touch the database), and malformed, unknown or mismatched persisted-query hashes.
 */
final class MalformedRequests {
    /** One HTTP request: method, query string (may be empty), Content-Type and Accept (null: none) and body. */
    record RawRequest(String method, String queryString, String contentType, String accept, byte[] body) {
    }

    private static final String[] ACCEPTS = {null, "application/json", "application/graphql-response+json", "*/*",
        "text/html", "application/json; charset=utf-16", "application/graphql-response+json;q=0.1, application/json"};
    private static final String[] INVALID_MUTATIONS = {
        "mutation { deleteArticle(id: \"\") }",
        "mutation { deleteArticle(id: \"not-an-id\") }",
        "mutation { deleteArticle }",
        "mutation { mergeEntities(keep: \"x\", duplicate: \"y\") { __typename } }",
        "mutation { ingestArticles(input: [{headline: \"\", paragraphs: [], publishedOn: \"2025-01-01\", feed: \"f\"}]) { status } }",
        "mutation { ingestArticles(input: []) { status } }",
        "mutation { ingestArticles(input: [{}]) { status } }",
        "mutation { ingestArticles(input: {headline: 1}) { status } }",
        "mutation { noSuchMutation }",
    };

    private final Random random;

    MalformedRequests(Random random) {
        this.random = random;
    }

    RawRequest next(String validQuery) {
        String accept = ACCEPTS[random.nextInt(ACCEPTS.length)];
        return switch (random.nextInt(13)) {
            case 0 -> json(accept, validJson(validQuery).substring(0, random.nextInt(validJson(validQuery).length())));
            case 1 -> json(accept, "{\"query\": " + pick("1", "true", "null", "[]", "{}", "\"\"", "-0.5e3") + "}");
            case 2 -> json(accept, "{\"query\": " + quote(validQuery) + ", \"variables\": " + pick("1", "\"{}\"", "[]", "true") + "}");
            case 3 -> json(accept, "{\"query\": " + quote(validQuery) + ", \"operationName\": " + pick("1", "{}", "[]", "\"Nope\"") + "}");
            case 4 -> new RawRequest("POST", "", "application/json", accept, binary(1 + random.nextInt(4096)));
            case 5 -> json(accept, "{\"query\": " + quote("{ articles(text: " + quote(huge()) + ") { totalCount } }") + "}");
            case 6 -> json(accept, "{\"query\": " + quote(huge()) + "}");
            case 7 -> new RawRequest("POST", "", pick("text/plain", "application/graphql", "multipart/form-data", "application/x-www-form-urlencoded"),
                    accept, validJson(validQuery).getBytes(StandardCharsets.UTF_8));
            case 8 -> new RawRequest(pick("PUT", "DELETE", "PATCH"), "", "application/json", accept,
                    validJson(validQuery).getBytes(StandardCharsets.UTF_8));
            case 9 -> new RawRequest("GET", "query=" + encode(pick(INVALID_MUTATIONS)), null, accept, new byte[0]);
            case 10 -> new RawRequest("GET", pick("", "query=", "query=%7B", "variables=%7B%7D", "query=" + encode(validQuery) + "&variables=%5B%5D",
                    "query=" + encode(validQuery) + "&extensions=1", "query=%25ZZ"), null, accept, new byte[0]);
            case 11 -> persistedQuery(accept, validQuery);
            default -> json(accept, validJson(pick(INVALID_MUTATIONS)));
        };
    }

    /** A persisted-query extension that is malformed, or names a hash the server cannot know, by POST or GET. */
    private RawRequest persistedQuery(String accept, String validQuery) {
        String extensions = "{\"persistedQuery\": " + pick("1", "\"x\"", "null", "[]", "{}", "{\"version\": 1}",
                "{\"version\": 2, \"sha256Hash\": " + quote(randomHex()) + "}", "{\"version\": 1, \"sha256Hash\": \"zz\"}",
                "{\"version\": 1, \"sha256Hash\": " + quote(randomHex()) + "}") + "}";
        boolean withQuery = random.nextBoolean();
        if (random.nextBoolean()) {
            return new RawRequest("GET", (withQuery ? "query=" + encode(validQuery) + "&" : "") + "extensions=" + encode(extensions),
                    null, accept, new byte[0]);
        }
        return json(accept, "{" + (withQuery ? "\"query\": " + quote(validQuery) + ", " : "") + "\"extensions\": " + extensions + "}");
    }

    private String randomHex() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static RawRequest json(String accept, String body) {
        return new RawRequest("POST", "", "application/json", accept, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String validJson(String query) {
        return "{\"query\": " + quote(query) + ", \"variables\": {}}";
    }

    private static String quote(String text) {
        return Json.encode(text);
    }

    private String huge() {
        return "y".repeat(100_000 + random.nextInt(400_000));
    }

    private byte[] binary(int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @SafeVarargs
    private <T> T pick(T... items) {
        return items[random.nextInt(items.length)];
    }
}
