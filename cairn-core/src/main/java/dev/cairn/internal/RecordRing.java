package dev.cairn.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The asynchronous queue: a bounded ring of reusable records for many producers and one consumer, lock-free. A
 * producer claims a slot with one CAS on the tail, fills the slot's {@link SlotRecord} in place and publishes it by
 * writing the slot's sequence number (Dmitry Vyukov's bounded queue, with the records kept in the slots as the LMAX
 * Disruptor does). The consumer takes a record by swapping it for a spare one, already written and cleared, so the
 * slot is free again at once, as in a queue of references, while the record goes on being written. So a record costs
 * its caller no allocation once the slot has a record (issue 19). Hand-written because it is the hand-off of every
 * asynchronous record and the core has no dependencies.
 *
 * <p>Slot {@code i} holds sequence {@code p} when it is free for the producer of position {@code p}, and {@code p + 1}
 * once that producer has filled its record; the consumer sets it to {@code p + capacity} when it takes the record. A
 * slot's record is created by the first producer to find none, so an idle large queue costs little memory.
 */
final class RecordRing {

    /** {@link Head#value}, which the consumer writes with release semantics ({@link #take}). */
    private static final VarHandle HEAD;

    static {
        try {
            HEAD = MethodHandles.lookup().findVarHandle(Head.class, "value", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final int capacity;
    private final int mask;
    /**
     * Written by the producer holding the slot (a record where there was none) and by the consumer taking it (the
     * spare), each before writing the slot's sequence, which the other reads before reading the record.
     */
    private final SlotRecord[] records;

    private final AtomicLongArray sequences;
    private final AtomicLong tail = new AtomicLong();
    /**
     * The consumer's position, in an object of its own: written once per record by the consumer, it would otherwise
     * share a cache line with the array references every producer reads.
     */
    private final Head head = new Head();

    RecordRing(int requestedCapacity) {
        capacity = Integer.highestOneBit(Math.max(2, requestedCapacity - 1)) << 1;
        mask = capacity - 1;
        records = new SlotRecord[capacity];
        sequences = new AtomicLongArray(capacity);
        for (int i = 0; i < capacity; i++) {
            sequences.set(i, i);
        }
    }

    int capacity() {
        return capacity;
    }

    /**
     * One attempt at the next slot: its position, or -1 if it is not free or another producer took it first. Without a
     * branch, so that C2, compiling the caller while the ring has never been full, keeps no path to spring later: the
     * tail is exchanged only if it still holds the position read and that slot's sequence matched it (an expected value
     * shifted by any difference is one the tail cannot hold).
     */
    long tryClaim() {
        long position = tail.get();
        long difference = sequences.get((int) position & mask) - position;
        long expected = position + (difference << 32);
        long miss = (tail.compareAndExchange(expected, position + 1) ^ expected) | difference;
        return position | (miss | -miss) >> 63;
    }

    /** Claims the next slot for this producer, retrying while other producers take slots first; its position, or -1 if the ring is full. */
    long claim() {
        long position = tail.get();
        while (true) {
            int index = (int) position & mask;
            long difference = sequences.get(index) - position;
            if (difference == 0) {
                if (tail.compareAndSet(position, position + 1)) {
                    return position;
                }
                position = tail.get();
            } else if (difference < 0) {
                return -1;
            } else {
                position = tail.get();
            }
        }
    }

    /**
     * The record of the slot claimed at {@code position}, for its producer to fill; it is created on the slot's first
     * use, so this may throw {@code OutOfMemoryError}, after which the producer must still {@link #publish}.
     */
    SlotRecord slot(long position) {
        int index = (int) position & mask;
        SlotRecord record;
        // A loop rather than an if: on the ring's first lap every slot is empty, and C2, compiling the caller then,
        // would take an if's other side for never used and deoptimize the caller chain at the second lap; the loop's
        // test is seen both ways from the first call.
        while ((record = records[index]) == null) {
            records[index] = new SlotRecord();
        }
        return record;
    }

    /**
     * Hands the slot claimed at {@code position} to the consumer. A release store, not a volatile one: the consumer
     * reads the sequence before the record, which is all it needs, and a volatile store's fence would make the caller
     * wait here for every write to the slot's record, mostly cache misses on memory the writer last touched. (A caller
     * deciding whether to wake the writer relies on its claim's compare-and-set of the tail, not on this store.)
     */
    void publish(long position) {
        sequences.setRelease((int) position & mask, position + 1);
    }

    /**
     * Takes the oldest published record, leaving {@code spare} (cleared, or null) in its slot, which is free for
     * producers again; null if none is ready. Only the consumer thread calls this.
     */
    SlotRecord take(SlotRecord spare) {
        long position = head.value;
        int index = (int) position & mask;
        if (sequences.get(index) != position + 1) {
            return null;
        }
        SlotRecord record = records[index];
        if (record == null) {
            // Its producer ran out of memory creating the slot's record and published the slot empty: skip it.
            record = new SlotRecord();
        }
        records[index] = spare;
        // Release stores, not volatile ones: a producer reads the sequence before the slot's record, so ordering the
        // spare before it is enough, and no hand-shake depends on these stores being seen before this thread's next
        // read, so neither needs the full fence a volatile store costs (two per record).
        sequences.setRelease(index, position + capacity);
        HEAD.setRelease(head, position + 1);
        return record;
    }

    /** The position the next record taken will have: every record before it has been taken. */
    long consumed() {
        return head.value;
    }

    /** The position the next slot claimed will have: every slot before it has been claimed by a producer. */
    long produced() {
        return tail.get();
    }

    /** Records waiting, approximately. */
    int size() {
        long size = tail.get() - head.value;
        return (int) Math.max(0, Math.min(size, capacity));
    }

    /** The consumer position, padded so that nothing else shares its cache line. */
    @SuppressWarnings("unused")
    private static final class Head {
        private long p1, p2, p3, p4, p5, p6, p7;
        volatile long value;
        private long q1, q2, q3, q4, q5, q6, q7;
    }
}
