package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.contract.MutableClock;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.Sink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkFailureTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

    private LogSystem.Builder builder() {
        return TestLogs.isolated(dir, diagnostics);
    }

    private List<String> diagnosticLines() {
        return List.of(diagnostics.toString(StandardCharsets.UTF_8).split("\n"));
    }

    @Test
    void fileWhoseFolderIsDeletedAndBlocked_losesOnlyItsOwnRecordsAndRecoversWhenUnblocked() throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
        Path folder = dir.resolve("logs");
        try (LogSystem system = builder()
                .clock(clock)
                .configure(c -> c.consoleOutput(console).format(Format.JSON).file(Path.of("logs/app.log")))
                .build()) {
            Logger log = system.logger("a");
            log.info("before");
            system.flush();

            deleteRecursively(folder);
            Files.writeString(folder, "a file where the folder was");
            // The sink looks for a vanished file at most once a second.
            clock.advance(Duration.ofMillis(1_100));
            for (int i = 0; i < 5; i++) {
                log.info("while blocked {}", i);
                system.flush();
                clock.advance(Duration.ofMillis(300));
            }
            assertThat(system.stats().sink("file").failed()).isEqualTo(5);

            Files.delete(folder);
            clock.advance(Duration.ofSeconds(2));
            log.info("after");
            system.flush();

            LogStats stats = system.stats();
            assertThat(stats.sink("console").written()).isEqualTo(7);
            assertThat(stats.sink("console").failed()).isZero();
            assertThat(stats.sink("file").written()).isEqualTo(2);
            assertThat(stats.sink("file").failed()).isEqualTo(5);
        }
        assertThat(Files.readAllLines(folder.resolve("app.log")))
                .singleElement()
                .asString()
                .contains("\"after\"");
        assertThat(console.toString(StandardCharsets.UTF_8).lines()).hasSize(7);
        assertThat(diagnosticLines())
                .anySatisfy(
                        line -> assertThat(line).startsWith("cairn: log file ").contains("was moved or deleted"));
        assertThat(diagnosticLines())
                .anySatisfy(line -> assertThat(line)
                        .startsWith("cairn: sink file failed")
                        .contains("records lost by this sink so far"));
        assertThat(diagnosticLines()).anySatisfy(line -> assertThat(line).endsWith("is writable again"));
    }

    @Test
    void fileDeletedWhileOpen_isRecreatedAtTheNextCheck() throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
        try (LogSystem system = builder()
                .clock(clock)
                .configure(c -> c.consoleOutput(console).file(Path.of("logs/app.log")))
                .build()) {
            system.logger("a").info("first");
            system.flush();
            deleteRecursively(dir.resolve("logs"));
            clock.advance(Duration.ofMillis(1_100));
            system.logger("a").info("second");
            system.flush();
            assertThat(system.stats().sink("file").failed()).isZero();
        }
        assertThat(Files.readAllLines(dir.resolve("logs/app.log")))
                .singleElement()
                .asString()
                .contains("second");
    }

    /** A destination that stalls until released, as a hung network sink would. */
    private static final class StalledSink implements Sink {
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> received = new ArrayList<>();

        @Override
        public void write(LogRecord record) {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (received) {
                received.add(record.level() + " " + record.message());
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return "stalled";
        }
    }

    @Test
    void dropPolicy_countsExactlyWhatIsMissingAndNeverDropsWarnings() throws Exception {
        StalledSink stalled = new StalledSink();
        int infos = 5_000;
        LogStats stats;
        try (LogSystem system = builder()
                .configure(c -> c.set("cairn.console", "none")
                        .sink(stalled)
                        .set("cairn.queue.size", "64")
                        .set("cairn.queue.full", "drop"))
                .build()) {
            Logger log = system.logger("a");
            for (int i = 0; i < infos; i++) {
                log.info("info {}", i);
            }
            Thread releaser = new Thread(() -> {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                stalled.release.countDown();
            });
            releaser.start();
            for (int i = 0; i < 200; i++) {
                log.warn("warn {}", i);
            }
            releaser.join();
            system.flush();
            stats = system.stats();
        }
        List<String> received;
        synchronized (stalled.received) {
            received = List.copyOf(stalled.received);
        }
        long infosWritten =
                received.stream().filter(r -> r.startsWith("INFO info ")).count();
        long warnsWritten =
                received.stream().filter(r -> r.startsWith("WARN warn ")).count();
        long reportedDropped = received.stream()
                .filter(r -> r.matches("WARN \\d+ records dropped"))
                .mapToLong(r -> Long.parseLong(r.split(" ")[1]))
                .sum();
        assertThat(warnsWritten).isEqualTo(200);
        assertThat(reportedDropped).isPositive();
        assertThat(infosWritten + reportedDropped).isEqualTo(infos);
        assertThat(stats.dropped().get(Level.INFO)).isEqualTo(reportedDropped);
        assertThat(stats.droppedTotal()).isEqualTo(reportedDropped);
    }

    @Test
    void recordLoggedAfterShutdown_isWrittenSynchronously() throws IOException {
        try (LogSystem system = builder()
                .configure(c -> c.consoleOutput(console).file(Path.of("app.log")))
                .build()) {
            system.logger("a").info("before shutdown");
            system.shutdown();
            system.logger("a").info("after shutdown");
            assertThat(Files.readAllLines(dir.resolve("app.log"))).hasSize(2);
        }
    }

    @Test
    void syncPolicy_writesOnTheCallerWhenTheQueueIsFull() throws Exception {
        StalledSink stalled = new StalledSink();
        try (LogSystem system = builder()
                .configure(c -> c.set("cairn.console", "none")
                        .sink(stalled)
                        .set("cairn.queue.size", "16")
                        .set("cairn.queue.full", "sync"))
                .build()) {
            Thread logger = new Thread(() -> {
                for (int i = 0; i < 100; i++) {
                    system.logger("a").info("record {}", i);
                }
            });
            logger.start();
            Thread.sleep(50);
            stalled.release.countDown();
            logger.join(TimeUnit.SECONDS.toMillis(30));
            system.flush();
        }
        synchronized (stalled.received) {
            assertThat(stalled.received).hasSize(100);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
