package dev.cairn.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.flow.TraceContext;
import dev.cairn.http.RequestLogging;
import dev.cairn.http.fixtures.WebLogs;
import dev.cairn.test.LogCapture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CairnRequestFilterTest {

    private static final String SECRET = "s3cr3t-Zq9";

    private final WebLogs logs = new WebLogs("shop");
    private final HttpClient client = HttpClient.newHttpClient();
    private ShopServer server;

    @RegisterExtension
    final LogCapture captured = LogCapture.allLoggers().in(logs.system).fromAnyThread();

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        logs.close();
    }

    private ShopServer start(RequestLogging.Builder logging) throws Exception {
        server = new ShopServer(logs, logging);
        return server;
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode completed() {
        List<JsonNode> completed = logs.awaitCount("request_completed", 1);
        assertThat(completed).hasSize(1);
        return completed.get(0);
    }

    @Test
    void request_isAFlowWithStartedAndCompletedRecordsAndIdHeaders() throws Exception {
        start(RequestLogging.builder());
        HttpResponse<String> response = get("/orders/42", "User-Agent", "shop-test/1.0");
        assertThat(response.statusCode()).isEqualTo(200);
        String requestId = response.headers().firstValue("X-Request-ID").orElseThrow();
        String flowId = response.headers().firstValue("X-Flow-ID").orElseThrow();
        assertThat(requestId).matches("[0-9a-f-]{36}");
        assertThat(flowId).matches("GET_orders-[0-9a-f]{8}");

        JsonNode started = logs.withMessage("request_started").get(0);
        assertThat(started.get("level").asText()).isEqualTo("DEBUG");
        assertThat(started.get("method").asText()).isEqualTo("GET");
        assertThat(started.get("path").asText()).isEqualTo("/orders/42");
        JsonNode completed = completed();
        assertThat(completed.get("level").asText()).isEqualTo("INFO");
        assertThat(completed.get("status").asInt()).isEqualTo(200);
        assertThat(completed.get("response_bytes").asLong())
                .isEqualTo(response.body().length());
        assertThat(completed.get("content_type").asText()).startsWith("application/json");
        assertThat(completed.get("duration_ms").asDouble()).isNotNegative();
        assertThat(completed.get("client_ip").asText()).isEqualTo("127.0.0.1");
        assertThat(completed.get("user_agent").asText()).isEqualTo("shop-test/1.0");
        assertThat(completed.get("request_id").asText()).isEqualTo(requestId);
        assertThat(completed.get("flow_id").asText()).isEqualTo(flowId);

        JsonNode end = logs.awaitCount("flow_end", 1).get(0);
        assertThat(end.get("flow_label").asText()).isEqualTo("GET /orders/*");
        assertThat(end.get("timeline")).extracting(e -> e.get("fn").asText()).containsExactly("load_order");
        assertThat(logs.withMessage("order loaded").get(0).get("request_id").asText())
                .isEqualTo(requestId);
    }

    @Test
    void requestIds_areAcceptedWhenValidAndReplacedAndReportedWhenNot() throws Exception {
        start(RequestLogging.builder());
        assertThat(get("/orders/1", "X-Request-ID", "client-abc.123:x_y-z")
                        .headers()
                        .firstValue("X-Request-ID"))
                .hasValue("client-abc.123:x_y-z");
        String hostile = "id with spaces <script>" + "x".repeat(300);
        HttpResponse<String> replaced = get("/orders/2", "X-Request-ID", hostile);
        String generated = replaced.headers().firstValue("X-Request-ID").orElseThrow();
        assertThat(generated).isNotEqualTo(hostile).matches("[0-9a-f-]{36}");
        JsonNode warning = logs.matching(r -> r.get("message").asText().startsWith("rejected X-Request-ID"))
                .get(0);
        assertThat(warning.get("level").asText()).isEqualTo("WARN");
        assertThat(warning.get("rejected_request_id").asText()).hasSize(65).startsWith("id with spaces <script>");
        assertThat(logs.text()).doesNotContain("x".repeat(100));
    }

    @Test
    void statusDecidesTheLevel_andAnExceptionFailsTheFlowAndReachesTheContainer() throws Exception {
        start(RequestLogging.builder());
        assertThat(get("/orders/missing").statusCode()).isEqualTo(404);
        assertThat(completed().get("level").asText()).isEqualTo("WARN");

        assertThat(get("/boom").statusCode()).isEqualTo(500);
        JsonNode failed = logs.awaitCount("request_completed", 2).get(1);
        assertThat(failed.get("level").asText()).isEqualTo("ERROR");
        assertThat(failed.get("status").asInt()).isEqualTo(500);
        assertThat(failed.get("error").get("message").asText()).isEqualTo("card declined");
        JsonNode end = logs.awaitCount("flow_end", 2).get(1);
        assertThat(end.get("flow_status").asText()).isEqualTo("failed");
        assertThat(end.get("failed_at").asText()).isEqualTo("charge_card");
    }

    @Test
    void asyncRequests_areLoggedWhenTheyComplete() throws Exception {
        start(RequestLogging.builder());
        HttpResponse<String> response = get("/async");
        assertThat(response.body()).isEqualTo("done later");
        // The client has its answer when the application completes the request; the listener logs just after.
        logs.await("flow_end");
        JsonNode completed = completed();
        assertThat(completed.get("status").asInt()).isEqualTo(200);
        assertThat(completed.get("flow_id").asText())
                .isEqualTo(response.headers().firstValue("X-Flow-ID").orElseThrow());
        assertThat(logs.awaitCount("flow_end", 1).get(0).get("flow_status").asText())
                .isEqualTo("success");
    }

    @Test
    void sensitiveHeadersAndQueryParameters_neverReachTheLogs() throws Exception {
        start(RequestLogging.builder().redactHeaders("X-Session"));
        get(
                "/orders/7?token=" + SECRET + "&password=" + SECRET + "&api_key=" + SECRET + "&page=2",
                "Authorization",
                "Bearer " + SECRET,
                "Proxy-Authorization",
                "Basic " + SECRET,
                "Cookie",
                "session=" + SECRET,
                "X-Api-Key",
                SECRET,
                "X-Session",
                SECRET);
        JsonNode started = logs.withMessage("request_started").get(0);
        assertThat(started.get("query").get("page").asText()).isEqualTo("2");
        assertThat(started.get("query").get("token").asText()).isEqualTo("[REDACTED]");
        assertThat(started.get("headers").get("Authorization").asText()).isEqualTo("[REDACTED]");
        assertThat(started.get("headers").get("X-Session").asText()).isEqualTo("[REDACTED]");
        captured.assertThat().doesNotContain(SECRET);
        assertThat(logs.text()).doesNotContain(SECRET);
    }

    @Test
    void forwardedFor_isBelievedOnlyFromTrustedProxies() throws Exception {
        start(RequestLogging.builder());
        get("/orders/1", "X-Forwarded-For", "203.0.113.9");
        assertThat(completed().get("client_ip").asText()).isEqualTo("127.0.0.1");
        server.close();
        logs.out.reset();
        start(RequestLogging.builder().trustedProxies("127.0.0.1/32", "10.0.0.0/8"));
        get("/orders/1", "X-Forwarded-For", "198.51.100.7, 203.0.113.9, 10.1.2.3");
        assertThat(completed().get("client_ip").asText()).isEqualTo("203.0.113.9");
    }

    @Test
    void debugHeader_turnsDebugOnForThatRequestOnlyWhenTrusted() throws Exception {
        start(RequestLogging.builder().debugFrom("127.0.0.0/8"));
        get("/orders/1", "X-Debug-Log", "1");
        get("/orders/2");
        List<JsonNode> completed = logs.awaitCount("request_completed", 2);
        List<JsonNode> debug = logs.withMessage("debug detail for this request only");
        assertThat(debug).hasSize(1);
        assertThat(completed.get(0).get("debug").asText()).isEqualTo("on");
        assertThat(completed.get(1).has("debug")).isFalse();
    }

    @Test
    void debugHeader_fromAnUntrustedCallerIsIgnoredAndNoted() throws Exception {
        start(RequestLogging.builder().debugFrom("10.0.0.0/8").debugSecret("X-Debug-Token", "0123456789abcdef-secret"));
        get("/orders/1", "X-Debug-Log", "1", "X-Debug-Token", "wrong-token-0000000000");
        assertThat(logs.withMessage("debug detail for this request only")).isEmpty();
        assertThat(completed().get("debug").asText()).isEqualTo("ignored: caller not trusted");
        logs.out.reset();
        get("/orders/1", "X-Debug-Log", "1", "X-Debug-Token", "0123456789abcdef-secret");
        assertThat(logs.withMessage("debug detail for this request only")).hasSize(1);
    }

    @Test
    void userId_setByTheApplication_isOnLaterRecordsOfThatRequestOnly() throws Exception {
        start(RequestLogging.builder());
        get("/orders/1?user=u-77");
        get("/orders/2");
        List<JsonNode> completed = logs.awaitCount("request_completed", 2);
        assertThat(completed.get(0).get("user_id").asText()).isEqualTo("u-77");
        assertThat(completed.get(1).has("user_id")).isFalse();
    }

    @Test
    void fastSuccesses_canBeSampledWhileFailuresAreAlwaysLogged() throws Exception {
        start(RequestLogging.builder().sampleFastSuccesses(0.0, Duration.ofSeconds(30)));
        get("/orders/1");
        get("/orders/missing");
        List<JsonNode> completed = logs.awaitCount("request_completed", 1);
        assertThat(completed).hasSize(1);
        assertThat(completed.get(0).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void serviceCallingService_sharesOneTraceAndNestsTheSecondFlowUnderTheCall() throws Exception {
        try (WebLogs downstreamLogs = new WebLogs("inventory");
                ShopServer inventory = new ShopServer(downstreamLogs, RequestLogging.builder())) {
            start(RequestLogging.builder());
            server.downstream(inventory.uri("/orders/9"));
            HttpResponse<String> response = get("/proxy");
            assertThat(response.body()).isEqualTo("downstream said 200");

            JsonNode call = logs.withMessage("dependency_call").get(0);
            assertThat(call.get("dependency").asText()).isEqualTo("inventory");
            assertThat(call.get("url").asText())
                    .isEqualTo(inventory.uri("/orders/9").toString());
            assertThat(call.get("status").asInt()).isEqualTo(200);
            assertThat(call.get("retries").asInt()).isZero();
            JsonNode upstreamEnd = logs.awaitCount("flow_end", 1).get(0);
            JsonNode callStep = upstreamEnd.get("timeline").get(0);
            assertThat(callStep.get("fn").asText()).isEqualTo("inventory GET");

            JsonNode downstreamStart = downstreamLogs.withMessage("flow_start").get(0);
            assertThat(downstreamStart.get("trace_id").asText())
                    .isEqualTo(upstreamEnd.get("trace_id").asText());
            assertThat(downstreamStart.get("parent_span_id").asText())
                    .isEqualTo(callStep.get("span_id").asText());
            assertThat(downstreamLogs
                            .awaitCount("request_completed", 1)
                            .get(0)
                            .get("request_id")
                            .asText())
                    .isEqualTo(response.headers().firstValue("X-Request-ID").orElseThrow());
            assertThat(TraceContext.parse(
                            "00-" + downstreamStart.get("trace_id").asText() + "-"
                                    + downstreamStart.get("span_id").asText() + "-01"))
                    .isNotNull();
        }
    }

    @Test
    void dependencyCallToANothingListening_isAConnectError() throws Exception {
        start(RequestLogging.builder());
        server.downstream(URI.create("http://127.0.0.1:1/nothing?secret=" + SECRET));
        assertThat(get("/proxy").statusCode()).isEqualTo(500);
        JsonNode call = logs.withMessage("dependency_call").get(0);
        assertThat(call.get("level").asText()).isEqualTo("ERROR");
        assertThat(call.get("error_category").asText()).isEqualTo("connect");
        assertThat(call.get("url").asText()).isEqualTo("http://127.0.0.1:1/nothing");
        assertThat(logs.text()).doesNotContain(SECRET);
    }
}
