package dev.newsgraph.graphql;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SmokeTest {
    @Test
    void smoke() {
        System.out.println("R1>>>" + GraphQLClient.post("{ people(text: \"Rutte\") { totalCount edges { node { name roles { title current organization { name } place { name } } statements(first: 2) { totalCount edges { node { text about { name } } } } articles { totalCount } mentionedWith { person { name } articles } } } } }", java.util.Map.of()).asString());
        System.out.println("R2>>>" + GraphQLClient.post("{ places(text: \"Pakistan\") { edges { node { name kind country { name } children { name } incidents { totalCount edges { node { title killed killedAtLeast place { name parent { name } } perpetrators { description attribution entity { name } } figures { kind value reportedBy { name } } } } } } } } }", java.util.Map.of()).asString());
        System.out.println("R3>>>" + GraphQLClient.post("{ incidents(minKilled: 3) { totalCount edges { node { title killed injured munitions { weapon quantity } parts { title } partOf { title } articles { headline } place { name parent { name parent { name } } } } } } organizations(kind: NEWS_AGENCY) { edges { node { name articles { totalCount } } } } statements(kind: QUOTE, first: 3) { totalCount edges { node { text speaker { name } } } } }", java.util.Map.of()).asString());
    }
}
