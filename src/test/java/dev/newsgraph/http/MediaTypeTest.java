package dev.newsgraph.http;

import static dev.newsgraph.http.GraphQLMediaType.APPLICATION_JSON;
import static dev.newsgraph.http.GraphQLMediaType.GRAPHQL_RESPONSE_JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Content-Type and Accept headers as real clients, browsers and proxies send them, parsed as RFC 9110 says. */
class MediaTypeTest {

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = {
            "application/json",
            "application/json; charset=utf-8",              // fetch with an explicit charset, graphql-ws clients
            "application/json;charset=UTF-8",               // Spring, OkHttp, Java HttpClient
            "Application/JSON; Charset=\"UTF-8\"",          // odd casing, quoted value
            "application/json ; charset=utf-8",             // whitespace before the semicolon
            "application/json;",                            // an empty parameter
            "application/json, application/json",           // GraphiQL's page: its header and createFetcher's, joined by the browser
            "application/json; charset=utf-8, application/json", // a proxy appending its own
            "application/json; profile=\"urn:a,b\"",        // a comma inside a quoted string
            "application/json\t;\tcharset=utf-8",           // tabs are whitespace too
    })
    void jsonBodiesAreAccepted(String header) {
        assertTrue(GraphQLMediaType.isJsonBody(MediaType.parseList(List.of(header))), header);
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = {
            "",
            "text/plain;charset=UTF-8",                     // a CORS-simple fetch without headers
            "application/x-www-form-urlencoded",            // an HTML form
            "multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW",
            "application/graphql",                          // a bare document: not supported
            "application/json; charset=iso-8859-1",
            "application/json; charset=utf-16",
            "application/jsonx",
            "application/json, text/plain",                 // conflicting members
            "application/json; charset=\"utf-8",            // unterminated quoted string
            "application json",
    })
    void otherBodiesAreRefused(String header) {
        assertFalse(GraphQLMediaType.isJsonBody(MediaType.parseList(List.of(header))), header);
    }

    @Test
    void repeatedContentTypeHeadersAreOneList() {
        assertTrue(GraphQLMediaType.isJsonBody(MediaType.parseList(List.of("application/json", "application/json; charset=utf-8"))));
        assertFalse(GraphQLMediaType.isJsonBody(MediaType.parseList(List.of())));
    }

    @ParameterizedTest(name = "Accept: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // Browsers navigating, fetch() and curl by default.
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7 | APPLICATION_JSON",
            "*/* | APPLICATION_JSON",
            // GraphiQL's page, Relay's example network layer.
            "application/json | APPLICATION_JSON",
            "application/json, multipart/mixed | APPLICATION_JSON",
            // graphql-http, Apollo Client 4, urql 6.
            "application/graphql-response+json, application/json | GRAPHQL_RESPONSE_JSON",
            "application/graphql-response+json,application/json;q=0.9 | GRAPHQL_RESPONSE_JSON",
            "application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed | GRAPHQL_RESPONSE_JSON",
            // Weights, casing, wildcards, charsets.
            "application/json;q=0.9, application/graphql-response+json;q=0.8 | APPLICATION_JSON",
            "application/graphql-response+json;q=0, application/json | APPLICATION_JSON",
            "APPLICATION/GRAPHQL-RESPONSE+JSON | GRAPHQL_RESPONSE_JSON",
            "application/* | APPLICATION_JSON",
            "application/*;q=0.5, application/graphql-response+json | GRAPHQL_RESPONSE_JSON",
            "*/*;q=0.1, application/json;q=0 | GRAPHQL_RESPONSE_JSON",
            "application/json; charset=utf-8 | APPLICATION_JSON",
            "application/json; charset=\"UTF-8\"; q=1.000 | APPLICATION_JSON",
            "application/graphql-response+json; charset=iso-8859-1, application/json | APPLICATION_JSON",
            "application/json; q=0.5; ext=\"a,b\", text/html | APPLICATION_JSON",
            // Malformed members are skipped; a header with none left counts as absent.
            "application/json; q=2 | APPLICATION_JSON",
            "nonsense, application/graphql-response+json | GRAPHQL_RESPONSE_JSON",
    })
    void acceptPicksTheResponseType(String header, GraphQLMediaType expected) {
        assertEquals(Optional.of(expected), GraphQLMediaType.negotiate(MediaType.parseList(List.of(header))), header);
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"text/html", "application/json;q=0", "application/json; charset=iso-8859-1",
            "application/xml, text/*", "*/*;q=0", "image/*;q=0.8"})
    void acceptWithoutAJsonTypeIsNotAcceptable(String header) {
        assertEquals(Optional.empty(), GraphQLMediaType.negotiate(MediaType.parseList(List.of(header))), header);
    }

    @Test
    void noAcceptHeaderGetsJson() {
        assertEquals(Optional.of(APPLICATION_JSON), GraphQLMediaType.negotiate(List.of()));
        assertEquals(Optional.of(GRAPHQL_RESPONSE_JSON),
                GraphQLMediaType.negotiate(MediaType.parseList(List.of("text/html", "application/graphql-response+json"))));
    }

    @Test
    void parametersAreParsedAsTheRfcSays() {
        MediaType type = MediaType.parse("Text/HTML ; Charset=\"UTF-8\" ; Level=\"1\\\"a\" ; q=0.5 ; ext=x").orElseThrow();
        assertEquals("text", type.type());
        assertEquals("html", type.subtype());
        assertEquals(Map.of("charset", "utf-8", "level", "1\"a"), type.parameters());
        assertEquals(0.5, type.weight());
        assertEquals(Optional.empty(), MediaType.parse("*/json"));
        assertEquals(Optional.empty(), MediaType.parse("application/json; q"));
        assertEquals(Optional.empty(), MediaType.parse("application/json extra"));
    }
}
