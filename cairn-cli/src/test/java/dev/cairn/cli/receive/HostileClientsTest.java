package dev.cairn.cli.receive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.LogSystem;
import dev.cairn.testing.Await;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile clients against a real {@code cairn receive}: each is rejected or timed out and counted, the receiver keeps
 * going, and a well-behaved sender beside them loses nothing.
 */
class HostileClientsTest {

    private static final int IDLE_CONNECTIONS = 1_000;

    @TempDir
    Path dir;

    private static void send(int port, byte[] bytes) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(bytes);
        }
    }

    private static byte[] javaSerialized() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            HashMap<String, Object> gadget = new HashMap<>();
            gadget.put("{\"looks\":\"like json\"}", List.of(1, 2, 3));
            out.writeObject(gadget);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    @Test
    void garbage_hugeLine_javaSerialization_halfLines_idleConnections_areCounted_andTheGoodSenderLosesNothing()
            throws Exception {
        Path output = dir.resolve("received").resolve("records.log");
        try (ReceiverProcess receiver = ReceiverProcess.start(
                Map.of(),
                "--tcp",
                "127.0.0.1:0",
                "--output",
                output.toString(),
                "--idle-timeout",
                "3",
                "--max-connections",
                "1100")) {
            int port = receiver.port("tcp");
            List<Socket> idle = new ArrayList<>();
            try {
                for (int i = 0; i < IDLE_CONNECTIONS; i++) {
                    idle.add(new Socket("127.0.0.1", port));
                }
                Socket halfLine = new Socket("127.0.0.1", port);
                halfLine.getOutputStream().write("{\"half\":\"a line then sil".getBytes(StandardCharsets.UTF_8));
                idle.add(halfLine);

                byte[] garbage = new byte[64 * 1024];
                new Random(14).nextBytes(garbage);
                send(port, garbage);
                send(port, javaSerialized());
                send(
                        port,
                        "{\"ok\":1}\nnot json\n{\"bad\":\"\\q\"}\n{\"a\":1}{\"b\":2}\n[1,2]\n"
                                .getBytes(StandardCharsets.UTF_8));
                send(port, new byte[] {'{', '"', 'x', '"', ':', '"', (byte) 0xc0, (byte) 0xaf, '"', '}', '\n'});
                try (Socket huge = new Socket("127.0.0.1", port)) {
                    OutputStream out = huge.getOutputStream();
                    byte[] block = new byte[1 << 20];
                    java.util.Arrays.fill(block, (byte) 'x');
                    block[0] = '{';
                    for (int i = 0; i < 50; i++) {
                        out.write(block);
                        block[0] = 'x';
                    }
                    out.write("\n{\"after\":\"huge\"}\n".getBytes(StandardCharsets.UTF_8));
                }

                ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
                int total = 20_000;
                try (LogSystem system = SenderLogs.build(
                        dir,
                        diagnostics,
                        c -> c.set("cairn.sink.net.type", "tcp")
                                .set("cairn.sink.net.host", "127.0.0.1")
                                .set("cairn.sink.net.port", String.valueOf(port))
                                .set("cairn.shutdown.timeout", "60s"))) {
                    SenderLogs.logFromThreads(system, 2, total / 2);
                    Await.until(
                            Duration.ofMinutes(2),
                            () -> system.stats().sink("net").delivery().delivered(),
                            delivered -> delivered == total,
                            () -> "the good sender delivered: " + system.stats().sink("net"));
                    assertThat(system.stats().sink("net").delivery().maybeDuplicated())
                            .isZero();
                }
                Await.until(
                        Duration.ofSeconds(60),
                        () -> receiver.stderr().stream()
                                .filter(l -> l.contains("timed out after 3 s"))
                                .count(),
                        n -> n == IDLE_CONNECTIONS + 1,
                        () -> "every idle connection timed out: "
                                + receiver.stderr().size() + " lines");
            } finally {
                for (Socket socket : idle) {
                    socket.close();
                }
            }
            assertThat(receiver.terminate()).isEqualTo(143);
            List<String> stderr = receiver.stderr();
            assertThat(stderr)
                    .anyMatch(l -> l.contains("(plain JSON lines) disconnected")
                            && l.contains("1 record accepted")
                            && l.contains("1 longer than the line limit"))
                    .anyMatch(l -> l.contains("(plain JSON lines) disconnected")
                            && l.contains("1 record accepted, 4 rejected (4 not one JSON object)"))
                    .anyMatch(l -> l.contains("0 records accepted, 1 rejected (1 not UTF-8)"))
                    .anyMatch(l -> l.contains("(cairn protocol) disconnected") && l.contains("20000 records accepted"));
            assertThat(stderr.get(stderr.size() - 1))
                    .startsWith("cairn receive: stopped: 20002 records accepted")
                    .contains("1001 timed out");

            ReceivedFiles.Lines lines = ReceivedFiles.read(output.getParent(), "records");
            assertThat(lines.unparsable()).isEmpty();
            BitSet seen = new BitSet();
            assertThat(TcpSinkToReceiverTest.markIds(lines.records(), seen)).isZero();
            assertThat(seen.cardinality()).isEqualTo(20_000);
            assertThat(lines.records()).hasSize(20_002);
        }
    }

    @Test
    void connectionLimit_refusesTheConnectionBeyondIt_withAReason() throws Exception {
        try (ReceiverProcess receiver =
                        ReceiverProcess.start(Map.of(), "--tcp", "127.0.0.1:0", "--max-connections", "2");
                Socket a = new Socket("127.0.0.1", receiver.port("tcp"));
                Socket b = new Socket("127.0.0.1", receiver.port("tcp"));
                Socket c = new Socket("127.0.0.1", receiver.port("tcp"))) {
            InputStream in = c.getInputStream();
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII))
                    .isEqualTo("@refused connection limit\n");
            // The receiver reports the refusal after answering it.
            Await.until(
                    receiver::stderr,
                    lines -> lines.stream().anyMatch(l -> l.contains("refused: 2 connections already open")),
                    () -> "the refusal reported: " + receiver.stderr());
        }
    }

    @Test
    void token_wrongTokenIsRefused_plainClientsToo_andTheRightOneIsAcknowledged() throws Exception {
        try (ReceiverProcess receiver = ReceiverProcess.start(
                Map.of("RECEIVE_TOKEN", "s3cret-token"), "--tcp", "127.0.0.1:0", "--token-env", "RECEIVE_TOKEN")) {
            int port = receiver.port("tcp");
            assertThat(exchange(port, "@cairn 1 wrong\n")).isEqualTo("@refused wrong or missing token\n");
            assertThat(exchange(port, "{\"plain\":1}\n")).isEmpty();
            assertThat(exchange(port, "@cairn 1 s3cret-token\n{\"a\":1}\n@end 1\n"))
                    .isEqualTo("@ok\n@ack 1 0\n");
            Await.until(
                    () -> receiver.stderr(),
                    l -> l.stream().filter(s -> s.contains("refused")).count() == 2,
                    () -> "two refusals: " + receiver.stderr());
            assertThat(String.join("\n", receiver.stderr())).doesNotContain("s3cret-token");
        }
    }

    private static String exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
