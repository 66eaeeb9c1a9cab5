package dev.cairn.internal;

import dev.cairn.spi.LogRecord;
import dev.cairn.spi.Sink;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One sink in a pipeline with the lock that keeps its calls one at a time, and its failure accounting: a sink that
 * throws loses that record, the loss is counted and reported (throttled), and the other sinks carry on.
 */
final class SinkSlot {

    private final Sink sink;
    private final Diagnostics diagnostics;
    private final ReentrantLock lock = new ReentrantLock();
    private long written;
    private long failed;

    SinkSlot(Sink sink, Diagnostics diagnostics) {
        this.sink = sink;
        this.diagnostics = diagnostics;
    }

    Sink sink() {
        return sink;
    }

    /** Writes and flushes one record, synchronously. */
    void writeNow(LogRecord record) {
        lock.lock();
        try {
            sink.write(record);
            sink.flush();
            written++;
        } catch (Exception | StackOverflowError | LinkageError e) {
            failed++;
            diagnostics.throttled("sink-write:" + sink, "sink " + sink + " failed to write a record ("
                    + e.getClass().getName() + ": " + e.getMessage() + "); " + failed + " records lost by this sink so far");
        } finally {
            lock.unlock();
        }
    }

    void close() {
        lock.lock();
        try {
            sink.close();
        } catch (Exception e) {
            diagnostics.warn("sink " + sink + " failed to close (" + e.getClass().getName() + ": " + e.getMessage() + ")");
        } finally {
            lock.unlock();
        }
    }
}
