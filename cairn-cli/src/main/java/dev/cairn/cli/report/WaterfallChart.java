package dev.cairn.cli.report;

import dev.cairn.cli.flows.FlowTimeline;
import java.util.Locale;

/** One flow's steps as bars on its time axis, indented by depth, failed steps in red, as inline SVG. */
final class WaterfallChart {

    private static final int WIDTH = 900;
    private static final int ROW = 20;
    private static final int LABEL = 240;

    private WaterfallChart() {}

    static String svg(FlowTimeline t) {
        int rows = Math.max(1, t.steps().size());
        int height = rows * ROW + 24;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "<svg class=\"chart waterfall\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"steps of %s\">",
                WIDTH,
                height,
                WIDTH,
                height,
                Html.escape(t.flowId())));
        int plotW = WIDTH - LABEL - 90;
        double total = t.spanMs() > 0 ? t.spanMs() : 1;
        for (int i = 0; i < t.steps().size(); i++) {
            FlowTimeline.Step s = t.steps().get(i);
            int y = i * ROW;
            double x = LABEL + s.startMs() / total * plotW;
            double w = Math.max(1, s.ms() / total * plotW);
            sb.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" class=\"label\">%s</text>",
                    8 + s.depth() * 14,
                    y + 14,
                    Html.escape(s.fn())));
            sb.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"step%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %.1f ms (%s)</title></rect>",
                    s.failed() ? " failed" : "",
                    x,
                    y + 3,
                    w,
                    ROW - 6,
                    s.failed() ? Palette.FAILED : Palette.OK,
                    Html.escape(s.fn()),
                    s.ms(),
                    Html.escape(s.status())));
            sb.append(String.format(
                    Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"tick\">%.1f ms</text>", x + w + 6, y + 14, s.ms()));
        }
        sb.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>",
                LABEL,
                rows * ROW + 4,
                LABEL + plotW,
                rows * ROW + 4,
                Palette.AXIS));
        sb.append(
                String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"tick\">0</text>", LABEL, rows * ROW + 18));
        sb.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" class=\"tick\" text-anchor=\"end\">%.1f ms</text>",
                LABEL + plotW,
                rows * ROW + 18,
                total));
        return sb.append("</svg>").toString();
    }
}
