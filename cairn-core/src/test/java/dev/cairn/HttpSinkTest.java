package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.Sink;
import dev.cairn.testing.Await;
import dev.cairn.testing.JsonLines;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code http} sink against a real HTTP receiver on loopback. */
class HttpSinkTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

    private LogSystem http(String url, Map<String, String> environment, Map<String, String> options) {
        return TestLogs.isolated(dir, diagnostics)
                .environment(environment)
                .configure(c -> {
                    c.set("cairn.console", "none")
                            .set("cairn.sink.collector.type", "http")
                            .set("cairn.sink.collector.url", url)
                            .set("cairn.sink.collector.batch.max-delay", "20ms")
                            .set("cairn.sink.collector.retry.initial-backoff", "10ms")
                            .set("cairn.sink.collector.retry.max-backoff", "50ms");
                    options.forEach(c::set);
                })
                .build();
    }

    private static List<Integer> ids(List<String> lines) {
        return lines.stream()
                .map(JsonLines::parse)
                .map(record -> record.get("id").asInt())
                .sorted()
                .collect(Collectors.toList());
    }

    private static void log(LogSystem system, int from, int to) {
        Logger logger = system.logger("shop");
        for (int i = from; i < to; i++) {
            logger.info("order {}", i, KeyValue.kv("id", i));
        }
    }

    /** Waits until the sink counts {@code count} records delivered: the receiver has them and answered. */
    private static void awaitDelivered(LogSystem system, long count) {
        Await.until(
                () -> system.stats().sink("collector").delivery(),
                stats -> stats.delivered() >= count && stats.inFlight() == 0,
                () -> count + " delivered: " + system.stats().sink("collector"));
    }

    private String diagnostics() {
        return diagnostics.toString(StandardCharsets.UTF_8);
    }

    @Test
    void records_arriveAsGzippedJsonLinesInBatches_withTheConfiguredHeader() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start();
                LogSystem system = http(
                        receiver.url(),
                        Map.of("LOGS_TOKEN", "s3cret-token"),
                        Map.of(
                                "cairn.sink.collector.headers", "Authorization=Bearer ${LOGS_TOKEN}",
                                "cairn.sink.collector.batch.max-records", "100"))) {
            log(system, 0, 1000);
            awaitDelivered(system, 1000);
            assertThat(ids(receiver.lines()))
                    .isEqualTo(IntStream.range(0, 1000).boxed().collect(Collectors.toList()));
            JsonNode first = JsonLines.parse(receiver.lines().get(0));
            assertThat(first.get("message").asText()).isEqualTo("order 0");
            assertThat(receiver.requestSizes()).allMatch(size -> size <= 100);
            assertThat(receiver.authorizations()).isNotEmpty().allMatch("Bearer s3cret-token"::equals);
            LogStats.DeliveryStats stats = system.stats().sink("collector").delivery();
            assertThat(stats.delivered()).isEqualTo(1000);
            assertThat(stats.inFlight()).isZero();
            assertThat(system.stats().sink("collector").toString()).doesNotContain("s3cret");
        }
        assertThat(diagnostics()).doesNotContain("s3cret");
    }

    @Test
    void status400_isRejectedAndCounted_neverRetried() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start();
                LogSystem system =
                        http(receiver.url(), Map.of(), Map.of("cairn.sink.collector.batch.max-records", "10"))) {
            receiver.answer(records -> 400);
            log(system, 0, 30);
            Await.until(
                    () -> system.stats().sink("collector").delivery(),
                    stats -> stats.rejected() == 30,
                    () -> "30 rejected: " + system.stats());
            assertThat(receiver.requests()).isEqualTo(3);
            LogStats.DeliveryStats stats = system.stats().sink("collector").delivery();
            assertThat(stats.retried()).isZero();
            assertThat(stats.delivered()).isZero();
            assertThat(stats.inFlight()).isZero();
        }
        assertThat(diagnostics()).contains("rejected a batch of 10 records for good: HTTP 400");
    }

    @Test
    void status413_splitsTheBatchInHalvesUntilThePeerTakesIt() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start();
                LogSystem system =
                        http(receiver.url(), Map.of(), Map.of("cairn.sink.collector.batch.max-records", "16"))) {
            receiver.answer(records -> records > 4 ? 413 : 200);
            log(system, 0, 16);
            awaitDelivered(system, 16);
            assertThat(ids(receiver.lines()))
                    .isEqualTo(IntStream.range(0, 16).boxed().collect(Collectors.toList()));
            assertThat(receiver.requestSizes()).startsWith(16, 8, 4, 4, 8, 4, 4);
            assertThat(system.stats().sink("collector").delivery().delivered()).isEqualTo(16);
            assertThat(system.stats().sink("collector").delivery().rejected()).isZero();
        }
    }

    @Test
    void status503_isRetried_andCountedAsRetried() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start();
                LogSystem system =
                        http(receiver.url(), Map.of(), Map.of("cairn.sink.collector.batch.max-records", "5"))) {
            java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
            receiver.answer(records -> calls.incrementAndGet() <= 2 ? 503 : 200);
            log(system, 0, 5);
            awaitDelivered(system, 5);
            LogStats.DeliveryStats stats = system.stats().sink("collector").delivery();
            assertThat(stats.retried()).isEqualTo(10);
            assertThat(stats.delivered()).isEqualTo(5);
            assertThat(stats.maybeDuplicated()).isZero();
        }
    }

    @Test
    void retryAfter_isHonouredOnTheLogSystemsTicker() throws Exception {
        ManualTicker ticker = new ManualTicker();
        try (LoopbackReceiver receiver = LoopbackReceiver.start();
                LogSystem system = TestLogs.isolated(dir, diagnostics)
                        .ticker(ticker)
                        .configure(c -> c.set("cairn.console", "none")
                                .set("cairn.sink.collector.type", "http")
                                .set("cairn.sink.collector.url", receiver.url())
                                .set("cairn.sink.collector.batch.max-records", "3")
                                // Without Retry-After the second attempt would wait an hour.
                                .set("cairn.sink.collector.retry.initial-backoff", "1h"))
                        .build()) {
            receiver.answer(new LoopbackReceiver.Answer() {
                @Override
                public int status(int records) {
                    return receiver.requests() == 1 ? 503 : 200;
                }

                @Override
                public String retryAfter() {
                    return "2";
                }
            });
            log(system, 0, 3);
            Await.until(
                    () -> system.stats().sink("collector").delivery().retried(),
                    retried -> retried == 3,
                    () -> "a first attempt answered");
            assertThat(receiver.lines()).isEmpty();
            ticker.advance(java.time.Duration.ofSeconds(2));
            awaitDelivered(system, 3);
            assertThat(receiver.requests()).isEqualTo(2);
        }
    }

    @Test
    void spoolFilesAndFolder_areOwnerOnly() throws Exception {
        int port = LoopbackReceiver.closedPort();
        try (LogSystem system =
                http(LoopbackReceiver.url(port), Map.of(), Map.of("cairn.sink.collector.batch.max-records", "1"))) {
            log(system, 0, 50);
            Await.until(
                    () -> system.stats().sink("collector").delivery().spooled(),
                    spooled -> spooled > 0,
                    () -> "something spooled: " + system.stats());
            Path folder = dir.resolve("cairn-spool/collector");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                    .isEqualTo("rwx------");
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.collect(Collectors.toList()))
                        .isNotEmpty()
                        .allSatisfy(
                                file -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                                        .isEqualTo("rw-------"));
            }
        }
    }

    @Test
    void aHeaderVariableThatIsNotSet_leavesTheSinkOut_namingTheHeaderNotItsValue() {
        try (LogSystem system = http(
                "http://127.0.0.1:9/logs",
                Map.of(),
                Map.of("cairn.sink.collector.headers", "Authorization=Bearer ${NO_SUCH_TOKEN}, X-Key=k3y-value"))) {
            assertThat(system.stats().sinks()).noneMatch(sink -> sink.name().equals("collector"));
        }
        assertThat(diagnostics())
                .contains("header Authorization uses ${NO_SUCH_TOKEN}, which is not set")
                .doesNotContain("k3y-value");
    }

    @Test
    void noUsableSpool_whileThePeerIsAway_dropsAreCountedOnce_andEachRecordIsInOneState() throws Exception {
        int port = LoopbackReceiver.closedPort();
        // A regular file where the spool folder should be: the spool cannot open, so memory holds 64 batches at most.
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "");
        int count = 2000;
        try (LogSystem system = http(
                LoopbackReceiver.url(port),
                Map.of(),
                Map.of(
                        "cairn.sink.collector.batch.max-records",
                        "10",
                        "cairn.sink.collector.spool.dir",
                        notAFolder.toString()))) {
            log(system, 0, count);
            system.flush();
            LogStats.DeliveryStats during = Await.until(
                    () -> system.stats().sink("collector").delivery(),
                    stats -> stats.dropped() > 0 && stats.inFlight() + stats.dropped() == count,
                    () -> "dropped while the peer is away, each record counted once: "
                            + system.stats().sink("collector"));
            assertThat(during.inSpool()).isZero();
            assertThat(during.inFlight()).isLessThanOrEqualTo(65L * 10);
            assertThat(diagnostics()).contains("no spool could take it while the peer is behind");
        }
    }

    /** A sink on the writer thread that hangs, deaf to interrupts, on a record of logger {@code stall}. */
    private static final class WriterHang implements Sink {
        final CountDownLatch hanging = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void write(LogRecord record) {
            if (!record.loggerName().equals("stall")) {
                return;
            }
            hanging.countDown();
            boolean interrupted = false;
            while (release.getCount() > 0) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    @Test
    void aStalledSinkUsedUpTheShutdownTimeout_theChannelStillSpoolsWhatItHeld_insteadOfBeingAbandoned()
            throws Exception {
        int port = LoopbackReceiver.closedPort();
        WriterHang hang = new WriterHang();
        try (LogSystem first = TestLogs.isolated(dir, diagnostics)
                .configure(c -> c.set("cairn.console", "none")
                        .set("cairn.async", "true")
                        .set("cairn.shutdown.timeout", "1s")
                        .sink(hang)
                        .set("cairn.sink.collector.type", "http")
                        .set("cairn.sink.collector.url", LoopbackReceiver.url(port))
                        .set("cairn.sink.collector.loggers", "shop")
                        .set("cairn.sink.collector.retry.initial-backoff", "10ms")
                        .set("cairn.sink.collector.retry.max-backoff", "50ms"))
                .build()) {
            log(first, 0, 500);
            first.flush();
            // The writer thread now hangs, so draining the queue uses up the whole shutdown timeout.
            first.logger("stall").info("the writer hangs here");
            hang.hanging.await();
            first.shutdown();
            assertThat(diagnostics()).doesNotContain("sink collector did not finish");
        } finally {
            hang.release.countDown();
        }
        try (LoopbackReceiver receiver = LoopbackReceiver.startOn(port);
                LogSystem second = http(receiver.url(), Map.of(), Map.of("cairn.sink.collector.loggers", "shop"))) {
            awaitDelivered(second, 500);
            assertThat(ids(receiver.lines()))
                    .isEqualTo(IntStream.range(0, 500).boxed().collect(Collectors.toList()));
        }
    }

    @Test
    void spoolFull_dropCountIsExact_andReportedInOneWarnRecord() throws Exception {
        int port = LoopbackReceiver.closedPort();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int count = 3000;
        String padding = "x".repeat(500);
        try (LogSystem system = TestLogs.isolated(dir, diagnostics)
                .configure(c -> c.consoleOutput(console)
                        .format(Format.JSON)
                        .set("cairn.sink.collector.type", "http")
                        .set("cairn.sink.collector.url", LoopbackReceiver.url(port))
                        .set("cairn.sink.collector.batch.max-records", "20")
                        .set("cairn.sink.collector.spool.max-bytes", "64KB")
                        .set("cairn.sink.collector.retry.initial-backoff", "10ms")
                        .set("cairn.sink.collector.retry.max-backoff", "50ms")
                        .set("cairn.sink.collector.loggers", "shop"))
                .build()) {
            Logger logger = system.logger("shop");
            for (int i = 0; i < count; i++) {
                logger.info("order {}", i, KeyValue.kv("id", i), KeyValue.kv("padding", padding));
            }
            system.flush();
            LogStats.DeliveryStats during = system.stats().sink("collector").delivery();
            assertThat(during.dropped()).isPositive();
            assertThat(during.dropped() + during.inFlight() + during.inSpool()).isEqualTo(count);
            try (LoopbackReceiver receiver = LoopbackReceiver.startOn(port)) {
                Await.until(
                        () -> system.stats().sink("collector").delivery(),
                        stats -> stats.inFlight() == 0 && stats.inSpool() == 0,
                        () -> "all sent: " + system.stats().sink("collector"));
                LogStats.DeliveryStats after = system.stats().sink("collector").delivery();
                assertThat(ids(receiver.lines()))
                        .hasSize((int) after.delivered())
                        .doesNotHaveDuplicates();
                assertThat(after.delivered() + after.dropped()).isEqualTo(count);
                assertThat(after.dropped()).isEqualTo(during.dropped());
                List<JsonNode> warnings = Await.until(
                        () -> JsonLines.parseAll(console).stream()
                                .filter(r -> r.get("logger").asText().equals("cairn.delivery"))
                                .collect(Collectors.toList()),
                        found -> !found.isEmpty(),
                        () -> "a WARN record");
                assertThat(warnings).hasSize(1);
                assertThat(warnings.get(0).get("level").asText()).isEqualTo("WARN");
                assertThat(warnings.get(0).get("message").asText())
                        .contains("sink collector dropped " + after.dropped() + " records");
            }
        }
    }

    @Test
    void whatCouldNotBeSentAtShutdown_staysInTheSpool_andTheNextStartSendsItFirst() throws Exception {
        int port = LoopbackReceiver.closedPort();
        Map<String, String> options = Map.of(
                "cairn.shutdown.timeout", "1s",
                "cairn.sink.collector.batch.max-records", "50");
        try (LogSystem first = http(LoopbackReceiver.url(port), Map.of(), options)) {
            log(first, 0, 500);
            first.flush();
            first.shutdown();
        }
        try (LoopbackReceiver receiver = LoopbackReceiver.startOn(port);
                LogSystem second = http(receiver.url(), Map.of(), options)) {
            log(second, 500, 600);
            Await.until(
                    () -> second.stats().sink("collector").delivery(),
                    stats -> stats.delivered() == 600 && stats.inSpool() == 0 && stats.inFlight() == 0,
                    () -> "600 delivered: " + second.stats().sink("collector"));
            List<Integer> arrived = receiver.lines().stream()
                    .map(line -> JsonLines.parse(line).get("id").asInt())
                    .collect(Collectors.toList());
            assertThat(arrived).isEqualTo(IntStream.range(0, 600).boxed().collect(Collectors.toList()));
            assertThat(second.stats().sink("collector").delivery().replayed()).isGreaterThanOrEqualTo(500);
        }
    }
}
