package dev.cairn.flow.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The flow scenarios for the ways that apply {@code @Logged} and {@code @LoggedFlow} (the proxy and the agent): on top
 * of what every flow records, each call's entry and exit records, and what only annotations can say (logged arguments
 * and results, a label taken from an argument).
 */
public abstract class LoggedMethodScenarios extends FlowScenarios {

    @Test
    void nestedSteps_logEachCallOnEntryAndExit() throws Exception {
        ScenarioRun run = run(Scenario.CHECKOUT);

        JsonNode end = run.only("flow_end");
        JsonNode gatewayEntry = run.only("calling call_gateway");
        assertThat(gatewayEntry.get("fn").asText()).isEqualTo("call_gateway");
        assertThat(gatewayEntry.get("flow_id").asText())
                .isEqualTo(end.get("flow_id").asText());
        assertThat(gatewayEntry.get("span_id").asText())
                .isEqualTo(end.get("timeline").get(2).get("span_id").asText());
        assertThat(gatewayEntry.has("args")).as("arguments are off by default").isFalse();

        JsonNode reserved = run.only("reserve returned");
        assertThat(reserved.get("result").asInt()).isEqualTo(4);
        assertThat(reserved.get("elapsed_ms").asDouble()).isNotNegative();
        assertThat(run.only("checkout returned").has("result"))
                .as("results are off by default")
                .isFalse();
        JsonNode validated = run.only("validate returned");
        assertThat(validated.get("level").asText()).isEqualTo("DEBUG");
        assertThat(validated.has("result")).isFalse();
    }

    @Test
    void failure_isLoggedWithItsStackTraceOnceWhereThrown() throws Exception {
        ScenarioRun run = run(Scenario.PAY);

        JsonNode stepFailed = run.only("charge_card failed");
        assertThat(stepFailed.get("level").asText()).isEqualTo("ERROR");
        assertThat(stepFailed.get("error").get("stack").asText()).contains("card declined for book");
        // The flow method's exit record names the exception only.
        JsonNode flowFailed = run.only("pay failed");
        assertThat(flowFailed.has("error")).isFalse();
        assertThat(flowFailed.get("error_type").asText())
                .isEqualTo(cardDeclined().getName());
    }

    @Test
    void concurrentSteps_logTheirExitsOnThePoolInTheFlow() throws Exception {
        ScenarioRun run = run(Scenario.FAN_OUT);

        String flowId = run.only("flow_end").get("flow_id").asText();
        List<JsonNode> returned = run.withMessage("price returned");
        assertThat(returned).hasSize(4).allSatisfy(r -> {
            assertThat(r.get("flow_id").asText()).isEqualTo(flowId);
            assertThat(r.get("thread").asText()).startsWith("pool-");
        });
    }

    @Test
    void asyncCalls_logTheirExitsWhenTheirFuturesComplete() throws Exception {
        ScenarioRun run = run(Scenario.ASYNC);

        JsonNode end = run.only("flow_end");
        JsonNode authorized = run.only("authorize returned");
        assertThat(authorized.get("thread").asText()).startsWith("pool-");
        assertThat(authorized.get("flow_id").asText())
                .isEqualTo(end.get("flow_id").asText());
        assertThat(authorized.get("trace_id").asText())
                .isEqualTo(end.get("trace_id").asText());
        assertThat(run.only("async_order returned").get("thread").asText()).startsWith("pool-");
    }

    @Test
    void asyncFailure_isLoggedAsAFailedCall() throws Exception {
        ScenarioRun run = run(Scenario.ASYNC_FAILURE);

        assertThat(run.only("authorize failed").get("level").asText()).isEqualTo("ERROR");
    }

    @Test
    void stepCap_leavesEveryCallLogged() throws Exception {
        ScenarioRun run = run(Scenario.BIG);

        assertThat(run.withMessage("release returned")).hasSize(12);
    }

    @Test
    void loggedArguments_areRedactedByParameterName() throws Exception {
        ScenarioRun run = run(Scenario.LOGIN);

        assertThat(run.observed()).containsExactly("true");
        JsonNode calling = run.only("calling login");
        assertThat(calling.get("level").asText()).isEqualTo("INFO");
        assertThat(calling.get("args").get("user").asText()).isEqualTo("alice");
        assertThat(calling.get("args").get("password").asText()).isEqualTo("[REDACTED]");
        assertThat(run.only("login returned").get("result").asBoolean()).isTrue();
        assertThat(run.records()).allSatisfy(r -> assertThat(r.toString()).doesNotContain("hunter2"));
    }

    @Test
    void labelFrom_namesTheFlowAfterAnArgument() throws Exception {
        ScenarioRun run = run(Scenario.REPORT);

        assertThat(run.observed()).containsExactly("acme/11");
        JsonNode end = run.only("flow_end");
        assertThat(end.get("flow_label").asText()).isEqualTo("acme");
        assertThat(end.get("flow_id").asText()).matches("acme-[0-9a-f]{8}");
        assertThat(run.only("calling acme").get("fn").asText()).isEqualTo("acme");
    }
}
