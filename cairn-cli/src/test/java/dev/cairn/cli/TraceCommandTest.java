package dev.cairn.cli;

import static dev.cairn.cli.CliRun.cli;
import static dev.cairn.cli.LogFixture.flowEnd;
import static dev.cairn.cli.LogFixture.log;
import static dev.cairn.cli.LogFixture.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCommandTest {

    private static final String TRACE = "0af7651916cd43dd8448eb211c80319c";

    @TempDir
    Path dir;

    @Test
    void trace_collectsEveryRecordAcrossInputsInTimeOrderWithWaterfall() {
        Path api = log().add(record(
                        "2026-11-21T10:00:00.100Z",
                        "INFO",
                        "api",
                        "request received",
                        "request_id",
                        "req-1",
                        "trace_id",
                        TRACE))
                .add(record(
                        "2026-11-21T10:00:00.200Z",
                        "INFO",
                        "api",
                        "other request",
                        "request_id",
                        "req-2",
                        "trace_id",
                        "ffff"))
                .add(record(
                        "2026-11-21T10:00:00.900Z",
                        "INFO",
                        "api",
                        "request_completed",
                        "request_id",
                        "req-1",
                        "trace_id",
                        TRACE,
                        "status",
                        502,
                        "duration_ms",
                        800.0))
                .write(dir.resolve("api.log"));
        Path pay = log().add(record(
                        "2026-11-21T10:00:00.300Z",
                        "INFO",
                        "pay",
                        "flow_start",
                        "trace_id",
                        TRACE,
                        "flow_id",
                        "checkout-3a7e2b1f",
                        "flow_type",
                        "flow_start"))
                .add(flowEnd(
                        "2026-11-21T10:00:00.800Z",
                        "checkout-3a7e2b1f",
                        40.0,
                        true,
                        "validate_cart",
                        10.0,
                        "ok",
                        0,
                        "charge_card",
                        30.0,
                        "failed",
                        0,
                        "call_bank",
                        20.0,
                        "failed",
                        1))
                .write(dir.resolve("pay.log"));

        CliRun.Result r = cli().run("trace", TRACE, api.toString(), pay.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()
                        .lines()
                        .filter(l -> l.startsWith("2026"))
                        .map(l -> l.substring(l.indexOf(" - ") + 3, l.indexOf(" - ") + 13)))
                .containsExactly("request re", "flow_start", "flow_end t", "request_co");
        assertThat(r.out()).contains("""

                flow checkout-3a7e2b1f  failed  40.0 ms
                  validate_cart |██████████                              |   10.0 ms
                  charge_card   |          ██████████████████████████████|   30.0 ms  FAILED
                    call_bank   |          ████████████████████          |   20.0 ms  FAILED
                  error: PaymentDeclined: card declined
                """);
    }

    @Test
    void requestIdAndFlowId_alsoFindRecords() {
        Path f = log().add(record("2026-11-21T10:00:00Z", "INFO", "api", "a", "request_id", "req-9"))
                .add(record("2026-11-21T10:00:01Z", "INFO", "api", "b", "flow_id", "refund-00000001"))
                .write(dir.resolve("x.log"));

        assertThat(cli().run("trace", "req-9", f.toString()).out())
                .contains(" - a")
                .doesNotContain(" - b");
        assertThat(cli().run("trace", "-o", "json", "refund-00000001", f.toString())
                        .out())
                .startsWith("{\"timestamp\":\"2026-11-21T10:00:01Z\"");
    }

    @Test
    void unknownId_exitsOneWithMessage() {
        Path f = log().add(record("2026-11-21T10:00:00Z", "INFO", "api", "a", "trace_id", "t"))
                .write(dir.resolve("x.log"));

        CliRun.Result r = cli().run("trace", "nope", f.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.NO_MATCH);
        assertThat(r.err()).isEqualTo("cairn trace: no record has trace_id, request_id or flow_id 'nope'\n");
        assertThat(cli().run("trace").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
