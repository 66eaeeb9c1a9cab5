package dev.cairn.cli.report;

import dev.cairn.cli.record.Level;
import dev.cairn.cli.record.Timestamps;
import dev.cairn.cli.stats.CappedCounts;
import dev.cairn.cli.stats.MinuteSeries;
import java.util.Locale;

/** Stacked bars of records per time bucket, one color per level, as inline SVG. */
final class VolumeChart {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 220;
    private static final int LEFT = 60;
    private static final int BOTTOM = 30;
    private static final int MAX_BUCKETS = 90;

    private VolumeChart() {}

    static String svg(MinuteSeries series) {
        MinuteSeries.Buckets b = series.adaptive(MAX_BUCKETS);
        long[][] counts = b.counts();
        long max = 1;
        for (long[] row : counts) {
            max = Math.max(max, CappedCounts.sum(row));
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "<svg class=\"chart\" id=\"volume-chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"records per time bucket by level\">",
                WIDTH,
                HEIGHT,
                WIDTH,
                HEIGHT));
        int plotW = WIDTH - LEFT - 10;
        int plotH = HEIGHT - BOTTOM - 10;
        double barW = counts.length == 0 ? 0 : (double) plotW / counts.length;
        for (int i = 0; i < counts.length; i++) {
            double y = 10 + plotH;
            for (Level l : Level.values()) {
                long n = counts[i][l.ordinal()];
                if (n == 0) {
                    continue;
                }
                double h = (double) n * plotH / max;
                y -= h;
                sb.append(String.format(
                        Locale.ROOT,
                        "<rect class=\"bar level-%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %,d</title></rect>",
                        l.name(),
                        LEFT + i * barW,
                        y,
                        Math.max(0.5, barW - 1),
                        h,
                        Palette.level(l),
                        Timestamps.formatMillis(b.startMicros() + i * b.widthMicros()),
                        l.name(),
                        n));
            }
        }
        sb.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>",
                LEFT,
                10 + plotH,
                WIDTH - 10,
                10 + plotH,
                Palette.AXIS));
        sb.append(String.format(
                Locale.ROOT, "<text x=\"%d\" y=\"16\" text-anchor=\"end\" class=\"tick\">%,d</text>", LEFT - 6, max));
        sb.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"tick\">0</text>",
                LEFT - 6,
                10 + plotH));
        if (counts.length > 0) {
            sb.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" class=\"tick\">%s</text>",
                    LEFT,
                    HEIGHT - 8,
                    Timestamps.formatMillis(b.startMicros()).substring(0, b.widthMicros() < 60_000_000L ? 19 : 16)));
            sb.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"tick\">%s UTC, %s per bar</text>",
                    WIDTH - 10,
                    HEIGHT - 8,
                    Timestamps.formatMillis(b.startMicros() + b.widthMicros() * counts.length)
                            .substring(0, b.widthMicros() < 60_000_000L ? 19 : 16),
                    width(b.widthMicros())));
        }
        sb.append("</svg>");
        return sb.toString();
    }

    /** A bucket width for people: {@code 5 s}, {@code 15 min}, {@code 6 h}, {@code 1 d}. */
    static String width(long micros) {
        long seconds = micros / 1_000_000L;
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min";
        }
        if (seconds < 86400) {
            return seconds / 3600 + " h";
        }
        return seconds / 86400 + " d";
    }
}
