package dev.cairn.otlp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.util.JsonFormat;
import dev.cairn.delivery.SendResult;
import dev.cairn.otlp.OtlpReceiver;
import dev.cairn.otlp.OtlpReceiver.Response;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
import io.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The transport reads each OTLP/HTTP answer as the specification says, over real HTTP on loopback. */
class OtlpTransportTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private final OtlpReceiver receiver = new OtlpReceiver();

    @AfterEach
    void stop() {
        receiver.close();
    }

    private OtlpTransport transport(Signal signal, String protocol, Duration timeout) {
        return new OtlpTransport(
                URI.create(receiver.base() + signal.path),
                signal,
                Encoding.of(protocol),
                List.of(Attribute.text("service.name", "shop")),
                Map.of("Authorization", "Bearer s3cret"),
                false,
                timeout,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static List<byte[]> items(Encoding encoding, int count) {
        LogEntry entry = new LogEntry(1, 1, 9, "INFO", new Value.Text("m"), List.of(), null, null);
        byte[] payload = encoding.logRecord(entry);
        return java.util.Collections.nCopies(count, new ScopedItem("shop", payload).toBytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http/protobuf", "http/json"})
    void ok_isDelivered_withHeadersSent(String protocol) throws IOException {
        OtlpTransport transport = transport(Signal.LOGS, protocol, Duration.ofSeconds(10));
        assertThat(transport.send(items(Encoding.of(protocol), 3))).isEqualTo(SendResult.delivered());
        assertThat(receiver.logs()).hasSize(3);
        assertThat(receiver.requests().get(0).header("Authorization")).isEqualTo("Bearer s3cret");
    }

    @Test
    void partialSuccess_countsTheRejectedItems_inBothEncodings() throws Exception {
        ExportLogsServiceResponse logs = ExportLogsServiceResponse.newBuilder()
                .setPartialSuccess(ExportLogsPartialSuccess.newBuilder()
                        .setRejectedLogRecords(5)
                        .setErrorMessage("too old"))
                .build();
        ExportTraceServiceResponse traces = ExportTraceServiceResponse.newBuilder()
                .setPartialSuccess(ExportTracePartialSuccess.newBuilder()
                        .setRejectedSpans(2)
                        .setErrorMessage("no \"name\""))
                .build();
        receiver.script(
                new Response(200, Map.of("Content-Type", "application/x-protobuf"), logs.toByteArray()),
                new Response(200, Map.of(), JsonFormat.printer().print(logs).getBytes(StandardCharsets.UTF_8)),
                new Response(200, Map.of(), traces.toByteArray()),
                new Response(200, Map.of(), JsonFormat.printer().print(traces).getBytes(StandardCharsets.UTF_8)));

        assertThat(transport(Signal.LOGS, "http/protobuf", Duration.ofSeconds(10))
                        .send(items(Encoding.of("http/protobuf"), 6)))
                .isEqualTo(SendResult.partlyRejected(5, "too old"));
        assertThat(transport(Signal.LOGS, "http/json", Duration.ofSeconds(10)).send(items(Encoding.of("http/json"), 6)))
                .isEqualTo(SendResult.partlyRejected(5, "too old"));
        assertThat(transport(Signal.TRACES, "http/protobuf", Duration.ofSeconds(10))
                        .send(items(Encoding.of("http/protobuf"), 1)))
                .isEqualTo(SendResult.partlyRejected(2, "no \"name\""));
        assertThat(transport(Signal.TRACES, "http/json", Duration.ofSeconds(10))
                        .send(items(Encoding.of("http/json"), 1)))
                .isEqualTo(SendResult.partlyRejected(2, "no \"name\""));
    }

    @Test
    void statuses_mapAsTheSpecSays() throws IOException {
        receiver.script(
                Response.status(400),
                Response.status(413),
                new Response(503, Map.of("Retry-After", "7"), new byte[0]),
                new Response(429, Map.of("Retry-After", "Tue, 01 Dec 2026 08:00:30 GMT"), new byte[0]),
                Response.status(502),
                Response.status(504),
                Response.status(500),
                Response.status(401));
        OtlpTransport transport = transport(Signal.LOGS, "http/protobuf", Duration.ofSeconds(10));
        List<byte[]> batch = items(Encoding.of("http/protobuf"), 2);

        assertThat(transport.send(batch)).isInstanceOf(SendResult.Rejected.class);
        assertThat(transport.send(batch)).isInstanceOf(SendResult.TooLarge.class);
        assertThat(transport.send(batch))
                .isEqualTo(SendResult.retry(Duration.ofSeconds(7), "HTTP 503 from " + receiver.base() + "/v1/logs"));
        assertThat(((SendResult.Retry) transport.send(batch)).after()).isEqualTo(Duration.ofSeconds(30));
        assertThat(((SendResult.Retry) transport.send(batch)).after()).isNull();
        assertThat(transport.send(batch)).isInstanceOf(SendResult.Retry.class);
        assertThat(transport.send(batch))
                .as("500 is not retryable in OTLP/HTTP")
                .isInstanceOf(SendResult.Rejected.class);
        assertThat(transport.send(batch)).isInstanceOf(SendResult.Rejected.class);
        assertThat(receiver.requests()).hasSize(8);
    }

    @Test
    void anUnreachablePeer_isAnIOException() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        OtlpTransport transport = new OtlpTransport(
                URI.create("http://127.0.0.1:" + closedPort + "/v1/logs"),
                Signal.LOGS,
                Encoding.of("http/protobuf"),
                List.of(),
                Map.of(),
                true,
                Duration.ofSeconds(5),
                Clock.systemUTC());
        assertThatThrownBy(() -> transport.send(items(Encoding.of("http/protobuf"), 1)))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aPeerThatDoesNotAnswer_timesOutAsAnIOException() {
        receiver.script(Response.hang());
        OtlpTransport transport = transport(Signal.LOGS, "http/protobuf", Duration.ofMillis(200));
        assertThatThrownBy(() -> transport.send(items(Encoding.of("http/protobuf"), 1)))
                .isInstanceOf(HttpTimeoutException.class);
    }
}
