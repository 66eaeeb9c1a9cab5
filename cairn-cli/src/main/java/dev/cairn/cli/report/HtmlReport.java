package dev.cairn.cli.report;

import dev.cairn.cli.flows.FlowLabelStats;
import dev.cairn.cli.flows.FlowTimeline;
import dev.cairn.cli.flows.FlowsFormatter;
import dev.cairn.cli.flows.LatencyHistogram;
import dev.cairn.cli.record.Level;
import dev.cairn.cli.record.LogRecord;
import dev.cairn.cli.record.RecordDecoder;
import dev.cairn.cli.record.Timestamps;
import dev.cairn.cli.stats.LatestLines;
import dev.cairn.cli.stats.MetricsRecords;
import dev.cairn.cli.stats.Stats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code report} page: one self-contained HTML file whose charts are SVG drawn here, so it
 * opens anywhere without network access or scripts. Every string from the logs is escaped.
 */
public final class HtmlReport {

    private static final int SLOWEST_WATERFALLS = 5;
    private static final int FAILED_FLOWS = 20;

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
            table.failed td,table.failed th,table.errors td,table.errors th{text-align:left;vertical-align:top}
            td.error{max-width:420px;overflow-wrap:anywhere}table.failed td:first-child{white-space:nowrap}table.errors td:last-child,table.errors th:last-child{text-align:right}
            """;

    private final String title;
    private final Stats stats;
    private final Map<String, FlowLabelStats> flows;
    private final MetricsRecords metrics;
    private final FlowsFormatter flowsFormatter = new FlowsFormatter(SLOWEST_WATERFALLS);

    public HtmlReport(String title, Stats stats, Map<String, FlowLabelStats> flows, MetricsRecords metrics) {
        this.title = title;
        this.stats = stats;
        this.flows = flows;
        this.metrics = metrics;
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
        sb.append("</div>\n");
        failedFlows(sb);
        sb.append("<h2>Error types</h2>\n");
        if (stats.errorTypes().isEmpty()) {
            sb.append("<p>No errors.</p>\n");
        } else {
            sb.append(ErrorTypesChart.svg(stats.errorTypes()
                            .subList(0, Math.min(15, stats.errorTypes().size()))))
                    .append('\n');
        }
        sb.append("<h2>Slowest flows</h2>\n");
        for (FlowTimeline t : slowestFlows()) {
            waterfall(sb, t, "slow-");
        }
        sb.append("<h2>Top message patterns</h2>\n<table><tr><th>pattern</th><th>count</th></tr>");
        for (Map.Entry<String, Long> e : stats.messages().top(15)) {
            sb.append("<tr><td>")
                    .append(Html.escape(e.getKey()))
                    .append("</td><td>")
                    .append(String.format(Locale.ROOT, "%,d", e.getValue()))
                    .append("</td></tr>");
        }
        sb.append("</table>\n<h2>Top errors</h2>\n");
        sb.append("<table class=\"errors\"><tr><th>pattern</th><th>exception type</th><th>count</th></tr>");
        for (Map.Entry<String, Long> e : stats.errorPatterns().top(15)) {
            int separator = e.getKey().lastIndexOf('\u001f');
            sb.append("<tr><td>")
                    .append(Html.escape(separator < 0 ? e.getKey() : e.getKey().substring(0, separator)))
                    .append("</td><td>")
                    .append(Html.escape(separator < 0 ? "" : e.getKey().substring(separator + 1)))
                    .append("</td><td>")
                    .append(String.format(Locale.ROOT, "%,d", e.getValue()))
                    .append("</td></tr>");
        }
        sb.append("</table>\n");
        List<MetricsRecords.Point> points = metrics.points();
        if (!points.isEmpty()) {
            sb.append("<h2>Metrics records</h2>\n<p>")
                    .append(String.format(
                            Locale.ROOT,
                            "%,d records of kind metrics; each point is the count since the previous one.",
                            points.size()))
                    .append(
                            metrics.notCharted() > 0
                                    ? String.format(
                                            Locale.ROOT, " %,d later ones are not charted.", metrics.notCharted())
                                    : "")
                    .append("</p>\n")
                    .append(MetricsChart.html(points))
                    .append('\n');
        }
        sb.append("</body></html>\n");
        return sb.toString();
    }

    /**
     * The latest failed flows, latest first: time, label, where it failed, the error, its trace id, and a link to its
     * waterfall, drawn below the table.
     */
    private void failedFlows(StringBuilder sb) {
        List<LatestLines.Line> lines = new ArrayList<>();
        for (FlowLabelStats s : flows.values()) {
            lines.addAll(s.recentFailures());
        }
        lines.sort(Comparator.comparingDouble(LatestLines.Line::key).reversed());
        sb.append("<h2 id=\"failed-flows\">Failed flows</h2>\n");
        if (lines.isEmpty()) {
            sb.append("<p>No failed flows.</p>\n");
            return;
        }
        List<FlowTimeline> drawn = new ArrayList<>();
        sb.append("<table class=\"failed\"><tr><th>time</th><th>flow</th><th>failed at</th><th>error</th>")
                .append("<th>trace id</th><th>waterfall</th></tr>");
        for (LatestLines.Line line : lines.subList(0, Math.min(FAILED_FLOWS, lines.size()))) {
            Optional<LogRecord> decoded = RecordDecoder.decode(line.bytes(), 0, line.bytes().length);
            if (decoded.isEmpty()) {
                continue;
            }
            LogRecord record = decoded.get();
            FlowTimeline t = FlowTimeline.of(record);
            String error = t.error() != null
                    ? t.error()
                    : record.error() == null
                            ? null
                            : record.error().type() + ": " + record.error().message();
            sb.append("<tr class=\"failed-flow\"><td>")
                    .append(Html.escape(Timestamps.formatMillis(record.micros())))
                    .append("</td><td>")
                    .append(Html.escape(String.valueOf(t.label())))
                    .append("</td><td>")
                    .append(Html.escape(t.failedAt() == null ? "" : t.failedAt()))
                    .append("</td><td class=\"error\">")
                    .append(Html.escape(error == null ? "" : error))
                    .append("</td><td><code>")
                    .append(Html.escape(record.text("trace_id") == null ? "" : record.text("trace_id")))
                    .append("</code></td><td><a href=\"#")
                    .append(anchor("failed-", t.flowId()))
                    .append("\">")
                    .append(Html.escape(String.valueOf(t.flowId())))
                    .append("</a></td></tr>");
            drawn.add(t);
        }
        sb.append("</table>\n");
        for (FlowTimeline t : drawn) {
            waterfall(sb, t, "failed-");
        }
    }

    private static void waterfall(StringBuilder sb, FlowTimeline t, String anchorPrefix) {
        sb.append("<h3 class=\"flow\" id=\"")
                .append(anchor(anchorPrefix, t.flowId()))
                .append("\">")
                .append(Html.escape(String.valueOf(t.flowId())))
                .append(String.format(Locale.ROOT, " — %.1f ms, ", t.totalMs()))
                .append(Html.escape(String.valueOf(t.status())));
        if (t.failedAt() != null) {
            sb.append(" at ").append(Html.escape(t.failedAt()));
        }
        sb.append("</h3>\n").append(WaterfallChart.svg(t)).append('\n');
    }

    /** An element id for a flow: the prefix and the id with anything but letters, digits, - and _ as _. */
    static String anchor(String prefix, String flowId) {
        return prefix + String.valueOf(flowId).replaceAll("[^A-Za-z0-9_-]", "_");
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
