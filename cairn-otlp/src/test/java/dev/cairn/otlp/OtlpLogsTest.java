package dev.cairn.otlp;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.Logger;
import dev.cairn.context.LogContext;
import dev.cairn.flow.Flows;
import dev.cairn.testing.Await;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.SeverityNumber;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OtlpLogsTest {

    @TempDir
    Path directory;

    private final OtlpReceiver receiver = new OtlpReceiver();

    @AfterEach
    void stop() {
        receiver.close();
    }

    private TestSystems system(String protocol, String compression) {
        return new TestSystems(
                directory,
                Map.of(),
                config -> config.set("cairn.sink.otlp.endpoint", receiver.base())
                        .set("cairn.sink.otlp.protocol", protocol)
                        .set("cairn.sink.otlp.compression", compression)
                        .set("cairn.sink.otlp.service.version", "1.4.2")
                        .set("cairn.sink.otlp.deployment.environment", "staging")
                        .set("cairn.location", "true")
                        .set("cairn.level", "TRACE")
                        .service("shop")
                        .host("web-1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http/protobuf", "http/json"})
    void everyFieldOfALogRecord_arrivesAsTheSpecSays(String protocol) {
        AtomicReference<String> traceId = new AtomicReference<>();
        AtomicReference<String> spanId = new AtomicReference<>();
        IllegalStateException failure = new IllegalStateException("card \"declined\"\n", new RuntimeException("cause"));
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("sku", "A-1");
        nested.put("password", "hunter2");
        nested.put("sizes", List.of(1, 2));
        try (TestSystems test = system(protocol, "gzip")) {
            Logger log = test.system.logger("shop.orders");
            try (LogContext.Scope ignored = LogContext.with("tenant", "acme").open()) {
                Flows.of(test.system).run("checkout", () -> {
                    traceId.set((String) LogContext.get("trace_id"));
                    spanId.set((String) LogContext.get("span_id"));
                    log.warn(
                            "order {} failed \u001b[31m é 😀",
                            42,
                            kv("amount", 12.5),
                            kv("count", -7L),
                            kv("paid", false),
                            kv("item", nested),
                            kv("tags", List.of("a", "b")),
                            kv("api_key", "sk-123"),
                            kv("none", null),
                            failure);
                });
            }
            log.debug("outside");
            test.system.flush();
            Await.until(receiver::logs, logs -> logs.size() >= 4, () -> "4 log records, got " + receiver.logs());
        }
        assertThat(receiver.requests("/v1/logs")).allSatisfy(request -> {
            assertThat(request.header("Content-Type"))
                    .isEqualTo(protocol.equals("http/json") ? "application/json" : "application/x-protobuf");
            assertThat(request.header("Content-Encoding")).isEqualTo("gzip");
        });
        List<OtlpReceiver.ReceivedLog> logs = receiver.logs();
        OtlpReceiver.ReceivedLog warn = logs.stream()
                .filter(l -> l.record().getSeverityText().equals("WARN"))
                .findFirst()
                .orElseThrow();
        LogRecord record = warn.record();

        assertThat(attributes(warn.resource().getResource().getAttributesList()))
                .containsEntry("service.name", string("shop"))
                .containsEntry("service.version", string("1.4.2"))
                .containsEntry("host.name", string("web-1"))
                .containsEntry("deployment.environment.name", string("staging"))
                .containsEntry("process.pid", integer(ProcessHandle.current().pid()));
        assertThat(warn.scope().getScope().getName()).isEqualTo("shop.orders");

        assertThat(record.getTimeUnixNano()).isPositive();
        assertThat(record.getObservedTimeUnixNano()).isEqualTo(record.getTimeUnixNano());
        assertThat(record.getSeverityNumber()).isEqualTo(SeverityNumber.SEVERITY_NUMBER_WARN);
        assertThat(record.getBody().getStringValue()).isEqualTo("order 42 failed \u001b[31m é 😀");
        assertThat(HexFormat.of().formatHex(record.getTraceId().toByteArray())).isEqualTo(traceId.get());
        assertThat(HexFormat.of().formatHex(record.getSpanId().toByteArray())).isEqualTo(spanId.get());
        assertThat(record.getFlags()).isEqualTo(1);

        Map<String, AnyValue> attributes = attributes(record.getAttributesList());
        assertThat(attributes.get("amount").getDoubleValue()).isEqualTo(12.5);
        assertThat(attributes.get("count").getIntValue()).isEqualTo(-7L);
        assertThat(attributes.get("paid").hasBoolValue()).isTrue();
        assertThat(attributes.get("paid").getBoolValue()).isFalse();
        assertThat(attributes(attributes.get("item").getKvlistValue().getValuesList()))
                .containsEntry("sku", string("A-1"))
                .containsEntry("password", string("[REDACTED]"));
        assertThat(attributes(attributes.get("item").getKvlistValue().getValuesList())
                        .get("sizes")
                        .getArrayValue()
                        .getValuesList())
                .containsExactly(integer(1), integer(2));
        assertThat(attributes.get("tags").getArrayValue().getValuesList()).containsExactly(string("a"), string("b"));
        assertThat(attributes.get("api_key")).isEqualTo(string("[REDACTED]"));
        assertThat(attributes.get("none")).isEqualTo(AnyValue.getDefaultInstance());
        assertThat(attributes.get("tenant")).isEqualTo(string("acme"));
        assertThat(attributes.get("flow_id").getStringValue()).startsWith("checkout-");
        assertThat(attributes).doesNotContainKeys("trace_id", "span_id");
        assertThat(attributes.get("thread.name"))
                .isEqualTo(string(Thread.currentThread().getName()));
        assertThat(attributes.get("exception.type")).isEqualTo(string(IllegalStateException.class.getName()));
        assertThat(attributes.get("exception.message")).isEqualTo(string("card \"declined\"\n"));
        assertThat(attributes.get("exception.stacktrace").getStringValue())
                .startsWith(IllegalStateException.class.getName() + ": card")
                .contains("Caused by: java.lang.RuntimeException: cause");
        assertThat(attributes.get("code.function.name").getStringValue())
                .startsWith(OtlpLogsTest.class.getName() + ".");
        assertThat(attributes.get("code.file.path")).isEqualTo(string("OtlpLogsTest.java"));
        assertThat(attributes.get("code.line.number").getIntValue()).isPositive();

        LogRecord outside = logs.stream()
                .filter(l -> l.record().getBody().getStringValue().equals("outside"))
                .findFirst()
                .orElseThrow()
                .record();
        assertThat(outside.getSeverityNumber()).isEqualTo(SeverityNumber.SEVERITY_NUMBER_DEBUG);
        assertThat(outside.getTraceId().isEmpty()).isTrue();
        assertThat(outside.getSpanId().isEmpty()).isTrue();
        assertThat(outside.getFlags()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http/protobuf", "http/json"})
    void severities_mapToTheirNumbers_andFlowRecordsAreLogsToo(String protocol) {
        try (TestSystems test = system(protocol, "none")) {
            Logger log = test.system.logger("levels");
            log.trace("t");
            log.info("i");
            log.error("e");
            Flows.of(test.system).run("quick", () -> {});
            test.system.flush();
            Await.until(
                    receiver::logs,
                    logs -> logs.size() >= 5,
                    () -> "5 records, got " + receiver.logs().size());
        }
        assertThat(receiver.requests())
                .allSatisfy(r -> assertThat(r.header("Content-Encoding")).isNull());
        Map<String, SeverityNumber> severities = new LinkedHashMap<>();
        for (OtlpReceiver.ReceivedLog log : receiver.logs()) {
            severities.put(log.record().getBody().getStringValue(), log.record().getSeverityNumber());
        }
        assertThat(severities)
                .containsEntry("t", SeverityNumber.SEVERITY_NUMBER_TRACE)
                .containsEntry("i", SeverityNumber.SEVERITY_NUMBER_INFO)
                .containsEntry("e", SeverityNumber.SEVERITY_NUMBER_ERROR)
                .containsEntry("flow_end", SeverityNumber.SEVERITY_NUMBER_INFO);
        OtlpReceiver.ReceivedLog end = receiver.logs().stream()
                .filter(l -> l.record().getBody().getStringValue().equals("flow_end"))
                .findFirst()
                .orElseThrow();
        assertThat(end.scope().getScope().getName()).isEqualTo("cairn.flow");
        assertThat(attributes(end.record().getAttributesList()).get("timeline").hasArrayValue())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http/protobuf", "http/json"})
    void hostileValues_areBounded_andNeverBreakTheRequest(String protocol) {
        Object throwing = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("no text");
            }
        };
        List<Object> cycle = new java.util.ArrayList<>();
        cycle.add(cycle);
        try (TestSystems test = new TestSystems(
                directory,
                Map.of(),
                config -> config.set("cairn.sink.otlp.endpoint", receiver.base())
                        .set("cairn.sink.otlp.protocol", protocol)
                        .set("cairn.max-value-length", "100"))) {
            test.system
                    .logger("hostile")
                    .info(
                            "x".repeat(500),
                            kv("throwing", throwing),
                            kv("cycle", cycle),
                            kv("long", "y".repeat(500)),
                            kv(
                                    "many",
                                    java.util.stream.IntStream.range(0, 5000)
                                            .boxed()
                                            .toList()),
                            kv("nan", Double.NaN),
                            kv("quote\"key\u0000", "\u2028\ud800"));
            test.system.flush();
            Await.until(receiver::logs, logs -> !logs.isEmpty(), () -> "the record");
        }
        LogRecord record = receiver.logs().get(0).record();
        Map<String, AnyValue> attributes = attributes(record.getAttributesList());
        assertThat(record.getBody().getStringValue()).isEqualTo("x".repeat(100) + "…[truncated 400 chars]");
        assertThat(attributes.get("throwing").getStringValue()).contains("IllegalStateException");
        AnyValue nested = attributes.get("cycle");
        int depth = 0;
        while (nested.hasArrayValue()) {
            nested = nested.getArrayValue().getValues(0);
            depth++;
        }
        assertThat(depth).isBetween(1, 16);
        assertThat(nested.getStringValue()).as("the cycle ends in a marker").startsWith("[");
        assertThat(attributes.get("long").getStringValue()).isEqualTo("y".repeat(100) + "…[truncated 400 chars]");
        assertThat(attributes.get("many").getArrayValue().getValuesCount()).isEqualTo(1001);
        assertThat(attributes.get("nan").getDoubleValue()).isNaN();
        assertThat(attributes).containsKey("quote\"key\u0000");
    }

    static Map<String, AnyValue> attributes(List<KeyValue> list) {
        Map<String, AnyValue> map = new LinkedHashMap<>();
        for (KeyValue kv : list) {
            assertThat(map).as("attribute keys are unique").doesNotContainKey(kv.getKey());
            map.put(kv.getKey(), kv.getValue());
        }
        return map;
    }

    static AnyValue string(String value) {
        return AnyValue.newBuilder().setStringValue(value).build();
    }

    static AnyValue integer(long value) {
        return AnyValue.newBuilder().setIntValue(value).build();
    }
}
