package dev.newsgraph.error;

import io.smallrye.graphql.api.ErrorCode;

/** The service is at capacity: every read connection is busy and the queue for them is full or moved too slowly. */
@ErrorCode("SERVICE_UNAVAILABLE")
public class ServiceUnavailableException extends ApiException {
    public ServiceUnavailableException(String message) {
        super(message);
    }
}
