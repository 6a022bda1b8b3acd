package dev.newsgraph.http;

import dev.newsgraph.db.Reads;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.schema.GraphQLSchema;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * GraphQL-over-HTTP semantics in front of SmallRye GraphQL's endpoint, which answers 200 to nearly everything. Before a
 * request reaches it, this route
 * <ul>
 * <li>negotiates the response media type from Accept (406 if neither GraphQL type is acceptable);</li>
 * <li>refuses methods other than GET and POST (405), POST bodies that are not {@code application/json} (415), bodies
 * that are not a JSON object or hold parameters of the wrong JSON type (400);</li>
 * <li>parses and validates the document, so that a request error is answered 400 for
 * {@code application/graphql-response+json} and 200 for {@code application/json}, as the spec says;</li>
 * <li>refuses mutations and subscriptions sent with GET (405, Allow: POST): GET must be safe to repeat and cache;
 * and subscriptions sent with POST, which go over WebSocket;</li>
 * <li>gives an executed request without data a 4xx or 5xx status under application/graphql-response+json
 * ({@link ResponseStatus});</li>
 * <li>answers queries named by hash ({@link PersistedQueries}) and gives GET responses their cache headers
 * ({@link GetCaching}).</li>
 * </ul>
 * Every refusal carries a GraphQL error body with {@code extensions.code} BAD_USER_INPUT (persisted queries: their
 * own codes). Valid requests go on to
 * SmallRye; its response gets the negotiated Content-Type.
 */
@ApplicationScoped
public class GraphQLHttpFilter {
    private static final String ALLOWED_METHODS = "GET, POST, OPTIONS";

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;
    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;
    @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens", defaultValue = "15000")
    int maxTokens;
    @Inject
    Instance<GraphQLSchema> schema;
    @Inject
    RequestAdmission admission;
    @Inject
    PersistedQueries persistedQueries;
    @Inject
    GetCaching getCaching;
    private final ValidDocuments validDocuments = new ValidDocuments();

    void install(@Observes Router router) {
        // After the security filters (orders -100 and lower), before SmallRye's route (order >= 0). The headers are
        // checked before Quarkus' upload limit, the body after it; Vert.x wants a body handler first in its route.
        // The body handler reads the body once, within the configured limit; SmallRye's own one then finds it read.
        String path = "/" + rootPath.replaceFirst("^/", "");
        router.route(path).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::checkHeaders);
        router.route(path).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue()))
                .handler(this::checkRequest)
                .handler(admission::admit)
                .failureHandler(GraphQLHttpFilter::clientGone);
    }

    /**
     * A client that left while its request waited for a worker thread: Quarkus ended the request's context when the
     * connection closed, so SmallRye's handler cannot start it. Nobody is left to answer; that is no server error.
     */
    private static void clientGone(RoutingContext context) {
        if (context.failure() instanceof ContextNotActiveException && context.response().closed()) {
            return;
        }
        context.next();
    }

    /** Method, Content-Type and Accept, before the body is read: an unsupported body is never read or decoded. */
    private void checkHeaders(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method.equals(HttpMethod.OPTIONS)) {
            context.next();
            return;
        }
        GraphQLMediaType mediaType = GraphQLMediaType.negotiate(
                MediaType.parseList(context.request().headers().getAll(HttpHeaders.ACCEPT))).orElse(null);
        if (mediaType == null) {
            refuse(context, GraphQLMediaType.APPLICATION_JSON, RefusedRequest.withStatus(406,
                    "Accept application/graphql-response+json or application/json.", null));
            return;
        }
        try {
            checkMethodAndContentType(context, method);
        } catch (RefusedRequest refused) {
            refuse(context, mediaType, refused);
            return;
        }
        context.put(GraphQLMediaType.class.getName(), mediaType);
        // SmallRye checks these headers again, by exact comparison (it refused "APPLICATION/JSON" with 406): it gets
        // them in canonical form.
        context.request().headers().set(HttpHeaders.ACCEPT, mediaType.mediaType());
        if (method.equals(HttpMethod.POST)) {
            context.request().headers().set(HttpHeaders.CONTENT_TYPE, GraphQLMediaType.APPLICATION_JSON.contentType());
        }
        context.next();
    }

    private void checkRequest(RoutingContext context) {
        HttpMethod method = context.request().method();
        GraphQLMediaType mediaType = context.get(GraphQLMediaType.class.getName());
        if (mediaType == null) { // OPTIONS
            context.next();
            return;
        }
        try {
            GraphQLHttpRequest request = method.equals(HttpMethod.GET)
                    ? GraphQLHttpRequest.fromQueryParameters(context.queryParams())
                    : GraphQLHttpRequest.fromBody(context.body());
            PersistedQueries.PersistedQuery persisted = persistedQueries.resolve(request, mediaType);
            check(persisted == null ? request : request.withQuery(persisted.query()), method, mediaType);
            if (persisted != null) {
                persistedQueries.accept(persisted, context);
            }
        } catch (RefusedRequest refused) {
            refuse(context, mediaType, refused);
            return;
        }
        if (method.equals(HttpMethod.GET)) {
            reencodeForSmallRye(context.queryParams());
            getCaching.track(context);
        }
        if (VertxContext.isOnDuplicatedContext()) { // so that database work stops when the client goes away
            ContextLocals.put(Reads.REQUEST, context.request());
        }
        String contentType = mediaType.contentType();
        if (mediaType == GraphQLMediaType.GRAPHQL_RESPONSE_JSON && VertxContext.isOnDuplicatedContext()) {
            ContextLocals.put(ResponseStatus.ROUTING_CONTEXT, context);
        }
        context.addHeadersEndHandler(ignored -> {
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, contentType);
            Integer status = context.get(ResponseStatus.STATUS);
            if (status != null) {
                context.response().setStatusCode(status).setStatusMessage(HttpResponseStatus.valueOf(status).reasonPhrase());
                if (status == 401) {
                    context.response().putHeader("WWW-Authenticate", "Bearer");
                }
            }
            getCaching.setHeaders(context);
        });
        context.next();
    }

    private static void checkMethodAndContentType(RoutingContext context, HttpMethod method) {
        if (method.equals(HttpMethod.GET)) {
            return;
        }
        if (!method.equals(HttpMethod.POST)) {
            throw RefusedRequest.withStatus(405, "Send GraphQL requests with POST, or queries with GET.", ALLOWED_METHODS);
        }
        if (!GraphQLMediaType.isJsonBody(MediaType.parseList(context.request().headers().getAll(HttpHeaders.CONTENT_TYPE)))) {
            throw RefusedRequest.withStatus(415, "Send the request body as Content-Type: application/json (UTF-8).", null);
        }
    }

    private void check(GraphQLHttpRequest request, HttpMethod method, GraphQLMediaType mediaType) {
        // The spec: a request error is 4xx with application/graphql-response+json, but 200 with legacy application/json.
        int requestErrorStatus = mediaType == GraphQLMediaType.GRAPHQL_RESPONSE_JSON ? 400 : 200;
        Document document = validDocuments.get(request.query());
        boolean validated = document != null;
        if (!validated) {
            try {
                document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(request.query())
                        .parserOptions(ParserOptions.newParserOptions().maxTokens(maxTokens).build()).build());
            } catch (ParseCancelledException e) {
                throw RefusedRequest.limitExceeded(requestErrorStatus, e.getMessage() + " (quarkus.smallrye-graphql.parser-max-tokens)");
            } catch (InvalidSyntaxException e) {
                throw RefusedRequest.invalidDocument(requestErrorStatus, List.of(e.toInvalidSyntaxError()));
            }
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        OperationDefinition operation = operations.stream()
                .filter(candidate -> request.operationName() == null
                        ? operations.size() == 1
                        : request.operationName().equals(candidate.getName()))
                .findFirst()
                .orElse(null);
        if (method.equals(HttpMethod.GET) && operation != null
                && operation.getOperation() != OperationDefinition.Operation.QUERY) {
            throw RefusedRequest.withStatus(405, "Only queries can be sent with GET: send "
                    + operation.getOperation().name().toLowerCase(Locale.ROOT) + "s with POST.", "POST");
        }
        if (!validated) {
            List<? extends GraphQLError> invalid = ParseAndValidate.validate(schema.get(), document, Locale.ENGLISH);
            if (!invalid.isEmpty()) {
                throw RefusedRequest.invalidDocument(requestErrorStatus, invalid);
            }
            validDocuments.put(request.query(), document);
        }
        if (operation == null && !operations.isEmpty()) {
            throw RefusedRequest.invalidDocument(requestErrorStatus, request.operationName() == null
                    ? "The document holds several operations: name the one to run in 'operationName'."
                    : "The document holds no operation named '" + request.operationName() + "'.");
        }
        if (operation != null && operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
            // SmallRye would answer with its stream object serialized as data.
            throw RefusedRequest.withStatus(requestErrorStatus,
                    "Subscriptions are served over WebSocket (graphql-transport-ws) at this URL, not over HTTP POST.", null);
        }
        if (method.equals(HttpMethod.GET) && operations.size() > 1) {
            throw RefusedRequest.invalidDocument(requestErrorStatus,
                    "A GET request may hold one operation only: send documents with several operations with POST.");
        }
    }

    /**
     * SmallRye URL-decodes GET parameters a second time (so a '+' or '%' in a string argument would be mangled or
     * fail) and takes the operation name from the wrong parameter. It gets the parameters encoded once more, and no
     * operation name: {@link #check} made sure the document holds just the operation it names.
     */
    private static void reencodeForSmallRye(MultiMap parameters) {
        for (String name : new String[] {GraphQLHttpRequest.QUERY, GraphQLHttpRequest.VARIABLES, GraphQLHttpRequest.EXTENSIONS}) {
            String value = parameters.get(name);
            if (value != null) {
                parameters.set(name, URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        parameters.remove(GraphQLHttpRequest.OPERATION_NAME);
    }

    private static void refuse(RoutingContext context, GraphQLMediaType mediaType, RefusedRequest refused) {
        if (refused.allow != null) {
            context.response().putHeader(HttpHeaders.ALLOW, refused.allow);
        }
        GetCaching.refused(context);
        context.response()
                .setStatusCode(refused.status)
                .putHeader(HttpHeaders.CONTENT_TYPE, mediaType.contentType())
                .end(new JsonObject().put("errors", new JsonArray(refused.errors)).encode());
    }
}
