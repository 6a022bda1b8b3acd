package dev.newsgraph.graphql.page;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page stands in its connection (Relay cursor connections).")
public record PageInfo(
        @NonNull @Description("True when more edges follow this page.") boolean hasNextPage,
        @NonNull @Description("True when edges precede this page.") boolean hasPreviousPage,
        @Description("Cursor of the first edge of the page; null on an empty page.") String startCursor,
        @Description("Cursor of the last edge of the page; null on an empty page.") String endCursor) {
}
