package dev.cairn;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.Sink;
import dev.cairn.testing.ChildJvm;
import dev.cairn.testing.JsonLines;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An {@code Error} on the writer thread or in a log call (issue 12, item 3): a sink throwing {@code AssertionError},
 * a value whose encoding would exhaust the heap, a collection too large to copy. The record is counted and reported,
 * the writer goes on, and no log call throws or blocks.
 */
class WriterSafetyTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

    private LogSystem.Builder builder() {
        return TestLogs.isolated(dir, diagnostics);
    }

    /**
     * A sink that fails an assertion on the record {@code "boom"}, runs out of memory on {@code "out of memory"} and
     * keeps the messages of the others.
     */
    private static final class AssertingSink implements Sink {
        final List<String> messages = new CopyOnWriteArrayList<>();

        @Override
        public void write(LogRecord record) {
            if (record.message().equals("boom")) {
                throw new AssertionError("a sink's own assertion");
            }
            if (record.message().equals("out of memory")) {
                throw new OutOfMemoryError("Java heap space");
            }
            messages.add(record.message());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {true, false})
    void sinkThrowingErrors_losesThoseRecordsOnlyAndTheWriterGoesOn(boolean async) {
        AssertingSink sink = new AssertingSink();
        try (LogSystem system = builder()
                .configure(c -> c.set("cairn.console", "none")
                        .sink("asserting", sink, SinkFilter.all())
                        .set("cairn.async", String.valueOf(async))
                        .set("cairn.queue.size", "16"))
                .build()) {
            Logger log = system.logger("a");
            // With a dead writer, the 17th record after "boom" would wait for a free slot forever.
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                log.info("before");
                log.info("boom");
                log.info("out of memory");
                for (int i = 0; i < 100; i++) {
                    log.info("after {}", i);
                }
                system.flush();
            });
            assertThat(sink.messages)
                    .hasSize(101)
                    .startsWith("before", "after 0")
                    .endsWith("after 99");
            assertThat(system.stats().sink("asserting").failed()).isEqualTo(2);
            assertThat(system.stats().sink("asserting").written()).isEqualTo(101);
        }
        assertThat(diagnostics.toString(StandardCharsets.UTF_8).lines())
                .anySatisfy(line -> assertThat(line)
                        .startsWith(
                                "cairn: sink asserting failed to write a record (java.lang.AssertionError: a sink's own"
                                        + " assertion); 1 records lost by this sink so far"));
    }

    /**
     * Logs a value that expands to about 100 MB of JSON and a collection of {@code Integer.MAX_VALUE} items, each
     * between two ordinary records, then 100 more records; prints whatever a log call throws.
     */
    public static final class LogsHugeValues {
        public static void main(String[] args) {
            Logger log = Cairn.logger("child");
            try {
                log.info("first");
                log.info("expands", kv("v", Collections.nCopies(1000, Collections.nCopies(1000, "x".repeat(100)))));
                log.info("second");
                log.info("copies", kv("items", Collections.nCopies(Integer.MAX_VALUE, "x")));
                for (int i = 0; i < 100; i++) {
                    log.info("after {}", i);
                }
            } catch (Throwable e) {
                System.out.println("log call threw " + e);
            }
            Cairn.shutdown();
            System.out.println("done");
        }
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {true, false})
    void valuesThatWouldExhaustTheHeap_areCutAndNeitherThrowNorStopTheWriter(boolean async) throws Exception {
        ChildJvm.Exit exit = ChildJvm.main(LogsHugeValues.class)
                .in(dir)
                .jvmArguments(
                        "-Xmx256m",
                        "-Dcairn.console=none",
                        "-Dcairn.file=app.log",
                        "-Dcairn.format=json",
                        "-Dcairn.async=" + async,
                        "-Dcairn.queue.size=16")
                .run(Duration.ofSeconds(120));

        assertThat(exit.stdoutLines()).containsExactly("done");
        assertThat(exit.stderr()).doesNotContain("OutOfMemoryError").doesNotContain("Exception");
        List<JsonNode> records = JsonLines.read(dir.resolve("app.log"));
        assertThat(records).hasSize(104);
        assertThat(records.subList(0, 4))
                .extracting(r -> r.get("message").asText())
                .containsExactly("first", "expands", "second", "copies");
        JsonNode cut = records.get(1);
        assertThat(cut.has("v")).isFalse();
        assertThat(cut.get("truncated").asText())
                .isEqualTo(
                        "the record was longer than cairn.max-record-length (1048576 bytes): fields and error left out");
        assertThat(records.get(3).get("items")).hasSize(1001);
        assertThat(records.get(3).get("items").get(1000).asText())
                .startsWith("…")
                .endsWith(" more items");
        assertThat(Files.readString(dir.resolve("app.log")).length()).isLessThan(1_000_000);
    }

    @ParameterizedTest(name = "format={0}")
    @ValueSource(strings = {"json", "text"})
    void recordLongerThanTheBound_isWrittenCutInJsonAndTextCountedAndReported(String format) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        LogStats stats;
        try (LogSystem system = builder()
                .configure(c ->
                        c.consoleOutput(console).set("cairn.format", format).set("cairn.max-record-length", "4096"))
                .build()) {
            Logger log = system.logger("shop");
            log.info("fits", kv("items", Collections.nCopies(100, "x".repeat(10))));
            log.info("too long", kv("items", Collections.nCopies(100, "x".repeat(100))));
            log.info("fits again");
            system.flush();
            stats = system.stats();
        }
        List<String> lines = console.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        // Every layout bounds a record's UTF-8 bytes.
        String reason = "the record was longer than cairn.max-record-length (4096 bytes): fields and error left out";
        if (format.equals("json")) {
            List<JsonNode> records = JsonLines.parseAll(lines);
            assertThat(records.get(0).get("items")).hasSize(100);
            JsonNode cut = records.get(1);
            assertThat(cut.get("message").asText()).isEqualTo("too long");
            assertThat(cut.has("items")).isFalse();
            assertThat(cut.get("truncated").asText()).isEqualTo(reason);
            assertThat(records.get(2).has("truncated")).isFalse();
        } else {
            assertThat(lines.get(1))
                    .contains(" INFO  shop - too long truncated=\"" + reason + "\"")
                    .doesNotContain("items");
        }
        assertThat(lines.get(1).length()).isLessThan(4096);
        assertThat(stats.sink("console").cut()).isEqualTo(1);
        assertThat(stats.sink("console").written()).isEqualTo(3);
        assertThat(diagnostics.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("cairn: sink console wrote a"
                        + " record of logger shop cut: it was longer than cairn.max-record-length; 1 records cut by this sink"
                        + " so far");
    }
}
