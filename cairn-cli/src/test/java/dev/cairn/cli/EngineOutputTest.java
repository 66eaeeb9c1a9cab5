package dev.cairn.cli;

import static dev.cairn.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the commands on a file the core engine itself wrote, with known durations (see
 * {@code src/test/resources/engine/README.md}); {@link ViewMatchesCoreTextTest} checks {@code view} against the current core.
 */
class EngineOutputTest {

    @TempDir
    Path dir;

    private Path resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/engine/" + name)) {
            Path p = dir.resolve(name);
            Files.copy(in, p);
            return p;
        }
    }

    @Test
    void flows_readsTheEnginesFlowRecords() throws IOException {
        CliRun.Result r =
                cli().run("flows", "-o", "json", resource("engine.log").toString());

        JsonNode checkout = LogFixture.JSON.readTree(r.out()).at("/flows/0");
        assertThat(checkout.get("label").asText()).isEqualTo("checkout");
        assertThat(checkout.get("count").asLong()).isEqualTo(2);
        assertThat(checkout.get("failed").asLong()).isEqualTo(1);
        assertThat(checkout.get("commonest_failed_at").asText()).isEqualTo("charge_card");
        assertThat(checkout.get("max_ms").asDouble()).isEqualTo(5.931);
        assertThat(checkout.at("/slowest/0/flow_id").asText()).isEqualTo("checkout-113f0637");
    }

    @Test
    void trace_drawsTheEnginesTimelineFromItsStartTimes() throws IOException {
        CliRun.Result r =
                cli().run("trace", "checkout-113f0637", resource("engine.log").toString());

        assertThat(r.out().lines().filter(l -> l.startsWith("2026"))).hasSize(4);
        assertThat(r.out()).contains("""
                flow checkout-113f0637  success  5.9 ms
                  validate_cart |               █                        |  0.039 ms
                  charge_card   |                ██████████████████████  |    3.3 ms
                    call_bank   |                 █████████████████████  |    3.1 ms
                  send_receipt  |                                       █|  0.031 ms
                """);
    }

    @Test
    void stats_countsTheEnginesRecords() throws IOException {
        JsonNode s = LogFixture.JSON.readTree(
                cli().run("stats", "-o", "json", resource("engine.log").toString())
                        .out());

        assertThat(s.get("records").asLong()).isEqualTo(9);
        assertThat(s.at("/services/shop/total").asLong()).isEqualTo(9);
        assertThat(s.at("/levels/ERROR").asLong()).isEqualTo(2);
        assertThat(s.get("active_traces").asLong()).isEqualTo(2);
        assertThat(s.at("/top_error_types/0/type").asText()).isEqualTo("java.lang.IllegalStateException");
    }
}
