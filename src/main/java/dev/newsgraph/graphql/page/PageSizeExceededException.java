package dev.newsgraph.graphql.page;

import dev.newsgraph.error.ApiException;
import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("LIMIT_EXCEEDED")
public class PageSizeExceededException extends ApiException {
    public PageSizeExceededException(String message) {
        super(message);
    }
}
