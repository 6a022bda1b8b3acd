package dev.newsgraph.graphql.page;

import dev.newsgraph.db.Reads;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Turns keyset pages of keys into connections of one node type: keys are loaded in one statement per page batch. */
public final class ConnectionPager<N, E extends Edge<N>, C extends Connection<N, E>> {

    @FunctionalInterface
    public interface ConnectionFactory<N, E extends Edge<N>, C> {
        C create(List<E> edges, PageInfo pageInfo, long totalCount);
    }

    private final Reads reads;
    private final KeysetPager keyset;
    private final Function<Collection<Long>, Map<Long, N>> loader;
    private final BiFunction<String, N, E> edge;
    private final ConnectionFactory<N, E, C> connection;

    public ConnectionPager(Reads reads, KeysetPager keyset, Function<Collection<Long>, Map<Long, N>> loader,
                           BiFunction<String, N, E> edge, ConnectionFactory<N, E, C> connection) {
        this.reads = reads;
        this.keyset = keyset;
        this.loader = loader;
        this.edge = edge;
        this.connection = connection;
    }

    /**
     * A root list, in one unit of work (one connection for its statements). Its total is counted only when the
     * selection asks for totalCount: at a million rows the count costs more than the page.
     */
    public C root(Rows rows, PageRequest request) {
        boolean counted = Selection.current().map(selection -> selection.contains("totalCount")).orElse(true);
        return reads.run(session -> {
            KeysetPager.KeyPage page = keyset.page(rows, request);
            long total = counted ? keyset.count(rows) : -1;
            return connection.create(page.edges(loader.apply(page.keys()), edge), page.pageInfo(), total);
        });
    }

    /** The nested lists of a batch of parents, in the parents' order. */
    public List<C> nested(Rows rows, List<Long> parents, PageRequest request) {
        return reads.run(session -> {
            Map<Long, KeysetPager.KeyPage> pages = keyset.pages(rows, parents, request);
            Map<Long, N> nodes = loader.apply(pages.values().stream().flatMap(page -> page.keys().stream()).distinct().toList());
            return parents.stream().map(pages::get)
                    .map(page -> connection.create(page.edges(nodes, edge), page.pageInfo(), page.total()))
                    .toList();
        });
    }
}
