package dev.newsgraph.error;

import io.smallrye.graphql.api.ErrorCode;

/** The database cannot be reached (down, restarting, or every connection busy): the request may be retried later. */
@ErrorCode("DATABASE_UNAVAILABLE")
public class DatabaseUnavailableException extends ApiException {
    public DatabaseUnavailableException() {
        super("The database is unavailable. Try again shortly: ingesting the same articles again is safe.");
    }
}
