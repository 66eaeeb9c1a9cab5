package dev.cairn.cli.stats;

import java.util.Map;
import java.util.TreeMap;

/**
 * Record counts per minute and level, and per second while the data holds at most {@link #MAX_SECONDS} distinct
 * seconds (two hours of steady logging): enough for short spans to be drawn in seconds. Memory grows with the number
 * of distinct minutes, not records.
 */
public final class MinuteSeries {

    private static final long SECOND = 1_000_000L;
    private static final long MINUTE = 60_000_000L;
    static final int MAX_SECONDS = 7_200;
    /** Bucket widths a chart may use, in seconds: each a round step of a clock. */
    private static final long[] NICE_SECONDS = {
        1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800
    };

    private final TreeMap<Long, long[]> minutes = new TreeMap<>();
    /** Counts per second; null once more than {@link #MAX_SECONDS} distinct seconds were seen. */
    private TreeMap<Long, long[]> seconds = new TreeMap<>();

    private long lastMinute = Long.MIN_VALUE;
    private long[] lastRow;
    private long lastSecond = Long.MIN_VALUE;
    private long[] lastSecondRow;

    /** Counts one record; consecutive records of the same minute (the usual case) skip the map lookup. */
    public void add(long micros, int level) {
        long minute = Math.floorDiv(micros, MINUTE);
        if (minute != lastMinute) {
            lastRow = minutes.computeIfAbsent(minute, k -> new long[ChunkStats.LEVELS]);
            lastMinute = minute;
        }
        lastRow[level]++;
        if (seconds != null) {
            long second = Math.floorDiv(micros, SECOND);
            if (second != lastSecond) {
                lastSecondRow = seconds.computeIfAbsent(second, k -> new long[ChunkStats.LEVELS]);
                lastSecond = second;
                if (seconds.size() > MAX_SECONDS) {
                    seconds = null;
                    lastSecond = Long.MIN_VALUE;
                    return;
                }
            }
            lastSecondRow[level]++;
        }
    }

    public void merge(MinuteSeries other) {
        if (seconds != null && other.seconds != null) {
            for (Map.Entry<Long, long[]> e : other.seconds.entrySet()) {
                long[] row = seconds.computeIfAbsent(e.getKey(), k -> new long[ChunkStats.LEVELS]);
                for (int k = 0; k < row.length; k++) {
                    row[k] += e.getValue()[k];
                }
            }
            if (seconds.size() > MAX_SECONDS) {
                seconds = null;
            }
        } else {
            seconds = null;
        }
        lastSecond = Long.MIN_VALUE;
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
     * Counts per level in buckets whose width adapts to the span of the data: the roundest width (1 s, 2 s, 5 s, 10 s,
     * 15 s, 30 s, 1 min, 2 min, 5 min, … 1 day, 1 week) that covers the span in at most {@code maxBuckets} buckets, so
     * a one-minute run is drawn in seconds and a month in days. Seconds are used while they were kept (at most
     * {@link #MAX_SECONDS} distinct ones), else whole minutes. Buckets start at a multiple of their width.
     */
    public Buckets adaptive(int maxBuckets) {
        if (minutes.isEmpty()) {
            return new Buckets(0, MINUTE, new long[0][]);
        }
        boolean fine = seconds != null && !seconds.isEmpty();
        long firstSecond = fine ? seconds.firstKey() : minutes.firstKey() * 60;
        long lastSecond = fine ? seconds.lastKey() : minutes.lastKey() * 60 + 59;
        long span = lastSecond - firstSecond + 1;
        long width = NICE_SECONDS[NICE_SECONDS.length - 1];
        for (long nice : NICE_SECONDS) {
            if ((fine || nice >= 60) && span <= nice * maxBuckets) {
                width = nice;
                break;
            }
        }
        long start = Math.floorDiv(firstSecond, width) * width;
        int n = (int) ((lastSecond - start) / width + 1);
        long[][] counts = new long[n][ChunkStats.LEVELS];
        TreeMap<Long, long[]> source = fine && width < 60 ? seconds : minutes;
        long unit = source == seconds ? 1 : 60;
        for (Map.Entry<Long, long[]> e : source.entrySet()) {
            long[] row = counts[(int) ((e.getKey() * unit - start) / width)];
            for (int k = 0; k < row.length; k++) {
                row[k] += e.getValue()[k];
            }
        }
        return new Buckets(start * SECOND, width * SECOND, counts);
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
