package dev.cairn.syslog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.testing.Await;
import dev.cairn.testing.JsonLines;
import dev.cairn.testing.SuspendedProcess;
import dev.cairn.testing.SystemServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real rsyslogd started by a test as a child process, with its own configuration in a temporary folder: imtcp (plain
 * or TLS) and imudp on free loopback ports, structured data parsed by mmpstrucdata, and every message written by omfile
 * as one JSON object ({@code jsonmesg}: pri, timestamp, hostname, app-name, procid, msgid, msg, and the parsed
 * SD-PARAMs under {@code $!.rfc5424-sd}), so a test checks what rsyslog parsed, field by field.
 */
final class Rsyslog implements AutoCloseable {

    private final Path rsyslogd;
    private final Path dir;
    private final Path config;
    private final Path output;
    private final int tcpPort;
    private final int udpPort;
    private Process process;

    private Rsyslog(Path rsyslogd, Path dir, Certificates tls) throws IOException {
        this.rsyslogd = rsyslogd;
        this.dir = dir;
        this.config = dir.resolve("rsyslog.conf");
        this.output = dir.resolve("messages.jsonl");
        this.tcpPort = freeTcpPort();
        this.udpPort = freeUdpPort();
        Files.writeString(config, configuration(tls));
    }

    /** Starts rsyslogd with plain TCP and UDP inputs, or skips the test when rsyslog is not installed. */
    static Rsyslog start(Path dir) throws IOException {
        return start(dir, null);
    }

    /**
     * Starts rsyslogd whose TCP input speaks TLS with the server certificate of {@code tls} and requires a client
     * certificate signed by its CA (no UDP input).
     */
    static Rsyslog start(Path dir, Certificates tls) throws IOException {
        Path rsyslogd = SystemServer.require("rsyslogd", "rsyslog", Path.of("/usr/sbin/rsyslogd"));
        if (tls != null) {
            SystemServer.assume(
                    Files.exists(Path.of("/usr/lib/x86_64-linux-gnu/rsyslog/lmnsd_gtls.so"))
                            || Files.exists(Path.of("/usr/lib/aarch64-linux-gnu/rsyslog/lmnsd_gtls.so")),
                    "rsyslog's TLS driver is not installed (apt-get install rsyslog-gnutls)");
        }
        Rsyslog server = new Rsyslog(rsyslogd, Files.createDirectories(dir), tls);
        server.startProcess();
        return server;
    }

    private String configuration(Certificates tls) {
        StringBuilder conf = new StringBuilder();
        conf.append("global(workDirectory=\"")
                .append(dir)
                .append("\" maxMessageSize=\"256k\" parser.escapeControlCharactersOnReceive=\"off\"");
        if (tls != null) {
            conf.append(" defaultNetstreamDriver=\"gtls\" defaultNetstreamDriverCAFile=\"")
                    .append(tls.caPem())
                    .append("\" defaultNetstreamDriverCertFile=\"")
                    .append(tls.serverCertPem())
                    .append("\" defaultNetstreamDriverKeyFile=\"")
                    .append(tls.serverKeyPem())
                    .append('"');
        }
        conf.append(")\n");
        if (tls != null) {
            conf.append("module(load=\"imtcp\" streamDriver.name=\"gtls\" streamDriver.mode=\"1\""
                    + " streamDriver.authMode=\"x509/certvalid\")\n");
        } else {
            conf.append("module(load=\"imtcp\")\nmodule(load=\"imudp\")\n");
            conf.append("input(type=\"imudp\" address=\"127.0.0.1\" port=\"")
                    .append(udpPort)
                    .append("\")\n");
        }
        conf.append("input(type=\"imtcp\" address=\"127.0.0.1\" port=\"")
                .append(tcpPort)
                .append("\")\n");
        conf.append("module(load=\"mmpstrucdata\")\n");
        conf.append("action(type=\"mmpstrucdata\" sd_name.lowercase=\"off\")\n");
        conf.append("template(name=\"fields\" type=\"string\" string=\"%jsonmesg%\\n\")\n");
        conf.append("action(type=\"omfile\" file=\"").append(output).append("\" template=\"fields\")\n");
        return conf.toString();
    }

    private void startProcess() throws IOException {
        process = new ProcessBuilder(
                        rsyslogd.toString(),
                        "-f",
                        config.toString(),
                        "-i",
                        dir.resolve("rsyslogd.pid").toString(),
                        "-n")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("rsyslogd.log").toFile()))
                .start();
        Await.until(
                Duration.ofSeconds(20),
                this::accepting,
                accepting -> accepting || !process.isAlive(),
                () -> "rsyslogd listening on " + tcpPort);
        if (!process.isAlive()) {
            throw new IllegalStateException("rsyslogd exited with " + process.exitValue() + ": " + log());
        }
    }

    private boolean accepting() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", tcpPort), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    int tcpPort() {
        return tcpPort;
    }

    int udpPort() {
        return udpPort;
    }

    /** Stops rsyslogd with SIGTERM (it closes its connections) and waits until it has exited. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /**
     * Suspends rsyslogd (SIGSTOP) until the returned action resumes it (SIGCONT): a server that stopped reading, whose
     * connections fill up and then hold their senders.
     */
    Runnable pause() throws IOException, InterruptedException {
        return SuspendedProcess.suspend(process);
    }

    /** Starts rsyslogd again on the same ports and output file. */
    void restart() throws IOException {
        startProcess();
    }

    /** The messages rsyslog has written so far, each line parsed with Jackson; a line still being written is left out. */
    List<JsonNode> messages() {
        try {
            if (!Files.exists(output)) {
                return List.of();
            }
            String text = new String(Files.readAllBytes(output), StandardCharsets.UTF_8);
            List<JsonNode> messages = new ArrayList<>();
            int start = 0;
            for (int end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
                messages.add(JsonLines.parse(text.substring(start, end)));
            }
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The messages of {@code appName}, once there are at least {@code count}. */
    List<JsonNode> awaitMessages(String appName, int count) {
        return Await.until(
                Duration.ofSeconds(60),
                () -> messages().stream()
                        .filter(m -> m.path("app-name").asText().equals(appName))
                        .collect(java.util.stream.Collectors.toList()),
                messages -> messages.size() >= count,
                () -> count + " messages of " + appName + " in " + output + "; rsyslogd: " + log());
    }

    String log() {
        try {
            Path log = dir.resolve("rsyslogd.log");
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    private static int freeTcpPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
