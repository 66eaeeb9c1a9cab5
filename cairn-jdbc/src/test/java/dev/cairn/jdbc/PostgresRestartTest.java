package dev.cairn.jdbc;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.LogStats;
import dev.cairn.Logger;
import dev.cairn.testing.Await;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PostgreSQL stopped and started again mid-stream, on a cluster of the test's own: every record once. */
class PostgresRestartTest {

    @TempDir
    Path dir;

    @Test
    void serverRestartedMidStream_everyRecordIsStoredExactlyOnce() throws Exception {
        int threads = 4;
        int perThread = 25_000;
        int total = threads * perThread;
        try (PostgresCluster cluster = PostgresCluster.start();
                PostgresDatabase database = PostgresDatabase.create(cluster.url())) {
            JdbcLogs logs = new JdbcLogs(
                    dir,
                    Map.of(),
                    Map.of(
                            "cairn.sink.db.url", database.url(),
                            "cairn.sink.db.create-table", "true",
                            "cairn.sink.db.batch.max-records", "500"));
            CountDownLatch serverDown = new CountDownLatch(1);
            try (logs.system) {
                Logger log = logs.system.logger("shop.orders");
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < perThread; i++) {
                            if (i == perThread / 2) {
                                serverDown.await(); // the second half is logged while the server is away
                            }
                            log.info("order {}", i, kv("order_id", thread + "-" + i));
                        }
                        return null;
                    }));
                }
                Await.until(
                        Duration.ofMinutes(2),
                        logs::delivery,
                        stats -> stats.delivered() >= 10_000,
                        () -> "10000 delivered: " + logs.system.stats().sink("db"));
                cluster.stopServer();
                serverDown.countDown();
                for (Future<?> future : done) {
                    future.get();
                }
                pool.shutdown();
                logs.system.flush();
                Await.until(
                        Duration.ofMinutes(1),
                        logs::delivery,
                        stats -> stats.retried() > 0,
                        () -> "a failed attempt: " + logs.system.stats().sink("db"));
                cluster.startServer();
                logs.awaitAnswered(total, Duration.ofMinutes(3));
                LogStats.DeliveryStats stats = logs.delivery();
                assertThat(stats.delivered()).isEqualTo(total);
                assertThat(stats.rejected()).isZero();
                assertThat(stats.dropped()).isZero();
                assertThat(stats.retried()).isPositive();
            }
            try (Connection connection = DriverManager.getConnection(database.url());
                    Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT count(*), count(DISTINCT event_id),"
                            + " count(DISTINCT fields->>'order_id') FROM logs")) {
                result.next();
                assertThat(result.getLong(1)).as("rows").isEqualTo(total);
                assertThat(result.getLong(2)).as("event ids").isEqualTo(total);
                assertThat(result.getLong(3)).as("order ids").isEqualTo(total);
            }
            assertThat(logs.diagnostics()).contains("the peer does not accept batches now");
        }
    }
}
