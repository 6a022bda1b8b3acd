package dev.newsgraph.graphql.schema;

import dev.newsgraph.error.ErrorCodes;
import dev.newsgraph.error.OperationRefusedException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.introspection.Introspection;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLDirective;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;

/**
 * graphql-java declares {@code @defer} and {@code @experimental_disableErrorPropagation} in every schema, but this
 * server does not deliver incremental results (SmallRye GraphQL's HTTP and WebSocket endpoints send one result per
 * operation). So introspection does not list them, and an operation that uses them is refused before it runs, instead
 * of silently answering in one piece.
 */
public class UnsupportedDirectives extends SimplePerformantInstrumentation {
    /**
     * The answer per parsed document, which the query cache hands to every request of the same text: walking the
     * document on every request took a thirtieth of a small query's CPU. Documents compare by identity; dropped with them.
     */
    private final Map<Document, Set<String>> checked = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        Document document = parameters.getExecutionContext().getDocument();
        Set<String> unsupported = checked.computeIfAbsent(document, parsed -> unsupportedIn(parsed.getChildren()));
        if (!unsupported.isEmpty()) {
            throw new OperationRefusedException(ErrorCodes.BAD_USER_INPUT, "Not supported: @" + String.join(", @", unsupported)
                    + ". This server sends each result whole; remove the directive.");
        }
        return super.beginExecuteOperation(parameters, state);
    }

    @Override
    @SuppressWarnings("unchecked")
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        boolean schemaDirectives = parameters.getExecutionStepInfo().getObjectType().getName().equals(Introspection.__Schema.getName())
                && parameters.getField().getName().equals("directives");
        if (!schemaDirectives) {
            return dataFetcher;
        }
        return environment -> ((List<GraphQLDirective>) dataFetcher.get(environment)).stream()
                .filter(directive -> ServedSchema.HONOURED.contains(directive.getName()))
                .toList();
    }

    private static Set<String> unsupportedIn(List<Node> nodes) {
        Set<String> unsupported = new TreeSet<>();
        new NodeTraverser().preOrder(new NodeVisitorStub() {
            @Override
            public TraversalControl visitDirective(Directive node, TraverserContext<Node> context) {
                if (!ServedSchema.HONOURED.contains(node.getName())) {
                    unsupported.add(node.getName());
                }
                return TraversalControl.CONTINUE;
            }
        }, new ArrayList<>(nodes));
        return unsupported;
    }
}
