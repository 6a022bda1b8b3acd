package dev.newsgraph.graphql.node;

import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/**
 * Declares {@code Query.nodes(ids:)} as {@code [ID!]!}. SmallRye GraphQL applies {@code @Id} on a list parameter to the
 * list instead of its elements and then fails on every call, so the Java parameter is a plain {@code List<String>}
 * (ID values arrive as strings either way) and only its schema type is corrected here.
 */
public class IdListArguments {

    public void declareIdLists(GraphQLSchema.Builder schema) {
        GraphQLObjectType query = schema.build().getQueryType();
        GraphQLFieldDefinition nodes = query.getFieldDefinition("nodes");
        GraphQLArgument ids = nodes.getArgument("ids");
        GraphQLArgument idList = ids.transform(argument -> argument.type(
                GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(Scalars.GraphQLID)))));
        schema.query(query.transform(type -> type.field(nodes.transform(field -> field.argument(idList)))));
    }
}
