package dev.cairn.cli.report;

import dev.cairn.cli.flows.FlowLabelStats;
import dev.cairn.cli.flows.FlowTimeline;
import dev.cairn.cli.flows.FlowsFormatter;
import dev.cairn.cli.flows.LatencyHistogram;
import dev.cairn.cli.record.Level;
import dev.cairn.cli.record.Timestamps;
import dev.cairn.cli.stats.Stats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code report} page: one self-contained HTML file whose charts are SVG drawn here, so it
 * opens anywhere without network access or scripts. Every string from the logs is escaped.
 */
public final class HtmlReport {

    private static final int SLOWEST_WATERFALLS = 5;

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px;color:#222;background:#fff}
            h1{font-size:22px}h2{font-size:17px;margin-top:32px;border-bottom:1px solid #ddd;padding-bottom:4px}
            table{border-collapse:collapse;font-size:13px}td,th{padding:3px 10px;text-align:right}
            td:first-child,th:first-child{text-align:left}th{background:#f3f3f3}
            .tick{font-size:11px;fill:#666}.label{font-size:12px;fill:#222}
            .legend span{display:inline-block;margin-right:14px;font-size:12px}
            .legend i{display:inline-block;width:10px;height:10px;margin-right:4px}
            .flows{display:flex;flex-wrap:wrap;gap:16px}.flows figure{margin:0}
            figcaption{font-size:13px;font-weight:600}.summary td{text-align:left}
            svg.chart{max-width:100%;height:auto}
            """;

    private final String title;
    private final Stats stats;
    private final Map<String, FlowLabelStats> flows;
    private final FlowsFormatter flowsFormatter = new FlowsFormatter(SLOWEST_WATERFALLS);

    public HtmlReport(String title, Stats stats, Map<String, FlowLabelStats> flows) {
        this.title = title;
        this.stats = stats;
        this.flows = flows;
    }

    public String render() {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append(
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<title>")
                .append(Html.escape(title))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n");
        sb.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        summary(sb);
        sb.append("<h2>Volume per level over time</h2>\n<div class=\"legend\">");
        for (Level l : Level.values()) {
            sb.append("<span><i style=\"background:")
                    .append(Palette.level(l))
                    .append("\"></i>")
                    .append(l.name())
                    .append("</span>");
        }
        sb.append("</div>\n").append(VolumeChart.svg(stats.perMinute())).append('\n');
        sb.append("<h2>Latency distribution per flow</h2>\n<div class=\"flows\">");
        for (Map.Entry<String, FlowLabelStats> e : flows.entrySet()) {
            LatencyHistogram h = e.getValue().totalMs();
            sb.append("<figure><figcaption>")
                    .append(Html.escape(e.getKey()))
                    .append(String.format(
                            Locale.ROOT,
                            " — %,d flows, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.1f%% failed",
                            e.getValue().count(),
                            h.percentile(0.5),
                            h.percentile(0.95),
                            h.percentile(0.99),
                            e.getValue().failureRate() * 100))
                    .append("</figcaption>")
                    .append(LatencyChart.svg(e.getKey(), h))
                    .append("</figure>");
        }
        if (flows.isEmpty()) {
            sb.append("<p>No flow_end records.</p>");
        }
        sb.append("</div>\n<h2>Error types</h2>\n");
        if (stats.errorTypes().isEmpty()) {
            sb.append("<p>No errors.</p>\n");
        } else {
            sb.append(ErrorTypesChart.svg(stats.errorTypes()
                            .subList(0, Math.min(15, stats.errorTypes().size()))))
                    .append('\n');
        }
        sb.append("<h2>Slowest flows</h2>\n");
        for (FlowTimeline t : slowestFlows()) {
            sb.append("<h3 class=\"flow\">")
                    .append(Html.escape(t.flowId()))
                    .append(String.format(Locale.ROOT, " — %.1f ms, ", t.totalMs()))
                    .append(Html.escape(t.status()));
            if (t.failedAt() != null) {
                sb.append(" at ").append(Html.escape(t.failedAt()));
            }
            sb.append("</h3>\n").append(WaterfallChart.svg(t)).append('\n');
        }
        sb.append("<h2>Top messages</h2>\n<table><tr><th>message</th><th>count</th></tr>");
        for (Map.Entry<String, Long> e : stats.messages().top(15)) {
            sb.append("<tr><td>")
                    .append(Html.escape(e.getKey()))
                    .append("</td><td>")
                    .append(String.format(Locale.ROOT, "%,d", e.getValue()))
                    .append("</td></tr>");
        }
        sb.append("</table>\n</body></html>\n");
        return sb.toString();
    }

    private void summary(StringBuilder sb) {
        sb.append("<table class=\"summary\">");
        row(sb, "records", String.format(Locale.ROOT, "%,d", stats.total()));
        if (stats.total() > 0) {
            row(
                    sb,
                    "time range",
                    Timestamps.formatMillis(stats.firstMicros()) + " – " + Timestamps.formatMillis(stats.lastMicros()));
        }
        row(sb, "error rate", String.format(Locale.ROOT, "%.2f%%", stats.errorRate() * 100));
        row(sb, "active traces", String.format(Locale.ROOT, "%,d", stats.activeTraces()));
        sb.append("</table>\n");
    }

    private static void row(StringBuilder sb, String k, String v) {
        sb.append("<tr><th>")
                .append(k)
                .append("</th><td>")
                .append(Html.escape(v))
                .append("</td></tr>");
    }

    private List<FlowTimeline> slowestFlows() {
        List<FlowTimeline> all = new ArrayList<>();
        for (FlowLabelStats s : flows.values()) {
            all.addAll(flowsFormatter.slowest(s));
        }
        all.sort(Comparator.comparingDouble(FlowTimeline::totalMs).reversed());
        return all.subList(0, Math.min(SLOWEST_WATERFALLS, all.size()));
    }
}
