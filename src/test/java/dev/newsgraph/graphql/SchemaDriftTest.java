package dev.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import graphql.introspection.IntrospectionQueryBuilder;
import graphql.introspection.IntrospectionResultToSchema;
import graphql.language.Argument;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.ScalarTypeDefinition;
import graphql.language.StringValue;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code schema.graphql} at the repository root must be exactly what the server serves to clients: the
 * schema its introspection describes (descriptions, {@code specifiedByURL}, directives, deprecations), printed as
 * SDL with graphql-java's SchemaPrinter, with every scalar declared, so that relay-compiler, graphql-js
 * {@code buildSchema}, codegen and linters load the file on its own. Every API change shows up in review as a diff.
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
        String served = normalize(servedSchema());
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

    @Test
    void committedSchemaLoadsOnItsOwn() throws IOException {
        // Every type it names is declared in it: graphql-java refuses to build a schema with an undeclared scalar.
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse(Files.readString(COMMITTED, StandardCharsets.UTF_8)));
        assertEquals("Query", schema.getQueryType().getName());
    }

    /** The schema as clients see it: the full introspection result, turned back into SDL. */
    static String servedSchema() {
        String query = IntrospectionQueryBuilder.build(IntrospectionQueryBuilder.Options.defaultOptions()
                .descriptions(true).specifiedByUrl(true).directiveIsRepeatable(true).inputValueDeprecation(true)
                .isOneOf(true));
        Map<String, Object> data = GraphQLClient.post(query, Map.of()).then().statusCode(200).extract().jsonPath().getMap("data");
        @SuppressWarnings("unchecked")
        Map<String, List<Map<String, Object>>> schema = (Map<String, List<Map<String, Object>>>) data.get("__schema");
        Set<String> directives = schema.get("directives").stream().map(directive -> (String) directive.get("name"))
                .collect(Collectors.toSet());
        Document document = withSpecifiedBy(new IntrospectionResultToSchema().createSchemaDefinition(data), schema.get("types"));
        // Directives the GraphQL spec defines are known to every tool and so not declared, as graphql-js prints them.
        return new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
                .includeScalarTypes(true)
                .includeDirectives(true)
                .includeDirectiveDefinition(name -> directives.contains(name)
                        && SchemaPrinter.ExcludeGraphQLSpecifiedDirectivesPredicate.test(name)))
                .print(UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().buildRegistry(document)));
    }

    /** IntrospectionResultToSchema drops the scalars' specifiedByURL: put it back as the SDL's @specifiedBy(url:). */
    private static Document withSpecifiedBy(Document document, List<Map<String, Object>> types) {
        Map<String, String> urls = types.stream().filter(type -> type.get("specifiedByURL") != null)
                .collect(Collectors.toMap(type -> (String) type.get("name"), type -> (String) type.get("specifiedByURL")));
        List<Definition> definitions = document.getDefinitions().stream()
                .map(definition -> definition instanceof ScalarTypeDefinition scalar && urls.containsKey(scalar.getName())
                        ? scalar.transform(builder -> builder.directive(Directive.newDirective().name("specifiedBy")
                                .argument(Argument.newArgument("url", StringValue.of(urls.get(scalar.getName()))).build())
                                .build()))
                        : definition)
                .<Definition>map(definition -> definition)
                .toList();
        return document.transform(builder -> builder.definitions(definitions));
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
