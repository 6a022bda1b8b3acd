package dev.newsgraph.limits;

import dev.newsgraph.error.OperationRefusedException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;

/**
 * Refuses an operation nested deeper than the limit, with LIMIT_EXCEEDED and the property that sets it. The depth is
 * that of the operation's normalized fields (fragments and directives applied; see {@link NormalizedOperations}), which
 * the compiled read path uses too: walking the document again, as graphql-java's own depth limit does, cost a noticeable
 * share of each request's CPU.
 */
public class DepthLimit extends SimplePerformantInstrumentation {
    private final int maxDepth;

    public DepthLimit(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    @Override
    public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutableNormalizedOperation operation = NormalizedOperations.of(parameters.getExecutionContext());
        int depth = 0;
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            depth = Math.max(depth, depth(field));
        }
        if (depth > maxDepth) {
            throw OperationRefusedException.limitExceeded("The query is " + depth + " levels deep; at most " + maxDepth
                    + " are allowed (newsgraph.query.max-depth).");
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private static int depth(ExecutableNormalizedField field) {
        int below = 0;
        for (ExecutableNormalizedField child : field.getChildren()) {
            below = Math.max(below, depth(child));
        }
        return 1 + below;
    }
}
