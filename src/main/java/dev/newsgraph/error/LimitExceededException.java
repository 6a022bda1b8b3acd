package dev.newsgraph.error;

import io.smallrye.graphql.api.ErrorCode;

/** A request over one of the configured limits; the message names the limit. */
@ErrorCode("LIMIT_EXCEEDED")
public class LimitExceededException extends ApiException {
    public LimitExceededException(String message) {
        super(message);
    }
}
