package dev.newsgraph.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The served GraphQL schema must equal the committed {@code schema.graphql} at the repository root, so that every
 * API change shows up in review as a diff of that file.
 * <p>
 * To accept a change: {@code ./mvnw test -Dtest=SchemaDriftTest -Dnewsgraph.schema.update=true}; the test then
 * writes the served schema to the file and passes. Commit the file.
 */
@QuarkusTest
class SchemaDriftTest {
    static final Path COMMITTED = Path.of("schema.graphql");
    static final String UPDATE_FLAG = "newsgraph.schema.update";

    @Test
    void servedSchemaEqualsCommittedSchema() throws IOException {
        String served = normalize(given().accept("text/plain").get("/graphql/schema.graphql")
                .then().statusCode(200).extract().asString());
        assertFalse(served.isBlank(), "The service served an empty schema");

        if (Boolean.getBoolean(UPDATE_FLAG)) {
            String before = Files.exists(COMMITTED) ? normalize(Files.readString(COMMITTED, StandardCharsets.UTF_8)) : null;
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
            System.out.println("NOTICE: " + (served.equals(before) ? "schema unchanged; rewrote " : "schema changed; updated ")
                    + COMMITTED.toAbsolutePath() + " - review and commit it");
            assertEquals(served, normalize(Files.readString(COMMITTED, StandardCharsets.UTF_8)), "Could not write " + COMMITTED);
            return;
        }

        String howToUpdate = "If the change is intended, regenerate it: ./mvnw test -Dtest=SchemaDriftTest -D" + UPDATE_FLAG
                + "=true  and commit schema.graphql";
        if (!Files.exists(COMMITTED)) {
            fail("The committed schema " + COMMITTED.toAbsolutePath() + " is missing. " + howToUpdate);
        }
        String committed = normalize(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        if (!committed.equals(served)) {
            fail("The served GraphQL schema differs from the committed schema.graphql at line " + firstDifference(committed, served)
                    + ". " + howToUpdate);
        }
    }

    /** Line endings and trailing whitespace are not part of the schema. */
    static String normalize(String schema) {
        return schema.replace("\r\n", "\n").strip() + "\n";
    }

    static String firstDifference(String committed, String served) {
        String[] a = committed.split("\n", -1);
        String[] b = served.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String left = i < a.length ? a[i] : "<end of file>";
            String right = i < b.length ? b[i] : "<end of file>";
            if (!left.equals(right)) {
                return (i + 1) + " (committed: '" + left + "', served: '" + right + "')";
            }
        }
        return "?";
    }
}
