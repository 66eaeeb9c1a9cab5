package dev.cairn.otlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * A loopback OTLP/HTTP receiver on the JDK's HTTP server, for tests: keeps every request, decodes it with the official
 * OpenTelemetry proto classes (protobuf directly; JSON through protobuf's JsonFormat after checking, with Jackson,
 * that ids are hex as OTLP/JSON requires, then turning them into the base64 JsonFormat reads), and answers with
 * scripted responses, else 200.
 */
public final class OtlpReceiver implements AutoCloseable {

    /** A request as received, body un-gzipped, with the status it was answered (-1: never answered). */
    public record Request(String path, Map<String, List<String>> headers, byte[] body, int status) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    return entry.getValue().get(0);
                }
            }
            return null;
        }

        boolean json() {
            return "application/json".equals(header("Content-Type"));
        }
    }

    /** A scripted answer. */
    public record Response(int status, Map<String, String> headers, byte[] body) {
        /** A status code without a body. */
        public static Response status(int status) {
            return new Response(status, Map.of(), new byte[0]);
        }

        /** No answer until the receiver is closed. */
        public static Response hang() {
            return new Response(-1, Map.of(), new byte[0]);
        }
    }

    /** One decoded log record with where it came from. */
    public record ReceivedLog(ResourceLogs resource, ScopeLogs scope, LogRecord record) {}

    /** One decoded span with where it came from. */
    public record ReceivedSpan(ResourceSpans resource, ScopeSpans scope, Span span) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ID_FIELDS = {"traceId", "spanId", "parentSpanId"};

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Response> script = new ConcurrentLinkedQueue<>();
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
    private volatile java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(0);

    public OtlpReceiver() {
        this(0);
    }

    /** A receiver on loopback port {@code port} (0: any free port), e.g. one an outage test kept closed so far. */
    public OtlpReceiver(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        // A thread per exchange, so that a hanging answer does not hold up the requests after it.
        server.setExecutor(executor);
        server.start();
    }

    /** A loopback port that was free a moment ago and has no listener: connections to it are refused. */
    public static int closedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers the next requests with {@code responses}, in order. */
    public void script(Response... responses) {
        script.addAll(List.of(responses));
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public List<ReceivedLog> logs() {
        return logs(requests("/v1/logs"));
    }

    /** The log records of requests answered with a 2xx status: those the sender may count as delivered. */
    public List<ReceivedLog> acceptedLogs() {
        return logs(requests("/v1/logs").stream()
                .filter(r -> r.status() >= 200 && r.status() < 300)
                .toList());
    }

    private static List<ReceivedLog> logs(List<Request> requests) {
        List<ReceivedLog> logs = new ArrayList<>();
        for (Request request : requests) {
            ExportLogsServiceRequest decoded = decode(request, ExportLogsServiceRequest.newBuilder());
            for (ResourceLogs resource : decoded.getResourceLogsList()) {
                for (ScopeLogs scope : resource.getScopeLogsList()) {
                    for (LogRecord record : scope.getLogRecordsList()) {
                        logs.add(new ReceivedLog(resource, scope, record));
                    }
                }
            }
        }
        return logs;
    }

    public List<ReceivedSpan> spans() {
        List<ReceivedSpan> spans = new ArrayList<>();
        for (Request request : requests("/v1/traces")) {
            ExportTraceServiceRequest decoded = decode(request, ExportTraceServiceRequest.newBuilder());
            for (ResourceSpans resource : decoded.getResourceSpansList()) {
                for (ScopeSpans scope : resource.getScopeSpansList()) {
                    for (Span span : scope.getSpansList()) {
                        spans.add(new ReceivedSpan(resource, scope, span));
                    }
                }
            }
        }
        return spans;
    }

    @SuppressWarnings("unchecked")
    static <M extends Message> M decode(Request request, Message.Builder builder) {
        try {
            if (request.json()) {
                JsonFormat.parser().merge(hexIdsToBase64(request.body()), builder);
            } else {
                builder.mergeFrom(request.body());
            }
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError("not a valid OTLP request: " + e.getMessage(), e);
        }
        return (M) builder.build();
    }

    /** OTLP/JSON writes ids as hex; protobuf's JsonFormat reads bytes as base64. Fails on an id that is not hex. */
    private static String hexIdsToBase64(byte[] body) {
        try {
            JsonNode tree = JSON.readTree(body);
            convertIds(tree);
            return JSON.writeValueAsString(tree);
        } catch (IOException e) {
            throw new AssertionError("not valid JSON: " + new String(body, StandardCharsets.UTF_8), e);
        }
    }

    private static void convertIds(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String field : ID_FIELDS) {
                JsonNode id = object.get(field);
                if (id != null) {
                    String hex = id.asText();
                    if (!hex.matches("[0-9a-f]{16}|[0-9a-f]{32}")) {
                        throw new AssertionError(field + " is not lower-case hex: " + hex);
                    }
                    object.put(
                            field,
                            Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex)));
                }
            }
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            convertIds(children.next());
        }
    }

    /**
     * Holds every request, neither recorded nor answered, until the returned action runs (or the receiver closes): a
     * collector that stopped answering for a while.
     */
    public Runnable hold() {
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        gate = held;
        return held::countDown;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
            if (encoding != null && encoding.toLowerCase(Locale.ROOT).equals("gzip")) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    body = in.readAllBytes();
                }
            }
            Response response = script.poll();
            if (response == null) {
                response = Response.status(200);
            }
            requests.add(new Request(
                    exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    body,
                    response.status()));
            if (response.status() < 0) {
                try {
                    closed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            response.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
            if (response.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        }
    }

    @Override
    public void close() {
        gate.countDown();
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
