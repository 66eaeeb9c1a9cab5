package dev.cairn.cli.stats;

/** Draws a series of counts as a one-line bar chart of block characters. */
public final class Sparkline {

    private static final char[] BARS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    private Sparkline() {}

    /** One character per value, scaled so the largest value gets the full block; zero gets a space. */
    public static String draw(long[] values) {
        long max = 0;
        for (long v : values) {
            max = Math.max(max, v);
        }
        StringBuilder sb = new StringBuilder(values.length);
        for (long v : values) {
            if (v == 0 || max == 0) {
                sb.append(' ');
            } else {
                int idx = (int) Math.min(BARS.length - 1, (v * BARS.length - 1) / max);
                sb.append(BARS[idx]);
            }
        }
        return sb.toString();
    }
}
