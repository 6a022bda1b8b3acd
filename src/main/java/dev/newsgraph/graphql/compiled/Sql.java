package dev.newsgraph.graphql.compiled;

import java.util.ArrayList;
import java.util.List;

/** A piece of SQL with its positional parameters, in the order they appear in the text. */
final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    Sql append(String sql) {
        text.append(sql);
        return this;
    }

    Sql append(Sql sql) {
        text.append(sql.text);
        parameters.addAll(sql.parameters);
        return this;
    }

    /** A parameter, cast to the given PostgreSQL type: within json_build_object its type could not be inferred. */
    Sql parameter(Object value, String type) {
        text.append("cast(? as ").append(type).append(')');
        parameters.add(value);
        return this;
    }

    /** A string constant: a JSON key or a type name, always one of the schema's names, quoted as a literal. */
    Sql literal(String value) {
        text.append('\'').append(value.replace("'", "''")).append('\'');
        return this;
    }

    String text() {
        return text.toString();
    }

    Object[] parameters() {
        return parameters.toArray();
    }
}
