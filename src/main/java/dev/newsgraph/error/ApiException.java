package dev.newsgraph.error;

/**
 * An error the client caused or must know of. Its message is shown to the client (see
 * quarkus.smallrye-graphql.show-runtime-exception-message) and its subclass sets extensions.code.
 */
public abstract class ApiException extends RuntimeException {
    protected ApiException(String message) {
        super(message, null, false, false);
    }
}
