package dev.cairn.internal;

import dev.cairn.spi.LogRecord;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A bounded queue of records for many producers and one consumer, lock-free: a producer claims a slot with one CAS on
 * the tail and publishes it by writing the slot's sequence number (Dmitry Vyukov's bounded queue). Offering allocates
 * nothing. Hand-written because it is the hand-off of every record to a delivery thread ({@link SinkDelivery}) and the
 * core has no dependencies; the writer thread's queue keeps reusable records in its slots instead ({@link RecordRing}).
 *
 * <p>Slot {@code i} holds sequence {@code p} when it is free for the producer of position {@code p}, and {@code p + 1}
 * once that producer has stored its record; the consumer sets it to {@code p + capacity} after taking the record.
 */
final class RecordQueue {

    private final int capacity;
    private final int mask;
    private final AtomicReferenceArray<LogRecord> records;
    private final AtomicLongArray sequences;
    private final AtomicLong tail = new AtomicLong();
    /**
     * The consumer's position, in an object of its own: written once per record by the consumer, it would otherwise
     * share a cache line with the array references every producer reads.
     */
    private final Head head = new Head();

    RecordQueue(int requestedCapacity) {
        capacity = Integer.highestOneBit(Math.max(2, requestedCapacity - 1)) << 1;
        mask = capacity - 1;
        records = new AtomicReferenceArray<>(capacity);
        sequences = new AtomicLongArray(capacity);
        for (int i = 0; i < capacity; i++) {
            sequences.set(i, i);
        }
    }

    int capacity() {
        return capacity;
    }

    /** Adds {@code record}; its position (a sequence number), or -1 if the queue is full. */
    long offer(LogRecord record) {
        long position = tail.get();
        while (true) {
            int index = (int) position & mask;
            long difference = sequences.get(index) - position;
            if (difference == 0) {
                if (tail.compareAndSet(position, position + 1)) {
                    records.lazySet(index, record);
                    sequences.set(index, position + 1);
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

    /** Takes the oldest record, or null if none is ready. Only the consumer thread calls this. */
    LogRecord poll() {
        long position = head.value;
        int index = (int) position & mask;
        if (sequences.get(index) != position + 1) {
            return null;
        }
        LogRecord record = records.get(index);
        records.lazySet(index, null);
        sequences.set(index, position + capacity);
        head.value = position + 1;
        return record;
    }

    /** The position the next record taken will have: every record before it has been taken. */
    long consumed() {
        return head.value;
    }

    /** The position the next record offered will have: every record before it has been claimed by a producer. */
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
