package dev.newsgraph.error;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("NOT_FOUND")
public class NotFoundException extends ApiException {
    public NotFoundException(String message) {
        super(message);
    }
}
