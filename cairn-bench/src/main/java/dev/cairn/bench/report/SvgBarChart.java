package dev.cairn.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A grouped horizontal bar chart as a standalone SVG file, drawn here so that regenerating the docs needs no network
 * and no plotting library. Groups are rows of bars (e.g. one per thread count), series are the libraries.
 */
final class SvgBarChart {

    private static final String[] COLORS = {"#2b6cb0", "#c05621", "#2f855a", "#6b46c1", "#b7791f"};
    private static final int LABEL_WIDTH = 210;
    private static final int BAR_AREA = 430;
    private static final int BAR_HEIGHT = 16;
    private static final int GROUP_GAP = 18;

    private final String title;
    private final String unit;
    private final List<String> series;
    private final List<String> groups = new ArrayList<>();
    private final List<double[]> values = new ArrayList<>();

    SvgBarChart(String title, String unit, List<String> series) {
        this.title = title;
        this.unit = unit;
        this.series = series;
    }

    /** Adds a group; {@code groupValues} has one value per series, NaN where there is no measurement. */
    void group(String name, double[] groupValues) {
        groups.add(name);
        values.add(groupValues);
    }

    String render() {
        double max = values.stream()
                .flatMapToDouble(java.util.Arrays::stream)
                .filter(v -> !Double.isNaN(v))
                .max()
                .orElse(1);
        int height = 50 + groups.size() * (series.size() * (BAR_HEIGHT + 4) + GROUP_GAP) + 20;
        int width = LABEL_WIDTH + BAR_AREA + 120;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                        + "font-family=\"sans-serif\" font-size=\"12\">%n",
                width,
                height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s (%s)" + "</text>%n",
                escape(title),
                escape(unit)));
        int y = 44;
        for (int g = 0; g < groups.size(); g++) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"10\" y=\"%d\" font-weight=\"bold\">%s</text>%n",
                    y + 12,
                    escape(groups.get(g))));
            for (int s = 0; s < series.size(); s++) {
                double value = values.get(g)[s];
                int barY = y + s * (BAR_HEIGHT + 4);
                svg.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
                        LABEL_WIDTH - 6,
                        barY + 12,
                        escape(series.get(s))));
                if (Double.isNaN(value)) {
                    continue;
                }
                int length = (int) Math.max(1, Math.round(value / max * BAR_AREA));
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" " + "fill=\"%s\"/>%n",
                        LABEL_WIDTH,
                        barY,
                        length,
                        BAR_HEIGHT,
                        COLORS[s % COLORS.length]));
                svg.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%d\" y=\"%d\">%s</text>%n",
                        LABEL_WIDTH + length + 4,
                        barY + 12,
                        Numbers.format(value)));
            }
            y += series.size() * (BAR_HEIGHT + 4) + GROUP_GAP;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
