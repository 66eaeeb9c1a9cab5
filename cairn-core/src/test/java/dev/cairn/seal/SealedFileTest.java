package dev.cairn.seal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.LogSystem;
import dev.cairn.internal.seal.KeyFilePermissions;
import dev.cairn.internal.seal.Verdict;
import dev.cairn.testing.JsonLines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class SealedFileTest {

    @TempDir
    Path dir;

    @Test
    void encryptedRoundTrip_acrossRotationAndGzip_decryptsEveryRecordInOrder() throws Exception {
        SealedLogs logs = new SealedLogs(dir);
        logs.write(
                0,
                3_000,
                c -> c.set("cairn.file.max-bytes", "64KB")
                        .set("cairn.file.compress", "true")
                        .set("cairn.file.backups", "1000")
                        .set("cairn.file.encryption.checkpoint.records", "100")
                        .set("cairn.file.encryption.evolve.records", "500"));

        List<Path> files = logs.files();
        assertThat(files).hasSizeGreaterThan(3);
        assertThat(files.stream().filter(f -> f.toString().endsWith(".gz"))).isNotEmpty();
        for (Path file : files) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
        assertThat(Files.readString(logs.logs().resolve("app.log"), StandardCharsets.ISO_8859_1))
                .doesNotContain("sealed log");

        List<String> records = new ArrayList<>();
        Verdict verdict = logs.verifyWithKey(logs.readerKey, records);
        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.notes()).isEmpty();
        assertThat(verdict.summary()).startsWith("OK: 3000 records in " + files.size() + " files, last checkpoint at ");
        assertThat(records).hasSize(3_000);
        for (int i = 0; i < records.size(); i++) {
            JsonNode record = JsonLines.parse(records.get(i));
            assertThat(record.get("i").asInt()).isEqualTo(i);
            assertThat(record.get("message").asText()).isEqualTo("record " + i + " of the sealed log");
        }
        Verdict byPublicKey = logs.verifyWithPublicKey();
        assertThat(byPublicKey.problems()).isEmpty();
        assertThat(byPublicKey.summary()).startsWith("OK: 3000 records in ");
    }

    @Test
    void integrityOnly_keepsRecordsReadableJsonAndDetectsAChangedValue() throws Exception {
        SealedLogs logs = new SealedLogs(dir);
        logs.write(0, 50, c -> c.set("cairn.file.encryption.mode", "integrity"));

        Path active = logs.logs().resolve("app.log");
        List<String> lines = Files.readAllLines(active);
        JsonNode third = JsonLines.parse(lines.get(3));
        assertThat(third.get("message").asText()).isEqualTo("record 2 of the sealed log");
        assertThat(third.get("_seal").get("n").asLong()).isEqualTo(2);
        assertThat(logs.verifyWithKey(logs.readerKey, null).problems()).isEmpty();

        lines.set(3, lines.get(3).replace("record 2 of", "record 9 of"));
        Files.write(active, lines);
        Verdict verdict = logs.verifyWithKey(logs.readerKey, null);
        assertThat(verdict.problems()).first().asString().startsWith(active + ":4: record 2 fails authentication");
        assertThat(logs.verifyWithPublicKey().problems())
                .first()
                .asString()
                .startsWith(active + ":4: record 2 was changed");
    }

    @Test
    void restart_continuesTheChainInTheSameFile() throws Exception {
        SealedLogs logs = new SealedLogs(dir);
        logs.write(0, 20, c -> {});
        logs.write(20, 20, c -> {});

        List<String> records = new ArrayList<>();
        Verdict verdict = logs.verifyWithKey(logs.readerKey, records);
        assertThat(verdict.problems()).isEmpty();
        assertThat(records).hasSize(40);
        assertThat(JsonLines.parse(records.get(39)).get("i").asInt()).isEqualTo(39);
    }

    @Test
    void keyFileRestoredFromAnOlderCopy_startsAfterTheLogsLastEpochInsteadOfReusingOne() throws Exception {
        SealedLogs logs = new SealedLogs(dir);
        String original = Files.readString(logs.writerKey);
        logs.write(0, 10, c -> {});
        KeyFilePermissions.writeOwnerOnly(logs.writerKey, original);
        logs.write(10, 10, c -> {});

        List<Long> epochs = new ArrayList<>();
        for (String line : Files.readAllLines(logs.logs().resolve("app.log"))) {
            JsonNode node = JsonLines.parse(line);
            if (node.path("seal").asText().equals("r")) {
                epochs.add(node.get("e").asLong());
            }
        }
        assertThat(epochs).hasSize(20);
        assertThat(epochs.get(10)).isGreaterThan(epochs.get(9));
        assertThat(logs.verifyWithKey(logs.readerKey, null).problems()).isEmpty();
    }

    @Test
    void evolvedWriterKey_cannotReadOrCheckRecordsOfEarlierEpochs() throws Exception {
        SealedLogs logs = new SealedLogs(dir);
        logs.write(0, 30, c -> c.set("cairn.file.encryption.evolve.records", "10"));

        assertThat(Files.readString(logs.writerKey)).doesNotContain("epoch=0\n");
        List<String> records = new ArrayList<>();
        Verdict verdict = logs.verifyWithKey(logs.writerKey, records);
        assertThat(records).isEmpty();
        assertThat(verdict.wrongKey()).isTrue();
        assertThat(verdict.problems())
                .singleElement()
                .asString()
                .startsWith("wrong key: ")
                .contains("record 0 was sealed in key epoch 0, before the key's epoch")
                .contains("forward security");
    }

    @Test
    void wrongKey_isReportedAndNothingIsDecrypted() throws Exception {
        SealedLogs logs = new SealedLogs(dir);
        logs.write(0, 10, c -> {});
        SealedLogs other = new SealedLogs(Files.createDirectory(dir.resolve("other")));

        List<String> records = new ArrayList<>();
        Verdict verdict = logs.verifyWithKey(other.readerKey, records);
        assertThat(verdict.wrongKey()).isTrue();
        assertThat(verdict.problems()).hasSize(1);
        assertThat(verdict.summary()).startsWith("wrong key: ").contains("was sealed with key ");
        assertThat(records).isEmpty();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void keyFileReadableByOthers_isRefusedAndLoggingGoesOnWithoutThatFile() throws Exception {
        SealedLogs logs = new SealedLogs(dir);
        Files.setPosixFilePermissions(logs.writerKey, PosixFilePermissions.fromString("rw-r--r--"));

        try (LogSystem system = logs.system(c -> c.set("cairn.sink.plain.path", "logs/plain.log"))) {
            system.logger("sealed").info("still logged");
        }
        assertThat(logs.diagnostics())
                .contains("key file " + logs.writerKey + " has permissions rw-r--r--; a key file must be readable by"
                        + " its owner only (chmod 600 " + logs.writerKey + ")")
                .contains("records are not written to it");
        assertThat(logs.logs().resolve("app.log")).doesNotExist();
        assertThat(Files.readString(logs.logs().resolve("plain.log"))).contains("still logged");
    }
}
