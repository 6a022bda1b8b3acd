package dev.newsgraph.graphql;

import dev.newsgraph.error.StableErrorCodes;
import dev.newsgraph.graphql.compiled.CompiledReads;
import dev.newsgraph.graphql.page.PageLimits;
import dev.newsgraph.graphql.schema.UnsupportedDirectives;
import dev.newsgraph.graphql.subscription.EventBatching;
import dev.newsgraph.limits.ComplexityLimit;
import dev.newsgraph.limits.ConnectionCost;
import dev.newsgraph.limits.DepthLimit;
import dev.newsgraph.limits.QueryLimits;
import dev.newsgraph.security.Access;
import dev.newsgraph.security.AccessPolicy;
import dev.newsgraph.validation.ValidationErrors;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Unremovable;
import io.smallrye.graphql.execution.QueryCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Checks every operation as a whole before any of its fields runs, so a refused operation never reaches the
 * database: first whether it uses a directive the server does not honour ({@link UnsupportedDirectives}), then who may
 * run it ({@link AccessPolicy}), then its depth and its cost. It also gives the errors of failed input constraints
 * their code ({@link ValidationErrors}), every error a stable code ({@link StableErrorCodes}), times the root
 * fields ({@link OperationMetrics}) and batches the fields of subscription events ({@link EventBatching}).
 * <p>
 * SmallRye GraphQL builds its own limits (quarkus.smallrye-graphql.instrumentation-query-*) without an error code,
 * so this replaces its chain of instrumentations with ours and SmallRye's own query cache: as instrumentation the
 * cache stores the documents that passed validation, as document provider it serves them, and SmallRye's request
 * context reads them from it too (with a cache of our own, it parsed every document once more: a seventh of the CPU
 * of a small query). Queries then run through {@link CompiledReads}.
 */
@ApplicationScoped
@Unremovable // looked up by EngineHooks, which SmallRye creates outside CDI
public class OperationChecks {
    @Inject
    Access access;
    @Inject
    QueryLimits queryLimits;
    @Inject
    PageLimits pageLimits;
    @Inject
    MeterRegistry meterRegistry;
    @Inject
    CompiledReads compiledReads;

    public void install(GraphQL.Builder builder) {
        // SmallRye's own cache: its request context reads the document from it, and parses it anew when it is missing.
        QueryCache queryCache = builder.build().getPreparsedDocumentProvider() instanceof QueryCache own ? own : new QueryCache();
        builder.instrumentation(new ChainedInstrumentation(List.of(
                        new UnsupportedDirectives(),
                        new EventBatching(),
                        new AccessPolicy(access),
                        new DepthLimit(queryLimits.maxDepth()),
                        new ComplexityLimit(queryLimits.maxComplexity(), new ConnectionCost(pageLimits.defaultSize(), pageLimits.maxSize())),
                        new ValidationErrors(),
                        new StableErrorCodes(),
                        new OperationMetrics(meterRegistry),
                        queryCache)))
                .preparsedDocumentProvider(queryCache)
                .queryExecutionStrategy(compiledReads);
    }
}
