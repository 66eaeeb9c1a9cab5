package dev.cairn.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.LogSystem;
import dev.cairn.contract.SinkContract;
import dev.cairn.jdbc.internal.JdbcSinkProvider;
import dev.cairn.spi.Sink;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The contract for the {@code jdbc} sink into a database of its own on the PostgreSQL server of the tests
 * ({@code CAIRNTEST_PG_URL}; skipped without one, failed instead under {@code CAIRNTEST_REQUIRE_SERVERS}): broken by
 * making the server refuse the database ({@code ALLOW_CONNECTIONS false}, its sessions ended), repaired by allowing
 * it again, stalled by a transaction that holds an exclusive lock on the table. Each row is read back as a JSON object:
 * its {@code fields} with its {@code message}.
 */
class PostgresSinkContractTest extends SinkContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PostgresDatabase database;
    private List<String> beforeTheBreak;
    private Connection locking;

    @Override
    protected Sink open(LogSystem system) throws Exception {
        database = PostgresDatabase.create();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(PostgresDdl.TABLE);
        }
        return new JdbcSinkProvider().create(context(system, Map.of("url", database.url())));
    }

    @Override
    protected synchronized List<String> delivered() throws IOException {
        if (beforeTheBreak != null) {
            return beforeTheBreak;
        }
        List<String> lines = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT message, fields::text FROM logs")) {
            while (rows.next()) {
                ObjectNode record = (ObjectNode) JSON.readTree(rows.getString(2));
                record.put("message", rows.getString(1));
                lines.add(JSON.writeValueAsString(record));
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        return lines;
    }

    @Override
    protected synchronized void breakDestination() throws IOException {
        beforeTheBreak = delivered();
        allowConnections(false);
    }

    @Override
    protected synchronized void repairDestination() throws IOException {
        allowConnections(true);
        beforeTheBreak = null;
    }

    private void allowConnections(boolean allow) throws IOException {
        try (Connection admin = DriverManager.getConnection(database.serverUrl());
                Statement statement = admin.createStatement()) {
            statement.execute("ALTER DATABASE " + database.name() + " ALLOW_CONNECTIONS " + allow);
            if (!allow) {
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + database.name() + "' AND pid <> pg_backend_pid()");
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    protected Runnable stallDestination() throws SQLException {
        locking = database.connect();
        locking.setAutoCommit(false);
        try (Statement statement = locking.createStatement()) {
            statement.execute("LOCK TABLE logs IN ACCESS EXCLUSIVE MODE");
        }
        return this::releaseLock;
    }

    private synchronized void releaseLock() {
        if (locking != null) {
            try (Connection held = locking) {
                held.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            locking = null;
        }
    }

    @Override
    protected Outage outage() {
        return Outage.KEEPS_UNTIL_REPAIRED;
    }

    @Override
    protected void closeDestination() throws SQLException {
        releaseLock();
        if (database != null) {
            database.close();
        }
    }
}
