package dev.newsgraph.graphql.node;

import dev.newsgraph.error.ApiException;
import dev.newsgraph.error.ErrorCodes;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.Async;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One malformed ID in {@code nodes(ids:)} makes that entry null, with a BAD_USER_INPUT error at its path
 * ({@code ["nodes", 2]}); the other IDs are still fetched. Without this the whole (non-null) list failed, and with it
 * the other root fields of the request. SmallRye GraphQL cannot give a field a result with errors of its own, so the
 * field's data fetcher is wrapped: it hands SmallRye's fetcher only the well-formed IDs, then puts the nulls and errors
 * back in place.
 */
public class NodesPartialResults {
    private static final FieldCoordinates NODES = FieldCoordinates.coordinates("Query", "nodes");
    private static final String IDS = "ids";

    /** Wraps, in {@code code}, the fetcher of {@code nodes} that SmallRye gave {@code schema}. */
    public void wrapNodesFetcher(GraphQLSchema schema, GraphQLCodeRegistry.Builder code) {
        DataFetcher<?> smallRye = schema.getCodeRegistry().getDataFetcher(NODES, schema.getQueryType().getFieldDefinition(NODES.getFieldName()));
        code.dataFetcher(NODES, (DataFetcher<Object>) environment -> fetch(smallRye, environment));
    }

    private static Object fetch(DataFetcher<?> smallRye, DataFetchingEnvironment environment) throws Exception {
        List<String> ids = environment.getArgument(IDS);
        Map<Integer, GraphQLError> malformed = new HashMap<>();
        List<String> wellFormed = new ArrayList<>();
        for (int i = 0; ids != null && i < ids.size(); i++) {
            try {
                GlobalId.decode(ids.get(i));
                wellFormed.add(ids.get(i));
            } catch (ApiException e) {
                malformed.put(i, GraphqlErrorBuilder.newError(environment)
                        .path(environment.getExecutionStepInfo().getPath().segment(i))
                        .message("ids[" + i + "]: " + e.getMessage())
                        .errorType(ErrorClassification.errorClassification(ErrorCodes.BAD_USER_INPUT))
                        .extensions(Map.of("code", ErrorCodes.BAD_USER_INPUT))
                        .build());
            }
        }
        if (malformed.isEmpty()) {
            return smallRye.get(environment);
        }
        Map<String, Object> arguments = new HashMap<>(environment.getArguments());
        arguments.put(IDS, wellFormed);
        DataFetchingEnvironment narrowed = DataFetchingEnvironmentImpl.newDataFetchingEnvironment(environment)
                .arguments(arguments).build();
        return Async.toCompletableFuture(smallRye.get(narrowed))
                .thenApply(result -> withMalformed(result, ids.size(), malformed));
    }

    @SuppressWarnings("unchecked")
    private static DataFetcherResult<Object> withMalformed(Object result, int size, Map<Integer, GraphQLError> malformed) {
        DataFetcherResult<Object> fetched = result instanceof DataFetcherResult<?> dataFetcherResult
                ? (DataFetcherResult<Object>) dataFetcherResult
                : DataFetcherResult.newResult().data(result).build();
        List<Object> found = (List<Object>) fetched.getData();
        if (found == null) {
            return fetched; // the call failed as a whole: its own error says why
        }
        List<Object> nodes = new ArrayList<>(size);
        int next = 0;
        for (int i = 0; i < size; i++) {
            nodes.add(malformed.containsKey(i) ? null : found.get(next++));
        }
        List<GraphQLError> errors = new ArrayList<>(fetched.getErrors());
        errors.addAll(malformed.values());
        return DataFetcherResult.newResult().data((Object) nodes).errors(errors).localContext(fetched.getLocalContext()).build();
    }
}
