package dev.cairn;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * A real HTTP collector on loopback (the JDK's server): every POST body is read as JSON lines, un-gzipped when sent
 * so; what it answers is set by the test, request by request.
 */
final class LoopbackReceiver implements AutoCloseable {

    /** What the receiver answers to one request, given its number of records. */
    interface Answer {
        /** The HTTP status; 2xx keeps the request's lines. */
        int status(int records);

        /** A Retry-After header value, or null. */
        default String retryAfter() {
            return null;
        }
    }

    static final Answer ACCEPT = records -> 200;

    private final HttpServer server;
    private volatile Answer answer = ACCEPT;
    private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Integer> requestSizes = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> authorizations = new ConcurrentLinkedQueue<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    private LoopbackReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.createContext("/logs", this::handle);
        server.start();
    }

    /** A receiver on a free port. */
    static LoopbackReceiver start() throws IOException {
        return new LoopbackReceiver(0);
    }

    /** A receiver on {@code port}, which a test kept closed until now. */
    static LoopbackReceiver startOn(int port) throws IOException {
        return new LoopbackReceiver(port);
    }

    /** A loopback port nothing listens on (free when this returns). */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String url(int port) {
        return "http://127.0.0.1:" + port + "/logs";
    }

    String url() {
        return url(server.getAddress().getPort());
    }

    void answer(Answer answer) {
        this.answer = answer;
    }

    /** Holds every request, unanswered, until the returned action runs: a collector that stopped answering. */
    Runnable hold() {
        CountDownLatch held = new CountDownLatch(1);
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
            byte[] body = exchange.getRequestBody().readAllBytes();
            if ("gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    body = in.readAllBytes();
                }
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null) {
                authorizations.add(authorization);
            }
            List<String> received = new ArrayList<>();
            for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty()) {
                    received.add(line);
                }
            }
            requests.incrementAndGet();
            requestSizes.add(received.size());
            Answer current = answer;
            int status = current.status(received.size());
            if (status / 100 == 2) {
                lines.addAll(received);
            }
            if (current.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", current.retryAfter());
            }
            exchange.sendResponseHeaders(status, -1);
        }
    }

    /** Every line accepted so far. */
    List<String> lines() {
        return new ArrayList<>(lines);
    }

    int requests() {
        return requests.get();
    }

    /** The number of records in each request, accepted or not, in order of arrival. */
    List<Integer> requestSizes() {
        return new ArrayList<>(requestSizes);
    }

    List<String> authorizations() {
        return new ArrayList<>(authorizations);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
