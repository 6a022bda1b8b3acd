package dev.newsgraph.graphql;

import graphql.execution.ExecutionStepInfo;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Times each query and mutation field at the root, as mp_graphql{name, type, source="false"}. SmallRye GraphQL
 * times them only when it hands them to a worker thread itself; with each request running on a worker of its own
 * (quarkus.smallrye-graphql.nonblocking.enabled=false) it calls them directly and times nothing but batched fields.
 */
final class RootFieldTimings extends SimplePerformantInstrumentation {
    private final MeterRegistry registry;

    RootFieldTimings(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        ExecutionStepInfo step = parameters.getExecutionStepInfo();
        OperationDefinition.Operation operation = parameters.getEnvironment().getOperationDefinition().getOperation();
        if (step.getPath().getLevel() != 1 || operation == OperationDefinition.Operation.SUBSCRIPTION) {
            return fetcher;
        }
        Timer timer = Timer.builder("mp_graphql")
                .tags("name", step.getFieldDefinition().getName(), "type", operation.name(), "source", "false")
                .register(registry);
        return environment -> {
            long start = System.nanoTime();
            Object result = fetcher.get(environment);
            if (result instanceof CompletionStage<?> stage) {
                return stage.whenComplete((value, failure) -> timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS));
            }
            timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return result;
        };
    }
}
