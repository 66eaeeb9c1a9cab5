package dev.cairn.jdbc;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.Logger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code jdbc} sink on a database other than PostgreSQL (H2, in process): batched INSERTs, text columns. */
class StandardSqlSinkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("logs").toAbsolutePath();
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Test
    void records_areWrittenAsRowsInBatchedInserts_withTheFieldsAsJsonText() throws Exception {
        JdbcLogs logs = new JdbcLogs(
                dir,
                Map.of(),
                Map.of(
                        "cairn.sink.db.url", url(),
                        "cairn.sink.db.create-table", "true",
                        "cairn.sink.db.batch.max-records", "100"));
        try (logs.system) {
            Logger log = logs.system.logger("shop");
            for (int i = 0; i < 1000; i++) {
                log.info("order {}", i, kv("order_id", "O-" + i), kv("note", "it's \"ok\""));
            }
            logs.awaitAnswered(1000, Duration.ofSeconds(60));
            assertThat(logs.delivery().delivered()).isEqualTo(1000);
        }
        assertThat(count("SELECT count(*) FROM logs")).isEqualTo(1000);
        assertThat(count("SELECT count(DISTINCT event_id) FROM logs")).isEqualTo(1000);
        try (Connection connection = DriverManager.getConnection(url());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT level, logger, message, service, fields FROM logs WHERE message = 'order 7'")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString("level")).isEqualTo("INFO");
            assertThat(result.getString("logger")).isEqualTo("shop");
            assertThat(result.getString("service")).isEqualTo("checkout");
            var fields = JSON.readTree(result.getString("fields"));
            assertThat(fields.get("order_id").asText()).isEqualTo("O-7");
            assertThat(fields.get("note").asText()).isEqualTo("it's \"ok\"");
        }
    }

    @Test
    void aRowTheDatabaseRefuses_isRejectedAlone() throws Exception {
        try (Connection connection = DriverManager.getConnection(url());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE logs (event_id CHAR(36) PRIMARY KEY, ts TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " level VARCHAR(5) NOT NULL, logger VARCHAR(4000) NOT NULL, message CLOB NOT NULL CHECK"
                    + " (message <> 'poison'), thread VARCHAR(4000) NOT NULL, service VARCHAR(4000), trace_id"
                    + " VARCHAR(4000), request_id VARCHAR(4000), fields CLOB NOT NULL, error CLOB)");
        }
        JdbcLogs logs = new JdbcLogs(
                dir, Map.of(), Map.of("cairn.sink.db.url", url(), "cairn.sink.db.batch.max-records", "10"));
        try (logs.system) {
            Logger log = logs.system.logger("shop");
            for (int i = 0; i < 10; i++) {
                log.info(i == 6 ? "poison" : "fine " + i);
            }
            logs.awaitAnswered(10, Duration.ofSeconds(60));
            assertThat(logs.delivery().delivered()).isEqualTo(9);
            assertThat(logs.delivery().rejected()).isEqualTo(1);
        }
        assertThat(count("SELECT count(*) FROM logs")).isEqualTo(9);
        assertThat(logs.diagnostics()).contains("rejected 1 of 10 records: event_id ");
    }
}
