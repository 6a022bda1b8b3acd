package dev.newsgraph.graphql.page;

import dev.newsgraph.error.LimitExceededException;
import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("LIMIT_EXCEEDED")
public class PageSizeExceededException extends LimitExceededException {
    public PageSizeExceededException(String message) {
        super(message);
    }
}
