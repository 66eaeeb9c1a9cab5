package dev.cairn.internal;

import dev.cairn.spi.LogRecord;
import dev.cairn.spi.Sink;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * The sinks of one configuration. Replacing the configuration closes the old pipeline: writers already inside finish
 * their record, writers arriving later are turned away and retry on the new pipeline, so no record is lost or written
 * twice across a reconfiguration.
 *
 * <p>Concurrency: writers count themselves in a {@link LongAdder} (striped, so synchronous callers do not contend on
 * one cache line) before reading {@code closed}; the closer sets {@code closed} before reading the count. Both are
 * sequentially consistent operations, so either the writer sees {@code closed} or the closer sees the writer.
 */
final class Pipeline {

    private static final long CLOSE_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    /**
     * How long a closer waits for writers even past its deadline: the writer thread stays counted in through a batch
     * ({@link #enter}) and leaves at its next record, which takes microseconds unless a sink is stuck.
     */
    private static final long LEAVE_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final SinkSlot[] slots;
    /** The slots {@link #closeLocal} closed, which {@link #close} then leaves alone. */
    private final boolean[] closedEarly;

    private final Diagnostics diagnostics;
    private final LongAdder inFlight = new LongAdder();
    private volatile boolean closed;

    Pipeline(List<SinkBinding> bindings, Diagnostics diagnostics) {
        this(bindings, diagnostics, null);
    }

    /**
     * A pipeline that takes over {@code previous}'s slot, and so its lock, counters and delivery thread, for every sink
     * the two share, with the new filter: a writer still on the old pipeline and one already on the new never run a
     * sink at once, and a sink never gets a second delivery thread.
     */
    Pipeline(List<SinkBinding> bindings, Diagnostics diagnostics, Pipeline previous) {
        this.diagnostics = diagnostics;
        this.slots = bindings.stream()
                .map(binding -> {
                    SinkSlot shared = previous == null ? null : previous.slotOf(binding.sink());
                    if (shared == null) {
                        return new SinkSlot(
                                binding.name(), binding.sink(), binding.filter(), binding.delivery(), diagnostics);
                    }
                    shared.filter(binding.filter());
                    return shared;
                })
                .toArray(SinkSlot[]::new);
        this.closedEarly = new boolean[slots.length];
    }

    /**
     * Writes {@code record} to every sink whose filter accepts it, flushing them when {@code flush}; false if this
     * pipeline was closed and the record must go to the next one.
     */
    boolean write(LogRecord record, boolean flush) {
        inFlight.increment();
        try {
            if (closed) {
                return false;
            }
            for (SinkSlot slot : slots) {
                slot.write(record, flush);
            }
            return true;
        } finally {
            inFlight.decrement();
        }
    }

    /**
     * Enters this pipeline for a batch of {@link #writeEntered} calls by this thread, so that a record costs no count
     * in and out of its own; false if the pipeline is closed. The thread must {@link #leave} before it waits for
     * anything (a closer waits for it as for any writer inside); its sinks are still locked per record, so a sink stuck
     * in a call keeps none of the others from being flushed and closed.
     */
    boolean enter() {
        inFlight.increment();
        if (closed) {
            inFlight.decrement();
            return false;
        }
        return true;
    }

    /**
     * Writes {@code record} as {@link #write} does, on a thread that {@link #enter entered}; false if the pipeline has
     * been closed since, and the thread must leave it and go to the next one.
     */
    boolean writeEntered(LogRecord record, boolean flush) {
        if (closed) {
            return false;
        }
        for (SinkSlot slot : slots) {
            slot.write(record, flush);
        }
        return true;
    }

    /** Flushes the sinks as {@link #flush} does, on a thread that {@link #enter entered}. */
    void flushEntered() {
        if (!closed) {
            for (SinkSlot slot : slots) {
                slot.flush();
            }
        }
    }

    /** Leaves what {@link #enter} entered. */
    void leave() {
        inFlight.decrement();
    }

    /** Hands every buffered record to its destination. */
    void flush() {
        inFlight.increment();
        try {
            if (!closed) {
                for (SinkSlot slot : slots) {
                    slot.flush();
                }
            }
        } finally {
            inFlight.decrement();
        }
    }

    boolean isClosed() {
        return closed;
    }

    /**
     * Turns writers away (they wait for the next pipeline) and closes the sinks written on the writer's own thread
     * (files, the console) that {@code kept} does not hold, by {@code deadlineNanos}; {@link #close} closes the rest.
     * Their successors can then open on a file no one else appends to, while sinks on delivery threads, which may take
     * up to the shutdown timeout to drain, close after the next pipeline has taken over.
     */
    void closeLocal(List<Sink> kept, long deadlineNanos) {
        stopWriters(deadlineNanos);
        Thread[] closing = new Thread[slots.length];
        for (int i = 0; i < slots.length; i++) {
            if (slots[i].local() && !holds(kept, slots[i].sink())) {
                closedEarly[i] = true;
                closing[i] = slots[i].beginClose();
            }
        }
        awaitClosed(closing, deadlineNanos);
    }

    /**
     * Flushes and closes every sink that {@code next} does not reuse, after the writers already inside have finished,
     * by {@code deadlineNanos} (of {@link System#nanoTime()}): a sink still busy then is abandoned and reported.
     */
    void close(Pipeline next, long deadlineNanos) {
        stopWriters(deadlineNanos);
        Thread[] closing = new Thread[slots.length];
        for (int i = 0; i < slots.length; i++) {
            if (closedEarly[i]) {
                continue;
            }
            if (next != null && next.contains(slots[i].sink())) {
                slots[i].flush();
            } else {
                closing[i] = slots[i].beginClose();
            }
        }
        awaitClosed(closing, deadlineNanos);
    }

    /** Turns writers away and waits, until {@code deadlineNanos} at most, for those already inside to finish. */
    private void stopWriters(long deadlineNanos) {
        closed = true;
        long giveUp = Math.max(deadlineNanos - System.nanoTime(), LEAVE_GRACE_NANOS) + System.nanoTime();
        while (inFlight.sum() > 0) {
            if (System.nanoTime() - giveUp > 0) {
                diagnostics.warn("closing sinks while a record is still being written"
                        + " (a log call inside a sink, or a sink blocked past cairn.shutdown.timeout)");
                break;
            }
            LockSupport.parkNanos(100_000);
        }
    }

    private void awaitClosed(Thread[] closing, long deadlineNanos) {
        // Sinks that respond get a moment to close even when a stalled one used up the time.
        long closeDeadline = Math.max(deadlineNanos - System.nanoTime(), CLOSE_GRACE_NANOS) + System.nanoTime();
        for (int i = 0; i < slots.length; i++) {
            if (closing[i] != null) {
                slots[i].endClose(closing[i], closeDeadline);
            }
        }
    }

    private static boolean holds(List<Sink> sinks, Sink sink) {
        for (Sink candidate : sinks) {
            if (candidate == sink) {
                return true;
            }
        }
        return false;
    }

    /** Waits, until {@code deadlineNanos} at most, for the sinks on delivery threads to write what they were handed. */
    void awaitDelivered(long deadlineNanos) {
        for (SinkSlot slot : slots) {
            slot.awaitDelivered(deadlineNanos);
        }
    }

    boolean contains(Sink sink) {
        return slotOf(sink) != null;
    }

    private SinkSlot slotOf(Sink sink) {
        for (SinkSlot slot : slots) {
            if (slot.sink() == sink) {
                return slot;
            }
        }
        return null;
    }

    List<SinkSlot> slots() {
        return List.of(slots);
    }
}
