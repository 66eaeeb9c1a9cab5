package dev.cairn.cli.receive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.KeyValue;
import dev.cairn.LogSystem;
import dev.cairn.Logger;
import dev.cairn.testing.Await;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tcp sink over TLS with a token, and the udp sink, into a real {@code cairn receive}. */
class TlsAndUdpTest {

    private static final String PASSWORD = "changeit-14";

    @TempDir
    Path dir;

    @Test
    void tls_withToken_everyRecordArrivesOnce_andTheTokenNeverShows() throws Exception {
        ReceiverKeyStore stores = ReceiverKeyStore.create(dir, PASSWORD);
        Path received = dir.resolve("received");
        int total = 20_000;
        try (ReceiverProcess receiver = ReceiverProcess.start(
                Map.of("CAIRN_RECEIVE_KEY_STORE_PASSWORD", PASSWORD, "RECEIVE_TOKEN", "tls-token-14"),
                "--tls",
                "127.0.0.1:0",
                "--tls-key-store",
                stores.keyStore().toString(),
                "--token-env",
                "RECEIVE_TOKEN",
                "--output",
                received.resolve("records.log").toString(),
                "--file-option",
                "fsync=always")) {
            ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
            try (LogSystem system = LogSystem.builder()
                    .environment(Map.of("TRUST_PASSWORD", PASSWORD, "SHIP_TOKEN", "tls-token-14"))
                    .systemProperties(new java.util.Properties())
                    .workingDirectory(dir)
                    .classLoader(null)
                    .shutdownHook(false)
                    .diagnostics(new java.io.PrintStream(diagnostics, true, StandardCharsets.UTF_8))
                    .configure(c -> c.set("cairn.console", "none")
                            .set("cairn.sink.net.type", "tcp")
                            .set("cairn.sink.net.host", "localhost")
                            .set("cairn.sink.net.port", String.valueOf(receiver.port("tls")))
                            .set("cairn.sink.net.tls", "true")
                            .set(
                                    "cairn.sink.net.tls.trust-store",
                                    stores.trustStore().toString())
                            .set("cairn.sink.net.tls.trust-store-password", "${TRUST_PASSWORD}")
                            .set("cairn.sink.net.token", "${SHIP_TOKEN}")
                            .set("cairn.shutdown.timeout", "60s"))
                    .build()) {
                SenderLogs.logFromThreads(system, 2, total / 2);
                Await.until(
                        Duration.ofMinutes(2),
                        () -> system.stats().sink("net").delivery().delivered(),
                        delivered -> delivered == total,
                        () -> "delivered over TLS: " + system.stats().sink("net") + " " + diagnostics);
            }
            assertThat(diagnostics.toString()).doesNotContain("tls-token-14").doesNotContain(PASSWORD);
            receiver.terminate();
            assertThat(String.join("\n", receiver.stderr())).doesNotContain("tls-token-14");
            ReceivedFiles.Lines lines = ReceivedFiles.read(received, "records");
            BitSet seen = new BitSet();
            assertThat(TcpSinkToReceiverTest.markIds(lines.records(), seen)).isZero();
            assertThat(seen.cardinality()).isEqualTo(total);
        }
    }

    @Test
    void udp_oneRecordPerDatagram_aRecordTooLargeArrivesCutAsValidJson_andIsCounted() throws Exception {
        Path received = dir.resolve("received");
        int total = 500;
        try (ReceiverProcess receiver = ReceiverProcess.start(
                Map.of(),
                "--udp",
                "127.0.0.1:0",
                "--output",
                received.resolve("records.log").toString())) {
            ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
            try (LogSystem system = SenderLogs.build(
                    dir,
                    diagnostics,
                    c -> c.set("cairn.sink.dgram.type", "udp")
                            .set("cairn.sink.dgram.host", "127.0.0.1")
                            .set("cairn.sink.dgram.port", String.valueOf(receiver.port("udp")))
                            .set("cairn.sink.dgram.max-datagram-bytes", "1024")
                            .set("cairn.sink.dgram.batch.max-delay", "0s"))) {
                Logger logger = system.logger("udp");
                for (int i = 0; i < total; i++) {
                    logger.info("small {}", i, KeyValue.kv("id", i));
                }
                logger.info("huge \"quoted\" é " + "x".repeat(5000), KeyValue.kv("id", total));
                system.flush();
                assertThat(system.stats().sink("dgram").cut()).isEqualTo(1);
            }
            assertThat(diagnostics.toString()).contains("cut a record of").contains("cut 1 records");
            Await.until(
                    Duration.ofSeconds(30),
                    () -> {
                        try {
                            return ReceivedFiles.read(received, "records")
                                    .records()
                                    .size();
                        } catch (java.io.IOException e) {
                            return -1;
                        }
                    },
                    n -> n == total + 1,
                    () -> "every datagram written: " + receiver.stderr());
            receiver.terminate();
            List<JsonNode> records = ReceivedFiles.read(received, "records").records();
            JsonNode cut = records.stream()
                    .filter(r -> r.has("cut_from_bytes"))
                    .findFirst()
                    .orElseThrow();
            assertThat(cut.get("cut_from_bytes").asInt()).isGreaterThan(5000);
            assertThat(cut.get("line").asText()).startsWith("{\"timestamp\":").contains("huge \\\"quoted\\\" é");
            assertThat(cut.toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1024);
            BitSet seen = new BitSet();
            TcpSinkToReceiverTest.markIds(records, seen);
            assertThat(seen.cardinality()).isEqualTo(total);
        }
    }
}
