package dev.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.Scalars;
import graphql.introspection.Introspection.DirectiveLocation;
import graphql.schema.Coercing;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeReference;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaPrinter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The schema corrections of {@link EngineHooks#beforeSchemaBuild} on a builder filled the way SmallRye GraphQL fills it
 * (types by reference, all of them as additional types, its own scalars, its descriptive directives): they build the
 * schema once, not once per correction, and the built schema is the corrected one.
 */
class SchemaCorrectionPassTest {
    private static final GraphQLDirective CONSTRAINT = GraphQLDirective.newDirective().name("constraint")
            .validLocations(DirectiveLocation.ARGUMENT_DEFINITION)
            .argument(GraphQLArgument.newArgument().name("maxLength").type(Scalars.GraphQLInt)).build();
    private static final GraphQLScalarType DATE = GraphQLScalarType.newScalar().name("Date")
            .coercing(Scalars.GraphQLString.getCoercing()).build();
    private static final GraphQLScalarType BIG_DECIMAL = GraphQLScalarType.newScalar().name("BigDecimal")
            .coercing(new Coercing<BigDecimal, BigDecimal>() { }).build();
    private static final DataFetcher<List<Object>> SMALLRYE_NODES = environment -> List.of();

    /** Counts the builds, as SmallRye's builder would not. */
    private static final class CountingBuilder extends GraphQLSchema.Builder {
        int builds;

        @Override
        public GraphQLSchema build() {
            builds++;
            return super.build();
        }
    }

    @Test
    void theCorrectionsBuildTheSchemaOnce() {
        CountingBuilder smallRyes = smallRyeLikeBuilder();
        GraphQLSchema.Builder corrected = new EngineHooks().beforeSchemaBuild(smallRyes);
        assertEquals(1, smallRyes.builds, "builds of the whole schema made by the corrections");

        GraphQLSchema served = corrected.build();
        GraphQLArgument ids = served.getQueryType().getFieldDefinition("nodes").getArgument("ids");
        assertEquals("[ID!]!", GraphQLTypeUtil.simplePrint(ids.getType()));
        assertTrue(served.getType("BigDecimal") == null, "an unused scalar is served");
        assertTrue(served.getDirective("constraint") == null, "a directive the server does not honour is declared");
        GraphQLArgument headlineLength = ((GraphQLObjectType) served.getType("Article"))
                .getFieldDefinition("headline").getArgument("maxLength");
        assertTrue(headlineLength.getAppliedDirectives().isEmpty(), "a descriptive directive is still applied");
        assertFalse(((GraphQLScalarType) served.getType("Date")).getDescription().isBlank());
        assertNotSame(SMALLRYE_NODES, served.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates("Query", "nodes"),
                served.getQueryType().getFieldDefinition("nodes")), "nodes kept SmallRye's fetcher, unwrapped");
        assertTrue(new SchemaPrinter().print(served).contains("nodes(ids: [ID!]!): [Node]!"));
    }

    private static CountingBuilder smallRyeLikeBuilder() {
        GraphQLInterfaceType node = GraphQLInterfaceType.newInterface().name("Node")
                .field(field("id", GraphQLNonNull.nonNull(Scalars.GraphQLID))).build();
        GraphQLObjectType article = GraphQLObjectType.newObject().name("Article")
                .withInterface(GraphQLTypeReference.typeRef("Node"))
                .field(field("id", GraphQLNonNull.nonNull(Scalars.GraphQLID)))
                .field(field("published", GraphQLTypeReference.typeRef("Date")))
                .field(field("headline", Scalars.GraphQLString).transform(headline -> headline.argument(GraphQLArgument
                        .newArgument().name("maxLength").type(Scalars.GraphQLInt)
                        .withAppliedDirective(CONSTRAINT.toAppliedDirective()).build())))
                .build();
        GraphQLObjectType query = GraphQLObjectType.newObject().name("Query")
                .field(field("nodes", GraphQLNonNull.nonNull(GraphQLList.list(GraphQLTypeReference.typeRef("Node"))))
                        .transform(nodes -> nodes.argument(GraphQLArgument.newArgument().name("ids")
                                .type(GraphQLList.list(Scalars.GraphQLString)).build())))
                .field(field("article", GraphQLTypeReference.typeRef("Article")))
                .build();
        GraphQLCodeRegistry registry = GraphQLCodeRegistry.newCodeRegistry()
                .dataFetcher(FieldCoordinates.coordinates("Query", "nodes"), SMALLRYE_NODES)
                .typeResolver("Node", environment -> environment.getSchema().getObjectType("Article"))
                .build();
        CountingBuilder builder = new CountingBuilder();
        builder.query(query).codeRegistry(registry)
                .additionalTypes(Set.of(node, article, DATE, BIG_DECIMAL))
                .additionalDirective(CONSTRAINT);
        return builder;
    }

    private static GraphQLFieldDefinition field(String name, GraphQLOutputType type) {
        return GraphQLFieldDefinition.newFieldDefinition().name(name).type(type).build();
    }
}
