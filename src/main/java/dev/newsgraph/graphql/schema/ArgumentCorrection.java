package dev.newsgraph.graphql.schema;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;

/**
 * A correction of how one field argument is declared, made within {@link ServedSchema}'s one pass over the schema so
 * that it costs no schema build of its own.
 */
@FunctionalInterface
public interface ArgumentCorrection {
    /** The argument as served: {@code argument} itself when this correction does not concern it. */
    GraphQLArgument correct(GraphQLFieldsContainer type, GraphQLFieldDefinition field, GraphQLArgument argument);
}
