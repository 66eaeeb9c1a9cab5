package dev.cairn.internal;

import dev.cairn.Level;
import dev.cairn.context.ContextSnapshot;
import dev.cairn.context.LogContext;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordKind;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Moves encoding and I/O off the calling threads: callers fill records in the slots of a bounded lock-free ring
 * ({@link RecordRing}), and one background thread writes them to the sinks from the slots, flushing after each batch
 * (and at once after records at or above the flush level), then frees the slots for reuse.
 *
 * <p>Full queue: {@link QueueFullPolicy}. Dropped records are counted per level and reported by one WARN record
 * {@code N records dropped} as soon as the writer catches up.
 *
 * <p>Durable mode ({@code awaitFlush}): a caller returns only once a flush has covered its record, so what a
 * caller has been told is logged survives a crash; records of concurrent callers share one flush.
 *
 * <p>Stopping: the writer drains what is queued within the timeout; records logged meanwhile wait for the drain, then
 * are written on their caller's thread, so no thread's records overtake its earlier ones. A record that slipped into the queue as the writer stopped is written by whoever sees it.
 * A record logged by the writer thread itself (a {@code toString()} that logs) is written at once on that thread,
 * never queued, so the writer can never wait on itself; {@link NestedLogging} bounds how deep that goes. Whatever
 * writing a record throws, {@code Error}s included, is counted and reported, and the writer goes on.
 */
final class AsyncDispatcher {

    /** {@link #claim}: the record was dropped (counted) under the queue-full policy. */
    static final long DROPPED = -1;
    /** {@link #claim}: the record is not queued; the caller writes it now on its own thread ({@link RecordWriter#writeNow}). */
    static final long WRITE_HERE = -2;

    private static final int BATCH = 1024;
    private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final Level[] LEVELS = Level.values();

    private final RecordRing queue;
    private final long idleParkNanos;
    private final QueueFullPolicy policy;
    private final int flushThreshold;
    private final boolean awaitFlush;
    private final RecordWriter engine;
    private final Clock clock;
    private final Thread writer;
    private final AtomicLongArray droppedSinceReport = new AtomicLongArray(Level.values().length);
    private final AtomicLongArray droppedTotal = new AtomicLongArray(Level.values().length);
    private final Object drainLock = new Object();
    /** The record the writer thread leaves in the slot it takes a record from; see {@link RecordRing#take}. */
    private SlotRecord spare;

    /**
     * Set by the writer, before its last look at the queue, while it parks (or is about to); a caller that publishes a
     * record must unpark it then, and may at other times (a writer that is not parked finds a permit). Measured for issue 19: with the writer the slower side the queue is rarely
     * empty, and the writer parked 23 to 242 times in a whole 2,000,000-record run, so it does not spin before parking.
     * An int, 1 or 0, so that {@link #publish} can join it to another test without a branch.
     */
    private volatile int sleeping;

    private volatile boolean stopped;
    private volatile long flushedBefore;
    private final CountDownLatch drained = new CountDownLatch(1);
    private volatile long drainDeadline;
    /**
     * The most records the queue held at once. Callers only read it unless they set a new high, which after the first
     * moments is rare, so it adds no write to a shared cache line per record.
     */
    private final java.util.concurrent.atomic.AtomicInteger highWater = new java.util.concurrent.atomic.AtomicInteger();
    /**
     * A position the writer had taken records up to when a caller last looked, so at most the current one: callers
     * bound the queue's depth with it and read the writer's position, which the writer changes with every record (a
     * cache miss for the caller), only when the bound could be a new high.
     */
    private volatile long consumedSeen;

    AsyncDispatcher(
            int capacity,
            QueueFullPolicy policy,
            Level flushLevel,
            boolean awaitFlush,
            RecordWriter engine,
            Clock clock) {
        this(capacity, policy, flushLevel, awaitFlush, engine, clock, IDLE_PARK_NANOS);
    }

    /** A dispatcher whose idle writer sleeps at most {@code idleParkNanos} unwoken (a test makes that a day). */
    AsyncDispatcher(
            int capacity,
            QueueFullPolicy policy,
            Level flushLevel,
            boolean awaitFlush,
            RecordWriter engine,
            Clock clock,
            long idleParkNanos) {
        this.idleParkNanos = idleParkNanos;
        this.queue = new RecordRing(capacity);
        this.policy = policy;
        this.flushThreshold = flushLevel == null ? Integer.MAX_VALUE : flushLevel.ordinal();
        this.awaitFlush = awaitFlush;
        this.engine = engine;
        this.clock = clock;
        this.writer = new Thread(this::run, "cairn-writer");
        writer.setDaemon(true);
        writer.start();
    }

    boolean isWriter(Thread thread) {
        return thread == writer;
    }

    QueueFullPolicy policy() {
        return policy;
    }

    int capacity() {
        return queue.capacity();
    }

    int depth() {
        return queue.size();
    }

    int highWater() {
        return highWater.get();
    }

    private void noteDepth(long depth) {
        int seen = highWater.get();
        while (depth > seen && !highWater.compareAndSet(seen, (int) Math.min(depth, queue.capacity()))) {
            seen = highWater.get();
        }
    }

    long dropped(Level level) {
        return droppedTotal.get(level.ordinal());
    }

    /** Hands {@code record}, made whole by the caller, to the writer thread, or writes it here when the writer cannot take it. */
    void dispatch(LogRecord record) {
        long position = claim(record.level());
        if (position == WRITE_HERE) {
            engine.writeNow(record);
        } else if (position >= 0) {
            try {
                queue.slot(position).hold(record);
            } finally {
                publish(position);
            }
        }
    }

    /**
     * Claims a slot for a record at {@code level}, waiting or dropping as the queue-full policy says: its position,
     * which the caller fills ({@link #slot}) and then must {@link #publish}, whatever happens in between; or
     * {@link #DROPPED}; or {@link #WRITE_HERE} (on the writer thread itself, after stop, or under the {@code sync}
     * policy).
     */
    long claim(Level level) {
        if (Thread.currentThread() == writer) {
            return WRITE_HERE;
        }
        if (stopped) {
            awaitDrained();
            return WRITE_HERE;
        }
        long position = queue.tryClaim();
        // One branch for the unusual: the slot was not free (a full queue, or another caller first) or, so that C2
        // sees this branch taken while it profiles the caller and compiles no trap here, every 1024th position.
        int unusual = (int) (position >>> 63) | (((int) position & 1023) - 1) >>> 31;
        if (unusual != 0) {
            position = claimAfterFirstTry(position, level);
        }
        return position;
    }

    /** The position {@link #claim} ends with when its first try was unusual: {@code position} itself if it has one. */
    private long claimAfterFirstTry(long position, Level level) {
        if (position >= 0) {
            return position;
        }
        long next = queue.claim();
        if (next < 0) {
            noteDepth(queue.capacity());
            next = whenFull(level);
        }
        return next;
    }

    /** The record of the slot claimed at {@code position}, for the caller to fill. */
    SlotRecord slot(long position) {
        return queue.slot(position);
    }

    /** Hands the slot claimed at {@code position} to the writer thread. */
    void publish(long position) {
        queue.publish(position);
        // Two rare needs, one branch: the writer is asleep, or the queue may be deeper than its high-water mark. Each
        // alone would be a branch C2 sees never taken while it profiles the caller (the writer is busy, the mark below
        // capacity), compiles as a trap and, once taken, recompiles the whole log call for; the mark's test is true
        // every `high` records, so C2 sees this one taken. The sign bit makes the test 0 or 1 without a branch.
        int depthMayBeNew = (int) ((position - consumedSeen - highWater.get()) >>> 63) ^ 1;
        if ((sleeping | depthMayBeNew) != 0) {
            wakeWriterAndNoteDepth(position);
        }
        if (stopped) {
            drainAfterStop();
        } else if (awaitFlush) {
            awaitFlushOf(position);
        }
    }

    /**
     * Unparks the writer, asleep or not (a writer that is not parked just finds the permit and looks at the queue once
     * more), and records the queue's depth if it is a new high; no test left for C2 to see one way only.
     */
    private void wakeWriterAndNoteDepth(long position) {
        LockSupport.unpark(writer);
        long consumed = queue.consumed();
        consumedSeen = consumed;
        noteDepth(position + 1 - consumed);
    }

    /** The position of the slot claimed once the queue had room, or {@link #DROPPED} or {@link #WRITE_HERE}. */
    private long whenFull(Level level) {
        if (policy == QueueFullPolicy.SYNC) {
            return WRITE_HERE;
        }
        if (policy == QueueFullPolicy.DROP && level.ordinal() <= Level.INFO.ordinal()) {
            droppedSinceReport.incrementAndGet(level.ordinal());
            droppedTotal.incrementAndGet(level.ordinal());
            return DROPPED;
        }
        for (int attempt = 0; ; attempt++) {
            if (sleeping != 0) {
                LockSupport.unpark(writer);
            }
            backOff(attempt);
            if (stopped) {
                awaitDrained();
                return WRITE_HERE;
            }
            long position = queue.claim();
            if (position >= 0) {
                return position;
            }
        }
    }

    private static void backOff(int attempt) {
        if (attempt < 64) {
            Thread.onSpinWait();
        } else if (attempt < 128) {
            Thread.yield();
        } else {
            LockSupport.parkNanos(Math.min(1_000_000L, 1_000L << Math.min(10, (attempt - 128) / 16)));
        }
    }

    /** Waits until every record queued before this call has been written and flushed. */
    void awaitFlushed() {
        long target = queue.produced();
        if (target > 0) {
            awaitFlushOf(target - 1);
        }
    }

    private void awaitFlushOf(long position) {
        for (int attempt = 0; flushedBefore <= position && !stopped; attempt++) {
            if (sleeping != 0) {
                LockSupport.unpark(writer);
            }
            backOff(attempt);
        }
    }

    /**
     * The writer's loop. The engine counts and reports whatever writing a record throws; anything else thrown here (an
     * {@code OutOfMemoryError} while reporting drops, say) is reported and the loop goes on, so the queue is always
     * drained and a log call never waits for a writer that is gone.
     */
    private void run() {
        RecordWriter.Batches batches = engine.batches();
        while (true) {
            try {
                if (drainUntilStopped(batches)) {
                    return;
                }
            } catch (Throwable e) {
                // What the batch wrote is flushed, and the sinks let go of, before the writer may park.
                batches.flush();
                engine.writerRecovered(e);
            }
        }
    }

    /** Writes queued records until stopped and drained (true), or until something throws. */
    private boolean drainUntilStopped(RecordWriter.Batches batches) {
        int batch = 0;
        while (true) {
            SlotRecord taken = queue.take(spare);
            if (taken != null) {
                // The spare is in the slot now: never hand it out twice, even if writing throws.
                spare = null;
                writeAndClear(taken, batches);
                spare = taken;
                if (++batch == BATCH) {
                    endBatch(batches);
                    batch = 0;
                }
                continue;
            }
            if (batch > 0) {
                endBatch(batches);
                batch = 0;
            }
            reportDrops();
            if (stopped && queue.size() == 0) {
                return true;
            }
            sleeping = 1;
            if (queue.size() == 0 && !stopped) {
                LockSupport.parkNanos(this, idleParkNanos);
            }
            sleeping = 0;
        }
    }

    /** Writes the record {@code taken} from the queue, then clears it whatever writing threw. */
    private void writeAndClear(SlotRecord taken, RecordWriter.Batches batches) {
        try {
            LogRecord record = taken.record();
            if (record != null) {
                batches.write(record, record.level().ordinal() >= flushThreshold);
            }
        } finally {
            taken.clear();
        }
    }

    private void endBatch(RecordWriter.Batches batches) {
        long consumed = queue.consumed();
        batches.flush();
        flushedBefore = consumed;
        reportDrops();
    }

    /** Writes a record counting the records dropped since the last report, if any; allocates nothing when none were. */
    private void reportDrops() {
        long total = 0;
        Map<String, Long> byLevel = null;
        for (Level level : LEVELS) {
            if (droppedSinceReport.get(level.ordinal()) == 0) {
                continue;
            }
            long count = droppedSinceReport.getAndSet(level.ordinal(), 0);
            if (count > 0) {
                if (byLevel == null) {
                    byLevel = new LinkedHashMap<>();
                }
                byLevel.put(level.name(), count);
                total += count;
            }
        }
        if (total == 0) {
            return;
        }
        FieldList fields = new FieldList(3);
        fields.add("dropped", total);
        fields.add("dropped_by_level", byLevel);
        fields.add("reason", "queue full");
        Instant now = clock.instant();
        ContextSnapshot context = LogContext.current();
        engine.writeNow(new CapturedRecord(
                RecordKind.LOG,
                now.getEpochSecond(),
                now.getNano(),
                Level.WARN,
                "dev.cairn",
                "{} records dropped",
                new Object[] {total},
                1,
                Thread.currentThread().getName(),
                context,
                fields,
                null,
                null));
    }

    /**
     * After stop, a caller writes its record itself, but only once the queue has been drained (or the drain timed out),
     * so that its record cannot overtake its own earlier records still queued.
     */
    private void awaitDrained() {
        try {
            drained.await(Math.max(0, drainDeadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops taking records and waits up to {@code timeoutNanos} for the writer to drain the queue.
     *
     * @return the number of records still queued when the time ran out
     */
    int stop(long timeoutNanos) {
        drainDeadline = System.nanoTime() + timeoutNanos;
        stopped = true;
        LockSupport.unpark(writer);
        try {
            writer.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(timeoutNanos)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (writer.isAlive()) {
            drained.countDown();
            return queue.size();
        }
        drainAfterStop();
        drained.countDown();
        return 0;
    }

    /** Writes what is left in the queue once the writer has exited; the lock makes this the only consumer. */
    private void drainAfterStop() {
        if (writer.isAlive()) {
            return;
        }
        synchronized (drainLock) {
            SlotRecord taken;
            while ((taken = queue.take(null)) != null) {
                try {
                    LogRecord record = taken.record();
                    if (record != null) {
                        engine.writeNow(record);
                    }
                } finally {
                    taken.clear();
                }
            }
        }
    }
}
