package dev.cairn.cli.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counters per key with a cap on distinct keys; once reached, new keys are counted under
 * {@value #OTHER} so a hostile input cannot grow memory without bound.
 */
public final class CappedCounts {

    public static final String OTHER = "(other)";

    private final int width;
    private final int cap;
    private final Map<String, long[]> counts = new HashMap<>();

    public CappedCounts(int width, int cap) {
        this.width = width;
        this.cap = cap;
    }

    public void add(String key, long[] values) {
        long[] row = counts.get(key);
        if (row == null) {
            if (counts.size() >= cap) {
                row = counts.computeIfAbsent(OTHER, k -> new long[width]);
            } else {
                row = new long[width];
                counts.put(key, row);
            }
        }
        for (int k = 0; k < width; k++) {
            row[k] += values[k];
        }
    }

    /** Keys by descending total count, ties by key. */
    public List<Map.Entry<String, long[]>> sorted() {
        List<Map.Entry<String, long[]>> list = new ArrayList<>(counts.entrySet());
        list.sort(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -sum(e.getValue()))
                .thenComparing(Map.Entry::getKey));
        return list;
    }

    public int size() {
        return counts.size();
    }

    public static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }
}
