package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.testing.Await;
import dev.cairn.testing.ChildJvm;
import dev.cairn.testing.JsonLines;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The http sink through real outages of a real receiver: nothing lost, the application never held up. */
class DeliveryOutageTest {

    private static final int THREADS = 4;
    private static final int PER_THREAD = 50_000;

    @TempDir
    Path dir;

    private static Set<Integer> ids(List<String> lines, List<Integer> all) {
        Set<Integer> ids = new TreeSet<>();
        for (String line : lines) {
            JsonNode record = JsonLines.parse(line);
            if (record.has("id")) {
                all.add(record.get("id").asInt());
                ids.add(record.get("id").asInt());
            }
        }
        return ids;
    }

    @Test
    void outage_unreachableThen503ThenAccepting_everyRecordArrives_andLoggingNeverWaits() throws Exception {
        int port = LoopbackReceiver.closedPort();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        long started = System.nanoTime();
        try (LogSystem system = TestLogs.isolated(dir, diagnostics)
                .configure(c -> c.set("cairn.console", "none")
                        .set("cairn.shutdown.timeout", "30s")
                        .set("cairn.sink.collector.type", "http")
                        .set("cairn.sink.collector.url", LoopbackReceiver.url(port))
                        .set("cairn.sink.collector.retry.initial-backoff", "100ms")
                        .set("cairn.sink.collector.retry.max-backoff", "1s"))
                .build()) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int base = t * PER_THREAD;
                Thread thread = new Thread(() -> {
                    Logger logger = system.logger("shop");
                    for (int i = base; i < base + PER_THREAD; i++) {
                        logger.info("order {}", i, KeyValue.kv("id", i));
                    }
                });
                threads.add(thread);
                thread.start();
            }
            long unreachableUntil = started + TimeUnit.SECONDS.toNanos(20);
            for (Thread thread : threads) {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(unreachableUntil - System.nanoTime())));
            }
            assertThat(threads)
                    .as("logging threads done while the receiver is unreachable")
                    .noneMatch(Thread::isAlive);
            assertThat(System.nanoTime()).isLessThan(unreachableUntil);
            LogStats.DeliveryStats duringOutage =
                    system.stats().sink("collector").delivery();
            assertThat(duringOutage.delivered()).isZero();
            assertThat(duringOutage.spooled()).isPositive();

            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(Math.max(0, unreachableUntil - System.nanoTime())));
            try (LoopbackReceiver receiver = LoopbackReceiver.startOn(port)) {
                receiver.answer(new LoopbackReceiver.Answer() {
                    @Override
                    public int status(int records) {
                        return 503;
                    }

                    @Override
                    public String retryAfter() {
                        return "1";
                    }
                });
                Thread.sleep(10_000);
                assertThat(receiver.requests()).isPositive();
                assertThat(receiver.lines()).isEmpty();
                receiver.answer(LoopbackReceiver.ACCEPT);

                int total = THREADS * PER_THREAD;
                Await.until(
                        Duration.ofMinutes(3),
                        () -> ids(receiver.lines(), new ArrayList<>()).size(),
                        n -> n == total,
                        () -> "every record delivered: " + system.stats().sink("collector"));
                Await.until(
                        () -> system.stats().sink("collector").delivery(),
                        stats -> stats.inFlight() == 0 && stats.inSpool() == 0,
                        () -> "nothing left: " + system.stats().sink("collector"));
                List<Integer> all = new ArrayList<>();
                Set<Integer> distinct = ids(receiver.lines(), all);
                assertThat(distinct).hasSize(total).first().isEqualTo(0);
                assertThat(((TreeSet<Integer>) distinct).last()).isEqualTo(total - 1);
                LogStats.DeliveryStats stats = system.stats().sink("collector").delivery();
                long duplicates = all.size() - distinct.size();
                assertThat(duplicates).isLessThanOrEqualTo(stats.maybeDuplicated());
                assertThat(stats.dropped()).isZero();
                assertThat(stats.rejected()).isZero();
                assertThat(stats.delivered()).isEqualTo(receiver.lines().size());
                assertThat(stats.retried()).isPositive();
                assertThat(system.stats().sink("collector").dropped()).isZero();
            }
        }
    }

    @Test
    void killMinus9DuringAnOutage_thenARestart_deliversEverySpooledRecord() throws Exception {
        int port = LoopbackReceiver.closedPort();
        int count = 5_000;
        Map<String, String> env = new HashMap<>();
        env.put("CAIRN_CONSOLE", "none");
        Path spool = dir.resolve("spool");
        Process child = ChildJvm.main(SpoolingChild.class)
                .in(dir)
                .environment(env)
                .jvmArguments(
                        "-Xmx256m",
                        "-Dcairn.sink.collector.type=http",
                        "-Dcairn.sink.collector.url=" + LoopbackReceiver.url(port),
                        "-Dcairn.sink.collector.batch.max-records=100",
                        "-Dcairn.sink.collector.retry.max-backoff=50ms",
                        "-Dcairn.sink.collector.spool.dir=" + spool)
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

        try (LoopbackReceiver receiver = LoopbackReceiver.startOn(port);
                LogSystem restarted = TestLogs.isolated(dir, new ByteArrayOutputStream())
                        .configure(c -> c.set("cairn.console", "none")
                                .set("cairn.sink.collector.type", "http")
                                .set("cairn.sink.collector.url", receiver.url())
                                .set("cairn.sink.collector.spool.dir", spool.toString()))
                        .build()) {
            long expected = spooled;
            Await.until(
                    () -> ids(receiver.lines(), new ArrayList<>()).size(),
                    n -> n >= expected,
                    () -> expected + " spooled records delivered: "
                            + restarted.stats().sink("collector"));
            Set<Integer> ids = ids(receiver.lines(), new ArrayList<>());
            // The batches still in memory at the kill were the oldest; the spool held every later record.
            Set<Integer> spooledIds = new TreeSet<>();
            for (int i = count - (int) spooled; i < count; i++) {
                spooledIds.add(i);
            }
            assertThat(ids).containsAll(spooledIds);
            assertThat(restarted.stats().sink("collector").delivery().replayed())
                    .isEqualTo(spooled);
        }
    }
}
