package dev.cairn.otlp;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.Logger;
import dev.cairn.context.LogContext;
import dev.cairn.flow.Flows;
import dev.cairn.testing.Await;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.Value;
import io.opentelemetry.api.logs.Severity;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.exporter.otlp.http.logs.OtlpHttpLogRecordExporter;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.export.SimpleLogRecordProcessor;
import io.opentelemetry.sdk.resources.Resource;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same records exported by Cairn and by the OpenTelemetry Java SDK's own OTLP/HTTP exporter decode to the same
 * log records, field for field, times aside.
 */
class SdkParityTest {

    @TempDir
    Path directory;

    private final OtlpReceiver receiver = new OtlpReceiver();

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void cairnAndTheSdk_sendTheSameLogRecords() {
        IllegalStateException failure = new IllegalStateException("declined", new RuntimeException("cause"));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sku", "A-1");
        item.put("qty", 3);
        Map<String, String> ids = new LinkedHashMap<>();
        try (TestSystems test = new TestSystems(
                directory,
                Map.of(),
                config -> config.set("cairn.sink.otlp.endpoint", receiver.base())
                        .set("cairn.sink.otlp.flows", "spans"))) {
            Logger log = test.system.logger("shop.orders");
            try (LogContext.Scope ignored = LogContext.with("tenant", "acme").open()) {
                Flows.of(test.system).run("checkout", () -> {
                    ids.put("trace", (String) LogContext.get("trace_id"));
                    ids.put("span", (String) LogContext.get("span_id"));
                    ids.put("flow", (String) LogContext.get("flow_id"));
                    log.warn(
                            "order {} failed",
                            42,
                            kv("amount", 12.5),
                            kv("count", -7L),
                            kv("paid", false),
                            kv("tags", List.of("a", "b")),
                            kv("item", item),
                            failure);
                });
            }
            log.info("plain");
            test.system.flush();
            Await.until(receiver::logs, logs -> logs.size() >= 2, () -> "Cairn's 2 records");
        }
        List<LogRecord> cairn =
                receiver.logs().stream().map(OtlpReceiver.ReceivedLog::record).toList();
        String thread = Thread.currentThread().getName();

        OtlpHttpLogRecordExporter exporter = OtlpHttpLogRecordExporter.builder()
                .setEndpoint(receiver.base() + "/v1/logs")
                .build();
        try (SdkLoggerProvider provider = SdkLoggerProvider.builder()
                .setResource(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), "shop")))
                .addLogRecordProcessor(SimpleLogRecordProcessor.create(exporter))
                .build()) {
            io.opentelemetry.api.logs.Logger sdk = provider.get("shop.orders");
            SpanContext span = SpanContext.create(
                    ids.get("trace"), ids.get("span"), TraceFlags.getSampled(), TraceState.getDefault());
            sdk.logRecordBuilder()
                    .setContext(Context.root().with(Span.wrap(span)))
                    .setSeverity(Severity.WARN)
                    .setSeverityText("WARN")
                    .setBody("order 42 failed")
                    .setAttribute("amount", 12.5)
                    .setAttribute("count", -7L)
                    .setAttribute("paid", false)
                    .setAttribute(AttributeKey.stringArrayKey("tags"), List.of("a", "b"))
                    .setAttribute("item", Value.of(Map.of("sku", Value.of("A-1"), "qty", Value.of(3L))))
                    .setAttribute("tenant", "acme")
                    .setAttribute("flow_id", ids.get("flow"))
                    .setAttribute("thread.name", thread)
                    .setException(failure)
                    .emit();
            sdk.logRecordBuilder()
                    .setSeverity(Severity.INFO)
                    .setSeverityText("INFO")
                    .setBody("plain")
                    .setAttribute("thread.name", thread)
                    .emit();
            provider.forceFlush();
        }
        Await.until(receiver::logs, logs -> logs.size() >= 4, () -> "the SDK's 2 records");
        List<OtlpReceiver.ReceivedLog> all = receiver.logs();
        List<LogRecord> sdkRecords = all.subList(2, all.size()).stream()
                .map(OtlpReceiver.ReceivedLog::record)
                .toList();
        assertThat(all.get(2).scope().getScope().getName())
                .isEqualTo(receiver.logs().get(0).scope().getScope().getName());

        // The SDK's simple processor exports each record on its own, so its requests may arrive in either order.
        Comparator<LogRecord> byBody = Comparator.comparing(r -> r.getBody().getStringValue());
        assertThat(cairn.stream()
                        .map(SdkParityTest::timesAsideAttributesSorted)
                        .sorted(byBody)
                        .toList())
                .hasSize(2)
                .isEqualTo(sdkRecords.stream()
                        .map(SdkParityTest::timesAsideAttributesSorted)
                        .sorted(byBody)
                        .toList());
    }

    /** The record without its times, attributes by key (the SDK keeps attributes in a hash map). */
    private static LogRecord timesAsideAttributesSorted(LogRecord record) {
        List<KeyValue> attributes = record.getAttributesList().stream()
                .map(SdkParityTest::sortedKvlists)
                .sorted(Comparator.comparing(KeyValue::getKey))
                .toList();
        return record.toBuilder()
                .clearTimeUnixNano()
                .clearObservedTimeUnixNano()
                .clearAttributes()
                .addAllAttributes(attributes)
                .build();
    }

    private static KeyValue sortedKvlists(KeyValue attribute) {
        if (!attribute.getValue().hasKvlistValue()) {
            return attribute;
        }
        List<KeyValue> entries = attribute.getValue().getKvlistValue().getValuesList().stream()
                .sorted(Comparator.comparing(KeyValue::getKey))
                .toList();
        return attribute.toBuilder()
                .setValue(attribute.getValue().toBuilder()
                        .setKvlistValue(attribute.getValue().getKvlistValue().toBuilder()
                                .clearValues()
                                .addAllValues(entries)))
                .build();
    }
}
