package dev.cairn.internal.stats;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A fixed number of counters, which threads add to each in a row of its own (its stripe), so that two threads logging
 * at once share no cache line. Every row is made up front: a {@link java.util.concurrent.atomic.LongAdder} makes its
 * cells when threads first collide, a path the JIT had compiled as a trap in the caller's log call, whose first use
 * recompiled that call (issue 19). Threads beyond {@link #STRIPES} share rows, which stays exact: each add is atomic.
 */
final class StripedCounts {

    /** Rows, a power of two: twice the processors, at least 4 and at most 16. */
    static final int STRIPES = Integer.highestOneBit(
            Math.min(16, Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
    /** Unused longs before and after a row's counters, so that no two rows' counters share a cache line. */
    private static final int PAD = 16;

    private final AtomicLongArray[] rows = new AtomicLongArray[STRIPES];

    StripedCounts(int size) {
        for (int i = 0; i < STRIPES; i++) {
            rows[i] = new AtomicLongArray(size + 2 * PAD);
        }
    }

    /** Adds one to counter {@code index} in the row of {@code stripe}, any int (a thread's number). */
    void increment(int stripe, int index) {
        rows[stripe & STRIPES - 1].getAndIncrement(index + PAD);
    }

    /** Counter {@code index} summed over the rows. */
    long sum(int index) {
        long sum = 0;
        for (AtomicLongArray row : rows) {
            sum += row.get(index + PAD);
        }
        return sum;
    }
}
