package dev.cairn.jdbc;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same spooled batches sent twice (as after a crash between a commit and the spool's progress) insert every row
 * once: the event id is made when the record is encoded, kept in the spool, and PostgreSQL skips an id it holds.
 */
class PostgresReplayTest {

    @TempDir
    Path dir;

    private PostgresDatabase database;

    @BeforeEach
    void createDatabase() throws Exception {
        database = PostgresDatabase.create();
    }

    @AfterEach
    void dropDatabase() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    private JdbcLogs logs(String url, Path spool) {
        return new JdbcLogs(
                dir,
                Map.of(),
                Map.of(
                        "cairn.sink.db.url", url,
                        "cairn.sink.db.create-table", "true",
                        "cairn.sink.db.spool.dir", spool.toString(),
                        "cairn.sink.db.batch.max-records", "100",
                        "cairn.shutdown.timeout", "2s"));
    }

    @Test
    void theSameSpoolSentTwice_insertsEveryRowOnce() throws Exception {
        Path spool = dir.resolve("spool");
        JdbcLogs offline = logs("jdbc:postgresql://127.0.0.1:1/nowhere?user=postgres", spool);
        try (offline.system) {
            for (int i = 0; i < 1000; i++) {
                offline.system.logger("shop").info("order {}", i, kv("order_id", i));
            }
            offline.system.flush();
            dev.cairn.testing.Await.until(
                    offline::delivery,
                    stats -> stats.inFlight() + stats.inSpool() == 1000 && stats.retried() > 0,
                    () -> "1000 waiting: " + offline.system.stats().sink("db"));
        }
        assertThat(offline.diagnostics()).doesNotContain("dropped");
        Path copy = dir.resolve("spool-copy");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(spool)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }

        for (Path folder : List.of(spool, copy)) {
            JdbcLogs online = logs(database.url(), folder);
            try (online.system) {
                online.awaitAnswered(1000, Duration.ofSeconds(60));
                assertThat(online.delivery().replayed()).as(folder.toString()).isEqualTo(1000);
                assertThat(online.delivery().delivered()).isEqualTo(1000);
            }
        }
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet result =
                        statement.executeQuery("SELECT count(*), count(DISTINCT fields->>'order_id') FROM logs")) {
            result.next();
            assertThat(result.getLong(1)).isEqualTo(1000);
            assertThat(result.getLong(2)).isEqualTo(1000);
        }
    }
}
