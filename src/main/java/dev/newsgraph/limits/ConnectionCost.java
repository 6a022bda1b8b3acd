package dev.newsgraph.limits;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The cost of a field for the complexity limit: 1 for the field plus what it selects, and for a connection its
 * selection once per item of the page it asks for (first or last, else the default page size). So
 * {@code people(first: 50) { nodes { articles(first: 20) { nodes { id } } } }} costs about 50 × 20 × 2, the rows it
 * can return, where counting fields alone would say 5. Plain list fields (an article's people) are counted once:
 * they are bounded by what one article can hold.
 */
public class ConnectionCost implements FieldComplexityCalculator {
    private final int defaultPageSize;

    public ConnectionCost(int defaultPageSize) {
        this.defaultPageSize = defaultPageSize;
    }

    @Override
    public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
        long cost = 1L + (long) childComplexity * itemsPerPage(environment);
        return (int) Math.min(cost, Integer.MAX_VALUE);
    }

    private int itemsPerPage(FieldComplexityEnvironment environment) {
        GraphQLNamedType type = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(environment.getFieldDefinition().getType());
        if (!type.getName().endsWith("Connection")) {
            return 1;
        }
        for (String argument : new String[] {"first", "last"}) {
            if (environment.getArguments().get(argument) instanceof Integer size) {
                // Negative sizes are refused later with their own message; they cost no less than an empty page.
                return Math.max(size, 1);
            }
        }
        return defaultPageSize;
    }
}
