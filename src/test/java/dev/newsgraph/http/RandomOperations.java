package dev.newsgraph.http;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Random operations that are valid against the introspected schema: random root fields, selections and arguments of
 * the right type, with edge values (huge and negative numbers, empty and long strings, malformed and real IDs). Some
 * arguments go through variables so that variable coercion is exercised too.
 */
final class RandomOperations {
    private static final String INTROSPECTION = """
            { __schema { queryType { name } mutationType { name } types { kind name
              enumValues { name } possibleTypes { name } inputFields { name type { ...T } }
              fields { name args { name type { ...T } } type { ...T } } } } }
            fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
            """;
    private static final int MAX_DEPTH = 4;
    // Lower case, digits and punctuation without '.', so that echoed input can't look like a leaked class name.
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 -_:/'!?éü中文🙂\\\"\n\t";
    private static final long[] EDGE_INTEGERS = {0, 1, -1, 2, 5, 20, 99, 100, 101, 1000, Integer.MAX_VALUE, Integer.MIN_VALUE,
        2147483648L, -2147483649L, 99999999999L, Long.MAX_VALUE};

    private final Random random;
    private final Map<String, Map<String, Object>> types;
    private final String queryType;
    /** IDs and cursors seen in earlier responses, to reach real nodes. */
    private final List<String> seenIds = new ArrayList<>();
    private final List<String> seenCursors = new ArrayList<>();

    static String introspectionQuery() {
        return INTROSPECTION;
    }

    RandomOperations(JsonPath introspection, Random random) {
        this.random = random;
        this.queryType = introspection.getString("data.__schema.queryType.name");
        List<Map<String, Object>> all = introspection.getList("data.__schema.types");
        this.types = all.stream().collect(Collectors.toMap(type -> (String) type.get("name"), type -> type));
    }

    /** Remembers IDs and cursors of a response body for later arguments. */
    void learnFrom(String body) {
        collect(body, "\"id\":\"", seenIds);
        collect(body, "Cursor\":\"", seenCursors);
        collect(body, "\"cursor\":\"", seenCursors);
    }

    /** A request body: query and, sometimes, variables. */
    Map<String, Object> next() {
        Map<String, Object> variables = new LinkedHashMap<>();
        List<String> declarations = new ArrayList<>();
        List<Map<String, Object>> fields = fieldsOf(queryType);
        StringBuilder selection = new StringBuilder();
        int roots = 1 + random.nextInt(2);
        for (int i = 0; i < roots; i++) {
            Map<String, Object> field = pick(fields);
            selection.append(" f").append(i).append(": ").append(field(field, 1, variables, declarations));
        }
        String header = declarations.isEmpty() ? "query" : "query(" + String.join(", ", declarations) + ")";
        Map<String, Object> body = new HashMap<>();
        body.put("query", header + " {" + selection + " }");
        body.put("variables", variables);
        return body;
    }

    private String field(Map<String, Object> field, int depth, Map<String, Object> variables, List<String> declarations) {
        StringBuilder text = new StringBuilder((String) field.get("name"));
        List<String> arguments = new ArrayList<>();
        for (Map<String, Object> argument : list(field.get("args"))) {
            Map<String, Object> type = map(argument.get("type"));
            if (!"NON_NULL".equals(type.get("kind")) && random.nextInt(3) > 0) {
                continue;
            }
            Object value = value(type, 0);
            if (random.nextInt(4) == 0) {
                String variable = "v" + declarations.size();
                declarations.add("$" + variable + ": " + typeName(type));
                variables.put(variable, value);
                arguments.add(argument.get("name") + ": $" + variable);
            } else {
                arguments.add(argument.get("name") + ": " + literal(value, type));
            }
        }
        if (!arguments.isEmpty()) {
            text.append('(').append(String.join(", ", arguments)).append(')');
        }
        Map<String, Object> named = named(map(field.get("type")));
        String kind = (String) named.get("kind");
        if (kind.equals("OBJECT") || kind.equals("INTERFACE") || kind.equals("UNION")) {
            text.append(' ').append(selection((String) named.get("name"), depth + 1, variables, declarations));
        }
        return text.toString();
    }

    private String selection(String typeName, int depth, Map<String, Object> variables, List<String> declarations) {
        List<Map<String, Object>> fields = fieldsOf(typeName);
        List<Map<String, Object>> leaves = fields.stream().filter(field -> isLeaf(map(field.get("type")))).toList();
        StringBuilder text = new StringBuilder("{ __typename");
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count && fields != null && !fields.isEmpty(); i++) {
            List<Map<String, Object>> candidates = depth >= MAX_DEPTH ? leaves : fields;
            if (candidates.isEmpty()) {
                break;
            }
            text.append(" a").append(depth).append('_').append(i).append(": ")
                    .append(field(pick(candidates), depth, variables, declarations));
        }
        List<Map<String, Object>> possible = list(types.get(typeName).get("possibleTypes"));
        if (!possible.isEmpty() && depth < MAX_DEPTH) {
            String concrete = (String) pick(possible).get("name");
            text.append(" ... on ").append(concrete).append(' ').append(selection(concrete, depth + 1, variables, declarations));
        }
        return text.append(" }").toString();
    }

    /** A JSON-like value (Long, Double, String, Boolean, List, Map, null) for an input type. */
    private Object value(Map<String, Object> type, int depth) {
        String kind = (String) type.get("kind");
        if (kind.equals("NON_NULL")) {
            return value(map(type.get("ofType")), depth);
        }
        if (random.nextInt(12) == 0) {
            return null;
        }
        if (kind.equals("LIST")) {
            List<Object> items = new ArrayList<>();
            int size = random.nextInt(4);
            for (int i = 0; i < size; i++) {
                items.add(value(map(type.get("ofType")), depth + 1));
            }
            return items;
        }
        String name = (String) type.get("name");
        Map<String, Object> definition = types.get(name);
        switch ((String) definition.get("kind")) {
            case "ENUM":
                return pick(list(definition.get("enumValues"))).get("name");
            case "INPUT_OBJECT": {
                Map<String, Object> object = new LinkedHashMap<>();
                for (Map<String, Object> field : list(definition.get("inputFields"))) {
                    if (depth < 3 && ("NON_NULL".equals(map(field.get("type")).get("kind")) || random.nextBoolean())) {
                        object.put((String) field.get("name"), value(map(field.get("type")), depth + 1));
                    }
                }
                return object;
            }
            default:
                return scalar(name);
        }
    }

    private Object scalar(String name) {
        return switch (name) {
            case "Int" -> EDGE_INTEGERS[random.nextInt(EDGE_INTEGERS.length)];
            case "Float" -> new double[] {0, -0.5, 1.5, 1e308, -1e308, 3.14159}[random.nextInt(6)];
            case "Boolean" -> random.nextBoolean();
            case "ID" -> random.nextInt(3) > 0 && !seenIds.isEmpty() ? pick(seenIds) : text();
            case "Date" -> new String[] {"2025-06-10", "1900-01-01", "9999-12-31", "2025-02-30", "10/06/2025", ""}[random.nextInt(6)];
            case "DateTime" -> new String[] {"2025-06-10T12:00:00Z", "2025-06-10T25:61:00Z", "yesterday"}[random.nextInt(3)];
            default -> random.nextInt(3) == 0 && !seenCursors.isEmpty() ? pick(seenCursors) : text();
        };
    }

    private String text() {
        int length = switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> 2000 + random.nextInt(3000);
            default -> 1 + random.nextInt(12);
        };
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0, random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
        }
        return text.toString();
    }

    private String literal(Object value, Map<String, Object> type) {
        if (value == null) {
            return "null";
        }
        Map<String, Object> named = named(type);
        if (value instanceof List<?> items) {
            Map<String, Object> itemType = map(("NON_NULL".equals(type.get("kind")) ? map(type.get("ofType")) : type).get("ofType"));
            return items.stream().map(item -> literal(item, itemType)).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> object) {
            Map<String, Map<String, Object>> fieldTypes = list(types.get(named.get("name")).get("inputFields")).stream()
                    .collect(Collectors.toMap(field -> (String) field.get("name"), field -> map(field.get("type"))));
            return object.entrySet().stream()
                    .map(entry -> entry.getKey() + ": " + literal(entry.getValue(), fieldTypes.get(entry.getKey())))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof String string && !"ENUM".equals(types.get(named.get("name")).get("kind"))) {
            return quoted(string);
        }
        return value.toString();
    }

    private static String quoted(String string) {
        StringBuilder quoted = new StringBuilder("\"");
        string.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> quoted.appendCodePoint(c);
            }
        });
        return quoted.append('"').toString();
    }

    private String typeName(Map<String, Object> type) {
        return switch ((String) type.get("kind")) {
            case "NON_NULL" -> typeName(map(type.get("ofType"))) + "!";
            case "LIST" -> "[" + typeName(map(type.get("ofType"))) + "]";
            default -> (String) type.get("name");
        };
    }

    private Map<String, Object> named(Map<String, Object> type) {
        Map<String, Object> named = type;
        while (named.get("ofType") != null) {
            named = map(named.get("ofType"));
        }
        return types.get((String) named.get("name"));
    }

    private boolean isLeaf(Map<String, Object> type) {
        String kind = (String) named(type).get("kind");
        return kind.equals("SCALAR") || kind.equals("ENUM");
    }

    private List<Map<String, Object>> fieldsOf(String typeName) {
        return list(types.get(typeName).get("fields"));
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static void collect(String body, String marker, List<String> into) {
        for (int at = body.indexOf(marker); at >= 0 && into.size() < 500; at = body.indexOf(marker, at + 1)) {
            int start = at + marker.length();
            int end = body.indexOf('"', start);
            if (end > start && !into.contains(body.substring(start, end))) {
                into.add(body.substring(start, end));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
