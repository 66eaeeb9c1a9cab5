package dev.cairn.flow.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * What a flow records, stated once for every way of marking flows: code blocks ({@code Flow}, {@code Step}), the
 * interface proxy of {@code Flows.instrument} and the Java agent. A subclass runs each {@link Scenario} against a shop
 * written its way.
 */
public abstract class FlowScenarios {

    /** Runs {@code scenario} against this way's shop, with the scenario's settings, and returns what it left. */
    protected abstract ScenarioRun run(Scenario scenario) throws Exception;

    /** The exception this way's shop throws when a card is declined. */
    protected abstract Class<? extends Exception> cardDeclined();

    /** The timeline of a {@code flow_end} record as {@code fn@depth:status} entries. */
    protected static List<String> timeline(JsonNode flowEnd) {
        return StreamSupport.stream(flowEnd.get("timeline").spliterator(), false)
                .map(e -> e.get("fn").asText() + "@" + e.get("depth").asInt() + ":"
                        + e.get("status").asText())
                .collect(Collectors.toList());
    }

    @Test
    void nestedSteps_formOneTimelineAndRecordsInsideCarryTheStepsIds() throws Exception {
        ScenarioRun run = run(Scenario.CHECKOUT);

        assertThat(run.observed()).containsExactly("paid:book");
        JsonNode start = run.only("flow_start");
        JsonNode end = run.only("flow_end");
        String flowId = start.get("flow_id").asText();
        assertThat(flowId).matches("checkout-[0-9a-f]{8}");
        assertThat(start.get("flow_type").asText()).isEqualTo("flow_start");
        assertThat(start.get("trace_id").asText()).matches("[0-9a-f]{32}");
        assertThat(end.get("flow_id").asText()).isEqualTo(flowId);
        assertThat(end.get("flow_type").asText()).isEqualTo("flow_end");
        assertThat(end.get("flow_status").asText()).isEqualTo("success");
        assertThat(end.get("level").asText()).isEqualTo("INFO");
        assertThat(end.get("total_ms").asDouble()).isNotNegative();
        assertThat(end.get("steps").asInt()).isEqualTo(4);
        assertThat(timeline(end)).containsExactly("validate@1:ok", "charge@1:ok", "call_gateway@2:ok", "reserve@1:ok");
        JsonNode entries = end.get("timeline");
        assertThat(entries.get(2).get("parent_span_id").asText())
                .isEqualTo(entries.get(1).get("span_id").asText());
        assertThat(entries.get(0).get("parent_span_id").asText())
                .isEqualTo(start.get("span_id").asText());
        assertThat(entries.get(3).get("parent_span_id").asText())
                .isEqualTo(start.get("span_id").asText());

        JsonNode gateway = run.only("contacting the gateway for book");
        assertThat(gateway.get("flow_id").asText()).isEqualTo(flowId);
        assertThat(gateway.get("trace_id").asText())
                .isEqualTo(start.get("trace_id").asText());
        assertThat(gateway.get("span_id").asText())
                .isEqualTo(entries.get(2).get("span_id").asText());
    }

    @Test
    void failureAtStepTwoOfThree_namesTheStepAndReachesTheCallerUnchanged() throws Exception {
        ScenarioRun run = run(Scenario.PAY);

        String declined = cardDeclined().getName();
        assertThat(run.observed()).containsExactly("caught " + declined + ": card declined for book thrown at decline");
        JsonNode end = run.only("flow_end");
        assertThat(end.get("flow_status").asText()).isEqualTo("failed");
        assertThat(end.get("level").asText()).isEqualTo("ERROR");
        assertThat(end.get("failed_at").asText()).isEqualTo("charge_card");
        assertThat(end.get("step").asText()).isEqualTo("2/3");
        assertThat(end.get("flow_error").asText()).isEqualTo(declined + ": card declined for book");
        assertThat(end.get("error").get("stack").asText()).contains("card declined for book");
        assertThat(timeline(end)).containsExactly("validate@1:ok", "charge_card@1:failed", "release@1:ok");
    }

    @Test
    void concurrentStepsOnAPool_eachHaveTheirOwnEntryAndNestUnderTheirOwnParent() throws Exception {
        ScenarioRun run = run(Scenario.FAN_OUT);

        assertThat(run.observed()).containsExactly("100");
        JsonNode start = run.only("flow_start");
        JsonNode end = run.only("flow_end");
        assertThat(end.get("steps").asInt()).isEqualTo(8);
        assertThat(timeline(end))
                .containsExactlyInAnyOrder(
                        "price@1:ok",
                        "price@1:ok",
                        "price@1:ok",
                        "price@1:ok",
                        "lookup@2:ok",
                        "lookup@2:ok",
                        "lookup@2:ok",
                        "lookup@2:ok");
        Map<String, JsonNode> bySpan = new HashMap<>();
        end.get("timeline").forEach(e -> bySpan.put(e.get("span_id").asText(), e));
        assertThat(bySpan).as("span ids are unique").hasSize(8);
        Set<String> parentsOfLookups = new HashSet<>();
        for (JsonNode entry : end.get("timeline")) {
            assertThat(entry.get("thread").asText()).startsWith("pool-");
            if (entry.get("fn").asText().equals("price")) {
                assertThat(entry.get("parent_span_id").asText())
                        .isEqualTo(start.get("span_id").asText());
            } else {
                JsonNode parent = bySpan.get(entry.get("parent_span_id").asText());
                assertThat(parent).isNotNull();
                assertThat(parent.get("fn").asText()).isEqualTo("price");
                assertThat(parent.get("thread").asText())
                        .isEqualTo(entry.get("thread").asText());
                parentsOfLookups.add(parent.get("span_id").asText());
            }
        }
        assertThat(parentsOfLookups).as("one lookup in each price step").hasSize(4);

        JsonNode working = run.only("looking up item 3");
        assertThat(working.get("flow_id").asText()).isEqualTo(end.get("flow_id").asText());
        assertThat(bySpan.get(working.get("span_id").asText()).get("fn").asText())
                .isEqualTo("lookup");
    }

    @Test
    void asyncFlowAndStep_endWhenTheirFuturesCompleteOnAnotherThread() throws Exception {
        ScenarioRun run = run(Scenario.ASYNC);

        assertThat(run.observed()).containsExactly("pending true", "order:auth-ok");
        JsonNode end = run.only("flow_end");
        assertThat(run.position("flow_end"))
                .as("flow_end is written after the gate opens")
                .isGreaterThan(run.position("opening the gate"));
        assertThat(end.get("flow_status").asText()).isEqualTo("success");
        assertThat(timeline(end)).containsExactly("authorize@1:ok");
        assertThat(end.get("thread").asText()).startsWith("pool-");
        assertThat(end.get("trace_id").asText())
                .isEqualTo(run.only("flow_start").get("trace_id").asText());
    }

    @Test
    void asyncFailure_failsTheStepAndTheFlow() throws Exception {
        ScenarioRun run = run(Scenario.ASYNC_FAILURE);

        String declined = cardDeclined().getName();
        assertThat(run.observed()).containsExactly("pending true", "caught " + declined + ": gateway refused");
        JsonNode end = run.only("flow_end");
        assertThat(end.get("flow_status").asText()).isEqualTo("failed");
        assertThat(end.get("failed_at").asText()).isEqualTo("authorize");
        assertThat(end.get("flow_error").asText()).isEqualTo(declined + ": gateway refused");
        assertThat(timeline(end)).containsExactly("authorize@1:failed");
    }

    @Test
    void nestedFlow_becomesAStepOfTheOuterFlowWithOneWarning() throws Exception {
        ScenarioRun run = run(Scenario.NESTED);

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
        ScenarioRun run = run(Scenario.BIG);

        JsonNode end = run.only("flow_end");
        assertThat(end.get("steps").asInt()).isEqualTo(12);
        assertThat(end.get("timeline")).hasSize(5);
        assertThat(end.get("timeline_truncated").asBoolean()).isTrue();
        assertThat(end.get("steps_not_in_timeline").asInt()).isEqualTo(7);
    }
}
