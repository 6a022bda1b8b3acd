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
    /**
     * A request named its query by hash only ({@code extensions.persistedQuery}) and the server does not know that hash
     * (yet): send it again with the query. Apollo Client and urql do so by themselves.
     */
    public static final String PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";
    /** Persisted queries are switched off on this server: send the query itself, without the hash. */
    public static final String PERSISTED_QUERY_NOT_SUPPORTED = "PERSISTED_QUERY_NOT_SUPPORTED";
    /** The query sent is not the one its {@code extensions.persistedQuery.sha256Hash} names: nothing was run or stored. */
    public static final String PERSISTED_QUERY_HASH_MISMATCH = "PERSISTED_QUERY_HASH_MISMATCH";
    /** A fault on the server side; the details are in the server log only. */
    public static final String INTERNAL = "INTERNAL";

    private ErrorCodes() {
    }
}
