package dev.newsgraph.graphql.node;

import dev.newsgraph.db.Reads;
import dev.newsgraph.domain.EntityType;
import dev.newsgraph.graphql.article.ArticleNode;
import dev.newsgraph.graphql.entity.OrganizationNode;
import dev.newsgraph.graphql.entity.PersonNode;
import dev.newsgraph.graphql.entity.PlaceNode;
import dev.newsgraph.graphql.event.EventNode;
import dev.newsgraph.graphql.feed.FeedNode;
import dev.newsgraph.graphql.incident.IncidentNode;
import dev.newsgraph.graphql.statement.StatementNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Loads nodes by key, many at once, with plain JDBC (NodeRows): one statement per call, none for an empty set of keys. */
@ApplicationScoped
public class NodeLoader {
    @Inject
    Reads reads;

    public Map<Long, ArticleNode> articles(Collection<Long> keys) {
        return load(NodeRows.ARTICLES, keys);
    }

    public Map<Long, StatementNode> statements(Collection<Long> keys) {
        return load(NodeRows.STATEMENTS, keys);
    }

    public Map<Long, IncidentNode> incidents(Collection<Long> keys) {
        return load(NodeRows.INCIDENTS, keys);
    }

    public Map<Long, EventNode> events(Collection<Long> keys) {
        return load(NodeRows.EVENTS, keys);
    }

    public Map<Long, FeedNode> feeds(Collection<Long> keys) {
        return load(NodeRows.FEEDS, keys);
    }

    /** People, organizations and places, each as its own GraphQL type. */
    public Map<Long, Entity> entities(Collection<Long> keys) {
        return load(NodeRows.ENTITIES, keys);
    }

    public Map<Long, PersonNode> people(Collection<Long> keys) {
        return ofType(entities(keys), PersonNode.class);
    }

    public Map<Long, OrganizationNode> organizations(Collection<Long> keys) {
        return ofType(entities(keys), OrganizationNode.class);
    }

    public Map<Long, PlaceNode> places(Collection<Long> keys) {
        return ofType(entities(keys), PlaceNode.class);
    }

    /** For a batched to-one field: the node each source points at (null where it points nowhere). */
    public <S, N> List<N> one(List<S> sources, Function<S, Long> key, Function<Collection<Long>, Map<Long, N>> loader) {
        Map<Long, N> nodes = loader.apply(sources.stream().map(key).filter(Objects::nonNull).distinct().toList());
        List<N> result = new ArrayList<>(sources.size());
        for (S source : sources) {
            Long target = key.apply(source);
            result.add(target == null ? null : nodes.get(target));
        }
        return result;
    }

    /**
     * For a batched to-many field: sql selects (source key, target key) pairs for the sources in the array parameter
     * ({@code where source = any(?)}), in display order; the targets are loaded in one more statement.
     */
    public <S, N> List<List<N>> many(List<S> sources, Function<S, Long> sourceKey, String sql,
                                     Function<Collection<Long>, Map<Long, N>> loader) {
        return reads.run(session -> group(sources, sourceKey,
                reads.select(sql, row -> new long[] {row.getLong(1), row.getLong(2)}, sources.stream().map(sourceKey).distinct().toList()),
                loader));
    }

    private static <S, N> List<List<N>> group(List<S> sources, Function<S, Long> sourceKey, List<long[]> pairs,
                                              Function<Collection<Long>, Map<Long, N>> loader) {
        Map<Long, N> nodes = loader.apply(pairs.stream().map(pair -> pair[1]).distinct().toList());
        Map<Long, List<N>> bySource = new HashMap<>();
        for (long[] pair : pairs) {
            N node = nodes.get(pair[1]);
            if (node != null) {
                bySource.computeIfAbsent(pair[0], key -> new ArrayList<>()).add(node);
            }
        }
        return sources.stream().map(source -> bySource.getOrDefault(sourceKey.apply(source), List.of())).toList();
    }

    public Node node(GlobalId id) {
        return nodes(List.of(id)).get(0);
    }

    /** The nodes named by {@code ids}, in order, null where none exists: one statement per node type asked for. */
    public List<Node> nodes(List<GlobalId> ids) {
        Map<NodeType, List<Long>> keysByType = new EnumMap<>(NodeType.class);
        ids.forEach(id -> keysByType.computeIfAbsent(id.type(), type -> new ArrayList<>()).add(id.key()));
        Map<NodeType, Map<Long, ? extends Node>> nodesByType = new EnumMap<>(NodeType.class);
        keysByType.forEach((type, keys) -> nodesByType.put(type, load(type, keys)));
        return ids.stream().<Node>map(id -> nodesByType.get(id.type()).get(id.key())).toList();
    }

    private Map<Long, ? extends Node> load(NodeType type, List<Long> keys) {
        return switch (type) {
            case Article -> articles(keys);
            case Person -> people(keys);
            case Organization -> organizations(keys);
            case Place -> places(keys);
            case Statement -> statements(keys);
            case Incident -> incidents(keys);
            case Feed -> feeds(keys);
            case Event -> events(keys);
        };
    }

    public static NodeType nodeType(EntityType type) {
        return switch (type) {
            case PERSON -> NodeType.Person;
            case ORGANIZATION -> NodeType.Organization;
            case PLACE -> NodeType.Place;
        };
    }

    private <N> Map<Long, N> load(NodeRows<N> rows, Collection<Long> keys) {
        Map<Long, N> nodes = new HashMap<>();
        if (!keys.isEmpty()) {
            reads.select(rows.select() + " where id = any(?)", row -> Map.entry(row.getLong(1), rows.row().map(row)), keys)
                    .forEach(entry -> nodes.put(entry.getKey(), entry.getValue()));
        }
        return nodes;
    }

    private static <N> Map<Long, N> ofType(Map<Long, Entity> entities, Class<N> type) {
        Map<Long, N> typed = new HashMap<>();
        entities.forEach((key, entity) -> {
            if (type.isInstance(entity)) {
                typed.put(key, type.cast(entity));
            }
        });
        return typed;
    }
}
