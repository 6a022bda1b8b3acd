package dev.newsgraph.error;

/**
 * The stable vocabulary of {@code extensions.code} in GraphQL errors. Clients may switch on these; every error the
 * API sends carries exactly one of them (see {@link StableErrorCodes}).
 */
public final class ErrorCodes {
    /** The request or an argument is wrong: unparseable JSON or document, failed validation, a bad value. */
    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    /** An ID or name that refers to nothing stored. */
    public static final String NOT_FOUND = "NOT_FOUND";
    /** No valid credentials where they are required. */
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    /** Valid credentials that do not allow the operation. */
    public static final String FORBIDDEN = "FORBIDDEN";
    /** A page size, depth, cost or size limit was exceeded. */
    public static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";
    /** The database cannot be reached right now: nothing was done, retry later. */
    public static final String DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";
    /** The service is at capacity (every database connection busy and the queue for them full): retry shortly. */
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
    /** A fault on the server side; the details are in the server log only. */
    public static final String INTERNAL = "INTERNAL";

    private ErrorCodes() {
    }
}
