package dev.cairn.cli;

import static dev.cairn.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.seal.SealedLogs;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader key from an environment variable (base64 of the key file) and from a PKCS#12 keystore made here with the
 * JDK's {@link KeyStore} API, for {@code decrypt}, {@code verify} and {@code view}.
 */
class KeySourcesCommandTest {

    private static final String PASSWORD = "s3cret-keystore-pw";

    @TempDir
    Path dir;

    private SealedLogs logs;
    private String keyText;

    @BeforeEach
    void seal() throws Exception {
        logs = new SealedLogs(dir);
        logs.write(0, 20, c -> c.set("cairn.file.encryption.checkpoint.records", "5"));
        keyText = Files.readString(logs.readerKey);
    }

    private Path keystore(String alias) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setEntry(
                alias,
                new KeyStore.SecretKeyEntry(new SecretKeySpec(keyText.getBytes(StandardCharsets.UTF_8), "HmacSHA256")),
                new KeyStore.PasswordProtection(PASSWORD.toCharArray()));
        Path file = dir.resolve("keys.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    @Test
    void decryptWithTheKeyInAnEnvironmentVariable_writesEveryRecord() {
        CliRun.Result result = cli().env(
                        "CAIRN_FILE_ENCRYPTION_KEY",
                        Base64.getEncoder().encodeToString(keyText.getBytes(StandardCharsets.UTF_8)))
                .run(
                        "decrypt",
                        "--key-env",
                        "CAIRN_FILE_ENCRYPTION_KEY",
                        logs.logs().toString());

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).hasSize(20);
    }

    @Test
    void decryptVerifyAndViewWithAKeystoreEntry_readEveryRecord() throws Exception {
        Path store = keystore("cairn-app");

        CliRun.Result decrypt = cli().env("CAIRN_KEYSTORE_PASSWORD", PASSWORD)
                .run(
                        "decrypt",
                        "--keystore",
                        store.toString(),
                        "--keystore-alias",
                        "cairn-app",
                        logs.logs().toString());
        CliRun.Result verify = cli().env("CAIRN_KEYSTORE_PASSWORD", PASSWORD)
                .run(
                        "verify",
                        "--keystore",
                        store.toString(),
                        "--keystore-alias",
                        "cairn-app",
                        logs.logs().toString());
        CliRun.Result view = cli().env("CAIRN_KEYSTORE_PASSWORD", PASSWORD)
                .run(
                        "view",
                        "--keystore",
                        store.toString(),
                        "--keystore-alias",
                        "cairn-app",
                        logs.logs().toString());

        assertThat(decrypt.exitCode()).as(decrypt.err()).isZero();
        assertThat(decrypt.out().lines()).hasSize(20);
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).startsWith("OK: 20 records");
        assertThat(view.exitCode()).as(view.err()).isZero();
        assertThat(view.out().lines()).hasSize(20);
    }

    @Test
    void badKeySources_areUsageErrorsThatNeverPrintTheSecret() throws Exception {
        Path store = keystore("cairn-app");

        CliRun.Result wrongPassword = cli().env("CAIRN_KEYSTORE_PASSWORD", "not-" + PASSWORD)
                .run(
                        "decrypt",
                        "--keystore",
                        store.toString(),
                        "--keystore-alias",
                        "cairn-app",
                        logs.logs().toString());
        CliRun.Result noAlias = cli().env("CAIRN_KEYSTORE_PASSWORD", PASSWORD)
                .run(
                        "decrypt",
                        "--keystore",
                        store.toString(),
                        "--keystore-alias",
                        "other",
                        logs.logs().toString());
        CliRun.Result notBase64 = cli().env("K", "%%%" + keyText)
                .run("decrypt", "--key-env", "K", logs.logs().toString());
        CliRun.Result unset = cli().run("decrypt", "--key-env", "K", logs.logs().toString());
        CliRun.Result two = cli().env("K", "x")
                .run(
                        "decrypt",
                        "--key-env",
                        "K",
                        "--key-file",
                        logs.readerKey.toString(),
                        logs.logs().toString());

        Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rw-r--r--"));
        CliRun.Result readableByOthers = cli().env("CAIRN_KEYSTORE_PASSWORD", PASSWORD)
                .run(
                        "decrypt",
                        "--keystore",
                        store.toString(),
                        "--keystore-alias",
                        "cairn-app",
                        logs.logs().toString());

        for (CliRun.Result result :
                new CliRun.Result[] {wrongPassword, noAlias, notBase64, unset, two, readableByOthers}) {
            assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(result.out()).isEmpty();
            assertThat(result.err())
                    .doesNotContain(
                            PASSWORD,
                            "state=",
                            keyText.lines().skip(3).findFirst().orElseThrow());
        }
        assertThat(wrongPassword.err()).contains("keys.p12", "wrong password");
        assertThat(noAlias.err()).contains("entry other does not exist");
        assertThat(notBase64.err()).contains("environment variable K is not base64");
        assertThat(unset.err()).contains("environment variable K is not set");
        assertThat(two.err()).contains("exactly one of --key-file, --key-env, --keystore");
        assertThat(readableByOthers.err())
                .contains("keystore " + store + " has permissions rw-r--r--; a keystore must be readable by its owner"
                        + " only");
    }
}
