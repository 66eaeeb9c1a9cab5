package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.context.LogContext;
import dev.cairn.flow.Flow;
import dev.cairn.flow.Flows;
import dev.cairn.flow.Step;
import dev.cairn.flow.TraceContext;
import dev.cairn.flow.scenarios.FlowScenarios;
import dev.cairn.flow.scenarios.Scenario;
import dev.cairn.flow.scenarios.ScenarioRun;
import dev.cairn.testing.JsonLines;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Flows written as code blocks ({@link Flows}, {@link Step}): the shared scenarios, and the API's own behaviour. */
class FlowTest extends FlowScenarios {

    @Override
    protected ScenarioRun run(Scenario scenario) throws Exception {
        try (TestLogs logs = TestLogs.json(c -> scenario.settings().forEach(c::set))) {
            ScenarioShop shop = new CodeBlockShop(Flows.of(logs.system), logs.logger("shop"));
            List<String> observed = ShopCaller.call(shop, scenario, logs.logger("caller"));
            return new ScenarioRun(logs.records(), observed);
        }
    }

    @Override
    protected Class<CardDeclined> cardDeclined() {
        return CardDeclined.class;
    }

    /** The scenario shop written with code blocks. */
    static final class CodeBlockShop implements ScenarioShop {
        private final Flows flows;
        private final Logger log;

        CodeBlockShop(Flows flows, Logger log) {
            this.flows = flows;
            this.log = log;
        }

        @Override
        public String checkout(String order) {
            return flows.call("checkout", () -> {
                Step.run("validate", () -> validate(order));
                String receipt = Step.call(
                        "charge",
                        () -> Step.call("call_gateway", () -> {
                            log.info("contacting the gateway for {}", order);
                            return "paid:" + order;
                        }));
                Step.call("reserve", order::length);
                return receipt;
            });
        }

        @Override
        public void pay(String order) throws CardDeclined {
            flows.run("pay", () -> {
                Step.run("validate", () -> validate(order));
                try {
                    Step.run("charge_card", () -> decline(order));
                } finally {
                    Step.run("release", () -> release(order));
                }
            });
        }

        @Override
        public int fanOut(ExecutorService pool) throws Exception {
            ExecutorService propagating = LogContext.wrap(pool);
            return flows.call("fan_out", () -> {
                List<Future<Integer>> prices = new ArrayList<>();
                for (int item = 1; item <= 4; item++) {
                    int current = item;
                    prices.add(propagating.submit(() -> Step.call(
                            "price",
                            () -> Step.call("lookup", () -> {
                                log.info("looking up item {}", current);
                                return current * 10;
                            }))));
                }
                int total = 0;
                for (Future<Integer> price : prices) {
                    total += price.get();
                }
                return total;
            });
        }

        @Override
        public CompletableFuture<String> asyncOrder(ExecutorService pool, CompletableFuture<String> gate) {
            return flows.async(
                    "async_order",
                    () -> Step.async("authorize", () -> ScenarioShop.authorization(pool, gate))
                            .thenApply(code -> "order:" + code));
        }

        @Override
        public void outer() {
            flows.run("outer", () -> flows.run("inner", () -> Step.run("release", () -> release("nested"))));
        }

        @Override
        public void big(int steps) {
            flows.run("big", () -> {
                for (int i = 0; i < steps; i++) {
                    String item = "item" + i;
                    Step.run("release", () -> release(item));
                }
            });
        }

        private static void validate(String order) {
            if (order.isEmpty()) {
                throw new IllegalArgumentException("empty order");
            }
        }

        private static void decline(String order) throws CardDeclined {
            throw new CardDeclined("card declined for " + order);
        }

        private static void release(String order) {
            if (order == null) {
                throw new IllegalArgumentException("no order");
            }
        }
    }

    private static JsonNode flowEnd(TestLogs logs) {
        List<JsonNode> ends = logs.withMessage("flow_end");
        assertThat(ends).hasSize(1);
        return ends.get(0);
    }

    @Test
    void flowWithoutLabel_hasAnIdOfEightHexDigits() {
        try (TestLogs logs = TestLogs.json()) {
            Flows.of(logs.system).run("", () -> {});
            assertThat(flowEnd(logs).get("flow_id").asText()).matches("[0-9a-f]{8}");
        }
    }

    // The scenarios' caller sees an exception's type, message and origin; here, that it is the very same object.
    @Test
    void uncheckedExceptions_passThroughAsTheSameObject() {
        IllegalStateException declined = new IllegalStateException("card declined");
        try (TestLogs logs = TestLogs.json()) {
            assertThatThrownBy(() -> Flows.of(logs.system)
                            .run(
                                    "checkout",
                                    () -> Step.run("charge_card", () -> {
                                        throw declined;
                                    })))
                    .isSameAs(declined);
            assertThat(flowEnd(logs).get("failed_at").asText()).isEqualTo("charge_card");
        }
    }

    @Test
    void checkedExceptions_passThroughUnchanged() {
        IOException io = new IOException("disk");
        try (TestLogs logs = TestLogs.json()) {
            assertThatThrownBy(() -> Flows.of(logs.system)
                            .call(
                                    "import",
                                    () -> Step.call("read", () -> {
                                        throw io;
                                    })))
                    .isSameAs(io);
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
            assertThat(parsed.spanId())
                    .isEqualTo(
                            flowEnd(logs).get("timeline").get(0).get("span_id").asText());
        }
    }

    @Test
    void malformedTraceparent_startsANewTraceAndIsNeverEchoedRaw() {
        String hostile = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\n{\"level\":\"FATAL\"}\u001b[2J"
                + "x".repeat(500);
        try (TestLogs logs = TestLogs.json()) {
            Flows.of(logs.system).run("api", () -> {});
            Flows.of(logs.system).start("api2", hostile).close();
            List<String> lines = logs.lines();
            assertThat(lines)
                    .allSatisfy(line -> assertThat(line).doesNotContain("\n").doesNotContain("\u001b"));
            JsonNode warning = logs.withMessage("malformed traceparent replaced by a new trace")
                    .get(0);
            assertThat(warning.get("rejected_traceparent").asText())
                    .hasSize(101)
                    .endsWith("…");
            assertThat(warning.get("trace_id").asText()).isNotEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        }
    }

    @Test
    void traceparentValidation_followsTheW3cRules() {
        assertThat(TraceContext.parse("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .isNotNull();
        assertThat(TraceContext.parse("00-00000000000000000000000000000000-00f067aa0ba902b7-01"))
                .isNull();
        assertThat(TraceContext.parse("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01"))
                .isNull();
        assertThat(TraceContext.parse("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .isNull();
        assertThat(TraceContext.parse("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01"))
                .isNull();
        assertThat(TraceContext.parse("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra"))
                .isNull();
        assertThat(TraceContext.parse("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra"))
                .isNotNull();
        assertThat(TraceContext.parse("00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01"))
                .isNull();
        assertThat(TraceContext.parse(null)).isNull();
    }

    @Test
    void flowLeftOpenPastItsMaximumDuration_isAbandonedWhenItsThreadStartsAnother() throws Exception {
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.flow.max-duration", "1s"))) {
            Flow leaked = Flows.of(logs.system).start("leaked");
            assertThat(leaked.id()).startsWith("leaked-");
            logs.ticker.advance(Duration.ofMillis(1_100));
            Flows.of(logs.system).run("next", () -> {});
            List<JsonNode> ends = logs.withMessage("flow_end");
            assertThat(ends)
                    .extracting(e -> e.get("flow_label").asText() + ":"
                            + e.get("flow_status").asText())
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
        try (LogSystem system = LogSystem.builder()
                .environment(java.util.Map.of())
                .systemProperties(new java.util.Properties())
                .workingDirectory(dir)
                .classLoader(null)
                .shutdownHook(false)
                .configure(
                        c -> c.set("cairn.console", "none").service("shop").set("cairn.preset", "success-error-flows"))
                .build()) {
            Flows.of(system).run("checkout", () -> system.logger("shop").info("inside"));
        }
        List<String> flows = java.nio.file.Files.readAllLines(dir.resolve("logs/flows/shop.log"));
        List<String> success = java.nio.file.Files.readAllLines(dir.resolve("logs/success/shop.log"));
        assertThat(flows)
                .extracting(line -> JsonLines.parse(line).get("message").asText())
                .containsExactly("flow_start", "flow_end");
        assertThat(success)
                .extracting(line -> JsonLines.parse(line).get("message").asText())
                .containsExactly("inside");
    }
}
