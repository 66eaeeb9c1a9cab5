package dev.cairn.internal.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts per name (a logger, an exception type) with bounded memory: the first {@link #TRACKED} distinct names get a
 * counter of their own, later names share one overflow counter. Counting a name already tracked is a lock-free map
 * look-up and a {@link LongAdder} increment: no lock, no allocation.
 */
final class BoundedCounts {

    /** Distinct names counted separately; the rest are counted together as {@link #OTHER}. */
    static final int TRACKED = 1024;

    /** The name of the bucket holding every name beyond the top N (and beyond {@link #TRACKED}). */
    static final String OTHER = "other";

    private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder overflow = new LongAdder();

    void increment(String name) {
        LongAdder counter = counts.get(name);
        if (counter == null) {
            counter = counterFor(name);
        }
        counter.increment();
    }

    private LongAdder counterFor(String name) {
        if (counts.size() >= TRACKED) {
            LongAdder existing = counts.get(name);
            return existing != null ? existing : overflow;
        }
        return counts.computeIfAbsent(name, n -> new LongAdder());
    }

    /**
     * The {@code top} names with the highest counts, highest first (ties by name), then {@link #OTHER} with the sum of
     * the rest when that is not 0.
     */
    Map<String, Long> top(int top) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>();
        counts.forEach((name, counter) -> entries.add(Map.entry(name, counter.sum())));
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> result = new LinkedHashMap<>();
        long rest = overflow.sum();
        for (int i = 0; i < entries.size(); i++) {
            Map.Entry<String, Long> entry = entries.get(i);
            if (i < top && !entry.getKey().equals(OTHER)) {
                result.put(entry.getKey(), entry.getValue());
            } else {
                rest += entry.getValue();
            }
        }
        if (rest > 0) {
            result.put(OTHER, rest);
        }
        return result;
    }
}
