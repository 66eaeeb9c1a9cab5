package dev.cairn.cli;

import static dev.cairn.cli.CliRun.cli;
import static dev.cairn.cli.LogFixture.flowEnd;
import static dev.cairn.cli.LogFixture.log;
import static dev.cairn.cli.LogFixture.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowsCommandTest {

    @TempDir
    Path dir;

    /** 100 checkout flows taking 1..100 ms (every tenth failed), 2 refunds labelled explicitly. */
    private Path flows() {
        LogFixture f = log();
        for (int i = 1; i <= 100; i++) {
            f.add(flowEnd(
                    String.format("2026-11-21T10:00:%02d.%03dZ", i % 60, i),
                    String.format("checkout-%08x", i),
                    i,
                    i % 10 == 0,
                    "charge_card",
                    (double) i,
                    i % 10 == 0 ? "failed" : "ok",
                    0));
        }
        Map<String, Object> refund = flowEnd("2026-11-21T10:01:00Z", "rf-00000001", 7.5, false);
        refund.put("flow_label", "refund");
        f.add(refund);
        f.add(flowEnd("2026-11-21T10:01:01Z", "refund-00000002", 2.5, false));
        f.add(record(
                "2026-11-21T10:01:02Z",
                "INFO",
                "x",
                "flow_start",
                "flow_id",
                "refund-00000003",
                "flow_type",
                "flow_start"));
        return f.write(dir.resolve("flows.log"));
    }

    @Test
    void json_perLabelCountsFailuresPercentilesAndSlowest() throws Exception {
        CliRun.Result r = cli().run("flows", "-o", "json", flows().toString());

        assertThat(r.exitCode()).isZero();
        JsonNode checkout = LogFixture.JSON.readTree(r.out()).at("/flows/0");
        assertThat(checkout.get("label").asText()).isEqualTo("checkout");
        assertThat(checkout.get("count").asLong()).isEqualTo(100);
        assertThat(checkout.get("failed").asLong()).isEqualTo(10);
        assertThat(checkout.get("failure_rate").asDouble()).isEqualTo(0.1);
        assertThat(checkout.get("p50_ms").asDouble()).isCloseTo(50, within(0.5));
        assertThat(checkout.get("p95_ms").asDouble()).isCloseTo(95, within(0.95));
        assertThat(checkout.get("p99_ms").asDouble()).isCloseTo(99, within(0.99));
        assertThat(checkout.get("max_ms").asDouble()).isEqualTo(100);
        assertThat(checkout.get("commonest_failed_at").asText()).isEqualTo("charge_card");
        assertThat(checkout.at("/slowest/0/flow_id").asText()).isEqualTo("checkout-00000064");
        assertThat(checkout.at("/slowest/1/flow_id").asText()).isEqualTo("checkout-00000063");
        assertThat(checkout.get("slowest")).hasSize(3);
        JsonNode refund = LogFixture.JSON.readTree(r.out()).at("/flows/1");
        assertThat(refund.get("label").asText()).isEqualTo("refund");
        assertThat(refund.get("count").asLong()).isEqualTo(2);
        assertThat(refund.get("commonest_failed_at").isNull()).isTrue();
    }

    @Test
    void text_tableAndSlowestList() {
        CliRun.Result r = cli().run("flows", flows().toString());

        assertThat(r.out())
                .startsWith(
                        "flow                        count  failed   fail%        p50        p95        p99        max  commonest failed_at\n"
                                + "checkout                      100      10   10.0%");
        assertThat(r.out())
                .contains(
                        "100.0 ms  charge_card (10)",
                        "slowest flows\n  checkout                 checkout-00000064",
                        "refund-00000002");
    }

    @Test
    void noFlows_exitsOne() {
        Path f = log().add(record("2026-11-21T10:00:00Z", "INFO", "x", "hello")).write(dir.resolve("none.log"));
        assertThat(cli().run("flows", f.toString()).exitCode()).isEqualTo(ExitCodes.NO_MATCH);
        assertThat(cli().run("flows", "--slowest", "9", f.toString()).exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }
}
