package dev.newsgraph.graphql.explore;

import dev.newsgraph.db.Reads;
import dev.newsgraph.error.BadUserInputException;
import dev.newsgraph.error.TranslatesDatabaseFailures;
import dev.newsgraph.graphql.node.GlobalId;
import dev.newsgraph.graphql.node.Node;
import dev.newsgraph.graphql.node.NodeLoader;
import dev.newsgraph.error.LimitExceededException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * Shortest paths by breadth-first search from both ends, one SQL statement per hop: each hop widens the side whose
 * frontier is smaller, so that the search meets in the middle instead of expanding the hubs one side reaches (a
 * country is mentioned by every 40th article) from the other. When both frontiers have hubs, a link between the two
 * frontiers is looked for first, from both sets at once (the index of the smaller side serves it): a person and a
 * country mentioned in one of the person's articles meet there without reading the country's tens of thousands of
 * links, and on the last hop allowed nothing else is needed. The statements depend on maxHops, never on how many
 * nodes a hop reaches. The search stops at a bound on visited nodes, and a hop reads at most as many links, so that a
 * hub cannot exhaust it.
 */
@GraphQLApi
@TranslatesDatabaseFailures
public class PathApi {
    static final int MAX_HOPS = 6;
    static final int MAX_VISITED = 50_000;
    /** {@link #MAX_VISITED} as the schema's description writes it. */
    static final String MAX_VISITED_TEXT = "50,000";
    /** A frontier with more links than this is widened only when the other side's frontier has as many. */
    static final int HUB_LINKS = 2_000;

    /**
     * Every link of the graph, both ways, from the nodes of the frontier (typed node keys such as 'A12'); a link may
     * come twice. Union all, so that a limit stops reading at a hub; each link column of its own, so that its index
     * serves the look-up (an unnest of several columns read every statement).
     */
    private static final String NEIGHBOURS = """
            with f(node) as (select unnest(cast(:frontier as text[]))),
            a(id) as (select cast(substr(node, 2) as bigint) from f where node like 'A%'),
            e(id) as (select cast(substr(node, 2) as bigint) from f where node like 'E%'),
            s(id) as (select cast(substr(node, 2) as bigint) from f where node like 'S%'),
            i(id) as (select cast(substr(node, 2) as bigint) from f where node like 'I%')
            select 'A' || m.article_id, 'E' || m.entity_id from mention m where m.article_id in (select id from a)
            union all select 'E' || m.entity_id, 'A' || m.article_id from mention m where m.entity_id in (select id from e)
            union all select 'A' || x.article_id, 'S' || x.id from statement x where x.article_id in (select id from a)
            union all select 'S' || x.id, 'A' || x.article_id from statement x where x.id in (select id from s)
            union all select 'S' || x.id, 'E' || t from statement x
                cross join lateral unnest(array[x.speaker_id, x.venue_id]) t where x.id in (select id from s) and t is not null
            union all select 'E' || x.speaker_id, 'S' || x.id from statement x where x.speaker_id in (select id from e)
            union all select 'E' || x.venue_id, 'S' || x.id from statement x where x.venue_id in (select id from e)
            union all select 'S' || b.statement_id, 'E' || b.entity_id from statement_about b where b.statement_id in (select id from s)
            union all select 'E' || b.entity_id, 'S' || b.statement_id from statement_about b where b.entity_id in (select id from e)
            union all select 'A' || l.article_id, 'I' || l.incident_id from incident_article l where l.article_id in (select id from a)
            union all select 'I' || l.incident_id, 'A' || l.article_id from incident_article l where l.incident_id in (select id from i)
            union all select 'I' || x.id, 'E' || x.place_id from incident x where x.id in (select id from i) and x.place_id is not null
            union all select 'E' || x.place_id, 'I' || x.id from incident x where x.place_id in (select id from e)
            union all select 'I' || x.id, 'I' || x.part_of_id from incident x where x.id in (select id from i) and x.part_of_id is not null
            union all select 'I' || x.part_of_id, 'I' || x.id from incident x where x.part_of_id in (select id from i)
            union all select 'I' || c.incident_id, 'E' || c.entity_id from incident_actor c where c.incident_id in (select id from i) and c.entity_id is not null
            union all select 'E' || c.entity_id, 'I' || c.incident_id from incident_actor c where c.entity_id in (select id from e)
            union all select 'E' || n.id, 'E' || n.parent_id from named_entity n where n.id in (select id from e) and n.parent_id is not null
            union all select 'E' || n.parent_id, 'E' || n.id from named_entity n where n.parent_id in (select id from e)
            union all select 'E' || r.person_id, 'E' || t from person_role r
                cross join lateral unnest(array[r.organization_id, r.place_id]) t where r.person_id in (select id from e) and t is not null
            union all select 'E' || r.organization_id, 'E' || r.person_id from person_role r where r.organization_id in (select id from e)
            union all select 'E' || r.place_id, 'E' || r.person_id from person_role r where r.place_id in (select id from e)
            """;

    /** The links of the graph, each once, one way: table, column and node kind of one end, then of the other. */
    private record Link(String table, String fromColumn, char fromKind, String toColumn, char toKind) {
    }

    private static final List<Link> LINKS = List.of(
            new Link("mention", "article_id", 'A', "entity_id", 'E'),
            new Link("statement", "article_id", 'A', "id", 'S'),
            new Link("statement", "id", 'S', "speaker_id", 'E'),
            new Link("statement", "id", 'S', "venue_id", 'E'),
            new Link("statement_about", "statement_id", 'S', "entity_id", 'E'),
            new Link("incident_article", "article_id", 'A', "incident_id", 'I'),
            new Link("incident", "id", 'I', "place_id", 'E'),
            new Link("incident", "id", 'I', "part_of_id", 'I'),
            new Link("incident_actor", "incident_id", 'I', "entity_id", 'E'),
            new Link("named_entity", "id", 'E', "parent_id", 'E'),
            new Link("person_role", "person_id", 'E', "organization_id", 'E'),
            new Link("person_role", "person_id", 'E', "place_id", 'E'));

    /** A link from a node of :here to a node of :there (typed node keys, as NEIGHBOURS reads them), either way. */
    static final String MEETING = meeting();

    private static String meeting() {
        StringBuilder sql = new StringBuilder("with ");
        for (String set : List.of("here", "there")) {
            for (char kind : new char[] {'A', 'E', 'S', 'I'}) {
                sql.append(set).append('_').append(kind).append("(id) as (select cast(substr(node, 2) as bigint) from unnest(cast(:")
                        .append(set).append(" as text[])) node where node like '").append(kind).append("%'), ");
            }
        }
        sql.setLength(sql.length() - 2);
        String union = " select ";
        for (Link link : LINKS) {
            for (boolean forward : new boolean[] {true, false}) {
                String near = forward ? link.fromColumn() : link.toColumn();
                String far = forward ? link.toColumn() : link.fromColumn();
                char nearKind = forward ? link.fromKind() : link.toKind();
                char farKind = forward ? link.toKind() : link.fromKind();
                sql.append(union).append("'").append(nearKind).append("' || t.").append(near).append(", '").append(farKind)
                        .append("' || t.").append(far).append(" from ").append(link.table()).append(" t where t.").append(near)
                        .append(" in (select id from here_").append(nearKind).append(") and t.").append(far)
                        .append(" in (select id from there_").append(farKind).append(")");
                union = " union all select ";
            }
        }
        return sql.append(" limit 1").toString();
    }

    @Inject
    Reads reads;
    @Inject
    NodeLoader loader;

    @Query
    @Description("The shortest chain of links between two nodes (e.g. Mark Rutte → an article → Russia → the Kharkiv attack),"
            + " following mentions, statements, speakers, incidents, places and roles; null when none is within maxHops."
            + " The search visits at most " + PathApi.MAX_VISITED_TEXT + " nodes: a path that only hubs lead to may be missed.")
    public GraphPath path(
            @NonNull @Id @Description("Start node.") String from,
            @NonNull @Id @Description("End node.") String to,
            @DefaultValue("4") @Description("Longest path to look for, at most 6 links.") @Name("maxHops") Integer requested) {
        int maxHops = requested == null ? 4 : requested; // an explicit null asks for the default too
        if (maxHops < 1 || maxHops > MAX_HOPS) {
            throw new LimitExceededException("'maxHops' must be between 1 and " + MAX_HOPS + ", was " + maxHops);
        }
        String start = key(GlobalId.decode(from));
        String goal = key(GlobalId.decode(to));
        if (start.equals(goal)) {
            return toPath(List.of(start));
        }
        Side fromStart = new Side(start);
        Side fromGoal = new Side(goal);
        for (int hops = 0; hops < maxHops && fromStart.visited() + fromGoal.visited() < MAX_VISITED; hops++) {
            Side side = fromStart.frontier.size() <= fromGoal.frontier.size() ? fromStart : fromGoal;
            Side other = side == fromStart ? fromGoal : fromStart;
            if (side.frontier.isEmpty()) {
                return null;
            }
            // A frontier with a hub (a country is mentioned by every 40th article) has more links than its size says:
            // the other side is widened instead when its links are fewer than HUB_LINKS.
            List<Object[]> links = links(side, HUB_LINKS + 1);
            if (links.size() > HUB_LINKS && !other.frontier.isEmpty()) {
                List<Object[]> otherLinks = links(other, HUB_LINKS + 1);
                if (otherLinks.size() <= HUB_LINKS) {
                    side = other;
                    other = side == fromStart ? fromGoal : fromStart;
                    links = otherLinks;
                }
            }
            if (links.size() > HUB_LINKS) {
                Object[] link = meeting(side, other);
                if (link != null) {
                    List<String> path = side.pathTo((String) link[0]);
                    Collections.reverse(path);
                    path.addAll(other.pathTo((String) link[1]));
                    if (side == fromGoal) {
                        Collections.reverse(path);
                    }
                    return toPath(path);
                }
                if (hops + 1 == maxHops) {
                    return null; // this hop could only have closed a path by such a link
                }
                links = links(side, MAX_VISITED);
            }
            side.widen(links);
            // Every new node is one hop further than the rest of its side: of those the other side reached, the one
            // it reached first closes the shortest path.
            String meeting = null;
            for (String node : side.frontier) {
                if (other.depth.containsKey(node) && (meeting == null || other.depth.get(node) < other.depth.get(meeting))) {
                    meeting = node;
                }
            }
            if (meeting != null) {
                List<String> path = fromStart.pathTo(meeting);
                Collections.reverse(path);
                List<String> toGoal = fromGoal.pathTo(meeting);
                path.addAll(toGoal.subList(1, toGoal.size()));
                return toPath(path);
            }
        }
        return null;
    }

    /** One end's search: how each visited node was reached, its distance, and the nodes reached by the last hop. */
    private static final class Side {
        final Map<String, String> previous = new HashMap<>();
        final Map<String, Integer> depth = new HashMap<>();
        List<String> frontier;

        Side(String end) {
            previous.put(end, null);
            depth.put(end, 0);
            frontier = List.of(end);
        }

        int visited() {
            return previous.size();
        }

        void widen(List<Object[]> links) {
            List<String> next = new ArrayList<>();
            for (Object[] link : links) {
                String neighbour = (String) link[1];
                if (!previous.containsKey(neighbour)) {
                    previous.put(neighbour, (String) link[0]);
                    depth.put(neighbour, depth.get((String) link[0]) + 1);
                    next.add(neighbour);
                }
            }
            frontier = next;
        }

        /** The nodes from this node back to this side's end. */
        List<String> pathTo(String node) {
            List<String> path = new ArrayList<>();
            for (String at = node; at != null; at = previous.get(at)) {
                path.add(at);
            }
            return path;
        }
    }

    /** A link from the frontier of one side to that of the other, null when none. */
    private Object[] meeting(Side side, Side other) {
        return meeting(side.frontier, other.frontier);
    }

    /** A link from a node of here to a node of there (typed node keys), as {node of here, node of there}; null when none. */
    @SuppressWarnings("unchecked")
    Object[] meeting(List<String> here, List<String> there) {
        List<Object[]> links = reads.run(session -> session.createNativeQuery(MEETING)
                .setParameter("here", here.toArray(String[]::new)).setParameter("there", there.toArray(String[]::new)).getResultList());
        return links.isEmpty() ? null : links.get(0);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> links(Side side, int limit) {
        String[] keys = side.frontier.toArray(String[]::new);
        String sql = "select * from (" + NEIGHBOURS + ") n limit " + limit;
        return reads.run(session -> session.createNativeQuery(sql).setParameter("frontier", keys).getResultList());
    }

    private GraphPath toPath(List<String> keys) {
        Map<Character, List<Long>> byKind = keys.stream().collect(Collectors.groupingBy(key -> key.charAt(0),
                Collectors.mapping(key -> Long.parseLong(key.substring(1)), Collectors.toList())));
        Map<String, Node> nodes = new HashMap<>();
        byKind.forEach((kind, ids) -> load(kind, ids).forEach((id, node) -> nodes.put(kind + id.toString(), node)));
        return new GraphPath(keys.stream().map(nodes::get).toList(), keys.size() - 1);
    }

    private Map<Long, ? extends Node> load(char kind, List<Long> ids) {
        return switch (kind) {
            case 'A' -> loader.articles(ids);
            case 'S' -> loader.statements(ids);
            case 'I' -> loader.incidents(ids);
            default -> loader.entities(ids).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> (Node) entry.getValue()));
        };
    }

    private static String key(GlobalId id) {
        return switch (id.type()) {
            case Article -> "A" + id.key();
            case Person, Organization, Place -> "E" + id.key();
            case Statement -> "S" + id.key();
            case Incident -> "I" + id.key();
            case Feed, Event -> throw new BadUserInputException("Paths link articles, entities, statements and incidents, not feeds or events");
        };
    }

}
