package dev.newsgraph.clients;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * relay-compiler compiles a small Relay app (src/test/clients/relay-app: a connection paged both ways with
 * @connection and @refetchable, a node refetch with @refetchable, a query with a Date variable, subscriptions with an
 * ArticleCard fragment spread) against the committed schema.graphql, as a Relay team's build would. Any error fails.
 */
class RelayCompilerTest {

    @Test
    void compilesTheRelayAppAgainstTheCommittedSchema() {
        RealClients.run("relay-compiler test", "RELAY", "relay.mjs", Path.of("schema.graphql").toAbsolutePath().toString());
    }
}
