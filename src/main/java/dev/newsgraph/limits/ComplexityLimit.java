package dev.newsgraph.limits;

import dev.newsgraph.error.OperationRefusedException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLSchema;

/**
 * Refuses an operation that costs more than the limit ({@link ConnectionCost}), with LIMIT_EXCEEDED and the property
 * that sets it. Like {@link DepthLimit}, it reads the operation's normalized fields rather than walking the document.
 */
public class ComplexityLimit extends SimplePerformantInstrumentation {
    private final int maxComplexity;
    private final ConnectionCost cost;

    public ComplexityLimit(int maxComplexity, ConnectionCost cost) {
        this.maxComplexity = maxComplexity;
        this.cost = cost;
    }

    @Override
    public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        GraphQLSchema schema = parameters.getExecutionContext().getGraphQLSchema();
        long complexity = 0;
        for (ExecutableNormalizedField field : NormalizedOperations.of(parameters.getExecutionContext()).getTopLevelFields()) {
            complexity = Math.min(complexity + complexity(field, schema), Integer.MAX_VALUE);
        }
        if (complexity > maxComplexity) {
            throw OperationRefusedException.limitExceeded("The query costs " + complexity + " (fields times the page sizes"
                    + " they are asked for); at most " + maxComplexity + " is allowed (newsgraph.query.max-complexity)."
                    + " Ask for smaller pages or fewer nested connections.");
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private int complexity(ExecutableNormalizedField field, GraphQLSchema schema) {
        long children = 0;
        for (ExecutableNormalizedField child : field.getChildren()) {
            children = Math.min(children + complexity(child, schema), Integer.MAX_VALUE);
        }
        return cost.calculate(field, schema, (int) children);
    }
}
