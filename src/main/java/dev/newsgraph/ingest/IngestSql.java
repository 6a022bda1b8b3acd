package dev.newsgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements of an ingest, in plain JDBC on the connection of the caller's transaction (the one Hibernate would
 * use): no entity hydration, no dirty checking, no flush before each query. Rows of a multi-row insert travel as one
 * JSON parameter read with {@code json_to_recordset}, so that an article's photos, roles or actors are one statement.
 */
@ApplicationScoped
class IngestSql {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Runs an insert, update or delete; the number of rows it changed. */
    int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException(e.getMessage(), e);
        }
    }

    /**
     * A data-modifying statement of {@link #listTogether}, as a {@code with} query named {@code name} (others may read
     * its {@code returning} rows by that name), with its parameters.
     */
    record Part(String name, String sql, Object... parameters) {
    }

    /**
     * Runs data-modifying statements and a final query as one statement, a round trip instead of one each: the parts as
     * {@code with} queries, in order, then the query; the query's rows. Data-modifying {@code with} queries all run
     * (in their order) whether the query reads them or not. They see one snapshot, so none may read what another
     * writes except through its {@code returning} rows; statement-level triggers fire after all of them.
     */
    <T> List<T> listTogether(List<Part> parts, String query, Row<T> row, Object... queryParameters) {
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (Part part : parts) {
            sql.append(sql.isEmpty() ? "with " : ",\n").append(part.name()).append(" as (").append(part.sql()).append(')');
            parameters.addAll(Arrays.asList(part.parameters()));
        }
        sql.append('\n').append(query);
        parameters.addAll(Arrays.asList(queryParameters));
        return list(sql.toString(), row, parameters.toArray());
    }

    /** A query with its reading of rows and its parameters, to run after statements ({@link #listAfter}). */
    record Query<T>(String sql, Row<T> row, Object... parameters) {
    }

    /**
     * Runs statements, then the query, in one round trip (one text, separated by semicolons; each statement prepared by
     * the driver on its own): the query's rows. {@code parameters} are the statements'.
     */
    <T> List<T> listAfter(String statements, Query<T> query, Object... parameters) {
        Object[] all = Arrays.copyOf(parameters, parameters.length + query.parameters().length);
        System.arraycopy(query.parameters(), 0, all, parameters.length, query.parameters().length);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(statements + ";\n" + query.sql())) {
            bind(statement, all);
            ResultSet last = null; // the query's: the last result of rows
            for (boolean isRows = statement.execute(); isRows || statement.getUpdateCount() != -1;
                 isRows = statement.getMoreResults(Statement.KEEP_CURRENT_RESULT)) {
                if (isRows) {
                    if (last != null) {
                        last.close();
                    }
                    last = statement.getResultSet();
                }
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = last) {
                while (result.next()) {
                    rows.add(query.row().read(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new PersistenceException(e.getMessage(), e);
        }
    }

    /** Runs a query (or a statement with {@code returning}); its rows. */
    <T> List<T> list(String sql, Row<T> row, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(row.read(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new PersistenceException(e.getMessage(), e);
        }
    }

    /** Rows as a JSON array of objects, for {@code json_to_recordset(cast(? as json)) as r(column type, ...)}. */
    static String rows(Collection<Map<String, Object>> rows) {
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** One row of {@link #rows}: column, value, column, value... Dates as ISO text, enums as their names. */
    static Map<String, Object> row(Object... columnsAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            Object value = columnsAndValues[i + 1];
            row.put((String) columnsAndValues[i], value instanceof Enum<?> constant ? constant.name()
                    : value instanceof LocalDate date ? date.toString() : value);
        }
        return row;
    }

    /**
     * A parameter that may be null, bound with its SQL type ({@link Types}) either way. The driver binds a plain null
     * untyped, and a statement it prepared with a typed value is prepared again for an untyped one (and back): for a
     * statement run again and again with values that are sometimes null, one text is then parsed and planned anew.
     */
    static Object orNull(Object value, int sqlType) {
        return value != null ? value : new Null(sqlType);
    }

    private record Null(int sqlType) {
    }

    static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static Double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    static List<String> texts(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Null typed) {
                statement.setNull(i + 1, typed.sqlType());
            } else if (value instanceof Enum<?> constant) {
                statement.setString(i + 1, constant.name());
            } else if (value instanceof SqlArrays.Literal array) {
                statement.setObject(i + 1, array.text(), Types.OTHER); // untyped: see SqlArrays
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
