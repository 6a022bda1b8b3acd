package dev.newsgraph.graphql.schema;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.PropertyDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import java.util.Set;

/**
 * Reads the plain scalar fields of our records (strings, IDs, booleans and numbers, alone or in lists) with
 * graphql-java's property fetcher. SmallRye's fetcher for a property builds a request context for every field it
 * reads, selected sub-fields included, and passes the value through its transformations: a large share of a
 * request's CPU once results hold hundreds of fields, for values these types pass through unchanged. Fields of the
 * other types (dates, enums, objects) and fields with arguments keep SmallRye's fetcher. The GraphQL name of every
 * such field is its Java property's name (no field of these types is renamed with @Name).
 */
public class PlainFieldFetchers {
    private static final Set<String> PLAIN = Set.of("String", "ID", "Boolean", "Int", "Float");

    /** Puts, in {@code code}, the property fetcher in place of SmallRye's for the plain fields of {@code schema}. */
    public void install(GraphQLSchema schema, GraphQLCodeRegistry.Builder code) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                    if (isPlain(field) && registry.getDataFetcher(coordinates, field) instanceof FieldDataFetcher<?>) {
                        code.dataFetcher(coordinates, (DataFetcher<?>) PropertyDataFetcher.fetching(field.getName()));
                    }
                }
            }
        }
    }

    private static boolean isPlain(GraphQLFieldDefinition field) {
        return field.getArguments().isEmpty()
                && GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLScalarType scalar
                && PLAIN.contains(scalar.getName());
    }
}
