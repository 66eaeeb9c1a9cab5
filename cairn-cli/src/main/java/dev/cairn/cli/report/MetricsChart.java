package dev.cairn.cli.report;

import dev.cairn.cli.record.Timestamps;
import dev.cairn.cli.stats.MetricsRecords;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The metrics records' counts over time: one small line chart per series (the counts since the previous record, so a
 * spike is a busy interval), at most {@link #MAX_SERIES} series in the order they first appear, as inline SVG.
 */
final class MetricsChart {

    static final int MAX_SERIES = 24;
    private static final int WIDTH = 290;
    private static final int HEIGHT = 110;
    private static final int PAD = 8;

    private MetricsChart() {}

    static String html(List<MetricsRecords.Point> points) {
        Set<String> names = new LinkedHashSet<>();
        for (MetricsRecords.Point point : points) {
            names.addAll(point.values().keySet());
        }
        List<String> series = new ArrayList<>(names).subList(0, Math.min(MAX_SERIES, names.size()));
        StringBuilder sb = new StringBuilder("<div class=\"flows metrics\">");
        for (String name : series) {
            sb.append("<figure><figcaption>").append(Html.escape(name)).append("</figcaption>");
            svg(sb, name, points);
            sb.append("</figure>");
        }
        return sb.append("</div>").toString();
    }

    private static void svg(StringBuilder sb, String name, List<MetricsRecords.Point> points) {
        long first = points.get(0).micros();
        long last = points.get(points.size() - 1).micros();
        double max = 0;
        for (MetricsRecords.Point point : points) {
            max = Math.max(max, point.values().getOrDefault(name, 0.0));
        }
        double top = max <= 0 ? 1 : max;
        int plotW = WIDTH - 2 * PAD;
        int plotH = HEIGHT - 2 * PAD - 14;
        sb.append(String.format(
                Locale.ROOT,
                "<svg class=\"chart metrics-chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">",
                WIDTH,
                HEIGHT,
                WIDTH,
                HEIGHT,
                Html.escape(name)));
        StringBuilder path = new StringBuilder();
        for (MetricsRecords.Point point : points) {
            Double value = point.values().get(name);
            if (value == null) {
                continue;
            }
            double x = PAD + (last == first ? plotW / 2.0 : (double) (point.micros() - first) / (last - first) * plotW);
            double y = PAD + plotH - value / top * plotH;
            path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            sb.append(String.format(
                    Locale.ROOT,
                    "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"2\" fill=\"%s\"><title>%s %s: %s</title></circle>",
                    x,
                    y,
                    Palette.BAR,
                    Timestamps.formatMillis(point.micros()),
                    Html.escape(name),
                    number(value)));
        }
        sb.append(String.format(
                Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\"/>", path, Palette.BAR));
        sb.append(String.format(
                Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"tick\">max %s</text>", PAD, HEIGHT - 4, number(max)));
        sb.append("</svg>");
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%,.2f", v);
    }
}
