package dev.newsgraph.limits;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * The cost of a field for the complexity limit: 1 for the field plus what it selects, and for a connection its
 * selection once per item of the page it asks for (first or last, else the default page size). So
 * {@code people(first: 50) { nodes { articles(first: 20) { nodes { id } } } }} costs about 50 × 20 × 2, the rows it
 * can return, where counting fields alone would say 5. Plain list fields (an article's people) are counted once:
 * they are bounded by what one article can hold.
 */
public class ConnectionCost {
    private final int defaultPageSize;
    private final int maxPageSize;

    public ConnectionCost(int defaultPageSize, int maxPageSize) {
        this.defaultPageSize = defaultPageSize;
        this.maxPageSize = maxPageSize;
    }

    public int calculate(ExecutableNormalizedField field, GraphQLSchema schema, int childComplexity) {
        long cost = 1L + (long) childComplexity * itemsPerPage(field, schema);
        return (int) Math.min(cost, Integer.MAX_VALUE);
    }

    private int itemsPerPage(ExecutableNormalizedField field, GraphQLSchema schema) {
        // One definition is enough: a field selected on several object types has the same type on each (validation
        // checks it), and getType(schema) would print and compare all of them on every request.
        GraphQLNamedType type = GraphQLTypeUtil.unwrapAll(field.getFieldDefinitions(schema).get(0).getType());
        if (!type.getName().endsWith("Connection")) {
            return 1;
        }
        for (String argument : new String[] {"first", "last"}) {
            if (field.getResolvedArguments().get(argument) instanceof Integer size) {
                // Sizes out of range are refused by the connection with their own message, before it runs its query.
                return Math.max(1, Math.min(size, maxPageSize));
            }
        }
        return defaultPageSize;
    }
}
