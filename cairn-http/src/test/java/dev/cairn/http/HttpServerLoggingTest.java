package dev.cairn.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import dev.cairn.flow.Flows;
import dev.cairn.flow.Step;
import dev.cairn.http.fixtures.WebLogs;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The JDK's own HTTP server with Cairn's filter, on a loopback port, called by a real HTTP client. */
class HttpServerLoggingTest {

    private final WebLogs logs = new WebLogs("shop");
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
        logs.close();
    }

    private URI start(RequestLogging logging) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        HttpContext orders = server.createContext("/orders", exchange -> {
            String body = Step.call("load_order", () -> "{\"order\":1}");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        HttpContext missing = server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        HttpContext boom = server.createContext("/boom", exchange -> {
            throw new IllegalStateException("handler failed");
        });
        for (HttpContext context : List.of(orders, missing, boom)) {
            context.getFilters().add(new HttpServerLogging(logging));
        }
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void requests_areFlowsWithLevelsByStatusAndIdHeaders() throws Exception {
        URI base = start(RequestLogging.builder().system(logs.system).build());
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> ok = client.send(
                HttpRequest.newBuilder(base.resolve("/orders/1"))
                        .header("X-Request-ID", "req-1")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ok.headers().firstValue("X-Request-ID")).hasValue("req-1");
        assertThat(ok.headers().firstValue("X-Flow-ID").orElseThrow()).matches("GET_orders-[0-9a-f]{8}");
        client.send(HttpRequest.newBuilder(base.resolve("/missing")).build(), HttpResponse.BodyHandlers.ofString());

        // The JDK server answers before the filter regains control: the record follows the response.
        List<JsonNode> completed = logs.awaitCount("request_completed", 2);
        assertThat(completed)
                .extracting(r -> r.get("status").asInt() + ":" + r.get("level").asText())
                .containsExactly("200:INFO", "404:WARN");
        assertThat(completed.get(0).get("response_bytes").asLong()).isEqualTo(11);
        assertThat(completed.get(0).get("request_id").asText()).isEqualTo("req-1");
        assertThat(logs.awaitCount("flow_end", 2)
                        .get(0)
                        .get("timeline")
                        .get(0)
                        .get("fn")
                        .asText())
                .isEqualTo("load_order");
    }

    @Test
    void handlerException_failsTheFlowAndReachesTheServer() throws Exception {
        URI base = start(RequestLogging.builder().system(logs.system).build());
        HttpClient client = HttpClient.newHttpClient();
        try {
            client.send(HttpRequest.newBuilder(base.resolve("/boom")).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // The JDK server closes the connection when a handler throws.
        }
        JsonNode completed = logs.awaitCount("request_completed", 1).get(0);
        assertThat(completed.get("level").asText()).isEqualTo("ERROR");
        assertThat(completed.get("status").asInt()).isEqualTo(500);
        assertThat(completed.get("error").get("message").asText()).isEqualTo("handler failed");
        assertThat(logs.awaitCount("flow_end", 1).get(0).get("flow_status").asText())
                .isEqualTo("failed");
    }

    @Test
    void clientWrapper_retriesIdempotentCallsThatCannotConnect() throws Exception {
        LoggingHttpClient client = LoggingHttpClient.wrap(HttpClient.newHttpClient(), "nothing")
                .system(logs.system)
                .retries(2);
        try {
            Flows.of(logs.system)
                    .run(
                            "calls",
                            () -> client.send(
                                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:1/x?token=abc#frag"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding()));
        } catch (IOException expected) {
            // Nothing listens on port 1.
        }
        JsonNode call = logs.withMessage("dependency_call").get(0);
        assertThat(call.get("retries").asInt()).isEqualTo(2);
        assertThat(call.get("error_category").asText()).isEqualTo("connect");
        assertThat(call.get("url").asText()).isEqualTo("http://127.0.0.1:1/x");
        JsonNode end = logs.withMessage("flow_end").get(0);
        assertThat(end.get("failed_at").asText()).isEqualTo("nothing GET");
    }
}
