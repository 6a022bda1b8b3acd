package dev.newsgraph.validation;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.smallrye.graphql.validation.BeanValidationError;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * SmallRye GraphQL reports a failed Hibernate Validator constraint (@NotBlank, @Size, @CountryCode, ...) with a
 * message that names the field ("validation failed: ingestArticles.input[0].headline must not be blank") but without
 * a code, and with extensions that echo the whole invalid value and the constraint's Java details. This keeps the
 * message and answers with the code BAD_USER_INPUT instead, like every other error about the client's input.
 */
public class ValidationErrors extends SimplePerformantInstrumentation {
    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().stream().noneMatch(BeanValidationError.class::isInstance)) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors().stream().map(ValidationErrors::withCode).toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    private static GraphQLError withCode(GraphQLError error) {
        if (!(error instanceof BeanValidationError)) {
            return error;
        }
        return GraphqlErrorBuilder.newError().message(error.getMessage()).locations(error.getLocations())
                .path(error.getPath()).errorType(error.getErrorType())
                .extensions(Map.of("code", "BAD_USER_INPUT")).build();
    }
}
