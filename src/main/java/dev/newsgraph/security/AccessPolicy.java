package dev.newsgraph.security;

import dev.newsgraph.error.OperationRefusedException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;

/** Applies {@link Access} to each whole operation before any of its fields runs. */
public class AccessPolicy extends SimplePerformantInstrumentation {
    private final Access access;

    public AccessPolicy(Access access) {
        this.access = access;
    }

    @Override
    public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        OperationDefinition.Operation operation = parameters.getExecutionContext().getOperationDefinition().getOperation();
        OperationRefusedException refusal = access.refusal(operation == OperationDefinition.Operation.MUTATION);
        if (refusal != null) {
            throw refusal;
        }
        return super.beginExecuteOperation(parameters, state);
    }
}
