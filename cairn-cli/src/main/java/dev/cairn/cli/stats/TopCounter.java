package dev.cairn.cli.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the most frequent keys among possibly millions of distinct ones in bounded memory.
 *
 * <p>Keeps exact counts until {@code 2 × capacity} keys are held, then keeps only the
 * {@code capacity} most frequent. Between two prunes at least {@code capacity} new keys arrive,
 * so a key seen clearly more often than once per {@code capacity} records outranks the one-off
 * keys and is never dropped: its count is exact. A dropped key counted again restarts from zero;
 * {@link #maxDropped()} is the largest count ever lost (0: every count is exact).
 */
public final class TopCounter {

    private final int capacity;
    private final Map<String, Long> counts = new HashMap<>();
    private long maxDropped;

    public TopCounter(int capacity) {
        this.capacity = capacity;
    }

    public void add(String key, long n) {
        counts.merge(key, n, Long::sum);
        if (counts.size() >= capacity * 2) {
            prune();
        }
    }

    /** The {@code n} most frequent keys, by descending count then key. */
    public List<Map.Entry<String, Long>> top(int n) {
        List<Map.Entry<String, Long>> list = new ArrayList<>(counts.entrySet());
        list.sort(Comparator.<Map.Entry<String, Long>>comparingLong(e -> -e.getValue())
                .thenComparing(Map.Entry::getKey));
        return list.subList(0, Math.min(n, list.size()));
    }

    /** The largest count ever dropped: 0 means every count shown is exact. */
    public long maxDropped() {
        return maxDropped;
    }

    private void prune() {
        List<Map.Entry<String, Long>> sorted = top(counts.size());
        for (Map.Entry<String, Long> e : sorted.subList(capacity, sorted.size())) {
            maxDropped = Math.max(maxDropped, e.getValue());
        }
        Map<String, Long> keep = new HashMap<>();
        for (Map.Entry<String, Long> e : sorted.subList(0, capacity)) {
            keep.put(e.getKey(), e.getValue());
        }
        counts.clear();
        counts.putAll(keep);
    }
}
