package dev.newsgraph.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mapping of every kind of execution error to a code of the stable vocabulary. */
class StableErrorCodesTest {
    private static final ResultPath PATH = ResultPath.rootPath().segment("articles");
    private static final SourceLocation LOCATION = new SourceLocation(1, 3);

    @Test
    void unexpectedExceptionsBecomeInternalWithoutTheirDetails() {
        GraphQLError error = only(fetching(new IllegalStateException("org.postgresql: SELECT * FROM article")));

        assertEquals(ErrorCodes.INTERNAL, StableErrorCodes.code(error));
        assertEquals(StableErrorCodes.INTERNAL_MESSAGE, error.getMessage());
        assertFalse(error.toSpecification().toString().contains("IllegalState"));
        assertFalse(error.toSpecification().toString().contains("Exception"));
        assertFalse(error.toSpecification().toString().contains("SELECT"));
        assertEquals(PATH.toList(), error.getPath());
        assertEquals(List.of(LOCATION), error.getLocations());
    }

    @Test
    void apiExceptionsKeepTheirOwnErrorForSmallRyeToAddTheirCode() {
        GraphQLError original = fetching(new NotFoundException("No article with that ID"));
        assertSame(original, only(original));
    }

    @Test
    void securityRefusalsGetAuthenticationCodes() {
        assertEquals(ErrorCodes.UNAUTHENTICATED, StableErrorCodes.code(only(fetching(new UnauthorizedException()))));
        assertEquals(ErrorCodes.FORBIDDEN, StableErrorCodes.code(only(fetching(new ForbiddenException()))));
    }

    @Test
    void invalidDocumentsAreBadUserInputWithTheirClassification() {
        GraphQLError error = only(ValidationError.newValidationError()
                .validationErrorType(ValidationErrorType.FieldUndefined)
                .description("Field 'nope' in type 'Query' is undefined")
                .sourceLocation(LOCATION)
                .build());

        assertEquals(ErrorCodes.BAD_USER_INPUT, StableErrorCodes.code(error));
        assertEquals("ValidationError", ((Map<?, ?>) error.toSpecification().get("extensions")).get("classification"));
    }

    @Test
    void abortedExecutionIsLimitExceeded() {
        assertEquals(ErrorCodes.LIMIT_EXCEEDED, StableErrorCodes.code(only(new AbortExecutionException("too deep"))));
    }

    @Test
    void errorsWithACodeOfTheVocabularyPassUnchanged() {
        GraphQLError refused = GraphqlErrorBuilder.newError().message("Needs the role editor")
                .errorType(ErrorType.ExecutionAborted).extensions(Map.of("code", ErrorCodes.FORBIDDEN)).build();
        assertSame(refused, only(refused));
    }

    @Test
    void aNullLeftByARefusedArgumentIsNoSeparateError() {
        GraphQLError nullField = GraphqlErrorBuilder.newError().message("null in non-null field")
                .errorType(ErrorType.NullValueInNonNullableField).build();
        GraphQLError badArgument = GraphqlErrorBuilder.newError().message("argument 'first' is not a valid 'Int'")
                .errorType(ErrorType.ValidationError).build();

        List<GraphQLError> withCause = StableErrorCodes.stable(List.of(badArgument, nullField));
        assertEquals(1, withCause.size());
        assertEquals(ErrorCodes.BAD_USER_INPUT, StableErrorCodes.code(withCause.get(0)));

        assertEquals(ErrorCodes.INTERNAL, StableErrorCodes.code(only(nullField)));
    }

    private static GraphQLError fetching(Throwable exception) {
        return new ExceptionWhileDataFetching(PATH, exception, LOCATION);
    }

    private static GraphQLError only(GraphQLError error) {
        List<GraphQLError> errors = StableErrorCodes.stable(List.of(error));
        assertEquals(1, errors.size());
        return errors.get(0);
    }
}
