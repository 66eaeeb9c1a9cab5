package dev.cairn.cli.receive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A receiver's key store (an EC key pair for {@code localhost}) and a trust store holding its certificate, made with
 * the JDK's {@code keytool}.
 *
 * @param keyStore   the receiver's PKCS12 key store
 * @param trustStore the senders' PKCS12 trust store
 */
record ReceiverKeyStore(Path keyStore, Path trustStore) {

    /** Makes both stores in {@code dir}, protected by {@code password}. */
    static ReceiverKeyStore create(Path dir, String password) throws Exception {
        Path keyStore = dir.resolve("receiver.p12");
        Path certificate = dir.resolve("receiver.crt");
        Path trustStore = dir.resolve("trust.p12");
        keytool(
                "-genkeypair",
                "-keystore",
                keyStore.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                password,
                "-alias",
                "receiver",
                "-keyalg",
                "EC",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost",
                "-validity",
                "2");
        keytool(
                "-exportcert",
                "-keystore",
                keyStore.toString(),
                "-storepass",
                password,
                "-alias",
                "receiver",
                "-file",
                certificate.toString());
        keytool(
                "-importcert",
                "-noprompt",
                "-keystore",
                trustStore.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                password,
                "-alias",
                "receiver",
                "-file",
                certificate.toString());
        return new ReceiverKeyStore(keyStore, trustStore);
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
