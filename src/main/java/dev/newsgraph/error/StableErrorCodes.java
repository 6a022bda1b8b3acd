package dev.newsgraph.error;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.graphql.validation.BeanValidationError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Gives every error of an executed operation a code from {@link ErrorCodes} and strips what clients must not see. As a
 * graphql-java instrumentation it sees every result: of queries and mutations over HTTP and WebSocket, and of each
 * subscription event.
 * <p>
 * SmallRye GraphQL sets {@code extensions.code} only for exceptions annotated with {@code @ErrorCode}; for any other
 * exception it derives one from the class name ("null-pointer", "persistence"), and validation or variable errors get
 * none. Errors that already carry a code of our vocabulary ({@link ApiException}s, refused operations) pass
 * unchanged; the others are rebuilt:
 * <ul>
 * <li>invalid documents, arguments and variables (graphql-java's InvalidSyntax / ValidationError classification, Bean
 * Validation) → {@code BAD_USER_INPUT}, with the classification kept in {@code extensions.classification} and Bean
 * Validation's {@code violations} reduced to message and property path;</li>
 * <li>operations aborted by a graphql-java limit → {@code LIMIT_EXCEEDED};</li>
 * <li>Quarkus security refusals → {@code UNAUTHENTICATED} / {@code FORBIDDEN};</li>
 * <li>anything else → {@code INTERNAL} with a generic message; the real cause goes to the server log only.</li>
 * </ul>
 * Requests refused before execution (unparseable JSON or document, validation) are answered by
 * {@code dev.newsgraph.http.GraphQLHttpFilter} with the same codes.
 */
public class StableErrorCodes extends SimplePerformantInstrumentation {
    static final String INTERNAL_MESSAGE = "Internal server error. It has been logged; please report it if it persists.";
    private static final Logger LOG = Logger.getLogger(StableErrorCodes.class);
    private static final Set<String> CODES = Set.of(ErrorCodes.BAD_USER_INPUT, ErrorCodes.NOT_FOUND,
            ErrorCodes.UNAUTHENTICATED, ErrorCodes.FORBIDDEN, ErrorCodes.LIMIT_EXCEEDED, ErrorCodes.DATABASE_UNAVAILABLE,
            ErrorCodes.SERVICE_UNAVAILABLE,
            ErrorCodes.INTERNAL);

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> reported;
        try {
            reported = stable(result.getErrors());
        } catch (RuntimeException e) {
            LOG.error("Could not rewrite the errors of a GraphQL result", e);
            reported = List.of(GraphqlErrorBuilder.newError().message(INTERNAL_MESSAGE)
                    .extensions(Map.of("code", ErrorCodes.INTERNAL)).build());
        }
        List<GraphQLError> errors = reported;
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    static List<GraphQLError> stable(List<GraphQLError> original) {
        List<GraphQLError> errors = original.stream().map(StableErrorCodes::stable).toList();
        boolean clientError = errors.stream().anyMatch(error -> ErrorCodes.BAD_USER_INPUT.equals(code(error)));
        // A non-null field left null because its argument was refused is a consequence of that error, not a fault.
        return errors.stream()
                .filter(error -> !(clientError && error.getErrorType() == ErrorType.NullValueInNonNullableField))
                .map(error -> error.getErrorType() == ErrorType.NullValueInNonNullableField ? internal(error) : error)
                .toList();
    }

    static GraphQLError stable(GraphQLError error) {
        String code = code(error);
        if (code != null && CODES.contains(code)) {
            return error;
        }
        ErrorClassification type = error.getErrorType();
        if (error instanceof BeanValidationError violations) {
            return withCode(error, ErrorCodes.BAD_USER_INPUT, Map.of("violations", violations(violations)));
        }
        if (type == ErrorType.InvalidSyntax || type == ErrorType.ValidationError || type == ErrorType.OperationNotSupported) {
            return rebuilt(error, ErrorMessages.withoutInternals(error.getMessage()), ErrorCodes.BAD_USER_INPUT, Map.of());
        }
        if (type == ErrorType.ExecutionAborted) {
            return withCode(error, ErrorCodes.LIMIT_EXCEEDED, Map.of());
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return fromException(fetching);
        }
        return type == ErrorType.NullValueInNonNullableField ? error : internal(error);
    }

    private static GraphQLError fromException(ExceptionWhileDataFetching error) {
        for (Throwable cause = error.getException(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException) {
                return error; // SmallRye adds the code of its @ErrorCode and shows its message
            }
            if (cause instanceof CoercingParseLiteralException || cause instanceof CoercingParseValueException) {
                // An argument value its scalar refuses (an Int beyond 32 bits, a malformed Date) is the client's.
                return rebuilt(error, cause.getMessage(), ErrorCodes.BAD_USER_INPUT, Map.of());
            }
            if (cause instanceof AuthenticationFailedException || cause instanceof UnauthorizedException) {
                return rebuilt(error, "Authentication is required.", ErrorCodes.UNAUTHENTICATED, Map.of());
            }
            if (cause instanceof ForbiddenException) {
                return rebuilt(error, "Not allowed.", ErrorCodes.FORBIDDEN, Map.of());
            }
        }
        LOG.errorf(error.getException(), "Unexpected error in %s", error.getPath());
        return internal(error);
    }

    static String code(GraphQLError error) {
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        return code == null ? null : code.toString();
    }

    private static GraphQLError internal(GraphQLError error) {
        return rebuilt(error, INTERNAL_MESSAGE, ErrorCodes.INTERNAL, Map.of());
    }

    private static GraphQLError withCode(GraphQLError error, String code, Map<String, Object> extra) {
        return rebuilt(error, error.getMessage(), code, extra);
    }

    private static GraphQLError rebuilt(GraphQLError error, String message, String code, Map<String, Object> extra) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        // graphql-java adds extensions.classification from the error type: keep syntax and validation errors apart,
        // give the others their code ("DataFetchingException" would only name internals).
        ErrorClassification type = error.getErrorType() == ErrorType.InvalidSyntax || error.getErrorType() == ErrorType.ValidationError
                ? error.getErrorType()
                : ErrorClassification.errorClassification(code);
        extensions.putAll(extra);
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().message(message).errorType(type)
                .extensions(extensions);
        if (error.getLocations() != null) {
            builder.locations(error.getLocations());
        }
        if (error.getPath() != null) {
            builder.path(error.getPath());
        }
        return builder.build();
    }

    // The violated constraint's message and where it is; SmallRye also sends the constraint's class-level details.
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> violations(BeanValidationError error) {
        List<Map<String, Object>> all = (List<Map<String, Object>>) error.getExtensions().get("violations");
        return all.stream()
                .map(violation -> Map.of("message", violation.get("message"), "propertyPath", violation.get("propertyPath")))
                .toList();
    }
}
