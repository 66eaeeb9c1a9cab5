package dev.cairn.internal;

import dev.cairn.spi.LogRecord;
import dev.cairn.spi.Sink;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One sink in a pipeline: the filter that decides which records it receives, the lock that keeps its calls one at a
 * time, and its accounting. A record counts as written once a flush has handed it to the destination; a failed write
 * or flush loses the records not yet handed over, which are counted and reported (throttled), and the other sinks
 * carry on.
 */
final class SinkSlot {

    private final String name;
    private final Sink sink;
    private final RecordFilter filter;
    private final Diagnostics diagnostics;
    private final ReentrantLock lock = new ReentrantLock();
    private long unflushed;
    private volatile long written;
    private volatile long failed;

    SinkSlot(String name, Sink sink, RecordFilter filter, Diagnostics diagnostics) {
        this.name = name;
        this.sink = sink;
        this.filter = filter;
        this.diagnostics = diagnostics;
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
        return written;
    }

    long failed() {
        return failed;
    }

    /** Writes {@code record} if the filter accepts it, flushing at once when {@code flush}. */
    void write(LogRecord record, boolean flush) {
        if (!filter.accepts(record)) {
            return;
        }
        lock.lock();
        try {
            try {
                sink.write(record);
                unflushed++;
            } catch (Exception | StackOverflowError | LinkageError e) {
                lose(1, "write a record", e);
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
            lose(pending, "flush", e);
        }
    }

    private void lose(long records, String action, Throwable cause) {
        failed += records;
        diagnostics.throttled("sink:" + name, "sink " + name + " failed to " + action + " (" + cause.getClass().getName()
                + ": " + cause.getMessage() + "); " + failed + " records lost by this sink so far");
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
        if (failed > 0) {
            diagnostics.warn("sink " + name + " closed: " + failed + " records lost in all, " + written + " written");
        }
    }
}
