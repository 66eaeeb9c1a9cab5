package dev.cairn;

import dev.cairn.flow.Flows;
import dev.cairn.context.LogContext;
import dev.cairn.flow.Flow;
import dev.cairn.flow.Step;
import dev.cairn.flow.TraceContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.testing.JsonLines;
import java.time.Duration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FlowTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    private static JsonNode flowEnd(TestLogs logs) {
        List<JsonNode> ends = logs.withMessage("flow_end");
        assertThat(ends).hasSize(1);
        return ends.get(0);
    }

    @Test
    void flow_writesStartAndEndWithTheTimelineOfNestedSteps() {
        try (TestLogs logs = TestLogs.json()) {
            Logger log = logs.logger("shop");
            String result = Flows.of(logs.system).call("checkout", () -> {
                Step.run("validate_payment", () -> log.info("validating"));
                return Step.call("charge_card", () -> {
                    Step.run("call_gateway", () -> log.info("calling gateway"));
                    return "paid";
                });
            });
            assertThat(result).isEqualTo("paid");

            JsonNode start = logs.withMessage("flow_start").get(0);
            JsonNode end = flowEnd(logs);
            String flowId = start.get("flow_id").asText();
            assertThat(flowId).matches("checkout-[0-9a-f]{8}");
            assertThat(start.get("flow_type").asText()).isEqualTo("flow_start");
            assertThat(start.get("trace_id").asText()).matches("[0-9a-f]{32}");
            assertThat(end.get("flow_id").asText()).isEqualTo(flowId);
            assertThat(end.get("flow_type").asText()).isEqualTo("flow_end");
            assertThat(end.get("flow_status").asText()).isEqualTo("success");
            assertThat(end.get("level").asText()).isEqualTo("INFO");
            assertThat(end.get("total_ms").asDouble()).isNotNegative();
            assertThat(end.get("steps").asInt()).isEqualTo(3);
            JsonNode timeline = end.get("timeline");
            assertThat(timeline).extracting(e -> e.get("fn").asText() + "@" + e.get("depth").asInt() + ":"
                    + e.get("status").asText())
                    .containsExactly("validate_payment@1:ok", "charge_card@1:ok", "call_gateway@2:ok");
            assertThat(timeline.get(2).get("parent_span_id").asText()).isEqualTo(timeline.get(1).get("span_id").asText());
            assertThat(timeline.get(0).get("parent_span_id").asText()).isEqualTo(start.get("span_id").asText());

            JsonNode gateway = logs.withMessage("calling gateway").get(0);
            assertThat(gateway.get("flow_id").asText()).isEqualTo(flowId);
            assertThat(gateway.get("trace_id").asText()).isEqualTo(start.get("trace_id").asText());
            assertThat(gateway.get("span_id").asText()).isEqualTo(timeline.get(2).get("span_id").asText());
        }
    }

    @Test
    void flowWithoutLabel_hasAnIdOfEightHexDigits() {
        try (TestLogs logs = TestLogs.json()) {
            Flows.of(logs.system).run("", () -> { });
            assertThat(flowEnd(logs).get("flow_id").asText()).matches("[0-9a-f]{8}");
        }
    }

    @Test
    void failureAtStepTwoOfThree_namesTheStepAndRethrowsUnchanged() {
        IllegalStateException declined = new IllegalStateException("card declined");
        try (TestLogs logs = TestLogs.json()) {
            assertThatThrownBy(() -> Flows.of(logs.system).run("checkout", () -> {
                Step.run("validate_payment", () -> { });
                try {
                    Step.run("charge_card", () -> {
                        throw declined;
                    });
                } finally {
                    Step.run("release_hold", () -> { });
                }
            })).isSameAs(declined);
            JsonNode end = flowEnd(logs);
            assertThat(end.get("flow_status").asText()).isEqualTo("failed");
            assertThat(end.get("level").asText()).isEqualTo("ERROR");
            assertThat(end.get("failed_at").asText()).isEqualTo("charge_card");
            assertThat(end.get("step").asText()).isEqualTo("2/3");
            assertThat(end.get("flow_error").asText()).isEqualTo("java.lang.IllegalStateException: card declined");
            assertThat(end.get("error").get("stack").asText()).contains("card declined");
            assertThat(end.get("timeline")).extracting(e -> e.get("status").asText()).containsExactly("ok", "failed", "ok");
        }
    }

    @Test
    void checkedExceptions_passThroughUnchanged() {
        IOException io = new IOException("disk");
        try (TestLogs logs = TestLogs.json()) {
            assertThatThrownBy(() -> Flows.of(logs.system).call("import", () -> Step.call("read", () -> {
                throw io;
            }))).isSameAs(io);
            assertThat(flowEnd(logs).get("failed_at").asText()).isEqualTo("read");
        }
    }

    @Test
    void tryWithResourcesFlow_isFailedByFail() {
        try (TestLogs logs = TestLogs.json()) {
            try (Flow flow = Flows.of(logs.system).start("manual")) {
                flow.fail(new IllegalArgumentException("bad order"));
            }
            JsonNode end = flowEnd(logs);
            assertThat(end.get("flow_status").asText()).isEqualTo("failed");
            assertThat(end.get("failed_at").asText()).isEqualTo("manual");
            assertThat(end.has("step")).isFalse();
        }
    }

    @Test
    void concurrentStepsOnAPool_eachHaveTheirOwnTiming() throws Exception {
        try (TestLogs logs = TestLogs.json()) {
            ExecutorService wrapped = LogContext.wrap(pool);
            Flows.of(logs.system).run("fan-out", () -> {
                List<Future<?>> parts = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    int part = i;
                    parts.add(wrapped.submit(() -> Step.run("part-" + part, () -> {
                        Step.run("inner-" + part, () -> logs.logger("worker").info("working on {}", part));
                    })));
                }
                for (Future<?> future : parts) {
                    future.get();
                }
            });
            JsonNode end = flowEnd(logs);
            assertThat(end.get("steps").asInt()).isEqualTo(16);
            JsonNode timeline = end.get("timeline");
            assertThat(timeline).hasSize(16);
            for (JsonNode entry : timeline) {
                if (entry.get("fn").asText().startsWith("inner-")) {
                    String part = entry.get("fn").asText().substring("inner-".length());
                    JsonNode parent = null;
                    for (JsonNode candidate : timeline) {
                        if (candidate.get("fn").asText().equals("part-" + part)) {
                            parent = candidate;
                        }
                    }
                    assertThat(parent).isNotNull();
                    assertThat(entry.get("parent_span_id").asText()).isEqualTo(parent.get("span_id").asText());
                    assertThat(entry.get("depth").asInt()).isEqualTo(2);
                }
            }
            assertThat(logs.withMessage("working on 3").get(0).get("flow_id").asText())
                    .isEqualTo(end.get("flow_id").asText());
        }
    }

    @Test
    void asyncStepsAndFlows_lastUntilTheirFutureCompletesOnAnotherThread() throws Exception {
        try (TestLogs logs = TestLogs.json()) {
            CompletableFuture<String> gate = new CompletableFuture<>();
            CompletableFuture<String> result = Flows.of(logs.system).async("async-checkout",
                    () -> Step.async("remote_call", () -> gate.thenApplyAsync(value -> value + "!", pool)));
            assertThat(logs.withMessage("flow_end")).isEmpty();
            pool.submit(() -> gate.complete("done"));
            assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("done!");
            JsonNode end = flowEnd(logs);
            assertThat(end.get("flow_status").asText()).isEqualTo("success");
            assertThat(end.get("timeline").get(0).get("fn").asText()).isEqualTo("remote_call");
            assertThat(end.get("trace_id").asText()).isEqualTo(logs.withMessage("flow_start").get(0)
                    .get("trace_id").asText());
        }
    }

    @Test
    void asyncFailure_failsTheStepAndTheFlow() throws Exception {
        try (TestLogs logs = TestLogs.json()) {
            CompletableFuture<String> result = Flows.of(logs.system).async("async-fail",
                    () -> Step.async("remote_call", () -> CompletableFuture.supplyAsync(() -> {
                        throw new IllegalStateException("remote down");
                    }, pool)));
            assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
            JsonNode end = flowEnd(logs);
            assertThat(end.get("flow_status").asText()).isEqualTo("failed");
            assertThat(end.get("failed_at").asText()).isEqualTo("remote_call");
        }
    }

    @Test
    void nestedFlow_becomesAStepWithOneWarning() {
        try (TestLogs logs = TestLogs.json()) {
            Flows.of(logs.system).run("outer", () -> Flows.of(logs.system).run("inner", () -> Step.run("work", () -> { })));
            assertThat(logs.withMessage("flow_start")).hasSize(1);
            JsonNode end = flowEnd(logs);
            assertThat(end.get("flow_label").asText()).isEqualTo("outer");
            assertThat(end.get("timeline")).extracting(e -> e.get("fn").asText() + "@" + e.get("depth").asInt())
                    .containsExactly("inner@1", "work@2");
            List<JsonNode> warnings = logs.withMessage("nested flow runs as a step of the active flow");
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0).get("level").asText()).isEqualTo("WARN");
            assertThat(warnings.get(0).get("nested_flow").asText()).isEqualTo("inner");
        }
    }

    @Test
    void incomingTraceparent_isContinued() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        try (TestLogs logs = TestLogs.json()) {
            String outgoing;
            try (Flow flow = Flows.of(logs.system).start("api", traceparent)) {
                outgoing = Step.call("downstream", Flow::traceparent);
                assertThat(flow.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
            }
            JsonNode start = logs.withMessage("flow_start").get(0);
            assertThat(start.get("trace_id").asText()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
            assertThat(start.get("parent_span_id").asText()).isEqualTo("00f067aa0ba902b7");
            TraceContext parsed = TraceContext.parse(outgoing);
            assertThat(parsed.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
            assertThat(parsed.spanId()).isEqualTo(flowEnd(logs).get("timeline").get(0).get("span_id").asText());
        }
    }

    @Test
    void malformedTraceparent_startsANewTraceAndIsNeverEchoedRaw() {
        String hostile = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\n{\"level\":\"FATAL\"}\u001b[2J"
                + "x".repeat(500);
        try (TestLogs logs = TestLogs.json()) {
            Flows.of(logs.system).run("api", () -> { });
            Flows.of(logs.system).start("api2", hostile).close();
            List<String> lines = logs.lines();
            assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("\n").doesNotContain("\u001b"));
            JsonNode warning = logs.withMessage("malformed traceparent replaced by a new trace").get(0);
            assertThat(warning.get("rejected_traceparent").asText()).hasSize(101).endsWith("…");
            assertThat(warning.get("trace_id").asText()).isNotEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        }
    }

    @Test
    void traceparentValidation_followsTheW3cRules() {
        assertThat(TraceContext.parse("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")).isNotNull();
        assertThat(TraceContext.parse("00-00000000000000000000000000000000-00f067aa0ba902b7-01")).isNull();
        assertThat(TraceContext.parse("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01")).isNull();
        assertThat(TraceContext.parse("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")).isNull();
        assertThat(TraceContext.parse("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")).isNull();
        assertThat(TraceContext.parse("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra")).isNull();
        assertThat(TraceContext.parse("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra")).isNotNull();
        assertThat(TraceContext.parse("00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01")).isNull();
        assertThat(TraceContext.parse(null)).isNull();
    }

    @Test
    void stepCap_countsEveryStepButStoresOnlyTheLimit() {
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.flow.max-steps", "10"))) {
            Flows.of(logs.system).run("big", () -> {
                for (int i = 0; i < 25; i++) {
                    Step.run("s" + i, () -> { });
                }
            });
            JsonNode end = flowEnd(logs);
            assertThat(end.get("steps").asInt()).isEqualTo(25);
            assertThat(end.get("timeline")).hasSize(10);
            assertThat(end.get("timeline_truncated").asBoolean()).isTrue();
            assertThat(end.get("steps_not_in_timeline").asInt()).isEqualTo(15);
        }
    }

    @Test
    void flowLeftOpenPastItsMaximumDuration_isAbandonedWhenItsThreadStartsAnother() throws Exception {
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.flow.max-duration", "1s"))) {
            Flow leaked = Flows.of(logs.system).start("leaked");
            assertThat(leaked.id()).startsWith("leaked-");
            logs.ticker.advance(Duration.ofMillis(1_100));
            Flows.of(logs.system).run("next", () -> { });
            List<JsonNode> ends = logs.withMessage("flow_end");
            assertThat(ends).extracting(e -> e.get("flow_label").asText() + ":" + e.get("flow_status").asText())
                    .containsExactly("leaked:abandoned", "next:success");
            assertThat(LogContext.current().size()).isZero();
        }
    }

    @Test
    void stepOutsideAFlow_justRuns() {
        try (TestLogs logs = TestLogs.json()) {
            assertThat(Step.call("alone", () -> 42)).isEqualTo(42);
            assertThat(Flow.traceparent()).isNull();
            assertThat(logs.records()).isEmpty();
        }
    }

    @Test
    void flowRecords_areOfTheFlowKindForRouting(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        try (LogSystem system = LogSystem.builder().environment(java.util.Map.of())
                .systemProperties(new java.util.Properties()).workingDirectory(dir).classLoader(null)
                .shutdownHook(false).configure(c -> c.set("cairn.console", "none").service("shop")
                        .set("cairn.preset", "success-error-flows")).build()) {
            Flows.of(system).run("checkout", () -> system.logger("shop").info("inside"));
        }
        List<String> flows = java.nio.file.Files.readAllLines(dir.resolve("logs/flows/shop.log"));
        List<String> success = java.nio.file.Files.readAllLines(dir.resolve("logs/success/shop.log"));
        assertThat(flows).extracting(line -> JsonLines.parse(line).get("message").asText())
                .containsExactly("flow_start", "flow_end");
        assertThat(success).extracting(line -> JsonLines.parse(line).get("message").asText()).containsExactly("inside");
    }
}
