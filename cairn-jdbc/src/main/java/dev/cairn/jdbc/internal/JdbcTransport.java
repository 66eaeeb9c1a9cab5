package dev.cairn.jdbc.internal;

import dev.cairn.delivery.SendResult;
import dev.cairn.delivery.Transport;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a batch of rows over one JDBC connection, opened when the first batch is sent and again after it broke.
 *
 * <p>Failures (see {@link SqlFailure}): a broken connection is closed and the batch retried by the channel (throwing
 * {@link IOException}); a batch with a row the database refuses is written again row by row, so the offending rows
 * alone are rejected (a poison record never blocks its batch or is retried forever); anything else is retried with
 * backoff. Retries never insert a row twice: PostgreSQL skips existing event ids ({@code ON CONFLICT DO NOTHING}); on
 * other databases a row refused as a duplicate whose event id is present counts as written.
 *
 * <p>Threading: called by the channel's sender thread only.
 */
final class JdbcTransport implements Transport {

    private final ConnectionSource source;
    private final String table;
    private final boolean createTable;
    private final int timeoutSeconds;
    private final Consumer<String> report;

    private Connection connection;
    private TableSql sql;
    private String insert;

    JdbcTransport(
            ConnectionSource source, String table, boolean createTable, int timeoutSeconds, Consumer<String> report) {
        this.source = source;
        this.table = table;
        this.createTable = createTable;
        this.timeoutSeconds = timeoutSeconds;
        this.report = report;
    }

    @Override
    public SendResult send(List<byte[]> items) throws IOException {
        List<Row> rows = new ArrayList<>(items.size());
        int unreadable = 0;
        for (byte[] item : items) {
            try {
                rows.add(Row.fromItem(item));
            } catch (IOException e) {
                unreadable++;
            }
        }
        Connection open = connection();
        SendResult result;
        try {
            write(open, rows);
            result = SendResult.delivered();
        } catch (SQLException e) {
            result = switch (SqlFailure.of(e)) {
                case CONNECTION -> throw broken(e);
                case DATA -> oneByOne(open, rows);
                case LATER -> SendResult.retry(null, SqlFailure.describe(e));
            };
        }
        if (unreadable > 0 && result instanceof SendResult.Delivered delivered) {
            String reason = unreadable + " spooled items are not rows of a jdbc sink";
            return SendResult.partlyRejected(
                    delivered.rejected() + unreadable,
                    delivered.rejected() == 0 ? reason : delivered.reason() + "; " + reason);
        }
        return result;
    }

    @Override
    public void close() {
        closeConnection();
    }

    @Override
    public String toString() {
        return source + ", table " + table;
    }

    private Connection connection() throws IOException {
        if (connection != null) {
            return connection;
        }
        Connection opened = null;
        try {
            opened = source.open();
            opened.setAutoCommit(true);
            TableSql dialect = TableSql.of(opened.getMetaData().getDatabaseProductName());
            if (createTable) {
                try (Statement statement = opened.createStatement()) {
                    statement.setQueryTimeout(timeoutSeconds);
                    statement.execute(dialect.createTable(table));
                }
            }
            connection = opened;
            sql = dialect;
            insert = dialect.insert(table);
            return opened;
        } catch (SQLException e) {
            closeQuietly(opened);
            // Nothing of the batch reached the database: not a possible duplicate.
            ConnectException failure =
                    new ConnectException("cannot connect to " + source + " (" + SqlFailure.describe(e) + ")");
            failure.initCause(e);
            throw failure;
        }
    }

    private void write(Connection open, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (sql == TableSql.POSTGRESQL) {
            insertArrays(open, rows);
        } else {
            insertBatch(open, rows);
        }
    }

    /** One statement for the whole batch, each column bound as an array. */
    private void insertArrays(Connection open, List<Row> rows) throws SQLException {
        int n = rows.size();
        String[][] columns = new String[11][n];
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            columns[0][i] = row.eventId().toString();
            columns[1][i] = row.timestamp().toString();
            columns[2][i] = row.level();
            columns[3][i] = row.logger();
            columns[4][i] = row.message();
            columns[5][i] = row.thread();
            columns[6][i] = row.service();
            columns[7][i] = row.traceId();
            columns[8][i] = row.requestId();
            columns[9][i] = row.fields();
            columns[10][i] = row.error();
        }
        List<Array> arrays = new ArrayList<>(columns.length);
        try (PreparedStatement statement = open.prepareStatement(insert)) {
            statement.setQueryTimeout(timeoutSeconds);
            for (int c = 0; c < columns.length; c++) {
                Array array = open.createArrayOf("text", columns[c]);
                arrays.add(array);
                statement.setArray(c + 1, array);
            }
            statement.executeUpdate();
        } finally {
            for (Array array : arrays) {
                array.free();
            }
        }
    }

    /** A JDBC batch of single-row inserts in one transaction. */
    private void insertBatch(Connection open, List<Row> rows) throws SQLException {
        open.setAutoCommit(false);
        try (PreparedStatement statement = open.prepareStatement(insert)) {
            statement.setQueryTimeout(timeoutSeconds);
            for (Row row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
            open.commit();
        } catch (SQLException e) {
            rollbackQuietly(open);
            throw e;
        } finally {
            open.setAutoCommit(true);
        }
    }

    private static void bind(PreparedStatement statement, Row row) throws SQLException {
        statement.setString(1, row.eventId().toString());
        statement.setObject(2, row.timestamp().atOffset(ZoneOffset.UTC));
        statement.setString(3, row.level());
        statement.setString(4, row.logger());
        statement.setString(5, row.message());
        statement.setString(6, row.thread());
        statement.setString(7, row.service());
        statement.setString(8, row.traceId());
        statement.setString(9, row.requestId());
        statement.setString(10, row.fields());
        statement.setString(11, row.error());
    }

    /** Writes the rows one by one, so that only the rows the database refuses are rejected. */
    private SendResult oneByOne(Connection open, List<Row> rows) throws IOException {
        int rejected = 0;
        String reason = null;
        for (Row row : rows) {
            try {
                if (sql == TableSql.POSTGRESQL) {
                    insertArrays(open, List.of(row));
                } else {
                    insertOne(open, row);
                }
            } catch (SQLException e) {
                switch (SqlFailure.of(e)) {
                    case CONNECTION -> throw broken(e);
                    case LATER -> {
                        return SendResult.retry(null, SqlFailure.describe(e));
                    }
                    case DATA -> {
                        if (sql != TableSql.POSTGRESQL && exists(open, row)) {
                            continue; // written by an earlier attempt whose answer was lost
                        }
                        rejected++;
                        if (reason == null) { // the first refusal stands for all: the reason is one line
                            reason = "event_id " + row.eventId() + " refused: " + SqlFailure.describe(e);
                        }
                    }
                }
            }
        }
        return rejected == 0 ? SendResult.delivered() : SendResult.partlyRejected(rejected, reason);
    }

    private void insertOne(Connection open, Row row) throws SQLException {
        try (PreparedStatement statement = open.prepareStatement(insert)) {
            statement.setQueryTimeout(timeoutSeconds);
            bind(statement, row);
            statement.executeUpdate();
        }
    }

    private boolean exists(Connection open, Row row) throws IOException {
        try (PreparedStatement statement = open.prepareStatement("SELECT 1 FROM " + table + " WHERE event_id = ?")) {
            statement.setQueryTimeout(timeoutSeconds);
            statement.setString(1, row.eventId().toString());
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        } catch (SQLException e) {
            if (SqlFailure.of(e) == SqlFailure.CONNECTION) {
                throw broken(e);
            }
            return false;
        }
    }

    /** Drops the broken connection; the channel retries the batch, and the next attempt reconnects. */
    private IOException broken(SQLException e) {
        closeConnection();
        return new IOException("connection to " + source + " lost (" + SqlFailure.describe(e) + ")", e);
    }

    private void closeConnection() {
        closeQuietly(connection);
        connection = null;
    }

    private void closeQuietly(Connection open) {
        if (open == null) {
            return;
        }
        try {
            open.close();
        } catch (SQLException e) {
            report.accept("closing the connection to " + source + " failed: " + SqlFailure.describe(e));
        }
    }

    private static void rollbackQuietly(Connection open) {
        try {
            open.rollback();
        } catch (SQLException e) {
            // The connection is broken; the caller classifies the original failure and reconnects.
        }
    }
}
