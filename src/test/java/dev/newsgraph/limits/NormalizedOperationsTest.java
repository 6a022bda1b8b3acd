package dev.newsgraph.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A kept normalized operation is one of the same document and the same variables: other variables get their own. */
@QuarkusTest
class NormalizedOperationsTest {
    private static final String PAGE = "query($n: Int, $withPeople: Boolean!) { articles(first: $n) { nodes { id people @include(if: $withPeople) { name } } } }";

    @Test
    void variablesAreItsKey() {
        for (int round = 0; round < 2; round++) {
            for (int n : List.of(1, 2, 3)) {
                for (boolean withPeople : List.of(true, false)) {
                    List<Map<String, Object>> nodes = GraphQLClient.data(PAGE, Map.of("n", n, "withPeople", withPeople))
                            .getList("articles.nodes");
                    assertEquals(n, nodes.size(), "first: " + n);
                    assertEquals(withPeople, nodes.get(0).containsKey("people"), "@include(if: " + withPeople + ")");
                }
            }
        }
    }
}
