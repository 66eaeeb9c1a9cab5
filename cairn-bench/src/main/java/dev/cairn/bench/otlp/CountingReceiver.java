package dev.cairn.bench.otlp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.BitSet;
import java.util.zip.GZIPInputStream;

/**
 * A loopback OTLP/HTTP logs receiver that can go away and come back on the same port: decodes every request with the
 * official proto classes (after gunzipping a gzip body) and marks each record's {@code seq} attribute, so the harness counts records delivered,
 * lost and duplicated. While stopped, its port is closed (connections are refused).
 */
final class CountingReceiver {

    private final int port;
    private final BitSet seen = new BitSet();
    private long received;
    private HttpServer server;

    CountingReceiver(int port) {
        this.port = port;
    }

    /** A receiver for a port that is free now; {@link #start()} and restarts use that port. */
    static CountingReceiver onFreePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new CountingReceiver(probe.getLocalPort());
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    synchronized void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.createContext("/v1/logs", this::handle);
        server.start();
    }

    void stop() {
        HttpServer running;
        synchronized (this) {
            running = server;
            server = null;
        }
        if (running != null) {
            running.stop(0);
        }
    }

    synchronized long distinct() {
        return seen.cardinality();
    }

    synchronized long received() {
        return received;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
            try (InputStream in = gzip ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            ExportLogsServiceRequest request = ExportLogsServiceRequest.parseFrom(body);
            synchronized (this) {
                for (ResourceLogs resource : request.getResourceLogsList()) {
                    for (ScopeLogs scope : resource.getScopeLogsList()) {
                        for (LogRecord record : scope.getLogRecordsList()) {
                            received++;
                            for (KeyValue attribute : record.getAttributesList()) {
                                if (attribute.getKey().equals("seq")) {
                                    seen.set((int) attribute.getValue().getIntValue());
                                }
                            }
                        }
                    }
                }
            }
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
        }
    }
}
