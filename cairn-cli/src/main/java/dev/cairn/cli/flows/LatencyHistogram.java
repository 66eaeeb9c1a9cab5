package dev.cairn.cli.flows;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Durations in milliseconds, counted in logarithmic buckets 1% wide, so percentiles over millions
 * of flows take a few kilobytes. A percentile is the upper edge of its bucket (at most 1% above
 * the true nearest-rank value) capped at the exact maximum; 0.01 ms and below share one bucket.
 */
public final class LatencyHistogram {

    private static final double SMALLEST = 0.01;
    private static final double LOG_GROWTH = Math.log(1.01);

    private long[] buckets = new long[64];
    private long count;
    private double max = Double.NEGATIVE_INFINITY;

    public void add(double ms) {
        if (Double.isNaN(ms) || ms < 0) {
            return;
        }
        int i = bucketOf(ms);
        if (i >= buckets.length) {
            buckets = Arrays.copyOf(buckets, Math.max(i + 1, buckets.length * 2));
        }
        buckets[i]++;
        count++;
        max = Math.max(max, ms);
    }

    public void merge(LatencyHistogram other) {
        if (other.buckets.length > buckets.length) {
            buckets = Arrays.copyOf(buckets, other.buckets.length);
        }
        for (int i = 0; i < other.buckets.length; i++) {
            buckets[i] += other.buckets[i];
        }
        count += other.count;
        max = Math.max(max, other.max);
    }

    public long count() {
        return count;
    }

    /** The largest value added, or NaN if none. */
    public double max() {
        return count == 0 ? Double.NaN : max;
    }

    /** The nearest-rank percentile for {@code p} in (0, 1], or NaN if empty. */
    public double percentile(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(p * count));
        long seen = 0;
        for (int i = 0; i < buckets.length; i++) {
            seen += buckets[i];
            if (seen >= rank) {
                return Math.min(upperEdge(i), max);
            }
        }
        return max;
    }

    /** Counts per bucket between two edges, for drawing: [lowerMs, upperMs, count] rows of non-empty buckets. */
    public double[][] nonEmptyBuckets() {
        return IntStream.range(0, buckets.length)
                .filter(i -> buckets[i] > 0)
                .mapToObj(i -> new double[] {i == 0 ? 0 : upperEdge(i - 1), upperEdge(i), buckets[i]})
                .toArray(double[][]::new);
    }

    private static int bucketOf(double ms) {
        if (ms <= SMALLEST) {
            return 0;
        }
        return 1 + (int) Math.floor(Math.log(ms / SMALLEST) / LOG_GROWTH);
    }

    private static double upperEdge(int bucket) {
        return SMALLEST * Math.exp(bucket * LOG_GROWTH);
    }
}
