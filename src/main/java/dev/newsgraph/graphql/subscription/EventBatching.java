package dev.newsgraph.graphql.subscription;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

/**
 * Batches the nested fields of a subscription event as a query batches them. graphql-java dispatches the data
 * loaders of a subscription after every single field fetch, so {@code articleIngested { incidents { figures } } }
 * loaded the figures of each incident in a statement of its own. Here the dispatch waits until the current pass over
 * the event's fields on its Vert.x context is done (see {@link SubscriptionApi}): every load requested in that pass,
 * such as the figures of all incidents, goes in one batch. And each event starts with empty loader caches, which would
 * otherwise keep every event's nodes for as long as the subscription lasts.
 */
public class EventBatching extends SimplePerformantInstrumentation {

    @Override
    public ExecutionContext instrumentExecutionContext(ExecutionContext context, InstrumentationExecutionParameters parameters,
                                                       InstrumentationState state) {
        if (!context.isSubscriptionOperation()) {
            return context;
        }
        DataLoaderRegistry loaders = context.getDataLoaderRegistry();
        return context.transform(builder -> builder.dataLoaderRegistry(new DispatchedOncePerPass(loaders)));
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(InstrumentationFieldParameters parameters,
                                                                            InstrumentationState state) {
        parameters.getExecutionContext().getDataLoaderRegistry().getDataLoaders().forEach(DataLoader::clearAll);
        return super.beginSubscribedFieldEvent(parameters, state);
    }

    /** The same loaders, dispatched once after the current ordered task of the Vert.x context instead of at each call. */
    private static final class DispatchedOncePerPass extends DataLoaderRegistry {
        private final AtomicBoolean scheduled = new AtomicBoolean();

        DispatchedOncePerPass(DataLoaderRegistry loaders) {
            super(loaders.getDataLoadersMap(), loaders.getInstrumentation());
        }

        @Override
        public void dispatchAll() {
            Context context = Vertx.currentContext();
            if (context == null) {
                super.dispatchAll();
            } else if (scheduled.compareAndSet(false, true)) {
                context.executeBlocking(() -> {
                    scheduled.set(false);
                    super.dispatchAll();
                    return null;
                }, true);
            }
        }
    }
}
