package dev.newsgraph.graphql.compiled;

import dev.newsgraph.graphql.Pagers;
import dev.newsgraph.graphql.node.GlobalId;
import dev.newsgraph.graphql.node.NodeType;
import dev.newsgraph.graphql.page.PageRequest;
import dev.newsgraph.graphql.page.Rows;
import graphql.normalized.ExecutableNormalizedField;
import java.util.List;

/**
 * Compiles the fields of one query into one SQL statement whose single value is the JSON of the whole {@code data}
 * object, built by PostgreSQL (json_build_object, json_agg, correlated subqueries), as PostGraphile does: no resolver,
 * no DataLoader, no graphql-java step per field. Root lists are paged first ({@link RootLists}, the resolvers' own rows
 * and cursors); the statement reads their nodes and everything below them.
 * <p>
 * Every field mirrors its resolver: the same columns, the same order of lists, the same page of a nested list (its
 * Rows come from {@link Pagers}, as the resolver's do). A field, argument or shape it does not know raises
 * {@link NotCompiled}, and the whole operation goes to the resolvers instead; CompiledReadsTest compares both answers.
 */
final class ReadCompiler {
    /** json_build_object takes at most 100 arguments. */
    private static final int MAX_FIELDS = 50;
    private static final int MAX_NODE_IDS = 100;

    /** Raised for anything the compiler does not translate; cheap, as it is part of normal operation. */
    static final class NotCompiled extends RuntimeException {
        NotCompiled(String reason) {
            super(reason, null, false, false);
        }
    }

    private final RootLists roots;
    private int aliases;

    ReadCompiler(RootLists roots) {
        this.roots = roots;
    }

    /** The statement selecting the data object of these root fields. Pages the root lists on the way. */
    Sql compile(List<ExecutableNormalizedField> rootFields) {
        Sql data = new Sql().append("select json_build_object(");
        String separator = "";
        for (ExecutableNormalizedField field : fields(rootFields, "Query")) {
            data.append(separator).literal(field.getResultKey()).append(", ").append(rootField(field));
            separator = ", ";
        }
        return data.append(")");
    }

    private Sql rootField(ExecutableNormalizedField field) {
        Arguments arguments = new Arguments(field.getResolvedArguments());
        switch (field.getName()) {
            case "__typename" -> {
                return new Sql().literal("Query");
            }
            case "node" -> {
                return node(GlobalId.decode(arguments.string("id")), field);
            }
            case "nodes" -> {
                List<String> ids = arguments.strings("ids");
                if (ids.size() > MAX_NODE_IDS) {
                    throw new NotCompiled("too many IDs"); // the resolver's error
                }
                Sql nodes = new Sql().append("json_build_array(");
                for (int i = 0; i < ids.size(); i++) {
                    nodes.append(i == 0 ? "" : ", ").append(node(GlobalId.decode(ids.get(i)), field));
                }
                return nodes.append(")");
            }
            default -> {
                RootLists.Page page = roots.page(field.getName(), arguments, selects(field, "totalCount"));
                if (page == null) {
                    throw new NotCompiled("root field " + field.getName());
                }
                return rootConnection(field, page);
            }
        }
    }

    /** A node by ID: null when none exists (or it is of another type than the ID says). */
    private Sql node(GlobalId id, ExecutableNormalizedField field) {
        String n = alias();
        NodeTable table = NodeTable.of(id.type());
        return new Sql().append("(select ").append(object(id.type().name(), field.getChildren(), n))
                .append(" from ").append(table.from(n)).append(" where ").append(n).append(".id = ").parameter(id.key(), "bigint")
                .append(table.filter(n)).append(")");
    }

    // ---- connections ----

    private Sql rootConnection(ExecutableNormalizedField field, RootLists.Page page) {
        String k = alias();
        Sql source = new Sql().append("unnest(").parameter(page.keys().keys(), "bigint[]").append(", ")
                .parameter(page.keys().cursors(), "text[]").append(") with ordinality ").append(k).append("(id, cursor, ord)");
        Sql hasNext = new Sql().parameter(page.keys().hasNextPage(), "boolean");
        Sql hasPrevious = new Sql().parameter(page.keys().hasPreviousPage(), "boolean");
        Sql total = new Sql().parameter(page.total(), "bigint");
        return connection(field, page.nodeType(), source, k, "true", false, hasNext, hasPrevious, total);
    }

    /**
     * A list nested under a node, one page of it for the parent row {@code parent}, as KeysetPager pages it: the rows
     * after (or before) the cursor in the list's order (reversed to page backward), one more than the page to tell
     * whether there are more.
     */
    private Sql nestedConnection(ExecutableNormalizedField field, NodeType nodeType, Rows rows, String parent) {
        Arguments arguments = new Arguments(field.getResolvedArguments());
        PageRequest request = PageRequest.of(arguments.integer("first"), arguments.string("after"), arguments.integer("last"),
                arguments.string("before"), roots.limits());
        if (!rows.parameters().isEmpty()) {
            throw new NotCompiled("a nested list with parameters of its own");
        }
        String rowsSql = rows.sql().replace(":parents", "array[" + parent + ".id]");
        boolean descending = rows.descending() != request.backward();
        String k = alias();
        String r = alias();
        String order = r + ".sort_value" + (descending ? " desc, " : " asc, ") + r + ".id" + (descending ? " desc" : " asc");
        Sql walked = new Sql().append("(select " + r + ".id, ").append(cursor(r)).append(" as cursor, row_number() over (order by "
                + order + ") as ord from (" + rowsSql + ") " + r);
        if (request.hasCursor()) {
            Object[] cursor = request.cursorValues(rows.sortType());
            walked.append(" where (" + r + ".sort_value, " + r + ".id) " + (descending ? "<" : ">") + " (")
                    .parameter(cursor[0], rows.sortType().sqlType()).append(", ").parameter(cursor[1], "bigint").append(")");
        }
        walked.append(" order by " + order + " limit " + (request.size() + 1) + ") " + k);
        Sql more = new Sql().append("count(*) > " + request.size());
        Sql cursorGiven = new Sql().append(String.valueOf(request.hasCursor()));
        Sql total = new Sql().append("(select count(*) from (" + rowsSql + ") " + r + ")");
        return connection(field, nodeType, walked, k, k + ".ord <= " + request.size(), request.backward(),
                request.backward() ? cursorGiven : more, request.backward() ? more : cursorGiven, total);
    }

    /** The opaque cursor of a row, as page/Cursor encodes it: base64url, unpadded, of "sort value|key". */
    private static String cursor(String row) {
        return "translate(encode(convert_to(cast(" + row + ".sort_value as text) || '|' || " + row + ".id, 'UTF8'), 'base64'), "
                + "E'+/=\\n', '-_')";
    }

    /**
     * A connection object over the page rows {@code source} (columns id, cursor, ord), of which those matching
     * {@code kept} are shown, by ord (descending when {@code reversed}); one aggregate over them gives edges, nodes and
     * pageInfo alike.
     */
    private Sql connection(ExecutableNormalizedField field, NodeType nodeType, Sql source, String k, String kept, boolean reversed,
                           Sql hasNext, Sql hasPrevious, Sql total) {
        String shown = " order by " + k + ".ord" + (reversed ? " desc" : "") + ") filter (where " + kept + ")";
        String typeName = connectionType(nodeType);
        String n = alias();
        NodeTable table = NodeTable.of(nodeType);
        Sql object = new Sql().append("json_build_object(");
        String separator = "";
        for (ExecutableNormalizedField child : fields(field.getChildren(), typeName)) {
            object.append(separator).literal(child.getResultKey()).append(", ");
            separator = ", ";
            switch (child.getName()) {
                case "__typename" -> object.literal(typeName);
                case "totalCount" -> object.append(total);
                case "nodes" -> object.append("coalesce(json_agg(").append(object(nodeType.name(), child.getChildren(), n))
                        .append(shown + ", '[]'::json)");
                case "edges" -> object.append("coalesce(json_agg(").append(edge(child, nodeType, k, n)).append(shown + ", '[]'::json)");
                case "pageInfo" -> object.append(pageInfo(child, k, kept, reversed, hasNext, hasPrevious));
                default -> throw new NotCompiled(typeName + "." + child.getName());
            }
        }
        object.append(")");
        return new Sql().append("(select ").append(object).append(" from ").append(source).append(" join ")
                .append(table.from(n)).append(" on ").append(n).append(".id = ").append(k).append(".id").append(table.filter(n))
                .append(" group by ())"); // one row, also for an empty page and when no aggregate is selected
    }

    private Sql edge(ExecutableNormalizedField field, NodeType nodeType, String k, String n) {
        String typeName = nodeType.name() + "Edge";
        Sql edge = new Sql().append("json_build_object(");
        String separator = "";
        for (ExecutableNormalizedField child : fields(field.getChildren(), typeName)) {
            edge.append(separator).literal(child.getResultKey()).append(", ");
            separator = ", ";
            switch (child.getName()) {
                case "__typename" -> edge.literal(typeName);
                case "cursor" -> edge.append(k + ".cursor");
                case "node" -> edge.append(object(nodeType.name(), child.getChildren(), n));
                default -> throw new NotCompiled(typeName + "." + child.getName());
            }
        }
        return edge.append(")");
    }

    private Sql pageInfo(ExecutableNormalizedField field, String k, String kept, boolean reversed, Sql hasNext, Sql hasPrevious) {
        String first = reversed ? " desc" : "";
        String last = reversed ? "" : " desc";
        Sql info = new Sql().append("json_build_object(");
        String separator = "";
        for (ExecutableNormalizedField child : fields(field.getChildren(), "PageInfo")) {
            info.append(separator).literal(child.getResultKey()).append(", ");
            separator = ", ";
            switch (child.getName()) {
                case "__typename" -> info.literal("PageInfo");
                case "hasNextPage" -> info.append(hasNext);
                case "hasPreviousPage" -> info.append(hasPrevious);
                case "startCursor" -> info.append(firstCursor(k, first, kept));
                case "endCursor" -> info.append(firstCursor(k, last, kept));
                default -> throw new NotCompiled("PageInfo." + child.getName());
            }
        }
        return info.append(")");
    }

    /** The cursor of the first shown row in the given direction of ord (" desc" or ""). */
    private static String firstCursor(String k, String direction, String kept) {
        return "(array_agg(" + k + ".cursor order by " + k + ".ord" + direction + ") filter (where " + kept + "))[1]";
    }

    private static String connectionType(NodeType nodeType) {
        return nodeType.name() + "Connection";
    }

    // ---- objects ----

    /** The JSON object of the row {@code row} as GraphQL type {@code type}, with the fields selected on that type. */
    private Sql object(String type, List<ExecutableNormalizedField> selected, String row) {
        Sql object = new Sql().append("json_build_object(");
        String separator = "";
        for (ExecutableNormalizedField field : fields(selected, type)) {
            object.append(separator).literal(field.getResultKey()).append(", ").append(field(type, field, row));
            separator = ", ";
        }
        return object.append(")");
    }

    /** A person, organization or place row as its own GraphQL type. */
    private Sql entity(List<ExecutableNormalizedField> selected, String row) {
        return new Sql().append("case " + row + ".type when 'PERSON' then ").append(object("Person", selected, row))
                .append(" when 'ORGANIZATION' then ").append(object("Organization", selected, row))
                .append(" else ").append(object("Place", selected, row)).append(" end");
    }

    /** The fields of {@code selected} that apply to the object type (fragments may select others for other types). */
    private static List<ExecutableNormalizedField> fields(List<ExecutableNormalizedField> selected, String type) {
        List<ExecutableNormalizedField> fields = selected.stream().filter(field -> field.getObjectTypeNames().contains(type)).toList();
        if (fields.size() > MAX_FIELDS) {
            throw new NotCompiled("too many fields in one object");
        }
        return fields;
    }

    private static boolean selects(ExecutableNormalizedField field, String name) {
        return field.getChildren().stream().anyMatch(child -> child.getName().equals(name));
    }

    private Sql field(String type, ExecutableNormalizedField field, String t) {
        String name = field.getName();
        if (name.equals("__typename")) {
            return new Sql().literal(type);
        }
        if (name.equals("id") && isNode(type)) {
            return new Sql().append("translate(encode(convert_to('" + type + ":' || " + t + ".id, 'UTF8'), 'base64'), E'+/=\\n', '-_')");
        }
        List<ExecutableNormalizedField> children = field.getChildren();
        return switch (type + "." + name) {
            // plain columns, named as their fields in snake case
            case "Article.headline", "Article.author", "Article.url", "Article.version", "Article.dateBasis", "Article.dateEvidence",
                 "Article.headlineBasis", "Article.externalId", "Statement.text", "Statement.channel", "Statement.kind",
                 "Statement.speakerDescription", "Incident.title", "Incident.type", "Incident.datePrecision", "Incident.dateText",
                 "Event.title", "Event.kind", "Event.datePrecision", "Event.dateText", "Feed.name", "Person.name",
                 "Organization.name", "Organization.kind", "Organization.countryCode", "Place.name", "Place.kind",
                 "Place.countryCode", "Place.latitude", "Place.longitude", "Role.title", "Role.current", "Photo.caption",
                 "Photo.credit", "Photo.filePhoto", "IncidentActor.role", "IncidentActor.attribution", "IncidentActor.description",
                 "IncidentFigure.kind", "IncidentFigure.value", "IncidentFigure.atLeast", "IncidentFigure.note",
                 "IncidentFigure.partyClaim", "Munition.weapon", "Munition.quantity", "Munition.atLeast", "Mention.sentence" ->
                    column(t, snake(name));
            case "Article.publishedOn" -> date(t, "published_on");
            case "Article.notBefore" -> date(t, "not_before");
            case "Statement.saidOn" -> date(t, "said_on");
            case "Incident.occurredOn", "Event.occurredOn" -> date(t, "occurred_on");
            case "Photo.takenOn" -> date(t, "taken_on");
            case "IncidentFigure.reportedOn" -> date(t, "reported_on");
            case "Article.ingestedAt" -> new Sql().append("regexp_replace(to_char(" + t + ".ingested_at at time zone 'UTC', "
                    + "'YYYY-MM-DD\"T\"HH24:MI:SS.US'), '\\.?0+$', '') || 'Z'"); // as Java's ISO_OFFSET_DATE_TIME writes it
            case "Article.paragraphs" -> strings(t, "paragraphs");
            case "Person.aliases", "Organization.aliases", "Place.aliases" -> strings(t, "aliases");
            // to one
            case "Article.dateline" -> one(NodeType.Place, t + ".dateline_id", children);
            case "Article.source", "Event.venue" -> one(NodeType.Organization, t + "." + snake(name) + "_id", children);
            case "Statement.article" -> one(NodeType.Article, t + ".article_id", children);
            case "Statement.event" -> one(NodeType.Event, t + ".event_id", children);
            case "Incident.partOf" -> one(NodeType.Incident, t + ".part_of_id", children);
            case "Incident.place", "Event.place", "Role.place", "Photo.place" -> one(NodeType.Place, t + ".place_id", children);
            case "Place.parent" -> one(NodeType.Place, t + ".parent_id", children);
            case "Role.person" -> one(NodeType.Person, t + ".person_id", children);
            case "Role.organization" -> one(NodeType.Organization, t + ".organization_id", children);
            case "Photo.agency" -> one(NodeType.Organization, t + ".agency_id", children);
            case "Photo.photographer" -> one(NodeType.Person, t + ".photographer_id", children);
            case "Statement.speaker", "Statement.venue" -> oneEntity(t + "." + name + "_id", children);
            case "IncidentActor.entity", "Mention.entity" -> oneEntity(t + ".entity_id", children);
            case "IncidentFigure.reportedBy" -> oneEntity(t + ".reported_by_id", children);
            case "Place.country" -> {
                String n = alias();
                yield new Sql().append("(select ").append(object("Place", children, n)).append(" from named_entity ").append(n)
                        .append(" where " + n + ".type = 'PLACE' and " + n + ".kind = 'COUNTRY' and " + n + ".country_code = "
                                + t + ".country_code order by " + n + ".id limit 1)");
            }
            // lists, in their resolvers' order
            case "Article.people" -> mentioned(NodeType.Person, t, children);
            case "Article.organizations" -> mentioned(NodeType.Organization, t, children);
            case "Article.places" -> mentioned(NodeType.Place, t, children);
            case "Article.mentions" -> rows("Mention", "mention", "article_id", t, "id", children);
            case "Article.statements" -> nodes(NodeType.Statement, "%s.article_id = " + t + ".id", "%s.position", children);
            case "Article.incidents" -> nodes(NodeType.Incident,
                    "%s.id in (select incident_id from incident_article where article_id = " + t + ".id)", "%s.id", children);
            case "Article.events" -> nodes(NodeType.Event,
                    "%s.id in (select event_id from event_article where article_id = " + t + ".id)", "%s.id", children);
            case "Article.feeds" -> linked(NodeType.Feed, "article_feed", "article_id", "feed_id", t, children);
            case "Article.photos" -> rows("Photo", "photo", "article_id", t, "position", children);
            case "Statement.about" -> linked(null, "statement_about", "statement_id", "entity_id", t, children);
            case "Event.participants" -> linked(null, "event_participant", "event_id", "entity_id", t, children);
            case "Event.statements" -> nodes(NodeType.Statement, "%s.event_id = " + t + ".id", "%s.id", children);
            case "Event.articles" -> nodes(NodeType.Article,
                    "%s.id in (select article_id from event_article where event_id = " + t + ".id)", "%s.id", children);
            case "Incident.articles" -> nodes(NodeType.Article,
                    "%s.id in (select article_id from incident_article where incident_id = " + t + ".id)", "%s.id", children);
            case "Incident.parts" -> nodes(NodeType.Incident, "%s.part_of_id = " + t + ".id", "%s.id", children);
            case "Incident.reporters" -> entities(
                    "%s.id in (select reported_by_id from incident_figure where incident_id = " + t + ".id)", children);
            case "Incident.actors" -> actors(t, new Arguments(field.getResolvedArguments()).string("role"), children);
            case "Incident.perpetrators" -> actors(t, "PERPETRATOR", children);
            case "Incident.figures" -> rows("IncidentFigure", "incident_figure", "incident_id", t, "id", children);
            case "Incident.munitions" -> rows("Munition", "incident_munition", "incident_id", t, "id", children);
            case "Incident.killed" -> bestEstimate(t, "KILLED", "value");
            case "Incident.killedAtLeast" -> bestEstimate(t, "KILLED", "at_least");
            case "Incident.injured" -> bestEstimate(t, "INJURED", "value");
            case "Incident.injuredAtLeast" -> bestEstimate(t, "INJURED", "at_least");
            case "Incident.killedLow" -> new Sql().append("(select min(value) from incident_figure where incident_id = " + t
                    + ".id and kind = 'KILLED')");
            case "Incident.killedHigh" -> new Sql().append("(select max(value) from incident_figure where incident_id = " + t
                    + ".id and kind = 'KILLED')");
            case "Person.roles" -> rows("Role", "person_role", "person_id", t, "id", children);
            case "Organization.members" -> rows("Role", "person_role", "organization_id", t, "id", children);
            case "Place.children" -> nodes(NodeType.Place, "%s.parent_id = " + t + ".id", "%1$s.name, %1$s.id", children);
            // nested connections, paged as their resolvers page them
            case "Person.statements", "Organization.statements" -> nestedConnection(field, NodeType.Statement, Pagers.statementsBy(), t);
            case "Person.articles", "Organization.articles", "Place.articles" ->
                    nestedConnection(field, NodeType.Article, Pagers.articlesMentioning(), t);
            case "Person.events", "Organization.events" -> nestedConnection(field, NodeType.Event, Pagers.eventsWith(), t);
            case "Organization.incidents" -> nestedConnection(field, NodeType.Incident, Pagers.incidentsPerpetratedBy(), t);
            case "Place.incidents" -> nestedConnection(field, NodeType.Incident,
                    Pagers.incidentsAt(new Arguments(field.getResolvedArguments()).bool("includeSubPlaces", true)), t);
            case "Place.events" -> nestedConnection(field, NodeType.Event,
                    Pagers.eventsAt(new Arguments(field.getResolvedArguments()).bool("includeSubPlaces", true)), t);
            case "Place.statementsMadeHere" -> nestedConnection(field, NodeType.Statement, Pagers.statementsMadeAt(), t);
            default -> throw new NotCompiled(type + "." + name);
        };
    }

    private static boolean isNode(String type) {
        for (NodeType nodeType : NodeType.values()) {
            if (nodeType.name().equals(type)) {
                return true;
            }
        }
        return false;
    }

    private static Sql column(String row, String column) {
        return new Sql().append(row + "." + column);
    }

    /** A Date as the API writes it: ISO 8601, yyyy-MM-dd. */
    private static Sql date(String row, String column) {
        return new Sql().append("to_char(" + row + "." + column + ", 'YYYY-MM-DD')");
    }

    /** A text array; an absent one is an empty list, as in NodeRows. */
    private static Sql strings(String row, String column) {
        return new Sql().append("coalesce(to_json(" + row + "." + column + "), '[]'::json)");
    }

    /** The column of a field: its name in snake case (dateText: date_text). */
    private static String snake(String name) {
        StringBuilder column = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                column.append('_').append(Character.toLowerCase(c));
            } else {
                column.append(c);
            }
        }
        return column.toString();
    }

    /** The node a foreign key points at; null when it points nowhere or at another type. */
    private Sql one(NodeType type, String foreignKey, List<ExecutableNormalizedField> selected) {
        String n = alias();
        NodeTable table = NodeTable.of(type);
        return new Sql().append("(select ").append(object(type.name(), selected, n)).append(" from ").append(table.from(n))
                .append(" where " + n + ".id = " + foreignKey).append(table.filter(n)).append(")");
    }

    private Sql oneEntity(String foreignKey, List<ExecutableNormalizedField> selected) {
        String n = alias();
        return new Sql().append("(select ").append(entity(selected, n)).append(" from named_entity " + n + " where " + n
                + ".id = " + foreignKey + ")");
    }

    /** Nodes of one type matching a condition on their row ({@code %s} stands for it), in the given order. */
    private Sql nodes(NodeType type, String condition, String order, List<ExecutableNormalizedField> selected) {
        String n = alias();
        NodeTable table = NodeTable.of(type);
        return list(object(type.name(), selected, n), order.formatted(n),
                new Sql().append(table.from(n)).append(" where ").append(condition.formatted(n)).append(table.filter(n)));
    }

    /** People, organizations or places matching a condition, in key order. */
    private Sql entities(String condition, List<ExecutableNormalizedField> selected) {
        String n = alias();
        return list(entity(selected, n), n + ".id", new Sql().append("named_entity " + n + " where " + condition.formatted(n)));
    }

    /** Entities the article mentions, of one type, in key order (a mention per sentence: each entity once). */
    private Sql mentioned(NodeType type, String article, List<ExecutableNormalizedField> selected) {
        return nodes(type, "%s.id in (select entity_id from mention where article_id = " + article + ".id)", "%s.id", selected);
    }

    /** Nodes linked through a table with its own key, in the order of the links (type null: any entity). */
    private Sql linked(NodeType type, String links, String ownerColumn, String targetColumn, String owner,
                       List<ExecutableNormalizedField> selected) {
        String l = alias();
        String n = alias();
        NodeTable table = type == null ? NodeTable.ENTITY : NodeTable.of(type);
        Sql value = type == null ? entity(selected, n) : object(type.name(), selected, n);
        return list(value, l + ".id", new Sql().append(links + " " + l + " join ").append(table.from(n)).append(" on " + n + ".id = "
                + l + "." + targetColumn).append(table.filter(n)).append(" where " + l + "." + ownerColumn + " = " + owner + ".id"));
    }

    /** Rows of a table that are not nodes (roles, figures, photos...), as objects of the given type. */
    private Sql rows(String type, String tableName, String ownerColumn, String owner, String order,
                     List<ExecutableNormalizedField> selected) {
        String n = alias();
        return list(object(type, selected, n), n + "." + order,
                new Sql().append(tableName + " " + n + " where " + n + "." + ownerColumn + " = " + owner + ".id"));
    }

    private Sql actors(String incident, String role, List<ExecutableNormalizedField> selected) {
        String n = alias();
        Sql from = new Sql().append("incident_actor " + n + " where " + n + ".incident_id = " + incident + ".id");
        if (role != null) {
            from.append(" and " + n + ".role = ").parameter(role, "text");
        }
        return list(object("IncidentActor", selected, n), n + ".id", from);
    }

    /** As domain/BestEstimate: no party claim; the latest report, the highest value of a day, the first stored. */
    private static Sql bestEstimate(String incident, String kind, String column) {
        return new Sql().append("(select " + column + " from incident_figure where incident_id = " + incident + ".id and kind = '"
                + kind + "' and not party_claim order by reported_on desc nulls last, value desc, id limit 1)");
    }

    private static Sql list(Sql value, String order, Sql fromWhere) {
        return new Sql().append("coalesce((select json_agg(").append(value).append(" order by " + order + ") from ")
                .append(fromWhere).append("), '[]'::json)");
    }

    private String alias() {
        return "t" + (++aliases);
    }

    /** Where the rows of each node type live. */
    private record NodeTable(String table, String entityType) {
        static final NodeTable ENTITY = new NodeTable("named_entity", null);

        static NodeTable of(NodeType type) {
            return switch (type) {
                case Article -> new NodeTable("article", null);
                case Statement -> new NodeTable("statement", null);
                case Incident -> new NodeTable("incident", null);
                case Event -> new NodeTable("event", null);
                case Feed -> new NodeTable("feed", null);
                case Person -> new NodeTable("named_entity", "PERSON");
                case Organization -> new NodeTable("named_entity", "ORGANIZATION");
                case Place -> new NodeTable("named_entity", "PLACE");
            };
        }

        String from(String alias) {
            return table + " " + alias;
        }

        /** The condition that keeps only rows of this type, starting with " and ". */
        String filter(String alias) {
            return entityType == null ? "" : " and " + alias + ".type = '" + entityType + "'";
        }
    }
}
