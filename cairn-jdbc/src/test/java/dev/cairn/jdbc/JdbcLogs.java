package dev.cairn.jdbc;

import dev.cairn.LogStats;
import dev.cairn.LogSystem;
import dev.cairn.testing.Await;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * A log system isolated from the process (no environment but {@code environment}, no system properties, diagnostics
 * captured) with one {@code jdbc} sink named {@code db}, quick to send and to retry.
 */
final class JdbcLogs {

    static final String SINK = "db";

    final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    final LogSystem system;

    JdbcLogs(Path dir, Map<String, String> environment, Map<String, String> options) {
        system = LogSystem.builder()
                .environment(environment)
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .shutdownHook(false)
                .diagnostics(new PrintStream(diagnostics, true, StandardCharsets.UTF_8))
                .configure(c -> {
                    c.set("cairn.console", "none")
                            .set("cairn.service", "checkout")
                            .set("cairn.sink.db.type", "jdbc")
                            .set("cairn.sink.db.batch.max-delay", "20ms")
                            .set("cairn.sink.db.retry.initial-backoff", "20ms")
                            .set("cairn.sink.db.retry.max-backoff", "200ms");
                    options.forEach(c::set);
                })
                .build();
    }

    LogStats.DeliveryStats delivery() {
        LogStats.SinkStats sink = system.stats().sink(SINK);
        return sink == null ? null : sink.delivery();
    }

    /** Waits until the sink has answered for {@code count} records (delivered or rejected) and holds none. */
    void awaitAnswered(long count, Duration timeout) {
        system.flush();
        Await.until(
                timeout,
                this::delivery,
                stats -> stats != null
                        && stats.delivered() + stats.rejected() >= count
                        && stats.inFlight() == 0
                        && stats.inSpool() == 0,
                () -> count + " answered: " + system.stats().sink(SINK) + "; diagnostics: " + diagnostics());
    }

    String diagnostics() {
        return diagnostics.toString(StandardCharsets.UTF_8);
    }
}
