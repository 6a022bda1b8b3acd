package dev.newsgraph.clients;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.node.NodeProject;
import java.util.Map;

/**
 * The Node.js project of src/test/clients: the GraphQL clients and tools frontend teams use (relay-compiler,
 * graphql-js, graphql-schema-linter, @graphql-inspector/core, graphql-ws, Apollo Client, urql), pinned in its
 * package-lock.json. Each script prints "{MARKER} OK" as its last line when every check passed.
 */
final class RealClients {
    private RealClients() {
    }

    /** Runs {@code node script args...} in the installed project, fails the test unless it ends with "{marker} OK". */
    static String run(String test, String marker, String script, String... args) {
        return run(test, Map.of(), marker, script, args);
    }

    static String run(String test, Map<String, String> environment, String marker, String script, String... args) {
        String output = NodeProject.install("clients", test).node(300, environment, script, args);
        System.out.println(output);
        assertTrue(output.contains(marker + " OK"), script + " did not report " + marker + " OK:\n" + output);
        return output;
    }
}
