package dev.newsgraph.graphql.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SQL written with named parameters ({@code :name}, as {@link Rows} carry them), turned into JDBC's positional form
 * with the values in order, so that it runs as a plain JDBC statement through {@code Reads.select}: Hibernate's native
 * queries, translating the same SQL on every call, took a seventh of a compiled front page's CPU for its root page.
 * <p>
 * A name may appear several times; {@code ::} (a cast) and text in single quotes are left alone.
 */
public record PositionalSql(String text, Object[] parameters) {

    public static PositionalSql of(String sql, Map<String, Object> named) {
        StringBuilder text = new StringBuilder(sql.length());
        List<Object> parameters = new ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ':' && !quoted && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))
                    && (i == 0 || sql.charAt(i - 1) != ':')) {
                int end = i + 1;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                String name = sql.substring(i + 1, end);
                if (!named.containsKey(name)) {
                    throw new IllegalArgumentException("No value for the parameter :" + name);
                }
                parameters.add(named.get(name));
                text.append('?');
                i = end - 1;
                continue;
            }
            text.append(c);
        }
        return new PositionalSql(text.toString(), parameters.toArray());
    }
}
