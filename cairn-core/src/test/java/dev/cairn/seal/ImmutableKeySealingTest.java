package dev.cairn.seal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.ConfigBuilder;
import dev.cairn.KeyValue;
import dev.cairn.LogSystem;
import dev.cairn.Logger;
import dev.cairn.internal.seal.Verdict;
import dev.cairn.testing.JsonLines;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer's key from an environment variable or a PKCS#12 keystore: an immutable key, hashed forward in memory,
 * that never takes an epoch the log's chain already used, across restarts and rotation.
 */
class ImmutableKeySealingTest {

    private static final String PASSWORD = "keystore-pw-7f3a";

    @TempDir
    Path dir;

    private SealedLogs logs;
    private String keyBase64;
    private final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

    @BeforeEach
    void keys() throws IOException {
        logs = new SealedLogs(dir);
        keyBase64 = Base64.getEncoder().encodeToString(Files.readAllBytes(logs.readerKey));
    }

    private void write(Map<String, String> environment, int first, int count, Consumer<ConfigBuilder> configuration) {
        try (LogSystem system = LogSystem.builder()
                .environment(environment)
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .classLoader(null)
                .shutdownHook(false)
                .diagnostics(new PrintStream(diagnostics, true, StandardCharsets.UTF_8))
                .configure(c -> configuration.accept(c.set("cairn.console", "none")
                        .file(Path.of("logs/app.log"))
                        .set("cairn.sink.plain.path", "plain.log")))
                .build()) {
            Logger log = system.logger("sealed");
            for (int i = first; i < first + count; i++) {
                log.info("record {} of the sealed log", i, KeyValue.kv("i", i));
            }
        }
    }

    private Map<String, String> keyInEnvironment() {
        return Map.of("CAIRN_FILE_ENCRYPTION_KEY", keyBase64);
    }

    private String diagnostics() {
        return diagnostics.toString(StandardCharsets.UTF_8);
    }

    /** The epoch of every record line of the log's files, in chain order. */
    private List<Long> epochs() throws IOException {
        List<Long> epochs = new ArrayList<>();
        for (Path file : logs.files()) {
            byte[] bytes = Files.readAllBytes(file);
            if (file.toString().endsWith(".gz")) {
                try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
                    bytes = in.readAllBytes();
                }
            }
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                JsonNode node = JsonLines.parse(line);
                if (node.path("seal").asText().equals("r")) {
                    epochs.add(node.get("e").asLong());
                }
            }
        }
        return epochs;
    }

    private void assertVerifiesWithBothKeys(int records) throws IOException {
        List<String> read = new ArrayList<>();
        Verdict byKey = logs.verifyWithKey(logs.readerKey, read);
        assertThat(byKey.problems()).as(diagnostics()).isEmpty();
        assertThat(byKey.notes()).isEmpty();
        assertThat(read).hasSize(records);
        for (int i = 0; i < records; i++) {
            assertThat(JsonLines.parse(read.get(i)).get("i").asInt()).isEqualTo(i);
        }
        Verdict byPublicKey = logs.verifyWithPublicKey();
        assertThat(byPublicKey.problems()).isEmpty();
        assertThat(byPublicKey.summary()).startsWith("OK: " + records + " records in ");
    }

    @Test
    void keyInTheEnvironment_sealsTheDefaultFileVerifiedByReaderKeyAndPublicKey() throws Exception {
        write(keyInEnvironment(), 0, 20, c -> c.set("cairn.file.encryption.checkpoint.records", "5"));

        assertThat(diagnostics()).isEmpty();
        assertThat(Files.readString(logs.logs().resolve("app.log"))).doesNotContain("sealed log");
        assertVerifiesWithBothKeys(20);
    }

    @Test
    void namedSink_takesTheVariableItNames_whichIsNotReportedAsAnUnknownCairnVariable() throws Exception {
        write(
                Map.of("CAIRN_AUDIT_KEY", keyBase64),
                0,
                10,
                c -> c.set("cairn.file", "")
                        .set("cairn.sink.audit.path", "logs/app.log")
                        .set("cairn.sink.audit.encryption.key-env", "CAIRN_AUDIT_KEY"));

        assertThat(diagnostics()).isEmpty();
        assertVerifiesWithBothKeys(10);
    }

    @Test
    void restartsWithTheSameKey_neverReuseAnEpochAndTheChainVerifies() throws Exception {
        write(keyInEnvironment(), 0, 10, c -> c.set("cairn.file.encryption.evolve.records", "4"));
        write(keyInEnvironment(), 10, 10, c -> {});
        write(keyInEnvironment(), 20, 10, c -> {});

        List<Long> epochs = epochs();
        assertThat(epochs).hasSize(30);
        // First run: epochs 0, 0, 0, 0, 1, ... (a new one every 4 records); each restart goes past the last one used.
        assertThat(epochs.subList(0, 10)).isSorted().startsWith(0L, 0L, 0L, 0L, 1L);
        assertThat(epochs.get(10)).isGreaterThan(epochs.get(9));
        assertThat(epochs.get(20)).isGreaterThan(epochs.get(19));
        assertThat(epochs).isSorted();
        assertThat(Files.readString(logs.readerKey)).contains("epoch=0\n");
        assertVerifiesWithBothKeys(30);
    }

    @Test
    void restartRightAfterRotation_continuesFromTheNewestGzippedBackup() throws Exception {
        write(keyInEnvironment(), 0, 10, c -> {});
        Path active = logs.logs().resolve("app.log");
        Path backup = logs.logs().resolve("app.2026-12-01.1.log.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(backup))) {
            Files.copy(active, out);
        }
        Files.setPosixFilePermissions(backup, PosixFilePermissions.fromString("rw-------"));
        Files.write(active, new byte[0]);

        write(keyInEnvironment(), 10, 10, c -> {});

        List<Long> epochs = epochs();
        assertThat(epochs).hasSize(20);
        assertThat(epochs.get(10)).isGreaterThan(epochs.get(9));
        assertVerifiesWithBothKeys(20);
    }

    private Path keystore(String text, String permissions) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setEntry(
                "cairn-app",
                new KeyStore.SecretKeyEntry(new SecretKeySpec(text.getBytes(StandardCharsets.UTF_8), "HmacSHA256")),
                new KeyStore.PasswordProtection(PASSWORD.toCharArray()));
        Path file = dir.resolve("keys.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }

    @Test
    void keyInAKeystore_sealsAndRestartsWithoutReusingAnEpoch() throws Exception {
        Path store = keystore(Files.readString(logs.readerKey), "rw-------");
        Consumer<ConfigBuilder> keystore = c -> c.set("cairn.file.encryption.keystore", store.toString())
                .set("cairn.file.encryption.keystore-alias", "cairn-app")
                .set("cairn.file.encryption.keystore-password-env", "SEAL_STORE_PW");

        write(Map.of("SEAL_STORE_PW", PASSWORD), 0, 10, keystore);
        write(Map.of("SEAL_STORE_PW", PASSWORD), 10, 10, keystore);

        assertThat(diagnostics()).isEmpty();
        List<Long> epochs = epochs();
        assertThat(epochs.get(10)).isGreaterThan(epochs.get(9));
        assertVerifiesWithBothKeys(20);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void keystoreBuiltByTheJdksKeytoolAsDocumented_sealsTheFile() throws Exception {
        // docs/security.md: base64 -w0 keys/app.key | keytool -importpass -alias cairn-app -keystore keys/app.p12
        //     -storetype PKCS12 -storepass:env CAIRN_KEYSTORE_PASSWORD -noprompt
        Path store = dir.resolve("app.p12");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-importpass",
                        "-alias",
                        "cairn-app",
                        "-keystore",
                        store.toString(),
                        "-storetype",
                        "PKCS12",
                        "-storepass:env",
                        "CAIRN_KEYSTORE_PASSWORD",
                        "-noprompt")
                .redirectErrorStream(true);
        builder.environment().put("CAIRN_KEYSTORE_PASSWORD", PASSWORD);
        Process keytool = builder.start();
        try (OutputStream in = keytool.getOutputStream()) {
            in.write(keyBase64.getBytes(StandardCharsets.US_ASCII));
        }
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor()).as(output).isZero();
        Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rw-------"));

        write(
                Map.of("CAIRN_KEYSTORE_PASSWORD", PASSWORD),
                0,
                10,
                c -> c.set("cairn.file.encryption.keystore", store.toString())
                        .set("cairn.file.encryption.keystore-alias", "cairn-app"));

        assertThat(diagnostics()).isEmpty();
        assertVerifiesWithBothKeys(10);
    }

    @Test
    void twoKeySources_leaveTheSinkOutWithALineNamingBothAndLoggingGoesOn() throws Exception {
        write(
                keyInEnvironment(),
                0,
                3,
                c -> c.set("cairn.file.encryption.key-file", logs.writerKey.toString())
                        .set("cairn.file.encryption.key-env", "CAIRN_FILE_ENCRYPTION_KEY"));

        assertThat(diagnostics())
                .contains("cairn.file.encryption.key-file and cairn.file.encryption.key-env each name the sealing key;"
                        + " a sink takes its key from exactly one of encryption.key-file, encryption.key-env and"
                        + " encryption.keystore")
                .contains("records are not written to it")
                .doesNotContain(keyBase64);
        assertThat(logs.logs().resolve("app.log")).doesNotExist();
        assertThat(Files.readString(dir.resolve("plain.log"))).contains("record 2 of the sealed log");
    }

    @Test
    void badKeysInTheEnvironment_leaveTheSinkOutWithAClearLineThatNeverShowsTheValue() throws Exception {
        String notAKey =
                Base64.getEncoder().encodeToString("state=c2VjcmV0LXN0YXRl\n".getBytes(StandardCharsets.UTF_8));
        Map<String, String> environment = new HashMap<>();
        environment.put("CAIRN_FILE_ENCRYPTION_KEY", notAKey);
        environment.put("BROKEN_KEY", "@@not base64 at all==x");
        write(
                environment,
                0,
                3,
                c -> c.set("cairn.sink.broken.path", "logs/broken.log")
                        .set("cairn.sink.broken.encryption.key-env", "BROKEN_KEY")
                        .set("cairn.sink.unset.path", "logs/unset.log")
                        .set("cairn.sink.unset.encryption.key-env", "NO_SUCH_KEY"));

        assertThat(diagnostics())
                .contains("environment variable CAIRN_FILE_ENCRYPTION_KEY is not a Cairn sealing key file")
                .contains("environment variable BROKEN_KEY is not base64 (it must hold base64 of a key file)")
                .contains("environment variable NO_SUCH_KEY is not set")
                .doesNotContain(notAKey, "c2VjcmV0LXN0YXRl", "not base64 at all");
        assertThat(diagnostics().lines().filter(line -> line.contains("records are not written to it")))
                .hasSize(3);
        assertThat(logs.logs().resolve("app.log")).doesNotExist();
        assertThat(logs.logs().resolve("broken.log")).doesNotExist();
        assertThat(Files.readString(dir.resolve("plain.log"))).contains("record 2 of the sealed log");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void badKeystores_leaveTheSinkOutWithAClearLineThatNeverShowsThePassword() throws Exception {
        Path store = keystore(Files.readString(logs.readerKey), "rw-------");
        Consumer<ConfigBuilder> keystore = c -> c.set("cairn.file.encryption.keystore", store.toString())
                .set("cairn.file.encryption.keystore-alias", "cairn-app");

        write(Map.of("CAIRN_KEYSTORE_PASSWORD", "wrong-" + PASSWORD), 0, 1, keystore);
        String wrongPassword = diagnostics();
        diagnostics.reset();
        write(Map.of(), 1, 1, keystore);
        String noPassword = diagnostics();
        diagnostics.reset();
        Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rw-r--r--"));
        write(Map.of("CAIRN_KEYSTORE_PASSWORD", PASSWORD), 2, 1, keystore);
        String readableByOthers = diagnostics();

        assertThat(wrongPassword)
                .contains("cannot open keystore " + store + " as PKCS#12 (a wrong password, or not a PKCS#12 file)")
                .contains("records are not written to it")
                .doesNotContain(PASSWORD);
        assertThat(noPassword)
                .contains("keystore " + store + " needs its password in environment variable"
                        + " CAIRN_KEYSTORE_PASSWORD, which is not set");
        assertThat(readableByOthers)
                .contains("keystore " + store + " has permissions rw-r--r--; a keystore must be readable by its owner"
                        + " only (chmod 600 " + store + ")")
                .doesNotContain(PASSWORD);
        assertThat(logs.logs().resolve("app.log")).doesNotExist();
        assertThat(Files.readString(dir.resolve("plain.log"))).contains("record 2 of the sealed log");
    }
}
