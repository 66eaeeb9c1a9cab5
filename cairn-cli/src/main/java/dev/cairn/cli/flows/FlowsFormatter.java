package dev.cairn.cli.flows;

import dev.cairn.cli.json.JsonWriter;
import dev.cairn.cli.record.LogRecord;
import dev.cairn.cli.record.RecordDecoder;
import dev.cairn.cli.render.TextEscaper;
import dev.cairn.cli.stats.LatestLines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Writes per-label flow statistics as a text table or as JSON. */
public final class FlowsFormatter {

    private final int slowest;

    public FlowsFormatter(int slowest) {
        this.slowest = slowest;
    }

    public String text(Map<String, FlowLabelStats> labels) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "%-24s %8s %7s %7s %10s %10s %10s %10s  %s%n",
                "flow",
                "count",
                "failed",
                "fail%",
                "p50",
                "p95",
                "p99",
                "max",
                "commonest failed_at"));
        for (Map.Entry<String, FlowLabelStats> e : labels.entrySet()) {
            FlowLabelStats s = e.getValue();
            LatencyHistogram h = s.totalMs();
            String failedAt = s.commonestFailedAt();
            sb.append(String.format(
                    Locale.ROOT,
                    "%-24s %,8d %,7d %6.1f%% %10s %10s %10s %10s  %s%n",
                    TextEscaper.escape(e.getKey()),
                    s.count(),
                    s.failures(),
                    s.failureRate() * 100,
                    ms(h.percentile(0.50)),
                    ms(h.percentile(0.95)),
                    ms(h.percentile(0.99)),
                    ms(h.max()),
                    failedAt == null ? "-" : TextEscaper.escape(failedAt) + " (" + s.failedAtCount(failedAt) + ")"));
        }
        sb.append("\nslowest flows\n");
        for (Map.Entry<String, FlowLabelStats> e : labels.entrySet()) {
            for (FlowTimeline t : slowest(e.getValue())) {
                sb.append(String.format(
                        Locale.ROOT,
                        "  %-24s %-32s %10s  %s%n",
                        TextEscaper.escape(e.getKey()),
                        TextEscaper.escape(String.valueOf(t.flowId())),
                        ms(t.totalMs()),
                        t.status() == null
                                ? "-"
                                : TextEscaper.escape(t.status())
                                        + (t.failedAt() == null ? "" : " at " + TextEscaper.escape(t.failedAt()))));
            }
        }
        return sb.toString();
    }

    public String json(Map<String, FlowLabelStats> labels) {
        List<Object> rows = new ArrayList<>();
        for (Map.Entry<String, FlowLabelStats> e : labels.entrySet()) {
            FlowLabelStats s = e.getValue();
            LatencyHistogram h = s.totalMs();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", e.getKey());
            row.put("count", s.count());
            row.put("failed", s.failures());
            row.put("failure_rate", s.failureRate());
            row.put("p50_ms", h.percentile(0.50));
            row.put("p95_ms", h.percentile(0.95));
            row.put("p99_ms", h.percentile(0.99));
            row.put("max_ms", h.max());
            row.put("commonest_failed_at", s.commonestFailedAt());
            List<Object> slow = new ArrayList<>();
            for (FlowTimeline t : slowest(s)) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("flow_id", t.flowId());
                f.put("total_ms", t.totalMs());
                f.put("status", t.status());
                f.put("failed_at", t.failedAt());
                slow.add(f);
            }
            row.put("slowest", slow);
            rows.add(row);
        }
        return JsonWriter.toJson(Map.of("flows", rows)) + "\n";
    }

    /** The slowest flows of a label, decoded, slowest first. */
    public List<FlowTimeline> slowest(FlowLabelStats s) {
        List<FlowTimeline> out = new ArrayList<>();
        for (LatestLines.Line l : s.slowest()) {
            if (out.size() == slowest) {
                break;
            }
            Optional<LogRecord> r = RecordDecoder.decode(l.bytes(), 0, l.bytes().length);
            r.ifPresent(x -> out.add(FlowTimeline.of(x)));
        }
        return out;
    }

    static String ms(double v) {
        return Double.isNaN(v) ? "-" : Waterfall.ms(v);
    }
}
