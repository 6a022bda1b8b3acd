package dev.newsgraph.error;

import io.smallrye.graphql.api.ErrorCode;

/** The client closed its connection: the rest of its request is not worth a database connection. */
@ErrorCode("SERVICE_UNAVAILABLE")
public class ClientGoneException extends ApiException {
    static final String MESSAGE = "The client closed the connection; the request was abandoned.";

    public ClientGoneException() {
        super(MESSAGE);
    }
}
