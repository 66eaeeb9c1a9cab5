package dev.cairn.cli.stats;

/** Draws a series of counts as a one-line bar chart of block characters. */
public final class Sparkline {

    private static final char[] BARS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    private Sparkline() {
    }

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

    /** Sums runs of {@code ceil(length / width)} adjacent values so that at most {@code width} remain. */
    public static long[] fit(long[] values, int width) {
        if (values.length <= width) {
            return values;
        }
        int per = (values.length + width - 1) / width;
        long[] out = new long[(values.length + per - 1) / per];
        for (int i = 0; i < values.length; i++) {
            out[i / per] += values[i];
        }
        return out;
    }
}
