package dev.cairn;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.context.LogContext;
import dev.cairn.testing.JsonLines;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Logging from inside logging is bounded in every mode (issue 12, item 5): a record logged while another is captured
 * or written is written once, at once, one level deep; what is logged while that nested record is captured or
 * written is counted in {@link LogStats#lost()} and reported, never written.
 */
class NestedLoggingTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

    /** A value whose {@code toString()} logs a record holding the value itself. */
    private static final class LoggingValue {
        private final Logger log;

        LoggingValue(Logger log) {
            this.log = log;
        }

        @Override
        public String toString() {
            log.info("from toString", kv("again", this));
            return "value";
        }
    }

    /**
     * Per outer record, each of the two sinks calls the context value's {@code toString()} once: two nested records,
     * each written to both sinks. Synchronously, writing each nested record calls it four times more (context and
     * field, two sinks): 8 lost. Asynchronously the nested records are logged on the writer thread, without the
     * context, and their field is copied at the call, where its {@code toString()} logs once: 2 lost.
     */
    @ParameterizedTest(name = "async={0}")
    @CsvSource({"false, 8", "true, 2"})
    void valueWhoseToStringLogs_withTwoSinks_writesEachNestedRecordOnceAndCountsTheRest(boolean async, long lostPerCall)
            throws Exception {
        LogStats stats;
        try (LogSystem system = LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .classLoader(null)
                .shutdownHook(false)
                .diagnostics(new PrintStream(diagnostics, true, StandardCharsets.UTF_8))
                .configure(c -> c.consoleOutput(console)
                        .format(Format.JSON)
                        .file(Path.of("app.log"))
                        .set("cairn.async", String.valueOf(async)))
                .build()) {
            Logger log = system.logger("a");
            LoggingValue value = new LoggingValue(log);
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                for (int i = 0; i < 5; i++) {
                    int call = i;
                    LogContext.with("v", value).run(() -> log.info("outer {}", call));
                }
                system.flush();
            });
            stats = system.stats();
        }
        List<JsonNode> onConsole = JsonLines.parseAll(console);
        List<JsonNode> inFile = JsonLines.read(dir.resolve("app.log"));
        // Each nested record is written at once: into the sink encoding the outer record ahead of it, and to the other.
        assertThat(onConsole)
                .extracting(r -> r.get("message").asText())
                .containsExactly(
                        "from toString",
                        "outer 0",
                        "from toString",
                        "from toString",
                        "outer 1",
                        "from toString",
                        "from toString",
                        "outer 2",
                        "from toString",
                        "from toString",
                        "outer 3",
                        "from toString",
                        "from toString",
                        "outer 4",
                        "from toString");
        assertThat(inFile)
                .extracting(r -> r.get("message").asText())
                .containsExactly(
                        "from toString",
                        "from toString",
                        "outer 0",
                        "from toString",
                        "from toString",
                        "outer 1",
                        "from toString",
                        "from toString",
                        "outer 2",
                        "from toString",
                        "from toString",
                        "outer 3",
                        "from toString",
                        "from toString",
                        "outer 4");
        for (List<JsonNode> records : List.of(onConsole, inFile)) {
            assertThat(records)
                    .filteredOn(r -> r.has("again"))
                    .hasSize(10)
                    .extracting(r -> r.get("again").asText())
                    .containsOnly("value");
        }
        assertThat(stats.sink("console").written()).isEqualTo(15);
        assertThat(stats.sink("file").written()).isEqualTo(15);
        assertThat(stats.lost()).isEqualTo(5 * lostPerCall);
        assertThat(diagnostics.toString(StandardCharsets.UTF_8).lines())
                .anySatisfy(line -> assertThat(line)
                        .startsWith("cairn: a record of logger a logged from inside logging was not written"));
    }
}
