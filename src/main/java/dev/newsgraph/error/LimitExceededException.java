package dev.newsgraph.error;

import io.smallrye.graphql.api.ErrorCode;

/** A request beyond a configured limit: page size, hops, text length, ... The message names the limit. */
@ErrorCode("LIMIT_EXCEEDED")
public class LimitExceededException extends ApiException {
    public LimitExceededException(String message) {
        super(message);
    }
}
