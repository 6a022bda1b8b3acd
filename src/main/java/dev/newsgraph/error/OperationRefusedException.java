package dev.newsgraph.error;

import graphql.execution.AbortExecutionException;
import java.util.Map;

/**
 * Refuses a whole operation before any field is resolved (access policy, query limits). It is a graphql-java error
 * rather than an {@link ApiException} because it is raised outside any field: the code goes into its extensions here.
 */
public class OperationRefusedException extends AbortExecutionException {
    private final String code;

    public OperationRefusedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public static OperationRefusedException unauthenticated(String message) {
        return new OperationRefusedException("UNAUTHENTICATED", message);
    }

    public static OperationRefusedException forbidden(String message) {
        return new OperationRefusedException("FORBIDDEN", message);
    }

    public static OperationRefusedException limitExceeded(String message) {
        return new OperationRefusedException("LIMIT_EXCEEDED", message);
    }

    /** The client closed its connection before the operation began. */
    public static OperationRefusedException clientGone() {
        return new OperationRefusedException("SERVICE_UNAVAILABLE", ClientGoneException.MESSAGE);
    }

    @Override
    public Map<String, Object> getExtensions() {
        return Map.of("code", code);
    }
}
