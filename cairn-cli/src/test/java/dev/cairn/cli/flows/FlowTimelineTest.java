package dev.cairn.cli.flows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.cli.record.LogRecord;
import dev.cairn.cli.record.RecordDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FlowTimelineTest {

    private static FlowTimeline of(String timeline) {
        String line =
                "{\"timestamp\":\"2026-11-21T10:00:00Z\",\"level\":\"INFO\",\"logger\":\"f\",\"message\":\"flow_end\","
                        + "\"flow_id\":\"checkout-3a7e2b1f\",\"flow_type\":\"flow_end\",\"flow_status\":\"success\",\"total_ms\":30.0,"
                        + "\"timeline\":" + timeline + "}";
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        LogRecord r = RecordDecoder.decode(b, 0, b.length).orElseThrow();
        return FlowTimeline.of(r);
    }

    @Test
    void startsComeFromStartMsWhenTheEngineWroteThem() {
        FlowTimeline t = of("[{\"fn\":\"a\",\"ms\":10.0,\"status\":\"ok\",\"depth\":1,\"start_ms\":0.5},"
                + "{\"fn\":\"b\",\"ms\":20.0,\"status\":\"ok\",\"depth\":1,\"start_ms\":2.0},"
                + "{\"fn\":\"b1\",\"ms\":5.0,\"status\":\"failed\",\"depth\":2,\"start_ms\":3.0}]");

        assertThat(t.label()).isEqualTo("checkout");
        assertThat(t.steps())
                .extracting(s -> s.fn() + "@" + s.startMs() + "+" + s.ms() + "/d" + s.depth())
                .containsExactly("a@0.5+10.0/d0", "b@2.0+20.0/d0", "b1@3.0+5.0/d1");
        assertThat(t.steps().get(2).failed()).isTrue();
    }

    @Test
    void startsAreReconstructedFromOrderWithoutStartMs() {
        FlowTimeline t = of("[{\"fn\":\"a\",\"ms\":10.0,\"status\":\"ok\",\"depth\":0},"
                + "{\"fn\":\"b\",\"ms\":15.0,\"status\":\"ok\",\"depth\":0},"
                + "{\"fn\":\"b1\",\"ms\":5.0,\"status\":\"ok\",\"depth\":1},"
                + "{\"fn\":\"b2\",\"ms\":6.0,\"status\":\"ok\",\"depth\":1},"
                + "{\"fn\":\"c\",\"ms\":4.0,\"status\":\"ok\",\"depth\":0}, \"junk\"]");

        assertThat(t.steps())
                .extracting(s -> s.fn() + "@" + s.startMs())
                .containsExactly("a@0.0", "b@10.0", "b1@10.0", "b2@15.0", "c@25.0");
        assertThat(t.spanMs()).isEqualTo(30.0);
    }
}
