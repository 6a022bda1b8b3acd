package dev.newsgraph.graphql;

import graphql.execution.ExecutionStepInfo;
import graphql.execution.FieldValueInfo;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * Times each query and mutation root field of each request, from the start of its execution until its whole value,
 * nested selections included, is complete: {@code mp_graphql_seconds{name, type}}. The timing lives in this request's
 * instrumentation context only, so a failed request cannot leave a start time behind for another one. (SmallRye
 * GraphQL's own metrics kept start times in a queue shared by all requests of a field and never removed the one of a
 * failed call, so the next call recorded from the failed call's start; it also timed every batched nested field.)
 */
public class OperationMetrics extends SimplePerformantInstrumentation {
    static final String TIMER = "mp_graphql";

    private final MeterRegistry registry;

    public OperationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters, InstrumentationState state) {
        ExecutionStepInfo step = parameters.getExecutionStepInfo();
        OperationDefinition.Operation operation = parameters.getExecutionContext().getOperationDefinition().getOperation();
        String field = step.getFieldDefinition().getName();
        // A subscription runs as long as its client listens; mp_graphql_subscription counts them instead.
        if (step.getPath().getLevel() != 1 || operation == OperationDefinition.Operation.SUBSCRIPTION || field.startsWith("__")) {
            return super.beginFieldExecution(parameters, state);
        }
        Timer timer = timer(registry, field, operation);
        long start = System.nanoTime();
        return new SimpleInstrumentationContext<>() {
            @Override
            public void onCompleted(Object result, Throwable failure) {
                if (result instanceof FieldValueInfo value) {
                    value.getFieldValueFuture().whenComplete((ignored, nestedFailure) -> record(timer, start));
                } else {
                    record(timer, start);
                }
            }
        };
    }

    /** The timer of one root field; the compiled read path (graphql/compiled) times its root fields with it too. */
    public static Timer timer(MeterRegistry registry, String field, OperationDefinition.Operation operation) {
        return Timer.builder(TIMER)
                .description("Execution time of GraphQL query and mutation root fields")
                .tags("name", field, "source", "false", "type", operation.name())
                .register(registry);
    }

    private static void record(Timer timer, long start) {
        timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }
}
