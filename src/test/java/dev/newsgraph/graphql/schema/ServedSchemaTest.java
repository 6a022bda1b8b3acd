package dev.newsgraph.graphql.schema;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.GraphQLClient;
import graphql.introspection.IntrospectionQueryBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What introspection tells clients: every element described, scalars specified, only directives the server honours. */
@QuarkusTest
class ServedSchemaTest {
    private static final Set<String> BUILT_IN_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID");

    @Test
    void everyTypeFieldArgumentAndEnumValueIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        for (Map<String, Object> type : types()) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || BUILT_IN_SCALARS.contains(name)) {
                continue;
            }
            check(undescribed, name, type);
            for (Map<String, Object> field : list(type, "fields")) {
                check(undescribed, name + "." + field.get("name"), field);
                for (Map<String, Object> argument : list(field, "args")) {
                    check(undescribed, name + "." + field.get("name") + "(" + argument.get("name") + ":)", argument);
                }
            }
            for (Map<String, Object> input : list(type, "inputFields")) {
                check(undescribed, name + "." + input.get("name"), input);
            }
            for (Map<String, Object> value : list(type, "enumValues")) {
                check(undescribed, name + "." + value.get("name"), value);
            }
        }
        assertEquals(List.of(), undescribed, "Schema elements without a description");
    }

    @Test
    void customScalarsNameTheirSpecification() {
        assertEquals("https://scalars.graphql.org/andimarek/local-date.html", type("Date").get("specifiedByURL"));
        assertEquals("https://scalars.graphql.org/andimarek/date-time.html", type("DateTime").get("specifiedByURL"));
        assertTrue(types().stream().noneMatch(type -> type.get("name").equals("BigDecimal")), "an unused scalar is served");
    }

    @Test
    void onlyHonouredDirectivesAreAdvertised() {
        List<Map<String, Object>> directives = GraphQLClient.data("{ __schema { directives { name } } }").getList("__schema.directives");
        assertEquals(Set.of("include", "skip", "deprecated", "specifiedBy", "oneOf"),
                Set.copyOf(directives.stream().map(directive -> (String) directive.get("name")).toList()));
    }

    @Test
    void deferIsRefusedNotIgnored() {
        for (int sent = 0; sent < 2; sent++) { // the second finds the parsed document, and the check's answer, cached
            given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                    .body(Map.of("query", "{ articles(first: 1) { nodes { id ... @defer { headline } } } }"))
                    .post("/graphql")
                    .then().statusCode(400)
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", containsString("@defer"));
        }
    }

    private static List<Map<String, Object>> types() {
        String query = IntrospectionQueryBuilder.build(IntrospectionQueryBuilder.Options.defaultOptions().specifiedByUrl(true));
        return GraphQLClient.data(query).getList("__schema.types");
    }

    private static Map<String, Object> type(String name) {
        return types().stream().filter(type -> type.get("name").equals(name)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> owner, String key) {
        Object value = owner.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static void check(List<String> undescribed, String element, Map<String, Object> definition) {
        Object description = definition.get("description");
        if (description == null || description.toString().isBlank()) {
            undescribed.add(element);
        }
    }
}
