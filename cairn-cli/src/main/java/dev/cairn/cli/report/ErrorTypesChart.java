package dev.cairn.cli.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Horizontal bars of error counts per exception type, as inline SVG. */
final class ErrorTypesChart {

    private static final int WIDTH = 900;
    private static final int ROW = 22;
    private static final int LABEL = 380;

    private ErrorTypesChart() {}

    static String svg(List<Map.Entry<String, long[]>> types) {
        int height = Math.max(ROW, types.size() * ROW) + 4;
        long max = 1;
        for (Map.Entry<String, long[]> e : types) {
            max = Math.max(max, e.getValue()[0]);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "<svg class=\"chart\" id=\"error-types-chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"error types\">",
                WIDTH,
                height,
                WIDTH,
                height));
        int plotW = WIDTH - LABEL - 90;
        for (int i = 0; i < types.size(); i++) {
            Map.Entry<String, long[]> e = types.get(i);
            long n = e.getValue()[0];
            double w = Math.max(1, (double) n * plotW / max);
            int y = i * ROW + 2;
            sb.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"label\">%s</text>",
                    LABEL - 8,
                    y + 15,
                    Html.escape(e.getKey())));
            sb.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %,d</title></rect>",
                    LABEL,
                    y + 2,
                    w,
                    ROW - 6,
                    Palette.FAILED,
                    Html.escape(e.getKey()),
                    n));
            sb.append(String.format(
                    Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"tick\">%,d</text>", LABEL + w + 6, y + 15, n));
        }
        return sb.append("</svg>").toString();
    }
}
