package dev.newsgraph.db;

import dev.newsgraph.error.ApiException;
import io.smallrye.graphql.api.ErrorCode;

/** The client closed its connection: the rest of its request is not worth a database connection. */
@ErrorCode("SERVICE_UNAVAILABLE")
public class ClientGoneException extends ApiException {
    public ClientGoneException() {
        super("The client closed the connection; the request was abandoned.");
    }
}
