package dev.cairn.internal;

import dev.cairn.spi.LogRecord;
import dev.cairn.spi.Sink;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * The sinks of one configuration. Replacing the configuration closes the old pipeline: callers already inside finish
 * their record, callers arriving later are turned away and retry on the new pipeline, so no record is lost or written
 * twice across a reconfiguration.
 *
 * <p>Concurrency: callers count themselves in a {@link LongAdder} (striped, so callers do not contend on one cache
 * line) before reading {@code closed}; the closer sets {@code closed} before reading the count. Both are sequentially
 * consistent operations, so either the caller sees {@code closed} or the closer sees the caller.
 */
final class Pipeline {

    private static final long CLOSE_WAIT_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final SinkSlot[] slots;
    private final Diagnostics diagnostics;
    private final LongAdder inFlight = new LongAdder();
    private volatile boolean closed;

    Pipeline(List<Sink> sinks, Diagnostics diagnostics) {
        this(sinks, diagnostics, null);
    }

    /**
     * A pipeline that takes over {@code previous}'s slot, and so its lock, for every sink the two share: a caller still
     * writing to the old pipeline and one already on the new never run the same sink at once.
     */
    Pipeline(List<Sink> sinks, Diagnostics diagnostics, Pipeline previous) {
        this.diagnostics = diagnostics;
        this.slots = sinks.stream().map(sink -> {
            SinkSlot shared = previous == null ? null : previous.slotOf(sink);
            return shared != null ? shared : new SinkSlot(sink, diagnostics);
        }).toArray(SinkSlot[]::new);
    }

    /** Writes {@code record} to every sink; false if this pipeline was closed and the record must go to the next one. */
    boolean dispatch(LogRecord record) {
        inFlight.increment();
        try {
            if (closed) {
                return false;
            }
            for (SinkSlot slot : slots) {
                slot.writeNow(record);
            }
            return true;
        } finally {
            inFlight.decrement();
        }
    }

    /** Closes every sink that {@code next} does not reuse, after the callers already inside have finished. */
    void close(Pipeline next) {
        closed = true;
        long deadline = System.nanoTime() + CLOSE_WAIT_NANOS;
        while (inFlight.sum() > 0) {
            if (System.nanoTime() - deadline > 0) {
                diagnostics.warn("closing the previous configuration's sinks while a record is still being written"
                        + " (a log call inside a sink, or a sink blocked for over 5 s)");
                break;
            }
            LockSupport.parkNanos(100_000);
        }
        for (SinkSlot slot : slots) {
            if (next == null || !next.contains(slot.sink())) {
                slot.close();
            }
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
}
