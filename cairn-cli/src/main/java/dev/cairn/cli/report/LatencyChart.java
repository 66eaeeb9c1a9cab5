package dev.cairn.cli.report;

import dev.cairn.cli.flows.LatencyHistogram;
import java.util.Locale;

/**
 * The distribution of one flow label's total_ms on a logarithmic axis, with p50/p95/p99 marks, as inline SVG. The
 * marks' labels sit in a band of their own above the bars, one row each, so no bar and no other label can cover them.
 */
final class LatencyChart {

    private static final int WIDTH = 440;
    private static final int HEIGHT = 190;
    /** The rows above the plot where the p50/p95/p99 labels go. */
    private static final int LABEL_BAND = 36;

    private static final int LEFT = 10;
    private static final int BOTTOM = 28;
    private static final int BINS = 40;

    private LatencyChart() {}

    static String svg(String label, LatencyHistogram h) {
        double[][] buckets = h.nonEmptyBuckets();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "<svg class=\"chart latency-chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s latency\">",
                WIDTH,
                HEIGHT,
                WIDTH,
                HEIGHT,
                Html.escape(label)));
        if (buckets.length == 0) {
            return sb.append("</svg>").toString();
        }
        double lo = Math.log10(Math.max(0.01, buckets[0][1]));
        double hi = Math.log10(Math.max(buckets[buckets.length - 1][1], Math.pow(10, lo) * 1.5));
        long[] bins = new long[BINS];
        for (double[] b : buckets) {
            int i = (int) Math.min(BINS - 1, Math.max(0, (Math.log10(Math.max(0.01, b[1])) - lo) / (hi - lo) * BINS));
            bins[i] += (long) b[2];
        }
        long max = 1;
        for (long n : bins) {
            max = Math.max(max, n);
        }
        int plotW = WIDTH - LEFT * 2;
        int top = 8 + LABEL_BAND;
        int plotH = HEIGHT - BOTTOM - top;
        double binW = (double) plotW / BINS;
        for (int i = 0; i < BINS; i++) {
            if (bins[i] == 0) {
                continue;
            }
            double barH = (double) bins[i] * plotH / max;
            double from = Math.pow(10, lo + (hi - lo) * i / BINS);
            double to = Math.pow(10, lo + (hi - lo) * (i + 1) / BINS);
            sb.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%.1f–%.1f ms: %,d flows</title></rect>",
                    LEFT + i * binW,
                    top + plotH - barH,
                    Math.max(0.5, binW - 1),
                    barH,
                    Palette.BAR,
                    from,
                    to,
                    bins[i]));
        }
        String[] names = {"p50", "p95", "p99"};
        double[] ps = {0.50, 0.95, 0.99};
        for (int k = 0; k < ps.length; k++) {
            double v = h.percentile(ps[k]);
            double x = LEFT + (Math.log10(Math.max(0.01, v)) - lo) / (hi - lo) * plotW;
            x = Math.max(LEFT, Math.min(LEFT + plotW, x));
            sb.append(String.format(
                    Locale.ROOT,
                    "<line class=\"marker\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-dasharray=\"3,2\"><title>%s %.1f ms</title></line>",
                    x,
                    top - 4,
                    x,
                    top + plotH,
                    Palette.FAILED,
                    names[k],
                    v));
            // Near the right edge the label goes left of its line, so it is not cut off.
            boolean right = x > LEFT + plotW * 0.85;
            sb.append(String.format(
                    Locale.ROOT,
                    "<text class=\"tick marker-label\" x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">%s %s</text>",
                    right ? x - 3 : x + 3,
                    14 + k * 11,
                    right ? "end" : "start",
                    names[k],
                    ms(v)));
        }
        sb.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" class=\"tick\">%.1f ms</text>",
                LEFT,
                HEIGHT - 4,
                Math.pow(10, lo)));
        sb.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" class=\"tick\" text-anchor=\"end\">%.1f ms (log scale)</text>",
                WIDTH - LEFT,
                HEIGHT - 4,
                Math.pow(10, hi)));
        return sb.append("</svg>").toString();
    }

    private static String ms(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f ms", v) : String.format(Locale.ROOT, "%.1f ms", v);
    }
}
