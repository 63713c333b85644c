package io.vitrine.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed, parameterised access to one connection for the duration of a {@link SqlWork}.
 * Every query binds its parameters; nothing here ever concatenates user input into SQL.
 */
public final class Sql {
    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    public <T> List<T> list(String query, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(query, params); ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    public <T> Optional<T> one(String query, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(query, params); ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.ofNullable(mapper.map(rows)) : Optional.empty();
        }
    }

    /** Streams rows to a consumer without holding them all in memory. */
    public void forEach(String query, RowConsumer consumer, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(query, params); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                consumer.accept(rows);
            }
        }
    }

    /** First column of the first row as a long; 0 when there is no row or it is NULL. */
    public long scalar(String query, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(query, params); ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0L;
        }
    }

    public Optional<String> text(String query, Object... params) throws SQLException {
        return one(query, rows -> rows.getString(1), params);
    }

    public int update(String query, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(query, params)) {
            return statement.executeUpdate();
        }
    }

    /** Runs an INSERT and returns the new row's generated id. */
    public long insert(String query, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(query, params)) {
            statement.executeUpdate();
        }
        return scalar("SELECT last_insert_rowid()");
    }

    /** Runs a script of statements with no parameters (migrations, DDL). */
    public void script(String statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(statements);
        }
    }

    /** A reusable prepared statement for bulk work; close it (try-with-resources) when done. */
    public Batch batch(String query) throws SQLException {
        return new Batch(connection.prepareStatement(query));
    }

    /** Escape hatch for the rare code that needs JDBC directly (streaming BLOBs, metadata). */
    public Connection connection() {
        return connection;
    }

    private PreparedStatement prepare(String query, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(query);
        try {
            bind(statement, params);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (value instanceof Boolean b) {
                statement.setInt(i + 1, b ? 1 : 0);
            } else if (value instanceof Enum<?> e) {
                statement.setString(i + 1, e.name().toLowerCase(java.util.Locale.ROOT));
            } else if (value instanceof java.time.Instant instant) {
                statement.setString(i + 1, instant.toString());
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** Consumes rows one at a time. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    /** A prepared statement executed many times with JDBC batching. */
    public static final class Batch implements AutoCloseable {
        private final PreparedStatement statement;
        private int pending;

        Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        public void add(Object... params) throws SQLException {
            bind(statement, params);
            statement.addBatch();
            pending++;
        }

        /** Runs the statement once right away (for upserts whose row count matters). */
        public int executeOne(Object... params) throws SQLException {
            bind(statement, params);
            return statement.executeUpdate();
        }

        public int[] flush() throws SQLException {
            if (pending == 0) {
                return new int[0];
            }
            pending = 0;
            return statement.executeBatch();
        }

        public int pending() {
            return pending;
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                statement.close();
            }
        }
    }
}
