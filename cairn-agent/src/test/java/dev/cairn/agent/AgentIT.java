package dev.cairn.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.flow.MethodCall;
import example.shop.AttachMain;
import example.shop.OwnByteBuddyMain;
import example.shop.ShopMain;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent in a real JVM: {@code -javaagent:} the shaded jar, the application's classes and cairn-core on the class
 * path, and nothing else (no agent classes, and no ByteBuddy unless a test is about the application's own).
 */
class AgentIT {

    @TempDir
    Path work;

    private AgentJvm.Run shop(String scenario) throws IOException, InterruptedException {
        return shop(scenario, AgentJvm.NO_ARGUMENTS, Map.of());
    }

    private AgentJvm.Run shop(String scenario, String agentArguments, Map<String, String> environment)
            throws IOException, InterruptedException {
        AgentJvm.Run run = AgentJvm.run(work, agentArguments,
                List.of(AgentJvm.locationOf(ShopMain.class), AgentJvm.locationOf(MethodCall.class)), environment,
                List.of(), ShopMain.class, scenario);
        assertThat(run.exitCode()).as("exit code; standard error: %s", run.stderr()).isZero();
        return run;
    }

    private static List<String> timeline(JsonNode flowEnd) {
        return StreamSupport.stream(flowEnd.get("timeline").spliterator(), false)
                .map(e -> e.get("fn").asText() + "@" + e.get("depth").asInt() + ":" + e.get("status").asText())
                .collect(Collectors.toList());
    }

    @Test
    void nestedSteps_inAFinalClassAndInPrivateAndStaticMethods() throws Exception {
        AgentJvm.Run run = shop("checkout");

        assertThat(run.observed()).containsExactly("paid:book");
        // Nothing but the fixture's lines: no report from the agent, no JVM warning caused by it (such as the one
        // JDK 24+ prints when sun.misc.Unsafe is used).
        assertThat(run.stderr()).allMatch(line -> line.startsWith("fixture: "));
        JsonNode start = run.only("flow_start");
        JsonNode end = run.only("flow_end");
        String flowId = start.get("flow_id").asText();
        assertThat(flowId).matches("checkout-[0-9a-f]{8}");
        assertThat(end.get("flow_id").asText()).isEqualTo(flowId);
        assertThat(end.get("flow_status").asText()).isEqualTo("success");
        assertThat(end.get("steps").asInt()).isEqualTo(4);
        assertThat(timeline(end)).containsExactly("validate@1:ok", "charge@1:ok", "call_gateway@2:ok", "reserve@1:ok");

        JsonNode gatewayEntry = run.only("calling call_gateway");
        assertThat(gatewayEntry.get("fn").asText()).isEqualTo("call_gateway");
        assertThat(gatewayEntry.get("logger").asText()).isEqualTo("example.shop.Payments");
        assertThat(gatewayEntry.get("flow_id").asText()).isEqualTo(flowId);
        assertThat(gatewayEntry.get("span_id").asText()).isEqualTo(end.get("timeline").get(2).get("span_id").asText());
        assertThat(gatewayEntry.has("args")).as("arguments are off by default").isFalse();

        JsonNode reserved = run.only("reserve returned");
        assertThat(reserved.get("result").asInt()).isEqualTo(4);
        assertThat(reserved.get("elapsed_ms").asDouble()).isNotNegative();
        assertThat(reserved.get("logger").asText()).isEqualTo("example.shop.Inventory");
        assertThat(run.only("checkout returned").has("result")).as("results are off by default").isFalse();
    }

    @Test
    void failureAtStepTwoOfThree_isRecordedAndReachesTheCallerUnchanged() throws Exception {
        AgentJvm.Run run = shop("pay");

        assertThat(run.observed()).containsExactly(
                "caught example.shop.CardDeclined: card declined for book thrown at decline");
        JsonNode end = run.only("flow_end");
        assertThat(end.get("flow_status").asText()).isEqualTo("failed");
        assertThat(end.get("failed_at").asText()).isEqualTo("charge_card");
        assertThat(end.get("step").asText()).isEqualTo("2/3");
        assertThat(end.get("flow_error").asText()).isEqualTo("example.shop.CardDeclined: card declined for book");
        assertThat(timeline(end)).containsExactly("validate@1:ok", "charge_card@1:failed", "release@1:ok");

        // The stack trace is logged once, where the exception was thrown; the flow's exit record names it only.
        JsonNode stepFailed = run.only("charge_card failed");
        assertThat(stepFailed.get("level").asText()).isEqualTo("ERROR");
        assertThat(stepFailed.get("error").get("stack").asText()).contains("card declined for book");
        JsonNode flowFailed = run.only("pay failed");
        assertThat(flowFailed.has("error")).isFalse();
        assertThat(flowFailed.get("error_type").asText()).isEqualTo("example.shop.CardDeclined");
    }

    @Test
    void concurrentStepsOnAPool_eachHaveTheirOwnEntryInTheFlow() throws Exception {
        AgentJvm.Run run = shop("fan_out");

        assertThat(run.observed()).containsExactly("100");
        JsonNode end = run.only("flow_end");
        String flowId = end.get("flow_id").asText();
        assertThat(timeline(end)).hasSize(4).containsOnly("price@1:ok");
        assertThat(end.get("timeline")).extracting(e -> e.get("span_id").asText()).doesNotHaveDuplicates();
        List<JsonNode> returned = run.withMessage("price returned");
        assertThat(returned).hasSize(4).allSatisfy(r -> {
            assertThat(r.get("flow_id").asText()).isEqualTo(flowId);
            assertThat(r.get("thread").asText()).startsWith("pool-");
        });
    }

    @Test
    void asyncFlowAndStep_endWhenTheirFuturesCompleteOnAnotherThread() throws Exception {
        AgentJvm.Run run = shop("async");

        assertThat(run.observed()).containsExactly("pending true", "order:auth-ok");
        JsonNode end = run.only("flow_end");
        assertThat(end.get("flow_status").asText()).isEqualTo("success");
        assertThat(timeline(end)).containsExactly("authorize@1:ok");
        assertThat(end.get("thread").asText()).startsWith("pool-");
        assertThat(run.only("authorize returned").get("thread").asText()).startsWith("pool-");
        assertThat(run.only("async_order returned").get("thread").asText()).startsWith("pool-");
        assertThat(run.only("authorize returned").get("flow_id").asText()).isEqualTo(end.get("flow_id").asText());
        assertThat(run.only("authorize returned").get("trace_id").asText()).isEqualTo(end.get("trace_id").asText());
    }

    @Test
    void asyncFailure_failsTheStepAndTheFlow() throws Exception {
        AgentJvm.Run run = shop("async_failure");

        assertThat(run.observed()).containsExactly("pending true", "caught example.shop.CardDeclined: gateway refused");
        JsonNode end = run.only("flow_end");
        assertThat(end.get("flow_status").asText()).isEqualTo("failed");
        assertThat(end.get("failed_at").asText()).isEqualTo("authorize");
        assertThat(end.get("flow_error").asText()).isEqualTo("example.shop.CardDeclined: gateway refused");
        assertThat(run.only("authorize failed").get("level").asText()).isEqualTo("ERROR");
    }

    @Test
    void nestedFlow_becomesAStepOfTheOuterFlowWithOneWarning() throws Exception {
        AgentJvm.Run run = shop("nested");

        assertThat(run.withMessage("flow_start")).hasSize(1);
        JsonNode end = run.only("flow_end");
        assertThat(end.get("flow_label").asText()).isEqualTo("outer");
        assertThat(timeline(end)).containsExactly("inner@1:ok", "release@2:ok");
        JsonNode warning = run.only("nested flow runs as a step of the active flow");
        assertThat(warning.get("level").asText()).isEqualTo("WARN");
        assertThat(warning.get("nested_flow").asText()).isEqualTo("inner");
    }

    @Test
    void stepCap_countsEveryStepButStoresOnlyTheLimit() throws Exception {
        AgentJvm.Run run = shop("big", AgentJvm.NO_ARGUMENTS, Map.of("CAIRN_FLOW_MAX_STEPS", "5"));

        JsonNode end = run.only("flow_end");
        assertThat(end.get("steps").asInt()).isEqualTo(12);
        assertThat(end.get("timeline")).hasSize(5);
        assertThat(end.get("timeline_truncated").asBoolean()).isTrue();
        assertThat(end.get("steps_not_in_timeline").asInt()).isEqualTo(7);
        assertThat(run.withMessage("release returned")).hasSize(12);
    }

    @Test
    void loggedArguments_areRedactedByParameterName() throws Exception {
        AgentJvm.Run run = shop("login");

        assertThat(run.observed()).containsExactly("true");
        JsonNode args = run.only("calling login").get("args");
        assertThat(args.get("user").asText()).isEqualTo("alice");
        assertThat(args.get("password").asText()).isEqualTo("[REDACTED]");
        assertThat(run.only("login returned").get("result").asBoolean()).isTrue();
        assertThat(run.records()).allSatisfy(r -> assertThat(r.toString()).doesNotContain("hunter2"));
    }

    @Test
    void labelFrom_namesTheFlowAfterAnArgument() throws Exception {
        AgentJvm.Run run = shop("report");

        assertThat(run.observed()).containsExactly("acme/11");
        JsonNode end = run.only("flow_end");
        assertThat(end.get("flow_label").asText()).isEqualTo("acme");
        assertThat(end.get("flow_id").asText()).matches("acme-[0-9a-f]{8}");
        assertThat(run.only("calling acme").get("fn").asText()).isEqualTo("acme");
    }

    @Test
    void callThroughABridgeMethod_isLoggedOnce() throws Exception {
        AgentJvm.Run run = shop("bridge");

        assertThat(run.observed()).containsExactly("hello");
        assertThat(run.withMessage("calling get")).hasSize(1);
        assertThat(run.withMessage("get returned")).hasSize(1);
    }

    @Test
    void defaultAndStaticInterfaceMethods_areInstrumented() throws Exception {
        AgentJvm.Run run = shop("interface");

        assertThat(run.observed()).containsExactly("1200");
        assertThat(run.only("withTax returned").get("result").asInt()).isEqualTo(1200);
        assertThat(run.only("calling withTax").get("logger").asText()).isEqualTo("example.shop.Priced");
        assertThat(run.withMessage("tax returned")).hasSize(1);
    }

    @Test
    void packagesOption_limitsTheClassesExamined() throws Exception {
        AgentJvm.Run elsewhere = shop("checkout", "packages=com.acme", Map.of());
        assertThat(elsewhere.observed()).containsExactly("paid:book");
        assertThat(elsewhere.records()).isEmpty();
        assertThat(elsewhere.agentLines()).isEmpty();

        AgentJvm.Run here = shop("checkout", "packages=com.acme,example.shop", Map.of());
        assertThat(here.only("flow_end").get("steps").asInt()).isEqualTo(4);
    }

    @Test
    void badAgentArguments_areReportedOnceEachAndIgnored() throws Exception {
        AgentJvm.Run run = shop("checkout", "packages=example.shop,9bad;verbose=true", Map.of());

        assertThat(run.observed()).containsExactly("paid:book");
        assertThat(run.agentLines()).containsExactly(
                "cairn-agent: invalid package name \"9bad\" in option packages; ignored",
                "cairn-agent: unknown option \"verbose=true\" ignored; the only option is packages=<name>,<name>");
        assertThat(run.only("flow_end").get("steps").asInt()).isEqualTo(4);
    }

    @Test
    void anApplicationWithItsOwnByteBuddy_seesOnlyItsOwn() throws Exception {
        AgentJvm.Run run = AgentJvm.run(work, AgentJvm.NO_ARGUMENTS, List.of(AgentJvm.locationOf(ShopMain.class),
                AgentJvm.locationOf(MethodCall.class), AgentJvm.locationOf(net.bytebuddy.ByteBuddy.class)), Map.of(),
                List.of(), OwnByteBuddyMain.class);

        assertThat(run.exitCode()).as("exit code; standard error: %s", run.stderr()).isZero();
        assertThat(run.stderr()).allMatch(line -> line.startsWith("fixture: "));
        assertThat(run.observed()).containsExactly("made by the application's ByteBuddy from "
                + AgentJvm.locationOf(net.bytebuddy.ByteBuddy.class).getFileName(), "acme/3");
        assertThat(run.only("flow_end").get("flow_label").asText()).isEqualTo("acme");
    }

    @Test
    void agentGivenTwice_instrumentsOnceAndSaysSo() throws Exception {
        AgentJvm.Run run = AgentJvm.run(work, AgentJvm.NO_ARGUMENTS,
                List.of(AgentJvm.locationOf(ShopMain.class), AgentJvm.locationOf(MethodCall.class)), Map.of(),
                List.of("-javaagent:" + AgentJvm.agentJar()), ShopMain.class, "checkout");

        assertThat(run.exitCode()).as("exit code; standard error: %s", run.stderr()).isZero();
        assertThat(run.agentLines())
                .containsExactly("cairn-agent: already installed in this JVM; the second copy is ignored");
        assertThat(run.withMessage("calling charge")).hasSize(1);
        assertThat(run.only("flow_end").get("steps").asInt()).isEqualTo(4);
    }

    @Test
    void attachedToARunningJvm_retransformsClassesAlreadyLoaded() throws Exception {
        AgentJvm.Run run = AgentJvm.run(work, null,
                List.of(AgentJvm.locationOf(AttachMain.class), AgentJvm.locationOf(MethodCall.class)), Map.of(),
                List.of("-Djdk.attach.allowAttachSelf=true", "-XX:+EnableDynamicAgentLoading"), AttachMain.class,
                AgentJvm.agentJar().toString());

        assertThat(run.exitCode()).as("exit code; standard error: %s", run.stderr()).isZero();
        assertThat(run.observed()).containsExactly("before early/1", "after late/2");
        assertThat(run.agentLines()).isEmpty();
        JsonNode end = run.only("flow_end");
        assertThat(end.get("flow_label").asText()).isEqualTo("late");
        assertThat(end.get("flow_status").asText()).isEqualTo("success");
    }
}
