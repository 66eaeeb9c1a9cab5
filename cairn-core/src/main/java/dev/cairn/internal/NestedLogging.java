package dev.cairn.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds logging from inside logging, per thread: a value's {@code toString()} (or a sink) that logs while this
 * thread captures or writes a record. Such a nested record is captured and written at once, as before the bound
 * (a sink holds it apart from the record it is encoding, so both stay intact), but only one level deep: what is logged
 * while a nested record is captured or written, or beyond {@link #MAX_NESTED} nested records per record, is not
 * captured at all; the engine counts it lost and reports it. So one log call writes at most {@code 1 + MAX_NESTED}
 * records, in every mode and whatever the number of sinks (each sink calls a value's {@code toString()} again).
 *
 * <p>Depth: 0 outside logging, 1 while an outer record is captured or written, 2 while a nested record is. The state
 * is allocated once per thread; entering and leaving only change two fields.
 */
final class NestedLogging {

    /** Nested records one outer record may give rise to. */
    static final int MAX_NESTED = 16;

    private static final ThreadLocal<NestedLogging> CURRENT = ThreadLocal.withInitial(NestedLogging::new);
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** This thread's number, in the order threads first logged: the row its records are counted in. */
    private final int stripe = THREADS.getAndIncrement();

    private int depth;
    /** Nested records captured since this thread last entered an outer record. */
    private int nested;

    private NestedLogging() {}

    /** This thread's state. */
    static NestedLogging current() {
        return CURRENT.get();
    }

    /** This thread's number, which tells its counters from other threads' ({@code RecordCounts}). */
    int stripe() {
        return stripe;
    }

    /** Whether a record logged now is captured: outside logging, or as one of the outer record's nested records. */
    boolean mayCapture() {
        return depth == 0 || depth == 1 && nested < MAX_NESTED;
    }

    /**
     * Enters the capture and writing of a record logged now: an outer one outside logging, a nested one inside.
     *
     * @return the depth {@link #leave} restores
     */
    int enter() {
        int outer = depth;
        if (outer == 0) {
            depth = 1;
            nested = 0;
        } else {
            depth = 2;
            nested++;
        }
        return outer;
    }

    /** Enters the writing of a record the thread did not log itself (the writer's, a delivery thread's). */
    int enterWriting() {
        int outer = depth;
        if (outer == 0) {
            depth = 1;
            nested = 0;
        }
        return outer;
    }

    /** Leaves what {@link #enter()} or {@link #enterWriting()} entered. */
    void leave(int outer) {
        depth = outer;
    }
}
