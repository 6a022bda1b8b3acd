package dev.newsgraph.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Dev and test allow any origin, so a browser frontend on another port can call /graphql with a token. */
@QuarkusTest
class CorsTest {
    static final String ORIGIN = "http://localhost:5173";

    static Response preflight(String origin) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/graphql");
    }

    @Test
    void aPreflightFromAFrontendIsAllowed() {
        Response response = preflight(ORIGIN);
        assertEquals(200, response.statusCode(), response.headers().toString());
        assertEquals(ORIGIN, response.header("Access-Control-Allow-Origin"), response.headers().toString());
        assertTrue(response.header("Access-Control-Allow-Methods").contains("POST"), response.headers().toString());
        assertTrue(response.header("Access-Control-Allow-Headers").toLowerCase().contains("authorization"), response.headers().toString());
    }

    @Test
    void theActualRequestCarriesTheAllowedOrigin() {
        Response response = given().header("Origin", ORIGIN).contentType("application/json")
                .body("{\"query\": \"{ articles(first: 0) { totalCount } }\"}").post("/graphql");
        assertEquals(200, response.statusCode());
        assertEquals(ORIGIN, response.header("Access-Control-Allow-Origin"));
    }
}
