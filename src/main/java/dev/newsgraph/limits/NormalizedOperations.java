package dev.newsgraph.limits;

import graphql.execution.ExecutionContext;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedOperation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The normalized operation (fragments, aliases, variables and directives applied) that the depth and cost limits and
 * the compiled read path read, kept for the operations executed most recently: graphql-java builds it anew for every
 * execution, a fourteenth of a front page's CPU, while most requests repeat an operation with the same variables
 * (front pages, polling dashboards, persisted queries). An operation is its parsed document's definition, which the
 * query cache hands to every request of the same text, with its coerced variables.
 */
public final class NormalizedOperations {
    private static final int KEPT = 500;
    private static final Map<Key, ExecutableNormalizedOperation> RECENT = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, ExecutableNormalizedOperation> eldest) {
                    return size() > KEPT;
                }
            });

    /** Definitions compare by identity (graphql-java's nodes do not override equals), variables by value. */
    private record Key(OperationDefinition definition, Map<String, Object> variables) {
    }

    private NormalizedOperations() {
    }

    public static ExecutableNormalizedOperation of(ExecutionContext context) {
        Key key = new Key(context.getOperationDefinition(), context.getCoercedVariables().toMap());
        ExecutableNormalizedOperation operation = RECENT.get(key);
        if (operation == null) {
            operation = context.getNormalizedQueryTree().get();
            RECENT.put(key, operation);
        }
        return operation;
    }
}
