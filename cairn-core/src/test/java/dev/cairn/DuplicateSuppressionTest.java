package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.testing.Await;
import dev.cairn.testing.JsonLines;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code cairn.dedupe.window}: duplicates written once per window, then one summary with their count. */
class DuplicateSuppressionTest {

    private static TestLogs dedupe(String window) {
        return TestLogs.json(c -> c.set("cairn.dedupe.window", window));
    }

    private static List<String> summaries(TestLogs logs) {
        List<String> lines = new ArrayList<>();
        for (JsonNode record : logs.records()) {
            String line =
                    record.get("level").asText() + " " + record.get("logger").asText() + " "
                            + record.get("message").asText();
            if (record.has("duplicate_of")) {
                line += " [" + record.get("duplicate_of").asText() + ", suppressed "
                        + record.get("suppressed").asLong() + ", window "
                        + record.get("dedupe_window_ms").asLong() + " ms"
                        + (record.has("error_type")
                                ? ", " + record.get("error_type").asText()
                                : "") + "]";
            }
            lines.add(line);
        }
        return lines;
    }

    @Test
    void duplicatesWithinTheWindow_areWrittenOnce_thenOneRecordCountsThem() {
        try (TestLogs logs = dedupe("10s")) {
            Logger log = logs.logger("shop.db");
            for (int i = 1; i <= 5; i++) {
                log.warn("connection {} refused", i);
            }
            logs.ticker.advance(Duration.ofMillis(9_999));
            log.warn("connection {} refused", 6);
            assertThat(summaries(logs)).containsExactly("WARN shop.db connection 1 refused");
            logs.ticker.advance(Duration.ofMillis(1));
            assertThat(summaries(logs))
                    .containsExactly(
                            "WARN shop.db connection 1 refused",
                            "WARN shop.db 5 duplicates suppressed [connection {} refused, suppressed 5, window 10000 ms]");
            log.warn("connection {} refused", 7);
            assertThat(summaries(logs)).last().isEqualTo("WARN shop.db connection 7 refused");
            assertThat(logs.system.stats().suppressed()).containsEntry("dedupe", 5L);
        }
    }

    @Test
    void theNextRecordAfterTheWindow_comesAfterTheSummary() {
        try (TestLogs logs = dedupe("1s")) {
            Logger log = logs.logger("shop");
            log.info("retrying");
            log.info("retrying");
            logs.ticker.advance(Duration.ofSeconds(2));
            log.info("retrying");
            assertThat(summaries(logs))
                    .containsExactly(
                            "INFO shop retrying",
                            "INFO shop 1 duplicates suppressed [retrying, suppressed 1, window 1000 ms]",
                            "INFO shop retrying");
        }
    }

    @Test
    void loggerLevelTemplateAndExceptionType_makeADuplicate() {
        try (TestLogs logs = dedupe("10s")) {
            Logger log = logs.logger("shop");
            log.error("failed", new IllegalStateException("a"));
            log.error("failed", new IllegalStateException("b"));
            log.atError().cause(new IllegalStateException("c")).log("failed");
            log.error("failed", new java.io.IOException("d"));
            log.error("failed");
            log.warn("failed");
            logs.logger("other").error("failed");
            log.error("failed {}", 1);
            logs.ticker.advance(Duration.ofSeconds(10));
            assertThat(summaries(logs))
                    .containsExactly(
                            "ERROR shop failed",
                            "ERROR shop failed",
                            "ERROR shop failed",
                            "WARN shop failed",
                            "ERROR other failed",
                            "ERROR shop failed 1",
                            "ERROR shop 2 duplicates suppressed [failed, suppressed 2, window 10000 ms,"
                                    + " java.lang.IllegalStateException]");
        }
    }

    @Test
    void aWindowWithoutDuplicates_writesNoSummary() {
        try (TestLogs logs = dedupe("1s")) {
            logs.logger("shop").info("once");
            logs.ticker.advance(Duration.ofSeconds(5));
            assertThat(summaries(logs)).containsExactly("INFO shop once");
        }
    }

    @Test
    void theSweeperThread_closesAnEndedWindow_withoutAnotherRecordOrAFlush() {
        try (TestLogs logs = dedupe("30s")) {
            Logger log = logs.logger("shop");
            log.info("spam");
            log.info("spam");
            log.info("spam");
            logs.ticker.advance(Duration.ofSeconds(30));
            JsonNode summary = Await.until(
                    () -> Records.summary(logs.console.toString(StandardCharsets.UTF_8)),
                    found -> found != null,
                    () -> "a summary record:\n" + logs.console.toString(StandardCharsets.UTF_8));
            assertThat(summary.get("suppressed").asLong()).isEqualTo(2);
            assertThat(Thread.getAllStackTraces().keySet())
                    .anySatisfy(thread -> assertThat(thread.getName()).isEqualTo("cairn-dedupe"));
        }
    }

    @Test
    void shutdown_writesTheSummariesOfOpenWindows() {
        TestLogs logs = dedupe("1h");
        Logger log = logs.logger("shop");
        log.info("spam");
        log.info("spam");
        logs.close();
        List<JsonNode> records = new ArrayList<>();
        for (String line : logs.console.toString(StandardCharsets.UTF_8).split("\n")) {
            records.add(JsonLines.parse(line));
        }
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get("suppressed").asLong()).isEqualTo(1);
        assertThat(records.get(1).get("duplicate_of").asText()).isEqualTo("spam");
    }

    @Test
    void reconfiguringTheWindow_closesTheOpenOnes() {
        try (TestLogs logs = dedupe("1h")) {
            Logger log = logs.logger("shop");
            log.info("spam");
            log.info("spam");
            logs.system.reconfigure(
                    c -> c.consoleOutput(logs.console).format(Format.JSON).set("cairn.dedupe.window", "0"));
            log.info("spam");
            log.info("spam");
            assertThat(summaries(logs))
                    .containsExactly(
                            "INFO shop spam",
                            "INFO shop 1 duplicates suppressed [spam, suppressed 1, window 3600000 ms]",
                            "INFO shop spam",
                            "INFO shop spam");
        }
    }

    @Test
    void flowRecords_areNeverDeduplicated() {
        try (TestLogs logs = dedupe("1h")) {
            for (int i = 0; i < 3; i++) {
                dev.cairn.flow.Flows.of(logs.system).start("checkout").close();
            }
            assertThat(logs.withMessage("flow_end")).hasSize(3);
        }
    }

    @Test
    void aBadWindow_isReportedNamingTheKey() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("cairn.dedupe.window", "soon");
        try (TestLogs logs =
                TestLogs.withSources(java.util.Map.of(), properties, java.nio.file.Path.of("target/none"), c -> {})) {
            assertThat(logs.diagnosticLines())
                    .anySatisfy(line -> assertThat(line)
                            .startsWith("cairn: invalid value \"soon\" for cairn.dedupe.window from system property")
                            .endsWith("expected a duration such as 10s or 500ms; using the default 0"));
        }
    }

    /** Finds the summary record in console output that may end in a partial line. */
    private static final class Records {
        static JsonNode summary(String output) {
            for (String line : output.split("\n")) {
                if (line.contains("\"duplicate_of\"") && line.endsWith("}")) {
                    return JsonLines.parse(line);
                }
            }
            return null;
        }
    }
}
