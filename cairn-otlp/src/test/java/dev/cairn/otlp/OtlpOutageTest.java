package dev.cairn.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.KeyValue;
import dev.cairn.LogStats;
import dev.cairn.Logger;
import dev.cairn.flow.Flows;
import dev.cairn.flow.Step;
import dev.cairn.otlp.OtlpReceiver.Response;
import dev.cairn.testing.Await;
import dev.cairn.testing.ChildJvm;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The otlp sink through real outages of a real collector: nothing lost, logging never held up, the spool survives. */
class OtlpOutageTest {

    private static final int THREADS = 4;
    private static final int PER_THREAD = 5_000;

    @TempDir
    Path directory;

    /** The {@code id} attribute of every log record accepted, duplicates included. */
    private static List<Long> ids(OtlpReceiver receiver) {
        List<Long> ids = new ArrayList<>();
        for (OtlpReceiver.ReceivedLog log : receiver.acceptedLogs()) {
            log.record().getAttributesList().stream()
                    .filter(kv -> kv.getKey().equals("id"))
                    .forEach(kv -> ids.add(kv.getValue().getIntValue()));
        }
        return ids;
    }

    @Test
    void collectorUnreachableThen503WithRetryAfter_everyRecordArrives_andLoggingNeverWaits() throws Exception {
        int port = OtlpReceiver.closedPort();
        int total = THREADS * PER_THREAD;
        try (TestSystems test = new TestSystems(
                directory,
                Map.of(),
                config -> config.set("cairn.shutdown.timeout", "30s")
                        .set("cairn.sink.otlp.endpoint", "http://127.0.0.1:" + port)
                        .set("cairn.sink.otlp.flows", "logs")
                        .set("cairn.sink.otlp.batch.max-records", "200")
                        .set("cairn.sink.otlp.retry.initial-backoff", "50ms")
                        .set("cairn.sink.otlp.retry.max-backoff", "200ms"))) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int base = t * PER_THREAD;
                Thread thread = new Thread(() -> {
                    Logger logger = test.system.logger("shop");
                    for (int i = base; i < base + PER_THREAD; i++) {
                        logger.info("order {}", i, KeyValue.kv("id", i));
                    }
                });
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join(TimeUnit.MINUTES.toMillis(1));
            }
            assertThat(threads).as("logging finished with the collector down").noneMatch(Thread::isAlive);
            LogStats.DeliveryStats down = Await.until(
                    () -> test.system.stats().sink("otlp").delivery(),
                    stats -> stats.retried() > 0 && stats.spooled() > 0,
                    () -> "refused connections retried and batches spooled: " + test.system.stats());
            assertThat(down.delivered()).isZero();
            try (Stream<Path> files = Files.list(directory.resolve("cairn-spool/otlp/logs"))) {
                assertThat(files.filter(f -> f.toString().endsWith(".spool")))
                        .isNotEmpty()
                        .allSatisfy(file -> assertThat(Files.getPosixFilePermissions(file))
                                .containsExactlyInAnyOrder(
                                        PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
            }

            Response unavailable = new Response(503, Map.of("Retry-After", "1"), new byte[0]);
            try (OtlpReceiver receiver = new OtlpReceiver(port)) {
                receiver.script(unavailable, unavailable, unavailable);
                LogStats.DeliveryStats after = Await.until(
                        Duration.ofMinutes(2),
                        () -> test.system.stats().sink("otlp").delivery(),
                        stats -> stats.delivered() >= total && stats.inFlight() == 0 && stats.inSpool() == 0,
                        () -> "every record delivered: " + test.system.stats());
                List<Long> all = ids(receiver);
                Set<Long> distinct = new TreeSet<>(all);
                assertThat(distinct).hasSize(total).first().isEqualTo(0L);
                assertThat(((TreeSet<Long>) distinct).last()).isEqualTo(total - 1L);
                assertThat(receiver.requests("/v1/logs"))
                        .extracting(OtlpReceiver.Request::status)
                        .startsWith(503, 503, 503)
                        .containsOnly(503, 200);
                assertThat((long) all.size() - distinct.size()).isLessThanOrEqualTo(after.maybeDuplicated());
                assertThat(after.delivered()).isEqualTo(all.size());
                assertThat(after.dropped()).isZero();
                assertThat(after.rejected()).isZero();
                assertThat(after.retried()).isGreaterThan(down.retried());
                assertThat(after.replayed()).isEqualTo(after.spooled());
            }
        }
    }

    @Test
    void killMinus9DuringAnOutage_thenARestart_deliversEverySpooledRecord() throws Exception {
        int port = OtlpReceiver.closedPort();
        int count = 5_000;
        Path spool = directory.resolve("spool");
        Process child = ChildJvm.main(OtlpSpoolingChild.class)
                .in(directory)
                .environment(Map.of("CAIRN_CONSOLE", "none"))
                .jvmArguments(
                        "-Xmx256m",
                        "-Dcairn.sink.otlp.type=otlp",
                        "-Dcairn.sink.otlp.endpoint=http://127.0.0.1:" + port,
                        "-Dcairn.sink.otlp.flows=logs",
                        "-Dcairn.sink.otlp.batch.max-records=100",
                        "-Dcairn.sink.otlp.retry.max-backoff=50ms",
                        "-Dcairn.sink.otlp.spool.dir=" + spool)
                .arguments(String.valueOf(count))
                .start();
        long spooled = -1;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("SPOOLED ")) {
                    spooled = Long.parseLong(line.substring(8).trim());
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(spooled).isPositive();

        try (OtlpReceiver receiver = new OtlpReceiver(port);
                TestSystems restarted = new TestSystems(
                        directory,
                        Map.of(),
                        config -> config.set("cairn.sink.otlp.endpoint", receiver.base())
                                .set("cairn.sink.otlp.flows", "logs")
                                .set("cairn.sink.otlp.spool.dir", spool.toString()))) {
            long expected = spooled;
            Await.until(
                    () -> restarted.system.stats().sink("otlp").delivery(),
                    stats -> stats.delivered() >= expected && stats.inSpool() == 0,
                    () -> expected + " spooled records delivered: " + restarted.system.stats());
            Set<Long> ids = new TreeSet<>(ids(receiver));
            // The batches in memory at the kill were the oldest records; the spool held every later one.
            Set<Long> spooledIds = new TreeSet<>();
            for (long i = count - spooled; i < count; i++) {
                spooledIds.add(i);
            }
            assertThat(ids).containsAll(spooledIds);
            assertThat(restarted.system.stats().sink("otlp").delivery().replayed())
                    .isEqualTo(spooled);
        }
    }

    @Test
    void flowsEndedDuringAnOutage_arriveAsSpans_fromTheSpansChannelsOwnSpool() throws Exception {
        int port = OtlpReceiver.closedPort();
        int flows = 300;
        try (TestSystems test = new TestSystems(
                directory,
                Map.of(),
                config -> config.set("cairn.sink.otlp.endpoint", "http://127.0.0.1:" + port)
                        .set("cairn.sink.otlp.flows", "spans")
                        .set("cairn.sink.otlp.batch.max-records", "50")
                        .set("cairn.sink.otlp.retry.initial-backoff", "50ms")
                        .set("cairn.sink.otlp.retry.max-backoff", "200ms"))) {
            Flows runner = Flows.of(test.system);
            for (int i = 0; i < flows; i++) {
                int number = i;
                try {
                    runner.run(
                            "order-" + number,
                            () -> Step.run("charge", () -> {
                                if (number % 3 == 0) {
                                    throw new IllegalStateException("declined " + number);
                                }
                            }));
                } catch (IllegalStateException expected) {
                    // every third flow fails
                }
            }
            Await.until(
                    () -> test.system.stats().sink("otlp").delivery(),
                    stats -> stats.spooled() > 0 && stats.retried() > 0,
                    () -> "spans spooled while the collector is down: " + test.system.stats());
            try (Stream<Path> files = Files.list(directory.resolve("cairn-spool/otlp/spans"))) {
                assertThat(files.filter(f -> f.toString().endsWith(".spool"))).isNotEmpty();
            }

            try (OtlpReceiver receiver = new OtlpReceiver(port)) {
                Await.until(
                        Duration.ofMinutes(1),
                        () -> test.system.stats().sink("otlp").delivery(),
                        stats -> stats.delivered() >= flows && stats.inFlight() == 0 && stats.inSpool() == 0,
                        () -> "every flow delivered: " + test.system.stats());
                Map<String, Span> byName = new HashMap<>();
                for (OtlpReceiver.ReceivedSpan received : receiver.spans()) {
                    if (received.span().getName().startsWith("order-")) {
                        byName.put(received.span().getName(), received.span());
                    }
                }
                assertThat(byName).hasSize(flows);
                assertThat(byName.get("order-3").getStatus().getCode()).isEqualTo(Status.StatusCode.STATUS_CODE_ERROR);
                assertThat(byName.get("order-3").getStatus().getMessage())
                        .isEqualTo("java.lang.IllegalStateException: declined 3");
                assertThat(byName.get("order-4").getStatus().getCode()).isEqualTo(Status.StatusCode.STATUS_CODE_UNSET);
                assertThat(receiver.requests("/v1/logs"))
                        .as("flows=spans and nothing else logged")
                        .isEmpty();
                assertThat(test.system.stats().sink("otlp").delivery().dropped())
                        .isZero();
            }
        }
    }
}
