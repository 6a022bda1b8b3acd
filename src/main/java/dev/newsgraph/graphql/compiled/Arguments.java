package dev.newsgraph.graphql.compiled;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The arguments of one field as graphql-java coerced them (variables and defaults applied), read as the types the
 * resolvers take. Custom scalars and enums may arrive as their Java values or as their names, depending on how
 * SmallRye declared them; both are accepted.
 */
final class Arguments {
    private final Map<String, Object> values;

    Arguments(Map<String, Object> values) {
        this.values = values;
    }

    String string(String name) {
        Object value = values.get(name);
        return value == null ? null : value.toString();
    }

    Integer integer(String name) {
        Object value = values.get(name);
        return value == null ? null : ((Number) value).intValue();
    }

    boolean bool(String name, boolean absent) {
        Object value = values.get(name);
        return value == null ? absent : (Boolean) value;
    }

    LocalDate date(String name) {
        Object value = values.get(name);
        return value == null || value instanceof LocalDate ? (LocalDate) value : LocalDate.parse(value.toString());
    }

    <E extends Enum<E>> E enumeration(String name, Class<E> type) {
        Object value = values.get(name);
        return value == null ? null : Enum.valueOf(type, value.toString());
    }

    <E extends Enum<E>> List<E> enumerations(String name, Class<E> type) {
        Object value = values.get(name);
        return value == null ? null : ((List<?>) value).stream()
                .map(element -> element == null ? null : Enum.valueOf(type, element.toString())).toList();
    }

    List<String> strings(String name) {
        Object value = values.get(name);
        return value == null ? null : ((List<?>) value).stream().map(element -> element == null ? null : element.toString()).toList();
    }
}
