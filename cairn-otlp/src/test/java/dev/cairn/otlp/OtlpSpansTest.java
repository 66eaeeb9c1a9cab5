package dev.cairn.otlp;

import static dev.cairn.otlp.OtlpLogsTest.attributes;
import static dev.cairn.otlp.OtlpLogsTest.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.context.LogContext;
import dev.cairn.flow.Flow;
import dev.cairn.flow.Flows;
import dev.cairn.flow.Step;
import dev.cairn.testing.Await;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OtlpSpansTest {

    private static final String CALLER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    @TempDir
    Path directory;

    private final OtlpReceiver receiver = new OtlpReceiver();

    @AfterEach
    void stop() {
        receiver.close();
    }

    private TestSystems system(String protocol, String flows) {
        return new TestSystems(
                directory,
                Map.of(),
                config -> config.set("cairn.sink.otlp.endpoint", receiver.base())
                        .set("cairn.sink.otlp.protocol", protocol)
                        .set("cairn.sink.otlp.flows", flows)
                        .service("shop"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http/protobuf", "http/json"})
    void aFlowIsASpan_andEachStepAChildSpan_withIdsSharedWithTheLogs(String protocol) {
        try (TestSystems test = system(protocol, "spans")) {
            Flows flows = Flows.of(test.system);
            flows.run("checkout", () -> {
                Step.run("validate", () -> test.system.logger("shop").info("validating"));
                Step.run("charge", () -> Step.run("call_gateway", () -> {}));
            });
            assertThatThrownBy(() -> flows.run("refund", () -> {
                        Step.run("lookup", () -> {
                            try {
                                Step.run("cache", () -> {
                                    throw new IllegalArgumentException("miss");
                                });
                            } catch (IllegalArgumentException caught) {
                                // a failure handled inside the flow
                            }
                        });
                        Step.run(
                                "pay_back",
                                () -> Step.run("call_gateway", () -> {
                                    throw new IllegalStateException("gateway timeout");
                                }));
                    }))
                    .isInstanceOf(IllegalStateException.class);
            test.system.flush();
            Await.until(receiver::spans, spans -> spans.size() >= 9, () -> "9 spans, got " + receiver.spans());
        }
        List<Span> spans =
                receiver.spans().stream().map(OtlpReceiver.ReceivedSpan::span).toList();
        assertThat(receiver.spans()).allSatisfy(s -> {
            assertThat(s.scope().getScope().getName()).isEqualTo("cairn.flow");
            assertThat(attributes(s.resource().getResource().getAttributesList()))
                    .containsEntry("service.name", string("shop"));
        });
        Map<String, Span> byName = spans.stream()
                .filter(s -> !s.getName().equals("call_gateway"))
                .collect(Collectors.toMap(Span::getName, Function.identity()));

        Span checkout = byName.get("checkout");
        assertThat(checkout.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_INTERNAL);
        assertThat(checkout.getParentSpanId().isEmpty()).isTrue();
        assertThat(checkout.getStatus().getCode()).isEqualTo(Status.StatusCode.STATUS_CODE_UNSET);
        assertThat(checkout.getEndTimeUnixNano()).isGreaterThanOrEqualTo(checkout.getStartTimeUnixNano());
        assertThat(attributes(checkout.getAttributesList()).get("cairn.flow.id").getStringValue())
                .startsWith("checkout-");
        assertThat(attributes(checkout.getAttributesList())
                        .get("cairn.flow.steps")
                        .getIntValue())
                .isEqualTo(3);
        for (String step : List.of("validate", "charge")) {
            Span child = byName.get(step);
            assertThat(child.getTraceId()).isEqualTo(checkout.getTraceId());
            assertThat(child.getParentSpanId()).isEqualTo(checkout.getSpanId());
            assertThat(child.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_INTERNAL);
            assertThat(child.getStartTimeUnixNano()).isGreaterThanOrEqualTo(checkout.getStartTimeUnixNano());
            assertThat(child.getEndTimeUnixNano()).isLessThanOrEqualTo(checkout.getEndTimeUnixNano());
            assertThat(child.getStatus().getCode()).isEqualTo(Status.StatusCode.STATUS_CODE_UNSET);
        }
        Span gatewayOfCharge = spans.stream()
                .filter(s ->
                        s.getName().equals("call_gateway") && s.getTraceId().equals(checkout.getTraceId()))
                .findFirst()
                .orElseThrow();
        assertThat(gatewayOfCharge.getParentSpanId())
                .isEqualTo(byName.get("charge").getSpanId());

        Span refund = byName.get("refund");
        assertThat(refund.getStatus().getCode()).isEqualTo(Status.StatusCode.STATUS_CODE_ERROR);
        assertThat(refund.getStatus().getMessage()).isEqualTo("java.lang.IllegalStateException: gateway timeout");
        assertThat(byName.get("pay_back").getStatus().getMessage())
                .isEqualTo("java.lang.IllegalStateException: gateway timeout");
        assertThat(byName.get("cache").getStatus().getCode()).isEqualTo(Status.StatusCode.STATUS_CODE_ERROR);
        assertThat(byName.get("cache").getStatus().getMessage()).isEqualTo("step failed");
        assertThat(byName.get("lookup").getStatus().getCode()).isEqualTo(Status.StatusCode.STATUS_CODE_UNSET);

        assertThat(receiver.logs())
                .as("flows=spans: only the record logged inside is a log record")
                .singleElement()
                .satisfies(log -> {
                    assertThat(log.record().getTraceId()).isEqualTo(checkout.getTraceId());
                    assertThat(log.record().getSpanId())
                            .isEqualTo(byName.get("validate").getSpanId());
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"http/protobuf", "http/json"})
    void aFlowServingARequest_isAServerSpan_continuingTheCallersTrace(String protocol) {
        try (TestSystems test = system(protocol, "both")) {
            try (LogContext.Scope request = LogContext.with("request_id", "r-1").open();
                    Flow flow = Flows.of(test.system)
                            .start("GET /orders", "00-" + CALLER_TRACE + "-" + CALLER_SPAN + "-01")) {
                test.system.logger("shop").info("serving");
            }
            try (LogContext.Scope request = LogContext.with("request_id", "r-2").open();
                    Flow flow = Flows.of(test.system).start("GET /health", null)) {
                test.system.logger("shop").info("request_completed");
            }
            test.system.flush();
            Await.until(receiver::spans, spans -> spans.size() >= 2, () -> "two spans");
            Await.until(receiver::logs, logs -> logs.size() >= 6, () -> "flow_start, a record, flow_end, twice");
        }
        Span health = receiver.spans().stream()
                .map(OtlpReceiver.ReceivedSpan::span)
                .filter(s -> s.getName().equals("GET /health"))
                .findFirst()
                .orElseThrow();
        assertThat(health.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_SERVER);
        assertThat(health.getParentSpanId().isEmpty()).isTrue();
        assertThat(attributes(health.getAttributesList())).containsEntry("request_id", string("r-2"));

        Span span = receiver.spans().stream()
                .map(OtlpReceiver.ReceivedSpan::span)
                .filter(s -> s.getName().equals("GET /orders"))
                .findFirst()
                .orElseThrow();
        assertThat(span.getName()).isEqualTo("GET /orders");
        assertThat(span.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_SERVER);
        assertThat(HexFormat.of().formatHex(span.getTraceId().toByteArray())).isEqualTo(CALLER_TRACE);
        assertThat(HexFormat.of().formatHex(span.getParentSpanId().toByteArray()))
                .isEqualTo(CALLER_SPAN);
        assertThat(attributes(span.getAttributesList())).containsEntry("request_id", string("r-1"));
        assertThat(receiver.logs())
                .filteredOn(log -> log.record().getTraceId().equals(span.getTraceId()))
                .extracting(log -> log.record().getBody().getStringValue())
                .containsExactlyInAnyOrder("flow_start", "serving", "flow_end");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http/protobuf", "http/json"})
    void flowsAsLogs_sendsNoSpans(String protocol) {
        try (TestSystems test = system(protocol, "logs")) {
            Flows.of(test.system).run("quick", () -> Step.run("one", () -> {}));
            test.system.flush();
            Await.until(receiver::logs, logs -> logs.size() >= 2, () -> "flow_start and flow_end");
        }
        assertThat(receiver.requests("/v1/traces")).isEmpty();
    }
}
