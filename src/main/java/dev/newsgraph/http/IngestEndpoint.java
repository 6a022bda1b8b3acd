package dev.newsgraph.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsgraph.error.ApiException;
import dev.newsgraph.error.DatabaseUnavailableException;
import dev.newsgraph.error.ForbiddenException;
import dev.newsgraph.error.UnauthenticatedException;
import dev.newsgraph.formats.Decoding;
import dev.newsgraph.formats.InputFormat;
import dev.newsgraph.graphql.node.GlobalId;
import dev.newsgraph.graphql.node.NodeType;
import dev.newsgraph.ingest.ArticleIngester;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.ingest.IngestResult;
import dev.newsgraph.ingest.WireText;
import dev.newsgraph.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.api.ErrorCode;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * {@code POST /ingest}: a file as the body, in its media type (RSS, Atom, NewsML-G2, ninjs, HTML, NDJSON, plain
 * text), stored like ingestText with the same roles and limits; answers per article what was stored, as JSON.
 * {@code ?feed=} names the feed (default: none); generic media types (application/xml, application/json,
 * application/octet-stream, curl's default form type) are read by content.
 */
@ApplicationScoped
public class IngestEndpoint {
    static final String PATH = "/ingest";
    private static final Logger LOG = Logger.getLogger(IngestEndpoint.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    WireText wireText;
    @Inject
    ArticleIngester ingester;
    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
    io.quarkus.runtime.configuration.MemorySize maxBody;

    void install(@Observes Router router) {
        router.post(PATH).handler(this::receive);
    }

    /**
     * Reads the body as bytes whatever its media type (a form-encoded body, curl's default, is a file here too), up to
     * the HTTP body limit, then ingests on a worker thread.
     */
    private void receive(RoutingContext ctx) {
        long limit = maxBody.asLongValue();
        String declared = ctx.request().getHeader("Content-Length");
        if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > limit) {
            respond(ctx, 413, error("The body is longer than " + limit + " bytes (quarkus.http.limits.max-body-size)", "LIMIT_EXCEEDED"));
            return;
        }
        Buffer body = Buffer.buffer();
        ctx.request().handler(chunk -> {
            if (body.length() + chunk.length() > limit) {
                if (!ctx.response().ended()) {
                    respond(ctx, 413, error("The body is longer than " + limit + " bytes (quarkus.http.limits.max-body-size)",
                            "LIMIT_EXCEEDED"));
                }
                return;
            }
            body.appendBuffer(chunk);
        });
        ctx.request().endHandler(end -> {
            if (!ctx.response().ended()) {
                ctx.vertx().executeBlocking(() -> {
                    ingest(ctx, body.getBytes());
                    return null;
                }, false);
            }
        });
        ctx.request().resume();
    }

    private void ingest(RoutingContext ctx, byte[] bytes) {
        try {
            requireEditor(QuarkusHttpUser.getSecurityIdentityBlocking(ctx, null));
            String contentType = ctx.request().getHeader("Content-Type");
            InputFormat format = contentType == null ? null : InputFormat.ofMediaType(contentType);
            String text = Decoding.decode(bytes, contentType);
            List<ArticleInput> articles = wireText.articles(text, ctx.request().getParam("feed"), format);
            List<IngestResult> results = ingester.ingestAll(articles, "article");
            respond(ctx, 200, outcomes(articles, results));
        } catch (ApiException e) {
            respond(ctx, status(e), error(e.getMessage(), code(e)));
        } catch (RuntimeException e) {
            LOG.error("POST /ingest failed", e);
            respond(ctx, 500, error("Internal server error", "INTERNAL"));
        }
    }

    private static void requireEditor(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            throw new UnauthenticatedException("POST /ingest needs a valid bearer token (Authorization: Bearer <JWT>).");
        }
        if (!identity.hasRole(Roles.EDITOR) && !identity.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("POST /ingest needs a token with the role editor or admin.");
        }
    }

    private static ObjectNode outcomes(List<ArticleInput> articles, List<IngestResult> results) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode list = body.putArray("articles");
        for (int i = 0; i < results.size(); i++) {
            IngestResult r = results.get(i);
            ArticleInput a = articles.get(i);
            ObjectNode o = list.addObject();
            o.put("status", r.status().name());
            o.put("id", GlobalId.encode(NodeType.Article, r.articleId()));
            o.put("headline", a.headline());
            o.put("externalId", a.externalId());
            o.put("createdEntities", r.createdEntityIds().size());
            o.put("matchedEntities", r.matchedEntityIds().size());
            o.put("createdIncidents", r.createdIncidentIds().size());
            o.put("matchedIncidents", r.matchedIncidentIds().size());
        }
        return body;
    }

    private static ObjectNode error(String message, String code) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode e = body.putArray("errors").addObject();
        e.put("message", message);
        e.putObject("extensions").put("code", code);
        return body;
    }

    private static String code(ApiException e) {
        ErrorCode code = e.getClass().getAnnotation(ErrorCode.class);
        return code == null ? "INTERNAL" : code.value();
    }

    private static int status(ApiException e) {
        return switch (code(e)) {
            case "UNAUTHENTICATED" -> 401;
            case "FORBIDDEN" -> 403;
            case "LIMIT_EXCEEDED" -> 413;
            case "NOT_FOUND" -> 404;
            default -> e instanceof DatabaseUnavailableException ? 503 : 400;
        };
    }

    private static void respond(RoutingContext ctx, int status, ObjectNode body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                .end(body.toString());
    }

}
