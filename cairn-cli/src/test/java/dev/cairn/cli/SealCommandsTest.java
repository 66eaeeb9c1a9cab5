package dev.cairn.cli;

import static dev.cairn.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.seal.SealedLogs;
import dev.cairn.testing.JsonLines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealCommandsTest {

    @TempDir
    Path dir;

    private SealedLogs sealed(int records) throws Exception {
        SealedLogs logs = new SealedLogs(dir);
        logs.write(
                0,
                records,
                c -> c.set("cairn.file.max-bytes", "32KB")
                        .set("cairn.file.compress", "true")
                        .set("cairn.file.backups", "1000")
                        .set("cairn.file.encryption.checkpoint.records", "100"));
        return logs;
    }

    @Test
    void keygen_writesSecretFilesOwnerOnlyAndNeverReplacesAKey() throws Exception {
        CliRun.Result result = cli().run("keygen", "--out", dir.resolve("app").toString());

        assertThat(result.exitCode()).isEqualTo(0);
        for (String secret : List.of("app.key", "app.reader.key")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(secret))))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(dir.resolve(secret))).startsWith("cairn-sealing-key=1\n");
        }
        assertThat(Files.readString(dir.resolve("app.pub"))).startsWith("cairn-public-key=1\n");
        assertThat(cli().run("keygen", "--out", dir.resolve("app").toString()).exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void decrypt_writesEveryRecordAsPlainJsonInOrderAcrossRotatedGzippedFiles() throws Exception {
        SealedLogs logs = sealed(1_000);

        CliRun.Result result = cli().run(
                        "decrypt",
                        "--key-file",
                        logs.readerKey.toString(),
                        logs.logs().toString());

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isEqualTo(0);
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(1_000);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(JsonLines.parse(lines.get(i)).get("i").asInt()).isEqualTo(i);
        }
    }

    @Test
    void decryptWithTheWrongKey_saysSoAndPrintsNothingElse() throws Exception {
        SealedLogs logs = sealed(50);
        SealedLogs other = new SealedLogs(Files.createDirectory(dir.resolve("other")));

        CliRun.Result result = cli().run(
                        "decrypt",
                        "--key-file",
                        other.readerKey.toString(),
                        logs.logs().toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).startsWith("cairn decrypt: wrong key: ").contains("was sealed with key ");
    }

    @Test
    void verify_saysOkWithCountsAndLastCheckpoint_byKeyAndByPublicKey() throws Exception {
        SealedLogs logs = sealed(1_000);
        int files = logs.files().size();

        for (String[] key : List.of(
                new String[] {"--key-file", logs.readerKey.toString()},
                new String[] {"--public-key", logs.publicKey.toString()})) {
            CliRun.Result result =
                    cli().run("verify", key[0], key[1], logs.logs().toString());
            assertThat(result.exitCode()).as(result.out()).isEqualTo(0);
            assertThat(result.out()).startsWith("OK: 1000 records in " + files + " files, last checkpoint at 20");
        }
    }

    @Test
    void verify_reportsTamperingWithFileAndLineAndExitsOne() throws Exception {
        SealedLogs logs = sealed(300);
        Path active = logs.logs().resolve("app.log");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(active));
        lines.remove(3);
        Files.write(active, lines);

        CliRun.Result result = cli().run(
                        "verify",
                        "--public-key",
                        logs.publicKey.toString(),
                        logs.logs().toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.TAMPERED);
        assertThat(result.out()).startsWith(active + ":4: record ").contains("is missing");
        assertThat(result.out()).contains("TAMPERED: ");
    }

    @Test
    void verifyWithAKeyReadableByOthers_isRefused() throws Exception {
        SealedLogs logs = sealed(10);
        Files.setPosixFilePermissions(logs.readerKey, PosixFilePermissions.fromString("rw-r--r--"));

        CliRun.Result result = cli().run(
                        "verify",
                        "--key-file",
                        logs.readerKey.toString(),
                        logs.logs().toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("has permissions rw-r--r--; a key file must be readable by its owner only");
    }

    @Test
    void viewAndStats_readSealedFilesWithTheKey() throws Exception {
        SealedLogs logs = sealed(200);

        CliRun.Result view = cli().run(
                        "view",
                        "--key-file",
                        logs.readerKey.toString(),
                        "--output",
                        "json",
                        logs.logs().toString());
        assertThat(view.exitCode()).as(view.err()).isEqualTo(0);
        assertThat(view.out().lines()).hasSize(200);
        assertThat(view.out()).contains("record 199 of the sealed log");

        CliRun.Result stats = cli().run(
                        "stats",
                        "--key-file",
                        logs.readerKey.toString(),
                        "-q",
                        logs.logs().toString());
        assertThat(stats.exitCode()).as(stats.err()).isEqualTo(0);
        assertThat(stats.out()).contains("200");
    }
}
