package dev.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The GraphiQL page's own configuration, and requests with the headers a browser sends from it. */
@QuarkusTest
class GraphiQLPageTest {

    @Test
    void pageLoadsOurConfigurationWhichKeepsHeadersOutOfTheUrl() {
        given().get("/q/graphql-ui/").then().statusCode(200).body(containsString("render.js"));
        given().get("/q/graphql-ui/render.js").then().statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("const api = '/graphql';"))
                .body(containsString("shouldPersistHeaders: false"))
                .body(containsString("const shared = ['query', 'variables', 'operationName'];"))
                .body(not(containsString("onEditHeaders")))
                .body(not(containsString("'Content-Type'")));
    }

    @Test
    void requestAsTheBrowserSendsItFromThePageIsAnswered() {
        // Chromium joins GraphiQL's content-type header with a second one into a list; a token from the Headers editor.
        given().config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .header("Content-Type", "application/json, application/json")
                .header("Accept", "application/graphql-response+json, application/json;q=0.9")
                .body("{\"query\": \"{ __schema { queryType { name } } articles(first: 1) { totalCount } }\"}"
                        .getBytes(StandardCharsets.UTF_8))
                .post("/graphql")
                .then().statusCode(200)
                .contentType(containsString("application/graphql-response+json"))
                .body("errors", nullValue())
                .body("data.__schema.queryType.name", equalTo("Query"))
                .body("data.articles.totalCount", notNullValue());
    }
}
