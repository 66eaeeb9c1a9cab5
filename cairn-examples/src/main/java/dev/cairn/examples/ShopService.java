package dev.cairn.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.cairn.Cairn;
import dev.cairn.Logger;
import dev.cairn.flow.Step;
import dev.cairn.http.HttpServerLogging;
import dev.cairn.http.LoggingHttpClient;
import dev.cairn.http.RequestLogging;
import dev.cairn.http.RequestScope;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small HTTP shop on the JDK's built-in server: every request is a flow with request records; checkout calls the
 * stock endpoint over HTTP (so both requests share one trace); {@code /refund} fails.
 */
final class ShopService implements AutoCloseable {

    private static final Logger log = Cairn.logger("shop.http");

    private final HttpServer server;
    private final ExecutorService workers;
    private final LoggingHttpClient stock;

    ShopService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // Checkout calls /stock on this same server: handlers need more than the single default thread.
        workers = Executors.newFixedThreadPool(4);
        server.setExecutor(workers);
        stock = LoggingHttpClient.wrap(HttpClient.newHttpClient(), "stock");
        RequestLogging logging = RequestLogging.builder().build();
        route("/orders", this::orders, logging);
        route("/checkout", this::checkout, logging);
        route("/stock", this::stockLevel, logging);
        route(
                "/refund",
                exchange -> {
                    Step.run("call_payment_gateway", () -> {
                        throw new IllegalStateException("payment gateway timed out");
                    });
                },
                logging);
        server.start();
    }

    private void route(String path, HttpHandler handler, RequestLogging logging) {
        server.createContext(path, handler).getFilters().add(new HttpServerLogging(logging));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void orders(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/orders".length());
        if (id.equals("/404")) {
            reply(exchange, 404, "{\"error\":\"no such order\"}");
            return;
        }
        String order = Step.call("load_order", () -> "{\"order\":\"" + id.replace("/", "") + "\",\"total\":99.99}");
        reply(exchange, 200, order);
    }

    private void checkout(HttpExchange exchange) throws IOException {
        RequestScope.current().userId("u-42");
        Step.run("validate_cart", () -> log.debug("cart is valid"));
        HttpResponse<String> level;
        try {
            // The client wrapper makes the call a step ("stock GET") and carries the trace to /stock.
            level = stock.send(
                    HttpRequest.newBuilder(uri("/stock/B-7")).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        Step.run(
                "charge_card",
                () -> log.info(
                        "charged",
                        dev.cairn.KeyValue.kv("amount", 99.99),
                        dev.cairn.KeyValue.kv("card_token", "tok_live_should_not_show")));
        reply(exchange, 201, "{\"receipt\":\"r-1001\",\"stock\":" + level.body() + "}");
    }

    private void stockLevel(HttpExchange exchange) throws IOException {
        reply(exchange, 200, Step.call("query_inventory", () -> "{\"sku\":\"B-7\",\"available\":3}"));
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Sends a few requests, one of each kind, as a load generator would. */
    void generateLoad() throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        String[][] calls = {
            {"GET", "/orders/1001"},
            {"GET", "/orders/1002"},
            {"POST", "/checkout"},
            {"GET", "/orders/404"},
            {"POST", "/refund"}
        };
        for (String[] call : calls) {
            HttpRequest request = HttpRequest.newBuilder(uri(call[1]))
                    .method(call[0], HttpRequest.BodyPublishers.noBody())
                    .header("Authorization", "Bearer secret-token-redacted-in-logs")
                    .build();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                log.info("load generator got {} for {} {}", response.statusCode(), call[0], call[1]);
            } catch (IOException e) {
                log.warn(
                        "load generator: {} {} failed ({})",
                        call[0],
                        call[1],
                        e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdown();
    }
}
