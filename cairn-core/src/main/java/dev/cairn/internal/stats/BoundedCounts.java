package dev.cairn.internal.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts per name (a logger, an exception type) with bounded memory: the first {@link #TRACKED} distinct names get a
 * counter of their own, later names share one overflow counter. Counting a name already tracked is a lock-free map
 * look-up of its counter's index and an increment in the counting thread's row ({@link StripedCounts}): no lock, no
 * allocation.
 */
final class BoundedCounts {

    /** Distinct names counted separately; the rest are counted together as {@link #OTHER}. */
    static final int TRACKED = 1024;

    /** The name of the bucket holding every name beyond the top N (and beyond {@link #TRACKED}). */
    static final String OTHER = "other";

    /** The index of the counter shared by the names beyond {@link #TRACKED}. */
    private static final int OVERFLOW = TRACKED;

    /** Each tracked name's counter. */
    private final ConcurrentHashMap<String, Integer> indexes = new ConcurrentHashMap<>();

    private final AtomicInteger nextIndex = new AtomicInteger();
    private final StripedCounts counts = new StripedCounts(TRACKED + 1);

    /** Counts {@code name} in the row of {@code stripe}, the counting thread's number. */
    void increment(int stripe, String name) {
        Integer index = indexes.get(name);
        counts.increment(stripe, index != null ? index : indexFor(name));
    }

    /**
     * The counter of a name not tracked yet: a new one while fewer than {@link #TRACKED} are, else the overflow counter,
     * found without the map's per-bin lock and without advancing {@link #nextIndex}, which therefore cannot wrap
     * however many records later names count.
     */
    private int indexFor(String name) {
        if (nextIndex.get() >= TRACKED) {
            return OVERFLOW;
        }
        Integer index = indexes.computeIfAbsent(name, n -> {
            int next = nextIndex.getAndIncrement();
            return next < TRACKED ? next : null;
        });
        return index != null ? index : OVERFLOW;
    }

    /**
     * The {@code top} names with the highest counts, highest first (ties by name), then {@link #OTHER} with the sum of
     * the rest when that is not 0.
     */
    Map<String, Long> top(int top) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>();
        indexes.forEach((name, index) -> entries.add(Map.entry(name, counts.sum(index))));
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> result = new LinkedHashMap<>();
        long rest = counts.sum(OVERFLOW);
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
