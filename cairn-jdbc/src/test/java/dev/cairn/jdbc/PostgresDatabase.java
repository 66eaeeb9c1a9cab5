package dev.cairn.jdbc;

import dev.cairn.testing.SystemServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A database of its own for one test, created on the PostgreSQL server named by {@code CAIRNTEST_PG_URL} (default:
 * the local server on port 5432 as user postgres) and dropped at close. When no server answers, the test skips (or
 * fails when {@code CAIRNTEST_REQUIRE_SERVERS} is set, as in {@code .ci/run}).
 */
final class PostgresDatabase implements AutoCloseable {

    static final String URL_VARIABLE = "CAIRNTEST_PG_URL";
    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

    private final String serverUrl;
    private final String name;

    private PostgresDatabase(String serverUrl, String name) {
        this.serverUrl = serverUrl;
        this.name = name;
    }

    /** Creates a new database on the test server. */
    static PostgresDatabase create() throws SQLException {
        String url = System.getenv(URL_VARIABLE) == null ? DEFAULT_URL : System.getenv(URL_VARIABLE);
        return create(url);
    }

    /** Creates a new database on the server {@code serverUrl} points at (any database of it). */
    static PostgresDatabase create(String serverUrl) throws SQLException {
        Connection admin;
        try {
            admin = DriverManager.getConnection(serverUrl);
        } catch (SQLException e) {
            SystemServer.assume(
                    false,
                    "no PostgreSQL server answers at " + URL_VARIABLE + " (" + serverUrl + "): " + e.getMessage()
                            + " (apt-get install postgresql)");
            throw e;
        }
        String name =
                "cairn_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (admin;
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return new PostgresDatabase(serverUrl, name);
    }

    /** The URL this database was created through (another database of the server). */
    String serverUrl() {
        return serverUrl;
    }

    /** The database's name. */
    String name() {
        return name;
    }

    /** The JDBC URL of this database, with the server URL's parameters (user, …). */
    String url() {
        return withDatabase(serverUrl, name);
    }

    /** The URL without the user parameter, for tests that pass the user as an option. */
    String urlWithoutUser() {
        String url = url();
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** The user the server URL names ({@code postgres} when it names none). */
    String user() {
        String url = serverUrl.toLowerCase(Locale.ROOT);
        int at = url.indexOf("user=");
        if (at < 0) {
            return "postgres";
        }
        int end = serverUrl.indexOf('&', at);
        return serverUrl.substring(at + 5, end < 0 ? serverUrl.length() : end);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    static String withDatabase(String serverUrl, String database) {
        int hostStart = serverUrl.indexOf("//");
        int pathStart = serverUrl.indexOf('/', hostStart + 2);
        int query = serverUrl.indexOf('?');
        String rest = query < 0 ? "" : serverUrl.substring(query);
        return serverUrl.substring(0, pathStart) + "/" + database + rest;
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = DriverManager.getConnection(serverUrl);
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
