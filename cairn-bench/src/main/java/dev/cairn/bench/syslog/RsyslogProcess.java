package dev.cairn.bench.syslog;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An rsyslogd of the benchmark's own (the Debian package's binary, a configuration in a temporary folder): imtcp and
 * imudp on free loopback ports, each message's MSG written as one line, so the harness counts which records arrived.
 */
final class RsyslogProcess implements AutoCloseable {

    private static final Pattern RECORD = Pattern.compile("bench record (\\d+)");

    private final Path dir;
    private final Path output;
    private final int tcpPort;
    private final int udpPort;
    private Process process;

    RsyslogProcess(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.output = dir.resolve("messages.txt");
        Files.deleteIfExists(output);
        try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            tcpPort = tcp.getLocalPort();
            udpPort = udp.getLocalPort();
        }
        Files.writeString(
                dir.resolve("rsyslog.conf"),
                "global(workDirectory=\"" + dir + "\" maxMessageSize=\"64k\")\n"
                        + "module(load=\"imtcp\")\nmodule(load=\"imudp\")\n"
                        + "input(type=\"imtcp\" address=\"127.0.0.1\" port=\"" + tcpPort + "\")\n"
                        + "input(type=\"imudp\" address=\"127.0.0.1\" port=\"" + udpPort + "\")\n"
                        + "template(name=\"msg\" type=\"string\" string=\"%msg%\\n\")\n"
                        + "action(type=\"omfile\" file=\"" + output + "\" template=\"msg\")\n");
    }

    void start() throws IOException, InterruptedException {
        process = new ProcessBuilder(
                        "/usr/sbin/rsyslogd",
                        "-f",
                        dir.resolve("rsyslog.conf").toString(),
                        "-i",
                        dir.resolve("rsyslogd.pid").toString(),
                        "-n")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("rsyslogd.log").toFile()))
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", tcpPort), 500);
                return;
            } catch (IOException e) {
                Thread.sleep(20);
            }
        }
        throw new IOException("rsyslogd did not start: " + Files.readString(dir.resolve("rsyslogd.log")));
    }

    /** SIGTERM, then waits for the exit. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    int tcpPort() {
        return tcpPort;
    }

    int udpPort() {
        return udpPort;
    }

    /** The record numbers below {@code total} that arrived (each once in the set), and the messages in all. */
    Arrivals arrivals(int total) throws IOException {
        BitSet seen = new BitSet(total);
        long lines = 0;
        if (Files.exists(output)) {
            for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
                Matcher m = RECORD.matcher(line);
                if (m.find()) {
                    lines++;
                    int n = Integer.parseInt(m.group(1));
                    if (n < total) {
                        seen.set(n);
                    }
                }
            }
        }
        return new Arrivals(seen.cardinality(), lines);
    }

    /** Distinct records that arrived and messages carrying a record in all (duplicates included). */
    record Arrivals(int distinct, long messages) {}

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
    }
}
