package dev.newsgraph.clients;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed schema.graphql through the standard schema tools, and against what the running server serves. */
@QuarkusTest
class SchemaToolingTest {
    private static final String SCHEMA = Path.of("schema.graphql").toAbsolutePath().toString();

    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void graphqlJsBuildsAValidSchemaFromIt() {
        RealClients.run("schema tooling test", "SCHEMA build", "schema-tools.mjs", "build", SCHEMA);
    }

    /** Every rule of graphql-schema-linter 3 (src/test/clients/.graphql-schema-linterrc), zero errors. */
    @Test
    void graphqlSchemaLinterFindsNoError() {
        RealClients.run("schema tooling test", "SCHEMA lint", "schema-tools.mjs", "lint", SCHEMA);
    }

    /** graphql-inspector's diff and the printed schemas: the file is exactly what introspection of the server gives. */
    @Test
    void equalsTheLiveIntrospection() {
        RealClients.run("schema tooling test", "SCHEMA compare", "schema-tools.mjs", "compare", SCHEMA, graphql.toString());
    }
}
