package dev.newsgraph.http;

import dev.newsgraph.error.ErrorCodes;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Automatic persisted queries, as Apollo Client's PersistedQueryLink and urql's persistedExchange speak them: a
 * request may name its query by hash alone, {@code "extensions": {"persistedQuery": {"version": 1, "sha256Hash":
 * "<hex SHA-256 of the query's UTF-8 text>"}}}.
 * <ul>
 * <li>A known hash runs its query. An unknown one is answered with the error both clients retry on: message
 * {@code PersistedQueryNotFound} (what urql looks for), {@code extensions.code} {@code PERSISTED_QUERY_NOT_FOUND} (what
 * Apollo looks for); HTTP 404 under application/graphql-response+json, 200 under application/json.</li>
 * <li>A request with the query and its hash registers the query once the query has passed validation, and runs it.
 * A hash that is not the query's SHA-256 is refused with 400 and {@code PERSISTED_QUERY_HASH_MISMATCH}: nothing runs
 * and nothing is stored, so no one can make a hash stand for another query.</li>
 * <li>A malformed {@code persistedQuery} (not an object, a version other than 1, a hash that is not 64 hex digits) is
 * refused with 400 and {@code BAD_USER_INPUT}.</li>
 * <li>Switched off ({@code newsgraph.persisted-queries.enabled=false}), any request with the extension gets
 * {@code PersistedQueryNotSupported} / {@code PERSISTED_QUERY_NOT_SUPPORTED}, on which both clients stop hashing.</li>
 * </ul>
 * Queries are kept in memory ({@link PersistedQueryStore}), per instance, within {@code
 * newsgraph.persisted-queries.cache-size}: a restart or another instance just costs each client one retry.
 * SmallRye GraphQL (2.17) has no persisted queries of its own (smallrye/smallrye-graphql#2321): it refuses a request
 * without a query, and its graphql-java document provider cannot be replaced.
 */
@ApplicationScoped
public class PersistedQueries {
    static final String EXTENSION = "persistedQuery";
    static final String NOT_FOUND_MESSAGE = "PersistedQueryNotFound";
    static final String NOT_SUPPORTED_MESSAGE = "PersistedQueryNotSupported";
    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-fA-F]{64}");
    private static final String SHAPE = "send \"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": "
            + "\"<the SHA-256 of the query's UTF-8 text, 64 hex digits>\"}}.";

    /** A request's query named by its hash: found in the store, or sent along to be stored. */
    record PersistedQuery(String hash, String query, boolean stored) {
    }

    @ConfigProperty(name = "newsgraph.persisted-queries.enabled", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "newsgraph.persisted-queries.cache-size", defaultValue = "8M")
    MemorySize cacheSize;
    private PersistedQueryStore store;

    @PostConstruct
    void createStore() {
        store = new PersistedQueryStore(cacheSize.asLongValue());
    }

    /** Whether the extensions name a persisted query, so that the request may leave its query out. */
    static boolean named(JsonObject extensions) {
        return extensions != null && extensions.getValue(EXTENSION) != null;
    }

    /**
     * The persisted query a request names, or null when it names none.
     *
     * @throws RefusedRequest when it cannot run: unknown hash, hash mismatch, malformed extension, switched off
     */
    PersistedQuery resolve(GraphQLHttpRequest request, GraphQLMediaType mediaType) {
        if (!named(request.extensions())) {
            return null;
        }
        // Under application/json a request error gets 200, as the GraphQL-over-HTTP spec wants for legacy clients.
        boolean graphQLResponse = mediaType == GraphQLMediaType.GRAPHQL_RESPONSE_JSON;
        if (!enabled) {
            throw RefusedRequest.withCode(graphQLResponse ? 400 : 200, NOT_SUPPORTED_MESSAGE,
                    ErrorCodes.PERSISTED_QUERY_NOT_SUPPORTED);
        }
        String hash = hash(request.extensions().getValue(EXTENSION));
        if (request.query() == null) {
            String query = store.get(hash);
            if (query == null) {
                throw RefusedRequest.withCode(graphQLResponse ? 404 : 200, NOT_FOUND_MESSAGE,
                        ErrorCodes.PERSISTED_QUERY_NOT_FOUND);
            }
            return new PersistedQuery(hash, query, true);
        }
        String actual = sha256(request.query());
        if (!actual.equals(hash)) {
            throw RefusedRequest.withCode(400, "The query's SHA-256 is " + actual + ", not the 'sha256Hash' sent ("
                    + hash + "): hash the query text exactly as sent, in UTF-8.", ErrorCodes.PERSISTED_QUERY_HASH_MISMATCH);
        }
        return new PersistedQuery(hash, request.query(), false);
    }

    /**
     * After the query has passed validation: stores a newly sent one, and hands one found by its hash on to SmallRye,
     * which reads the query from the request itself. Call it before GET parameters are re-encoded for SmallRye.
     */
    void accept(PersistedQuery persisted, RoutingContext context) {
        if (!persisted.stored()) {
            store.put(persisted.hash(), persisted.query());
            return;
        }
        if (context.request().method().equals(HttpMethod.GET)) {
            context.queryParams().set(GraphQLHttpRequest.QUERY, persisted.query());
        } else {
            // SmallRye reads the body as text; BodyHandler's setter is the one way to give it another.
            ((RoutingContextInternal) context).setBody(
                    context.body().asJsonObject().copy().put(GraphQLHttpRequest.QUERY, persisted.query()).toBuffer());
        }
    }

    private static String hash(Object extension) {
        if (!(extension instanceof JsonObject persistedQuery)) {
            throw RefusedRequest.badRequest("'extensions.persistedQuery' must be a JSON object: " + SHAPE);
        }
        Object version = persistedQuery.getValue("version");
        if (!(version instanceof Number number) || number.doubleValue() != 1) {
            throw RefusedRequest.badRequest("Unsupported persisted query version " + version + ": " + SHAPE);
        }
        if (!(persistedQuery.getValue("sha256Hash") instanceof String hash) || !SHA_256_HEX.matcher(hash).matches()) {
            throw RefusedRequest.badRequest("'extensions.persistedQuery.sha256Hash' must be 64 hex digits: " + SHAPE);
        }
        return hash.toLowerCase(Locale.ROOT);
    }

    static String sha256(String query) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
