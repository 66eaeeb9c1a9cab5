package dev.cairn.internal;

import dev.cairn.spi.LogRecord;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The delivery thread of one sink that may block: the writer (or a synchronous caller) offers records to a bounded
 * lock-free queue and goes on at once; this thread writes them to the sink and flushes after each batch. So a sink
 * waiting on a network peer delays only itself, never the file and console sinks or the application.
 *
 * <p>Ownership: a record offered here is read later on this thread, so mutable values are copied at the call
 * ({@link CapturedRecord#freezeAtCallTime()}, already done for asynchronous records) before it is queued, and a
 * record in a slot of the asynchronous queue, which is reused once written, is copied ({@link SlotRecord#detach()}). A record
 * logged by this thread itself (a value's {@code toString()} that logs) is queued like any other, one level deep at
 * most ({@link NestedLogging}); offering never waits, so the thread can never wait on itself.
 *
 * <p>Closing: the thread drains the queue, flushes and closes the sink; if it has not finished by the deadline the
 * slot abandons the sink, counting and reporting the records still queued, and the thread (a daemon) is interrupted
 * and left behind so that the JVM can exit.
 */
final class SinkDelivery {

    /** Records a blocking sink may fall behind by before its records are dropped. */
    static final int CAPACITY = 8_192;

    private static final int BATCH = 512;
    private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final SinkSlot slot;
    private final RecordQueue queue = new RecordQueue(CAPACITY);
    private final Thread thread;
    private volatile boolean sleeping;
    private volatile boolean closing;
    private volatile long deliveredBefore;

    SinkDelivery(SinkSlot slot) {
        this.slot = slot;
        this.thread = new Thread(this::run, "cairn-sink-" + slot.name());
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues {@code record} for the sink; false if the queue is full or the sink is closed, and the record dropped. */
    boolean offer(LogRecord record) {
        if (closing) {
            return false;
        }
        LogRecord kept = record instanceof SlotRecord ? ((SlotRecord) record).detach() : record;
        if (kept instanceof CapturedRecord) {
            ((CapturedRecord) kept).freezeAtCallTime();
        }
        if (queue.offer(kept) < 0) {
            return false;
        }
        if (sleeping) {
            LockSupport.unpark(thread);
        }
        return true;
    }

    /** The delivery loop; the slot counts whatever the sink throws, and anything else thrown here is survived. */
    private void run() {
        while (true) {
            try {
                if (deliverUntilClosed()) {
                    return;
                }
            } catch (Throwable e) {
                // The slot has counted the record; an Error outside it (out of memory) must not end delivery.
            }
        }
    }

    /** Delivers queued records until closed (true), or until something throws. */
    private boolean deliverUntilClosed() {
        int batch = 0;
        while (true) {
            LogRecord record = queue.poll();
            if (record != null) {
                // Writing counts as logging: records its values log are nested ones.
                NestedLogging nested = NestedLogging.current();
                int outer = nested.enterWriting();
                try {
                    slot.deliver(record);
                } finally {
                    nested.leave(outer);
                }
                if (++batch == BATCH) {
                    endBatch();
                    batch = 0;
                }
                continue;
            }
            if (batch > 0) {
                endBatch();
                batch = 0;
            }
            if (closing && queue.size() == 0) {
                slot.closeNow();
                return true;
            }
            sleeping = true;
            if (queue.size() == 0 && !closing) {
                LockSupport.parkNanos(this, IDLE_PARK_NANOS);
            }
            sleeping = false;
        }
    }

    private void endBatch() {
        long consumed = queue.consumed();
        slot.flushNow();
        deliveredBefore = consumed;
    }

    /** Waits until every record queued before the call has been written and flushed, or the deadline has passed. */
    void awaitDelivered(long deadlineNanos) {
        long target = queue.produced();
        while (deliveredBefore < target && thread.isAlive() && System.nanoTime() - deadlineNanos < 0) {
            LockSupport.unpark(thread);
            LockSupport.parkNanos(100_000);
        }
    }

    /** Starts draining, flushing and closing the sink; the returned thread ends when that is done. */
    Thread beginClose() {
        closing = true;
        LockSupport.unpark(thread);
        return thread;
    }

    /** Records waiting, approximately. */
    int queued() {
        return queue.size();
    }
}
