package dev.newsgraph.graphql.node;

import dev.newsgraph.graphql.schema.ArgumentCorrection;
import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;

/**
 * Declares {@code Query.nodes(ids:)} as {@code [ID!]!}. SmallRye GraphQL applies {@code @Id} on a list parameter to the
 * list instead of its elements and then fails on every call, so the Java parameter is a plain {@code List<String>}
 * (ID values arrive as strings either way) and only its schema type is corrected here.
 */
public class IdListArguments implements ArgumentCorrection {

    @Override
    public GraphQLArgument correct(GraphQLFieldsContainer type, GraphQLFieldDefinition field, GraphQLArgument argument) {
        if (!type.getName().equals("Query") || !field.getName().equals("nodes") || !argument.getName().equals("ids")) {
            return argument;
        }
        return argument.transform(ids -> ids.type(GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(Scalars.GraphQLID)))));
    }
}
