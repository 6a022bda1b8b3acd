package dev.newsgraph.graphql;

import dev.newsgraph.graphql.node.IdListArguments;
import dev.newsgraph.graphql.node.NodesPartialResults;
import dev.newsgraph.graphql.schema.PlainFieldFetchers;
import dev.newsgraph.graphql.schema.ServedSchema;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;

/**
 * Our part in SmallRye GraphQL's start: the schema corrections and faster fetchers for plain fields, then the
 * operation checks. A service SmallRye finds
 * through META-INF/services rather than its CDI events (quarkus.smallrye-graphql.events.enabled stays false): with CDI
 * events on, SmallRye fires several events for every field of every request, each resolving its observers anew, which
 * cost a noticeable share of each request's CPU although nothing observed them.
 */
public class EngineHooks implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        new IdListArguments().declareIdLists(builder);
        new NodesPartialResults().wrapNodesFetcher(builder);
        new ServedSchema().correct(builder); // it describes and prunes the schema the others made
        new PlainFieldFetchers().install(builder);
        return builder;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Arc.container().instance(OperationChecks.class).get().install(builder);
        return builder;
    }
}
