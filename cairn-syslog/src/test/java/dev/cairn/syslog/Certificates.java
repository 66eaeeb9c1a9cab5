package dev.cairn.syslog;

import dev.cairn.testing.SystemServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A test CA, a server certificate for {@code localhost} and {@code 127.0.0.1} and a client certificate, made with the
 * openssl command: PEM files for rsyslog, the client's as a PKCS#12 key store for the JDK.
 */
record Certificates(Path dir, String password) {

    static Certificates create(Path dir) throws IOException, InterruptedException {
        SystemServer.require("openssl", "openssl", Path.of("/usr/bin/openssl"));
        Certificates certificates = new Certificates(dir, "store-pass-1");
        certificates.openssl(
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=Cairn Test CA",
                "-keyout",
                "ca.key",
                "-out",
                "ca.pem");
        certificates.issue("server", "/CN=localhost", "subjectAltName=DNS:localhost,IP:127.0.0.1");
        certificates.issue("client", "/CN=cairn-client", "extendedKeyUsage=clientAuth");
        certificates.openssl(
                "pkcs12",
                "-export",
                "-in",
                "client.pem",
                "-inkey",
                "client.key",
                "-out",
                "client.p12",
                "-passout",
                "pass:" + certificates.password());
        return certificates;
    }

    private void issue(String name, String subject, String extension) throws IOException, InterruptedException {
        openssl(
                "req",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-subj",
                subject,
                "-keyout",
                name + ".key",
                "-out",
                name + ".csr");
        Files.writeString(dir.resolve(name + ".ext"), extension + "\n");
        openssl(
                "x509",
                "-req",
                "-in",
                name + ".csr",
                "-CA",
                "ca.pem",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-days",
                "2",
                "-extfile",
                name + ".ext",
                "-out",
                name + ".pem");
    }

    private void openssl(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("openssl " + String.join(" ", arguments) + " failed: " + output);
        }
    }

    Path caPem() {
        return dir.resolve("ca.pem");
    }

    Path serverCertPem() {
        return dir.resolve("server.pem");
    }

    Path serverKeyPem() {
        return dir.resolve("server.key");
    }

    Path clientP12() {
        return dir.resolve("client.p12");
    }
}
