package dev.cairn.seal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.ConfigBuilder;
import dev.cairn.KeyValue;
import dev.cairn.LogSystem;
import dev.cairn.Logger;
import dev.cairn.internal.seal.Verdict;
import dev.cairn.testing.Await;
import dev.cairn.testing.JsonLines;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A sealed file sink replaced by configuration reloads while another thread logs keeps one unbroken chain. */
class SealedReloadTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "cairn.async={0}, key from {1}")
    @CsvSource({"true, key-file", "false, key-file", "true, key-env", "false, key-env"})
    void reloadsWhileLogging_keepTheChainIntact_andEveryRecordInOrder(boolean async, String keySource)
            throws Exception {
        SealedLogs logs = new SealedLogs(dir);
        // An immutable key (from a variable) starts after the last epoch on disk; a key file after its own.
        String keyValue = keySource.equals("key-file") ? logs.writerKey.toString() : "CAIRN_FILE_ENCRYPTION_KEY";
        Map<String, String> environment = Map.of(
                "CAIRN_FILE_ENCRYPTION_KEY", Base64.getEncoder().encodeToString(Files.readAllBytes(logs.readerKey)));
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger logged = new AtomicInteger();
        try (LogSystem system = LogSystem.builder()
                .environment(environment)
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .classLoader(null)
                .shutdownHook(false)
                .diagnostics(new PrintStream(logs.diagnostics, true, StandardCharsets.UTF_8))
                .configure(c -> sealed(c, async, keySource, keyValue, "1000"))
                .build()) {
            Logger log = system.logger("sealed");
            Thread writer = new Thread(() -> {
                while (running.get()) {
                    int i = logged.get();
                    log.info("record {} of the sealed log", i, KeyValue.kv("i", i));
                    logged.set(i + 1);
                }
            });
            writer.start();
            for (int reload = 0; reload < 5; reload++) {
                int atLeast = (reload + 1) * 500;
                Await.until(logged::get, count -> count >= atLeast, () -> atLeast + " records logged");
                // Every other reload changes the sealing settings, so the file sink is built anew either way.
                String checkpointEvery = reload % 2 == 0 ? "400" : "1000";
                system.reconfigure(c -> sealed(c, async, keySource, keyValue, checkpointEvery));
            }
            running.set(false);
            writer.join();
        }

        List<String> records = new ArrayList<>();
        Verdict verdict = logs.verifyWithKey(logs.readerKey, records);
        assertThat(verdict.problems()).as(verdict.summary()).isEmpty();
        Verdict byPublicKey = logs.verifyWithPublicKey();
        assertThat(byPublicKey.problems()).as(byPublicKey.summary()).isEmpty();
        assertThat(logged.get()).isPositive();
        assertThat(records).hasSize(logged.get());
        for (int i = 0; i < records.size(); i++) {
            JsonNode record = JsonLines.parse(records.get(i));
            assertThat(record.get("i").asInt()).as("record at position %d", i).isEqualTo(i);
        }
        assertThat(logs.diagnostics()).doesNotContain("closing sinks while a record is still being written");
    }

    /** The sealed file's configuration; a short queue keeps each reload's wait for the queued records short. */
    private static ConfigBuilder sealed(
            ConfigBuilder config, boolean async, String keySource, String keyValue, String checkpointEvery) {
        return config.set("cairn.console", "none")
                .set("cairn.async", String.valueOf(async))
                .set("cairn.queue.size", "256")
                .file(Path.of("logs/app.log"))
                .set("cairn.file.encryption." + keySource, keyValue)
                .set("cairn.file.encryption.checkpoint.records", checkpointEvery);
    }
}
