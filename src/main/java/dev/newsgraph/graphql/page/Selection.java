package dev.newsgraph.graphql.page;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import java.util.Optional;

/** The fields the client selected under the field being resolved now. */
final class Selection {
    private Selection() {
    }

    /** Empty outside a GraphQL field resolution. */
    static Optional<DataFetchingFieldSelectionSet> current() {
        SmallRyeContext context = SmallRyeContextManager.getCurrentSmallRyeContext();
        DataFetchingEnvironment environment = context == null ? null : context.unwrap(DataFetchingEnvironment.class);
        return Optional.ofNullable(environment).map(DataFetchingEnvironment::getSelectionSet);
    }
}
