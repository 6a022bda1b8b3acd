package dev.newsgraph.limits;

import dev.newsgraph.error.OperationRefusedException;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;

/** graphql-java's depth limit, refusing with LIMIT_EXCEEDED and the property that sets it. */
public class DepthLimit extends MaxQueryDepthInstrumentation {
    public DepthLimit(int maxDepth) {
        super(maxDepth);
    }

    @Override
    protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
        return OperationRefusedException.limitExceeded("The query is " + depth + " levels deep; at most " + maxDepth
                + " are allowed (newsgraph.query.max-depth).");
    }
}
