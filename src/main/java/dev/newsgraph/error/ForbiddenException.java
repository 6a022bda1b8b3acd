package dev.newsgraph.error;

import io.smallrye.graphql.api.ErrorCode;

/** A valid bearer token without the role the operation needs. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends ApiException {
    public ForbiddenException(String message) {
        super(message);
    }
}
