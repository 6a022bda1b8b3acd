package dev.newsgraph.graphql.page;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of a keyset-paginated list; each node type has its own subclass, which names the GraphQL type. */
// The native executable resolves these getters by reflection on the subclasses; registering only the subclasses
// (as SmallRye GraphQL does) leaves these inherited methods out.
@RegisterForReflection
public abstract class Connection<N, E extends Edge<N>> {
    private final List<E> edges;
    private final PageInfo pageInfo;
    private final long totalCount;

    protected Connection(List<E> edges, PageInfo pageInfo, long totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.totalCount = totalCount;
    }

    @NonNull
    @Description("The edges of this page.")
    public List<@NonNull E> getEdges() {
        return edges;
    }

    @NonNull
    @Description("The nodes of this page, for clients that need no cursors.")
    public List<@NonNull N> getNodes() {
        return edges.stream().map(Edge::getNode).toList();
    }

    @NonNull
    @Description("Paging information.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    @NonNull
    @Description("Number of nodes in the whole list, across all pages. Exact up to 1,000 (up to 100 for a top-level list"
            + " filtered by text, except people, organizations and places by one word, or statements by date); a top-level"
            + " list longer than that gives the database's estimate (more than the limit): counting a million rows takes"
            + " longer than the page. A list filtered by text of common words only (see its text argument) counts the"
            + " matches among the " + KeysetPager.WALK_ONLY_ROWS_TEXT + " rows a page looks through.")
    public long getTotalCount() {
        return totalCount;
    }
}
