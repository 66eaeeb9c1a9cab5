package dev.cairn.internal;

import dev.cairn.Level;
import dev.cairn.LogStats;
import dev.cairn.internal.sink.RecordProgress;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.Sink;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One sink in a pipeline: the filter that decides which records it receives, the lock that keeps its calls one at a
 * time, and its accounting. A record counts as written once a flush has handed it to the destination; a failed write
 * or flush loses the records not yet handed over, which are counted and reported (throttled), and the other sinks
 * carry on. Anything a sink throws counts, {@code Error}s included (an {@code AssertionError}, an
 * {@code OutOfMemoryError} while encoding): the thread writing goes on. A sink that counts its own records ({@link RecordProgress}, every encoding sink) is trusted for them, so a
 * batch a full disk cut is counted exactly; this slot then only counts the records the sink never accepted.
 *
 * <p>Blocking budget: a sink that {@link Sink#mayBlock() may block} is called only by its {@link SinkDelivery}
 * thread; this slot hands records to it without waiting and counts those it cannot take as dropped. Every other sink
 * is called on the thread that writes the pipeline.
 *
 * <p>Closing never waits longer than its deadline: a sink still inside a call (a {@code write} that never returns, a
 * pipe nobody reads) is abandoned, and what it did not write is reported.
 */
final class SinkSlot {

    private final String name;
    private final Sink sink;
    /** The filter, or null when it accepts every record (the common case: then no check per record). */
    private volatile RecordFilter filter;

    private final Diagnostics diagnostics;
    private final RecordProgress progress;
    private final ReentrantLock lock = new ReentrantLock();
    private final SinkDelivery delivery;
    private final Supplier<LogStats.DeliveryStats> deliveryStats;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLongArray droppedByLevel = new AtomicLongArray(Level.values().length);
    private long unflushed;
    private volatile long written;
    private volatile long failed;
    private volatile long cut;

    SinkSlot(String name, Sink sink, RecordFilter filter, Diagnostics diagnostics) {
        this(name, sink, filter, null, diagnostics);
    }

    SinkSlot(
            String name,
            Sink sink,
            RecordFilter filter,
            Supplier<LogStats.DeliveryStats> deliveryStats,
            Diagnostics diagnostics) {
        this.name = name;
        this.deliveryStats = deliveryStats;
        this.sink = sink;
        this.filter = restriction(filter);
        this.diagnostics = diagnostics;
        this.progress = sink instanceof RecordProgress ? (RecordProgress) sink : null;
        this.delivery = mayBlock(sink) ? new SinkDelivery(this) : null;
    }

    private boolean mayBlock(Sink sink) {
        try {
            return sink.mayBlock();
        } catch (Throwable e) {
            diagnostics.warn("sink " + name + " failed to say whether it may block (" + e
                    + "); it gets a delivery thread of its own");
            return true;
        }
    }

    /** True for a sink written on the writer's own thread, false for one with a delivery thread. */
    boolean local() {
        return delivery == null;
    }

    Sink sink() {
        return sink;
    }

    String name() {
        return name;
    }

    /** Replaces the filter, when a new configuration keeps the sink with different routing. */
    void filter(RecordFilter replacement) {
        filter = restriction(replacement);
    }

    private static RecordFilter restriction(RecordFilter filter) {
        return filter.acceptsAll() ? null : filter;
    }

    long written() {
        return progress != null ? progress.handedOver() : written;
    }

    long failed() {
        return progress != null ? progress.dropped() + failed : failed;
    }

    long dropped() {
        return dropped.get();
    }

    /** Records dropped at {@code level} because the hand-off queue was full. */
    long dropped(Level level) {
        return droppedByLevel.get(level.ordinal());
    }

    /** Bytes the sink handed to its destination, for a sink that counts them; else 0. */
    long bytes() {
        return progress != null ? progress.bytesHandedOver() : 0;
    }

    /** What the sink's delivery channels did with its records; null for a sink that ships nothing off the machine. */
    LogStats.DeliveryStats deliveryStats() {
        return deliveryStats == null ? null : deliveryStats.get();
    }

    /** Records the sink wrote cut: for {@code cairn.max-record-length}, or by the sink to fit its destination. */
    long cut() {
        if (progress != null) {
            return cut;
        }
        try {
            return sink.cut();
        } catch (RuntimeException e) {
            // Statistics are read by monitoring: a sink's faulty counter must not make them fail.
            return 0;
        }
    }

    /** Writes {@code record} if the filter accepts it, flushing at once when {@code flush}. */
    void write(LogRecord record, boolean flush) {
        RecordFilter current = filter;
        if (current != null && !current.accepts(record)) {
            return;
        }
        if (delivery != null) {
            if (!delivery.offer(record)) {
                droppedByLevel.incrementAndGet(record.level().ordinal());
                long total = dropped.incrementAndGet();
                diagnostics.throttled(
                        "drop:" + name,
                        "sink " + name + " cannot keep up: its hand-off queue is full; " + total
                                + " records dropped for this sink so far");
            }
            return;
        }
        lock.lock();
        try {
            deliverLocked(record);
            if (flush) {
                flushLocked();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Writes {@code record} now, on this thread. */
    void deliver(LogRecord record) {
        lock.lock();
        try {
            deliverLocked(record);
        } finally {
            lock.unlock();
        }
    }

    private void deliverLocked(LogRecord record) {
        long accepted = progress != null ? progress.accepted() : 0;
        long cutBefore = progress != null ? progress.cut() : 0;
        try {
            sink.write(record);
            unflushed++;
        } catch (Throwable e) {
            lose(progress != null && progress.accepted() > accepted ? 0 : 1, "write a record", e);
        }
        if (progress != null && progress.cut() > cutBefore) {
            cut = progress.cut();
            reportCut(record);
        }
    }

    private void reportCut(LogRecord record) {
        try {
            diagnostics.throttled(
                    "cut:" + name,
                    "sink " + name + " wrote a record of logger " + record.loggerName()
                            + " cut: it was longer than cairn.max-record-length; " + cut
                            + " records cut by this sink so far");
        } catch (Throwable e) {
            // Out of memory even for the report: the record is counted, which stats() shows.
        }
    }

    /** Flushes a sink on the writer's thread; a delivery thread flushes its sink itself, after each batch. */
    void flush() {
        if (delivery == null) {
            flushNow();
        }
    }

    void flushNow() {
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
        } catch (Throwable e) {
            lose(progress != null ? 0 : pending, "flush", e);
        }
    }

    /** Counts {@code records} lost (those the sink does not count itself) and reports the failure, throttled. */
    private void lose(long records, String action, Throwable cause) {
        failed += records;
        try {
            diagnostics.throttled(
                    "sink:" + name,
                    "sink " + name + " failed to " + action + " ("
                            + cause.getClass().getName() + ": " + cause.getMessage() + "); " + failed()
                            + " records lost by this sink so far");
        } catch (Throwable e) {
            // Out of memory even for the report: the loss is counted, which stats() shows.
        }
    }

    /**
     * Waits, until {@code deadlineNanos} at most, for the records handed to a delivery thread before the call to be
     * written and flushed; returns at once for a sink on the writer's thread.
     */
    void awaitDelivered(long deadlineNanos) {
        if (delivery != null) {
            delivery.awaitDelivered(deadlineNanos);
        }
    }

    /**
     * Flushes and closes the sink, giving up at {@code deadlineNanos} (of {@link System#nanoTime()}); see
     * {@link #beginClose()}.
     */
    void close(long deadlineNanos) {
        endClose(beginClose(), deadlineNanos);
    }

    /**
     * Starts flushing and closing the sink on a thread other than the caller's (its delivery thread, or a new one), so
     * that a sink stuck in a call cannot hold the caller; {@link #endClose} waits for it. Several sinks close at once.
     */
    Thread beginClose() {
        if (delivery != null) {
            return delivery.beginClose();
        }
        Thread closer = new Thread(this::closeNow, "cairn-close-" + name);
        closer.setDaemon(true);
        closer.start();
        return closer;
    }

    /** Waits for {@code closing} until {@code deadlineNanos}; a sink that has not finished by then is abandoned. */
    void endClose(Thread closing, long deadlineNanos) {
        try {
            closing.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (closing.isAlive()) {
            abandon(delivery == null ? 0 : delivery.queued());
            closing.interrupt();
        }
    }

    /**
     * Flushes and closes the sink on this thread; if it lost records, says how many in all, the count throttled
     * reports may lag.
     */
    void closeNow() {
        lock.lock();
        try {
            flushLocked();
            sink.close();
        } catch (Throwable e) {
            diagnostics.warn(
                    "sink " + name + " failed to close (" + e.getClass().getName() + ": " + e.getMessage() + ")");
        } finally {
            lock.unlock();
        }
        if (failed() > 0) {
            diagnostics.warn(
                    "sink " + name + " closed: " + failed() + " records lost in all, " + written() + " written");
        }
    }

    /**
     * Gives up on a sink stuck in a call: the records it has not confirmed, including {@code queued} ones never handed
     * to it, are counted as failed and reported; Cairn calls nothing on the sink again.
     */
    private void abandon(long queued) {
        long lost = queued + unflushed + (lock.isLocked() ? 1 : 0);
        failed += lost;
        diagnostics.warn("sink " + name + " did not finish within cairn.shutdown.timeout (it is stuck in a call);"
                + " abandoned with " + lost + " records not written");
    }
}
