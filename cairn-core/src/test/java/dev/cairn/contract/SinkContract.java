package dev.cairn.contract;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.LogStats;
import dev.cairn.LogSystem;
import dev.cairn.Logger;
import dev.cairn.SinkFilter;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.Sink;
import dev.cairn.testing.Await;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract every {@link Sink} implementation runs, through a real {@link LogSystem}, in asynchronous and
 * synchronous mode: each record delivered once and valid, values as they were at the call (ownership), records logged
 * from a value's {@code toString()} delivered whole, failures counted and never thrown, flush on close and no call
 * after it, never two threads in the sink at once; and for a sink that may block, a stalled destination never stalls
 * the other sinks or the application.
 *
 * <p>A subclass opens the sink (writing JSON lines), reads back what reached the destination, and breaks it. A sink
 * that ships records off the machine on a {@link dev.cairn.delivery.DeliveryChannel} runs the same rules with the
 * variations its delivery engine promises, declared through {@link #outage()} and {@link #acknowledged()}.
 */
public abstract class SinkContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    protected Path dir;

    /** The clock of the log system; a subclass may move it, e.g. to let a file sink notice its file is gone. */
    protected final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));

    private final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    private LogSystem system;
    private Probe probe;
    private TestSinkContext context;

    /** Opens the sink under test; {@code system} provides encoders configured like its own output. */
    protected abstract Sink open(LogSystem system) throws Exception;

    /** The lines that have reached the destination so far. */
    protected abstract List<String> delivered() throws IOException;

    /** Makes every later write or flush of the sink fail. */
    protected abstract void breakDestination() throws Exception;

    /**
     * Makes the destination stall until the returned action runs; only called for sinks that may block and sinks that
     * {@link Outage#KEEPS_UNTIL_REPAIRED keep} what their destination cannot take.
     */
    protected Runnable stallDestination() throws Exception {
        throw new UnsupportedOperationException("only for sinks that may block or keep records through an outage");
    }

    /**
     * Makes the destination work again after {@link #breakDestination()}; only called for sinks that
     * {@link Outage#KEEPS_UNTIL_REPAIRED keep} what their destination cannot take.
     */
    protected void repairDestination() throws Exception {
        throw new UnsupportedOperationException("only for sinks that keep records through an outage");
    }

    /** What a sink does with records its destination cannot take. */
    protected enum Outage {
        /**
         * The write or flush fails: the records are lost, counted {@code failed} and reported on the diagnostic
         * channel. Sinks that write to their destination in their calls: file, console.
         */
        LOSES_AND_COUNTS,
        /**
         * Nothing fails: the sink's delivery engine retries, spools the records to disk and delivers them once the
         * destination is back, so they are counted neither {@code failed} nor {@code dropped}; a stalled destination
         * fills the spool, never a hand-off queue, and holds up neither the other sinks nor the application. Sinks
         * built on a {@link dev.cairn.delivery.DeliveryChannel} (http, otlp, tcp, udp, syslog, kafka, jdbc).
         */
        KEEPS_UNTIL_REPAIRED
    }

    /** What the sink does with records its destination cannot take; {@link Outage#LOSES_AND_COUNTS} by default. */
    protected Outage outage() {
        return Outage.LOSES_AND_COUNTS;
    }

    /**
     * Whether the destination confirms what it received. False for datagrams (udp, syslog over udp): a receiver that
     * is down or not reading loses records the sender cannot see, so after an outage or a stall the contract asks
     * only that what arrives is whole, logged, and there once, and that the sink delivers again once the destination
     * is back.
     */
    protected boolean acknowledged() {
        return true;
    }

    /**
     * A context for opening the sink under test from its type's provider, with {@code options} as its options, and,
     * unless {@code options} sets them, the delivery engine's timings shortened for a test (10 ms batches, retries
     * after 10 to 100 ms). What the sink reports through it is checked by the contract.
     */
    protected final TestSinkContext context(LogSystem system, Map<String, String> options) {
        Map<String, String> all = new HashMap<>(Map.of(
                "batch.max-delay", "10ms",
                "retry.initial-backoff", "10ms",
                "retry.max-backoff", "100ms"));
        all.putAll(options);
        context = new TestSinkContext("under-test", all, system, dir);
        return context;
    }

    /** Stops what {@link #open} started for the destination; called after the log system has closed. */
    protected void closeDestination() throws Exception {}

    @AfterEach
    void closeSystem() throws Exception {
        try {
            if (system != null) {
                system.close();
            }
        } finally {
            closeDestination();
        }
    }

    private Logger start(boolean async) throws Exception {
        system = LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .classLoader(null)
                .shutdownHook(false)
                .clock(clock)
                .diagnostics(new PrintStream(diagnostics, true, StandardCharsets.UTF_8))
                .configure(c -> c.set("cairn.console", "none"))
                .build();
        probe = new Probe(open(system));
        system.reconfigure(c -> c.set("cairn.console", "none")
                .set("cairn.async", String.valueOf(async))
                .set("cairn.shutdown.timeout", "2s")
                .file(Path.of("reference.log"))
                .set("cairn.file.max-bytes", "0")
                .sink("under-test", probe, SinkFilter.all()));
        return system.logger("contract");
    }

    private List<JsonNode> deliveredRecords() throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : delivered()) {
            records.add(JSON.readTree(line));
        }
        return records;
    }

    /**
     * The records delivered, once at least {@code count} have reached the destination: a sink on a delivery channel
     * sends on a thread of its own after {@code flush} returns; a local sink has them at once.
     */
    private List<JsonNode> deliveredRecords(int count) throws IOException {
        Await.until(
                Duration.ofSeconds(30),
                () -> {
                    try {
                        return delivered().size();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                size -> size >= count,
                () -> count + " records delivered; " + stats());
        return deliveredRecords();
    }

    /** The distinct {@code seq} values delivered, once all of {@code 0 .. count - 1} have arrived. */
    private Set<Long> awaitEverySeq(int count) {
        return Await.until(
                Duration.ofSeconds(60),
                () -> {
                    try {
                        Set<Long> seqs = new TreeSet<>();
                        deliveredRecords().forEach(r -> seqs.add(r.get("seq").asLong()));
                        return seqs;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                seqs -> seqs.size() >= count,
                () -> "all of " + count + " records delivered; " + stats());
    }

    private LogStats.SinkStats stats() {
        return system.stats().sink("under-test");
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {true, false})
    void everyRecord_isDeliveredOnceAsValidJson(boolean async) throws Exception {
        Logger log = start(async);
        for (int i = 0; i < 100; i++) {
            log.info("record {}", i, kv("seq", i));
        }
        system.flush();

        List<Long> seqs =
                deliveredRecords(100).stream().map(r -> r.get("seq").asLong()).toList();
        assertThat(seqs).hasSize(100).doesNotHaveDuplicates().allMatch(seq -> seq >= 0 && seq < 100);
        assertThat(stats().written()).isEqualTo(100);
        assertThat(stats().failed()).isZero();
        assertThat(stats().dropped()).isZero();
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {true, false})
    void values_areDeliveredAsTheyWereAtTheCall(boolean async) throws Exception {
        Logger log = start(async);
        List<String> items = new ArrayList<>(List.of("first"));
        log.info("order", kv("items", items));
        items.add("added after the call");
        system.flush();

        assertThat(deliveredRecords(1))
                .singleElement()
                .satisfies(record -> assertThat(record.get("items").toString()).isEqualTo("[\"first\"]"));
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {true, false})
    void recordLoggedFromAValuesToString_isDeliveredWholeBesideTheOuterOne(boolean async) throws Exception {
        Logger log = start(async);
        Object loggingValue = new Object() {
            @Override
            public String toString() {
                system.logger("inner").warn("logged while encoding");
                return "outer value";
            }
        };
        log.info("outer", kv("value", loggingValue));
        // The inner record is logged while the outer one is delivered; the second flush covers it.
        system.flush();
        system.flush();

        // Every line parses; the inner record comes once per encoding of the value (each sink encodes it in
        // synchronous mode), so at least once.
        List<JsonNode> records = deliveredRecords(2);
        assertThat(records)
                .extracting(r -> r.get("message").asText())
                .containsOnly("outer", "logged while encoding")
                .containsOnlyOnce("outer")
                .contains("logged while encoding");
        assertThat(records)
                .filteredOn(r -> r.get("message").asText().equals("outer"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("value").asText()).isEqualTo("outer value"));
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {true, false})
    void failures_areCountedAndReportedAndNeverThrown(boolean async) throws Exception {
        Logger log = start(async);
        breakDestination();
        for (int i = 0; i < 3; i++) {
            log.info("lost {}", i, kv("seq", i));
        }
        system.flush();

        assertThat(Files.readAllLines(dir.resolve("reference.log"))).hasSize(3);
        if (outage() == Outage.LOSES_AND_COUNTS) {
            assertThat(stats().failed()).isEqualTo(3);
            assertThat(stats().written()).isZero();
            assertThat(diagnostics.toString(StandardCharsets.UTF_8))
                    .contains("cairn: sink under-test failed to ")
                    .contains("records lost by this sink so far");
            return;
        }
        assertThat(stats().failed()).isZero();
        assertThat(stats().dropped()).isZero();
        assertThat(deliveredRecords()).isEmpty();
        if (context != null && acknowledged()) {
            // Reported through the sink's context (Cairn's diagnostic channel when configured) while it lasts.
            Await.until(
                    Duration.ofSeconds(30),
                    context::reports,
                    reports -> reports.stream().anyMatch(r -> r.contains("does not accept batches now")),
                    () -> "the outage reported: " + context.reports());
        }

        repairDestination();
        if (!acknowledged()) {
            // Datagrams sent while nothing listened are gone unseen; the sink delivers again once the receiver is back.
            // Each attempt logs a record of its own (seq 3, 4, …), so several may arrive but none twice.
            AtomicLong nextSeq = new AtomicLong(3);
            Await.until(
                    Duration.ofSeconds(30),
                    () -> {
                        log.info("after the repair", kv("seq", nextSeq.getAndIncrement()));
                        system.flush();
                        try {
                            return delivered().size();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    },
                    size -> size > 0,
                    () -> "a record delivered after the repair; " + stats());
            assertThat(deliveredRecords())
                    .extracting(r -> r.get("seq").asLong())
                    .doesNotHaveDuplicates()
                    .allSatisfy(seq -> assertThat(seq).isBetween(0L, nextSeq.get() - 1));
            return;
        }
        system.flush();
        assertThat(awaitEverySeq(3)).containsExactly(0L, 1L, 2L);
        assertThat(stats().failed()).isZero();
        if (context != null) {
            Await.until(
                    context::reports,
                    reports -> reports.stream().anyMatch(r -> r.contains("accepts batches again")),
                    () -> "the end of the outage reported: " + context.reports());
        }
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {true, false})
    void close_deliversEverythingAndNothingIsCalledAfterIt(boolean async) throws Exception {
        Logger log = start(async);
        for (int i = 0; i < 50; i++) {
            log.info("record {}", i, kv("seq", i));
        }
        system.close();

        assertThat(deliveredRecords(50)).hasSize(50);
        assertThat(probe.closed).isTrue();
        log.info("after close");
        system.flush();
        assertThat(probe.callsAfterClose.get()).isZero();
        assertThat(deliveredRecords()).hasSize(50);
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {true, false})
    void sink_isNeverCalledByTwoThreadsAtOnce(boolean async) throws Exception {
        Logger log = start(async);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 250; i++) {
                    log.info("record", kv("seq", thread * 1000 + i));
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        system.flush();

        assertThat(probe.overlaps.get()).isZero();
        Set<Long> seqs = new HashSet<>();
        deliveredRecords(1000).forEach(r -> seqs.add(r.get("seq").asLong()));
        assertThat(seqs).hasSize(1000);
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {true, false})
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void stalledDestination_neverStallsTheOtherSinksOrTheApplication(boolean async) throws Exception {
        Logger log = start(async);
        assumeThat(probe.mayBlock() || outage() == Outage.KEEPS_UNTIL_REPAIRED)
                .as("the sink may block, or keeps records through an outage")
                .isTrue();
        Runnable release = stallDestination();
        int total = 12_000;
        for (int i = 0; i < total; i++) {
            log.info("record", kv("seq", i));
        }
        system.flush();

        assertThat(Files.readAllLines(dir.resolve("reference.log"))).hasSize(total);
        if (!probe.mayBlock()) {
            // Held up by nothing: the records wait in memory and in the spool, none dropped, none failed.
            assertThat(stats().dropped()).isZero();
            assertThat(stats().failed()).isZero();
            release.run();
            system.flush();
            if (acknowledged()) {
                assertThat(awaitEverySeq(total)).hasSize(total);
            } else {
                // A receiver that did not read loses datagrams its socket had no room for; what arrived is whole.
                assertThat(deliveredRecords())
                        .extracting(r -> r.get("seq").asLong())
                        .doesNotHaveDuplicates()
                        .allSatisfy(seq -> assertThat(seq).isBetween(0L, total - 1L));
            }
            assertThat(stats().failed()).isZero();
            return;
        }
        assertThat(stats().dropped()).isPositive();
        assertThat(diagnostics.toString(StandardCharsets.UTF_8))
                .contains("cairn: sink under-test cannot keep up: its hand-off queue is full; ");

        release.run();
        system.flush();
        LogStats.SinkStats stats = stats();
        assertThat(stats.failed()).isZero();
        assertThat(stats.written() + stats.dropped()).isEqualTo(total);
        assertThat(deliveredRecords()).hasSize((int) stats.written());
    }

    /** Wraps the sink under test, checking how Cairn calls it. */
    private static final class Probe implements Sink {
        final Sink target;
        final AtomicInteger overlaps = new AtomicInteger();
        final AtomicInteger callsAfterClose = new AtomicInteger();
        final AtomicReference<Thread> owner = new AtomicReference<>();
        volatile boolean closed;
        private int depth;

        Probe(Sink target) {
            this.target = target;
        }

        private void enter() {
            if (closed) {
                callsAfterClose.incrementAndGet();
            }
            Thread me = Thread.currentThread();
            if (owner.compareAndSet(null, me) || owner.get() == me) {
                depth++;
            } else {
                overlaps.incrementAndGet();
            }
        }

        private void exit() {
            if (owner.get() == Thread.currentThread() && --depth == 0) {
                owner.set(null);
            }
        }

        @Override
        public void write(LogRecord record) throws IOException {
            enter();
            try {
                target.write(record);
            } finally {
                exit();
            }
        }

        @Override
        public void flush() throws IOException {
            enter();
            try {
                target.flush();
            } finally {
                exit();
            }
        }

        @Override
        public void close() throws IOException {
            enter();
            try {
                target.close();
            } finally {
                closed = true;
                exit();
            }
        }

        @Override
        public boolean mayBlock() {
            return target.mayBlock();
        }
    }
}
