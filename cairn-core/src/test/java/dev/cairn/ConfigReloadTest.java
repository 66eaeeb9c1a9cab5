package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.testing.Await;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cairn.config.watch}: a changed {@code cairn.properties} is applied without a restart, an invalid one is
 * reported and not applied; real files, the watch timed by a manual ticker.
 */
class ConfigReloadTest {

    private final ManualTicker ticker = new ManualTicker();
    private final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

    private LogSystem logSystem(Path dir) {
        return TestLogs.isolated(dir, diagnostics)
                .ticker(ticker)
                .configure(c -> c.set("cairn.console", "none").set("cairn.jmx", "false"))
                .build();
    }

    private static void write(Path dir, String... lines) throws IOException {
        Path temporary = dir.resolve("cairn.properties.tmp");
        Files.writeString(temporary, String.join("\n", lines) + "\n");
        Files.move(temporary, dir.resolve("cairn.properties"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private String diagnostics() {
        return diagnostics.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aChangedFile_isApplied_andAnInvalidOneIsReportedAndLeftOut(@TempDir Path dir) throws IOException {
        write(dir, "cairn.config.watch=5s", "cairn.level=INFO");
        try (LogSystem logs = logSystem(dir)) {
            Logger log = logs.logger("shop");
            assertThat(log.isDebugEnabled()).isFalse();

            write(dir, "cairn.config.watch=5s", "cairn.level=DEBUG");
            ticker.advance(Duration.ofSeconds(5));
            Await.until(this::diagnostics, d -> d.contains("changed and was applied"), () -> "the reload reported");
            assertThat(log.isDebugEnabled()).isTrue();

            write(dir, "cairn.config.watch=5s", "cairn.level=LOUD", "cairn.queue.size=many", "cairn.levle=INFO");
            ticker.advance(Duration.ofSeconds(5));
            Await.until(this::diagnostics, d -> d.contains("not applied"), () -> "the invalid file reported");
            assertThat(diagnostics())
                    .contains("invalid value \"LOUD\" for cairn.level")
                    .contains("\"many\" for cairn.queue.size")
                    .contains("unknown key cairn.levle")
                    .contains("(3 problems above); the running configuration stays");
            assertThat(log.isDebugEnabled())
                    .as("the running configuration stays")
                    .isTrue();
        }
    }

    @Test
    void nothingHappens_beforeTheIntervalHasPassed(@TempDir Path dir) throws IOException {
        write(dir, "cairn.config.watch=1m", "cairn.level=INFO");
        try (LogSystem logs = logSystem(dir)) {
            write(dir, "cairn.config.watch=1m", "cairn.level=ERROR");
            ticker.advance(Duration.ofSeconds(59));
            // The watcher looks every 100 ms of real time; give it several looks, then check nothing changed.
            logs.flush();
            long until = System.nanoTime() + Duration.ofMillis(500).toNanos();
            Await.until(System::nanoTime, now -> now > until, () -> "half a second");
            assertThat(logs.logger("shop").isInfoEnabled()).isTrue();
            ticker.advance(Duration.ofSeconds(1));
            Await.until(() -> logs.logger("shop").isInfoEnabled(), enabled -> !enabled, () -> "ERROR applied");
        }
    }

    @Test
    void levelsSetAtRunTime_surviveAReload(@TempDir Path dir) throws IOException {
        write(dir, "cairn.config.watch=5s", "cairn.level=INFO");
        try (LogSystem logs = logSystem(dir)) {
            logs.setLevel("shop.cart", Level.TRACE);
            write(dir, "cairn.config.watch=5s", "cairn.level=WARN");
            ticker.advance(Duration.ofSeconds(5));
            Await.until(() -> logs.logger("other").isInfoEnabled(), enabled -> !enabled, () -> "WARN applied");
            assertThat(logs.logger("shop.cart").isTraceEnabled()).isTrue();
        }
    }

    @Test
    void reloadsWhileLogging_loseNoRecord_andWriteNoneTwice(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("app.log");
        write(dir, "cairn.config.watch=1s", "cairn.format=json", "cairn.file=app.log", "cairn.file.max-bytes=0");
        try (LogSystem logs = logSystem(dir)) {
            Logger log = logs.logger("shop");
            AtomicBoolean running = new AtomicBoolean(true);
            int[] logged = new int[1];
            Thread writer = new Thread(() -> {
                while (running.get()) {
                    log.info("record {}", logged[0]++);
                }
            });
            writer.start();
            for (int i = 0; i < 3; i++) {
                write(
                        dir,
                        "cairn.config.watch=1s",
                        "cairn.format=json",
                        "cairn.file=app.log",
                        // One growing file: the writer may log more than the 10 MB at which the file would roll.
                        "cairn.file.max-bytes=0",
                        "cairn.service=svc-" + i);
                ticker.advance(Duration.ofSeconds(1));
                String expected = "svc-" + i;
                Await.until(() -> logs.stats().service(), expected::equals, () -> "service " + expected);
            }
            running.set(false);
            writer.join();
            logs.flush();
            ObjectMapper json = new ObjectMapper();
            List<Integer> numbers = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                JsonNode record = json.readTree(line);
                if (record.get("message").asText().startsWith("record ")) {
                    numbers.add(Integer.parseInt(record.get("message").asText().substring(7)));
                }
            }
            // Each record once and in order: the new file sink opens only after the old one has closed.
            assertThat(numbers).hasSize(logged[0]);
            for (int i = 0; i < numbers.size(); i++) {
                assertThat(numbers.get(i)).as("record at line %d", i).isEqualTo(i);
            }
        }
    }
}
