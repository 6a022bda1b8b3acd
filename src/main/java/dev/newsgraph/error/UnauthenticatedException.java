package dev.newsgraph.error;

import io.smallrye.graphql.api.ErrorCode;

/** No valid bearer token where one is required. */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends ApiException {
    public UnauthenticatedException(String message) {
        super(message);
    }
}
