package dev.cairn.cli.stats;

import java.util.Map;
import java.util.TreeMap;

/** Record counts per minute and level. Memory grows with the number of distinct minutes, not records. */
public final class MinuteSeries {

    private static final long MINUTE = 60_000_000L;

    private final TreeMap<Long, long[]> minutes = new TreeMap<>();
    private long lastMinute = Long.MIN_VALUE;
    private long[] lastRow;

    /** Counts one record; consecutive records of the same minute (the usual case) skip the map lookup. */
    public void add(long micros, int level) {
        long minute = Math.floorDiv(micros, MINUTE);
        if (minute != lastMinute) {
            lastRow = minutes.computeIfAbsent(minute, k -> new long[ChunkStats.LEVELS]);
            lastMinute = minute;
        }
        lastRow[level]++;
    }

    public void merge(MinuteSeries other) {
        for (Map.Entry<Long, long[]> e : other.minutes.entrySet()) {
            long[] row = minutes.computeIfAbsent(e.getKey(), k -> new long[ChunkStats.LEVELS]);
            for (int k = 0; k < row.length; k++) {
                row[k] += e.getValue()[k];
            }
        }
        lastMinute = Long.MIN_VALUE;
    }

    public boolean isEmpty() {
        return minutes.isEmpty();
    }

    /**
     * Counts per level in at most {@code maxBuckets} equal time buckets of whole minutes covering
     * the first to the last minute; gaps are zeros. Cost depends on the minutes present, not the span.
     */
    public Buckets buckets(int maxBuckets) {
        if (minutes.isEmpty()) {
            return new Buckets(0, MINUTE, new long[0][]);
        }
        long first = minutes.firstKey();
        long span = minutes.lastKey() - first + 1;
        long perBucket = Math.max(1, (span + maxBuckets - 1) / maxBuckets);
        int n = (int) ((span + perBucket - 1) / perBucket);
        long[][] counts = new long[n][ChunkStats.LEVELS];
        for (Map.Entry<Long, long[]> e : minutes.entrySet()) {
            long[] row = counts[(int) ((e.getKey() - first) / perBucket)];
            for (int k = 0; k < row.length; k++) {
                row[k] += e.getValue()[k];
            }
        }
        return new Buckets(first * MINUTE, perBucket * MINUTE, counts);
    }

    /**
     * Time buckets: bucket {@code i} starts at {@code startMicros + i * widthMicros}.
     *
     * @param counts [bucket][level]
     */
    public record Buckets(long startMicros, long widthMicros, long[][] counts) {

        /** Total records per bucket, all levels together. */
        public long[] totals() {
            long[] t = new long[counts.length];
            for (int i = 0; i < counts.length; i++) {
                t[i] = CappedCounts.sum(counts[i]);
            }
            return t;
        }
    }
}
