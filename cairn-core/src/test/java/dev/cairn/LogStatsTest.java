package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.spi.LogRecord;
import dev.cairn.spi.Sink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link LogSystem#stats()} counts of the records logged: by service, level, logger and exception type. */
class LogStatsTest {

    @Test
    void records_areCountedByServiceAndLevel() {
        try (TestLogs logs = TestLogs.json(c -> c.service("payment-service"))) {
            Logger log = logs.logger("shop");
            log.info("one");
            log.info("two");
            log.error("three");
            log.debug("four");
            logs.system.flush();

            LogStats stats = logs.system.stats();
            assertThat(stats.records()).containsOnlyKeys("payment-service");
            assertThat(stats.records().get("payment-service"))
                    .containsEntry(Level.INFO, 2L)
                    .containsEntry(Level.ERROR, 1L)
                    .containsEntry(Level.DEBUG, 1L)
                    .containsEntry(Level.WARN, 0L);
            assertThat(stats.recordsTotal()).isEqualTo(4);
            assertThat(stats.recordsByLevel()).containsEntry(Level.INFO, 2L);
        }
    }

    @Test
    void aReconfiguredService_startsARowOfItsOwn_andKeepsTheOld() {
        try (TestLogs logs = TestLogs.json()) {
            logs.logger("shop").info("before");
            logs.system.reconfigure(c -> c.consoleOutput(new ByteArrayOutputStream())
                    .format(Format.JSON)
                    .service("orders"));
            logs.logger("shop").warn("after");

            LogStats stats = logs.system.stats();
            assertThat(stats.records().get("app")).containsEntry(Level.INFO, 1L);
            assertThat(stats.records().get("orders")).containsEntry(Level.WARN, 1L);
        }
    }

    @Test
    void loggers_showTheBusiestFirst_thenOther() {
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.metrics.top", "2"))) {
            for (int i = 0; i < 5; i++) {
                logs.logger("busy").info("x");
            }
            for (int i = 0; i < 3; i++) {
                logs.logger("middle").info("x");
            }
            logs.logger("quiet.one").info("x");
            logs.logger("quiet.two").info("x");

            assertThat(logs.system.stats().loggers())
                    .containsExactly(
                            java.util.Map.entry("busy", 5L),
                            java.util.Map.entry("middle", 3L),
                            java.util.Map.entry("other", 2L));
        }
    }

    @Test
    void errors_areCountedByExceptionType() {
        try (TestLogs logs = TestLogs.json()) {
            Logger log = logs.logger("shop");
            log.error("failed", new IllegalStateException("a"));
            log.warn("retrying", new IllegalStateException("b"));
            log.error("failed", new java.io.UncheckedIOException(new IOException("c")));
            log.error("no exception");

            assertThat(logs.system.stats().errors())
                    .containsExactly(
                            java.util.Map.entry("java.lang.IllegalStateException", 2L),
                            java.util.Map.entry("java.io.UncheckedIOException", 1L));
        }
    }

    @Test
    void queueHighWater_remembersTheDeepestQueue() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Sink blocking = new Sink() {
            @Override
            public void write(LogRecord record) {
                entered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        try (TestLogs logs = TestLogs.json(c -> c.sink(blocking))) {
            Logger log = logs.logger("shop");
            log.info("first");
            entered.await();
            for (int i = 0; i < 10; i++) {
                log.info("queued {}", i);
            }
            assertThat(logs.system.stats().queueDepth()).isEqualTo(10);
            release.countDown();
            logs.system.flush();

            LogStats stats = logs.system.stats();
            assertThat(stats.queueDepth()).isZero();
            assertThat(stats.queueHighWater()).isEqualTo(10);
        }
    }

    @Test
    void droppedRecords_areCountedByCauseAndLevel() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Sink blocking = new Sink() {
            @Override
            public void write(LogRecord record) throws IOException {
                entered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        try (TestLogs logs = TestLogs.json(c ->
                c.set("cairn.queue.size", "16").set("cairn.queue.full", "drop").sink(blocking))) {
            Logger log = logs.logger("shop");
            log.info("first");
            entered.await();
            for (int i = 0; i < 40; i++) {
                log.debug("flood {}", i);
            }
            release.countDown();
            logs.system.flush();

            LogStats stats = logs.system.stats();
            assertThat(stats.droppedByCause().get("queue-full")).containsEntry(Level.DEBUG, 40L - 16);
            assertThat(stats.droppedByCause().get("queue-full")).isEqualTo(stats.dropped());
            assertThat(stats.queueHighWater()).isEqualTo(16);
        }
    }

    @Test
    void bytes_areCountedPerSink(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("app.log");
        try (TestLogs logs = TestLogs.json(c -> c.file(file))) {
            logs.logger("shop").info("one");
            logs.logger("shop").info("two");
            logs.system.flush();

            LogStats stats = logs.system.stats();
            assertThat(stats.sink("file").bytes()).isEqualTo(Files.size(file)).isPositive();
            assertThat(stats.sink("console").bytes())
                    .isEqualTo(logs.console.toString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void nestedLoggingLosses_areCountedUnderTheirCause() {
        try (TestLogs logs = TestLogs.json()) {
            Logger log = logs.logger("shop");
            Object loud = new Object() {
                @Override
                public String toString() {
                    for (int i = 0; i < 40; i++) {
                        log.info("inner {}", i);
                    }
                    return "loud";
                }
            };
            log.info("outer {}", loud);
            logs.system.flush();
            LogStats stats = logs.system.stats();
            assertThat(stats.lost()).isPositive();
            assertThat(stats.droppedByCause().get("nested").values().stream()
                            .mapToLong(Long::longValue)
                            .sum())
                    .isEqualTo(stats.lost());
        }
    }
}
