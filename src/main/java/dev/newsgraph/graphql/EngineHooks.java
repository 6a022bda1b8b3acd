package dev.newsgraph.graphql;

import dev.newsgraph.graphql.node.IdListArguments;
import dev.newsgraph.graphql.node.NodesPartialResults;
import dev.newsgraph.graphql.schema.PlainFieldFetchers;
import dev.newsgraph.graphql.schema.ServedSchema;
import graphql.GraphQL;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.smallrye.context.CleanAutoCloseable;
import io.smallrye.context.SmallRyeContextManagerProvider;
import io.smallrye.context.SmallRyeThreadContext;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;
import org.eclipse.microprofile.context.ThreadContext;

/**
 * Our part in SmallRye GraphQL's start: the schema corrections and faster fetchers for plain fields, then the
 * operation checks; and in each execution, no context propagation within queries and mutations. A service SmallRye finds
 * through META-INF/services rather than its CDI events (quarkus.smallrye-graphql.events.enabled stays false): with CDI
 * events on, SmallRye fires several events for every field of every request, each resolving its observers anew, which
 * cost a noticeable share of each request's CPU although nothing observed them.
 */
public class EngineHooks implements EventingService {
    /** The scope of {@link #beforeExecute} on the thread of the execution, ended by {@link #endExecution}. */
    private static final ThreadLocal<CleanAutoCloseable> NOTHING_PROPAGATED = new ThreadLocal<>();
    private volatile SmallRyeThreadContext nothingPropagated;

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        // Built once for all the corrections: each build traverses and validates the whole schema, a start-up cost.
        GraphQLSchema smallRyes = builder.build();
        GraphQLCodeRegistry fetchers = smallRyes.getCodeRegistry().transform(code -> {
            new NodesPartialResults().wrapNodesFetcher(smallRyes, code);
            new PlainFieldFetchers().install(smallRyes, code);
        });
        new ServedSchema(new IdListArguments()).correct(smallRyes, fetchers, builder);
        return builder;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Arc.container().instance(OperationChecks.class).get().install(builder);
        return builder;
    }

    /**
     * A query or mutation runs start to finish on the one worker thread SmallRye gives it (resolvers block, and
     * quarkus.smallrye-graphql.nonblocking.enabled is off), yet with context propagation on, SmallRye's futures captured
     * and restored every thread context (CDI, transaction, tracing, GraphQL) around each of the thousands of stages of
     * an execution: a sixth of a request's CPU, for contexts that are already there. So within queries and mutations
     * the stages propagate nothing. Subscriptions keep propagation: their events are resolved on other threads.
     */
    @Override
    public void beforeExecute(Context context) {
        if (!context.getRequestedOperationTypes().contains("Subscription")) {
            endExecution();
            NOTHING_PROPAGATED.set(SmallRyeThreadContext.withThreadContext(nothingPropagated()));
        }
    }

    @Override
    public void afterExecute(Context context) {
        endExecution();
    }

    @Override
    public void errorExecute(Context context, Throwable error) {
        endExecution();
    }

    private static void endExecution() {
        CleanAutoCloseable scope = NOTHING_PROPAGATED.get();
        if (scope != null) {
            NOTHING_PROPAGATED.remove();
            scope.close();
        }
    }

    private SmallRyeThreadContext nothingPropagated() {
        if (nothingPropagated == null) {
            nothingPropagated = (SmallRyeThreadContext) SmallRyeContextManagerProvider.getManager().newThreadContextBuilder()
                    .propagated().cleared().unchanged(ThreadContext.ALL_REMAINING).build();
        }
        return nothingPropagated;
    }
}
