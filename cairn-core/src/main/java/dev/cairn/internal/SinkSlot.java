package dev.cairn.internal;

import dev.cairn.internal.sink.RecordProgress;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.Sink;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One sink in a pipeline: the filter that decides which records it receives, the lock that keeps its calls one at a
 * time, and its accounting. A record counts as written once a flush has handed it to the destination; a failed write
 * or flush loses the records not yet handed over, which are counted and reported (throttled), and the other sinks
 * carry on. A sink that counts its own records ({@link RecordProgress}, every encoding sink) is trusted for them, so a
 * batch a full disk cut is counted exactly; this slot then only counts the records the sink never accepted.
 */
final class SinkSlot {

    private final String name;
    private final Sink sink;
    private final RecordFilter filter;
    private final Diagnostics diagnostics;
    private final RecordProgress progress;
    private final ReentrantLock lock = new ReentrantLock();
    private long unflushed;
    private volatile long written;
    private volatile long failed;

    SinkSlot(String name, Sink sink, RecordFilter filter, Diagnostics diagnostics) {
        this.name = name;
        this.sink = sink;
        this.filter = filter;
        this.diagnostics = diagnostics;
        this.progress = sink instanceof RecordProgress ? (RecordProgress) sink : null;
    }

    Sink sink() {
        return sink;
    }

    String name() {
        return name;
    }

    RecordFilter filter() {
        return filter;
    }

    long written() {
        return progress != null ? progress.handedOver() : written;
    }

    long failed() {
        return progress != null ? progress.dropped() + failed : failed;
    }

    /** Writes {@code record} if the filter accepts it, flushing at once when {@code flush}. */
    void write(LogRecord record, boolean flush) {
        if (!filter.accepts(record)) {
            return;
        }
        lock.lock();
        try {
            long accepted = progress != null ? progress.accepted() : 0;
            try {
                sink.write(record);
                unflushed++;
            } catch (Exception | StackOverflowError | LinkageError e) {
                lose(progress != null && progress.accepted() > accepted ? 0 : 1, "write a record", e);
            }
            if (flush) {
                flushLocked();
            }
        } finally {
            lock.unlock();
        }
    }

    void flush() {
        lock.lock();
        try {
            flushLocked();
        } finally {
            lock.unlock();
        }
    }

    private void flushLocked() {
        long pending = unflushed;
        unflushed = 0;
        try {
            sink.flush();
            written += pending;
        } catch (Exception | StackOverflowError | LinkageError e) {
            lose(progress != null ? 0 : pending, "flush", e);
        }
    }

    /** Counts {@code records} lost (those the sink does not count itself) and reports the failure, throttled. */
    private void lose(long records, String action, Throwable cause) {
        failed += records;
        diagnostics.throttled("sink:" + name, "sink " + name + " failed to " + action + " (" + cause.getClass().getName()
                + ": " + cause.getMessage() + "); " + failed() + " records lost by this sink so far");
    }

    /** Flushes and closes the sink; if it lost records, says how many in all, the count throttled reports may lag. */
    void close() {
        lock.lock();
        try {
            flushLocked();
            sink.close();
        } catch (Exception e) {
            diagnostics.warn("sink " + name + " failed to close (" + e.getClass().getName() + ": " + e.getMessage() + ")");
        } finally {
            lock.unlock();
        }
        if (failed() > 0) {
            diagnostics.warn("sink " + name + " closed: " + failed() + " records lost in all, " + written() + " written");
        }
    }
}
