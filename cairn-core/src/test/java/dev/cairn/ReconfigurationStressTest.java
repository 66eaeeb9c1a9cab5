package dev.cairn;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.testing.JsonLines;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight threads log while the system is reconfigured 200 times, each time to another file and format: every record
 * must land exactly once, in its thread's order within each file.
 */
class ReconfigurationStressTest {

    private static final int THREADS = 8;
    private static final int RECORDS_PER_THREAD = 2_000;
    private static final int RECONFIGURATIONS = 200;
    private static final String[] FILES = {"a.log", "b.log", "c.log"};
    /** The text layout's line for {@code log.info("r", kv("t", t), kv("seq", seq))}. */
    private static final Pattern TEXT_LINE =
            Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO  stress - r t=(\\d+) seq=(\\d+)");

    @TempDir
    Path dir;

    /** Reconfigurations done so far; a thread logs its record i only once i * 200 / 2000 of them are done. */
    private int reconfigured;

    @Test
    void reconfiguringFilesAndFormats_keepsEveryRecordOnceAndInThreadOrder() throws Exception {
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        try (LogSystem logs = LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .classLoader(null)
                .shutdownHook(false)
                .diagnostics(new PrintStream(diagnostics, true, StandardCharsets.UTF_8))
                .configure(c -> configuration(c, 0))
                .build()) {
            Logger log = logs.logger("stress");
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Thread worker = new Thread(
                        () -> {
                            try {
                                for (int seq = 0; seq < RECORDS_PER_THREAD; seq++) {
                                    awaitReconfigurations((long) seq * RECONFIGURATIONS / RECORDS_PER_THREAD);
                                    log.info("r", kv("t", thread), kv("seq", seq));
                                }
                            } catch (Throwable e) {
                                failures.add(e);
                            }
                        },
                        "stress-" + t);
                threads.add(worker);
                worker.start();
            }
            for (int i = 1; i <= RECONFIGURATIONS; i++) {
                int step = i;
                logs.reconfigure(c -> configuration(c, step));
                reconfigurationDone();
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        assertThat(failures).isEmpty();
        assertThat(diagnostics.toString(StandardCharsets.UTF_8)).isEmpty();

        Map<Long, String> fileOfRecord = new HashMap<>();
        for (String file : FILES) {
            long[] next = new long[THREADS];
            int jsonLines = 0;
            int textLines = 0;
            for (String line : Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8)) {
                boolean json = line.startsWith("{");
                long[] record = json ? fromJson(line) : fromText(line);
                jsonLines += json ? 1 : 0;
                textLines += json ? 0 : 1;
                int thread = (int) record[0];
                long seq = record[1];
                assertThat(seq).as(line).isBetween(0L, RECORDS_PER_THREAD - 1L);
                assertThat(fileOfRecord.put(thread * (long) RECORDS_PER_THREAD + seq, file))
                        .as("thread %d record %d written twice", thread, seq)
                        .isNull();
                assertThat(seq).as("thread %d in order in %s", thread, file).isGreaterThanOrEqualTo(next[thread]);
                next[thread] = seq + 1;
            }
            assertThat(jsonLines).as("JSON lines in %s", file).isPositive();
            assertThat(textLines).as("text lines in %s", file).isPositive();
        }
        assertThat(fileOfRecord).as("every record once").hasSize(THREADS * RECORDS_PER_THREAD);
    }

    /** Step {@code i}: file {@code i % 3}, JSON on even steps and text on odd ones, so each file gets both. */
    private static void configuration(ConfigBuilder c, int step) {
        c.set("cairn.console", "none")
                .file(Path.of(FILES[step % FILES.length]))
                .set("cairn.file.format", step % 2 == 0 ? "json" : "text")
                .level(Level.INFO);
    }

    private synchronized void awaitReconfigurations(long count) throws InterruptedException {
        while (reconfigured < count) {
            wait();
        }
    }

    private synchronized void reconfigurationDone() {
        reconfigured++;
        notifyAll();
    }

    private static long[] fromJson(String line) {
        JsonNode record = JsonLines.parse(line);
        assertThat(record.get("message").asText()).as(line).isEqualTo("r");
        return new long[] {record.get("t").asLong(), record.get("seq").asLong()};
    }

    private static long[] fromText(String line) {
        Matcher matcher = TEXT_LINE.matcher(line);
        assertThat(matcher.matches()).as("a text record: %s", line).isTrue();
        return new long[] {Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))};
    }
}
