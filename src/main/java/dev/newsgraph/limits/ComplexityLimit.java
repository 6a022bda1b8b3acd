package dev.newsgraph.limits;

import dev.newsgraph.error.OperationRefusedException;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;

/** graphql-java's complexity limit with {@link ConnectionCost}, refusing with LIMIT_EXCEEDED. */
public class ComplexityLimit extends MaxQueryComplexityInstrumentation {
    public ComplexityLimit(int maxComplexity, ConnectionCost cost) {
        super(maxComplexity, cost);
    }

    @Override
    protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
        return OperationRefusedException.limitExceeded("The query costs " + complexity + " (fields times the page sizes"
                + " they are asked for); at most " + maxComplexity + " is allowed (newsgraph.query.max-complexity)."
                + " Ask for smaller pages or fewer nested connections.");
    }
}
