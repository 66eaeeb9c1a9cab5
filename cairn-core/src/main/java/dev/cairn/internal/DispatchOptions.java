package dev.cairn.internal;

import dev.cairn.Level;

/**
 * How records travel from callers to sinks.
 *
 * @param async whether a background thread writes records (otherwise each caller writes its own)
 * @param queueSize the capacity of the queue, rounded up to a power of two
 * @param queueFull what a caller does when the queue is full
 * @param flushLevel records at or above it are flushed at once; null flushes only at the end of each batch
 * @param awaitFlush whether a caller waits until its record has been flushed (a sink with {@code fsync=always})
 * @param shutdownTimeoutMillis how long shutdown waits for the queue to drain
 */
public record DispatchOptions(
        boolean async,
        int queueSize,
        QueueFullPolicy queueFull,
        Level flushLevel,
        boolean awaitFlush,
        long shutdownTimeoutMillis) {

    /** Whether switching from {@code this} to {@code next} needs a new writer thread and queue. */
    boolean needsNewDispatcher(DispatchOptions next) {
        return async != next.async
                || queueSize != next.queueSize
                || queueFull != next.queueFull
                || flushLevel != next.flushLevel
                || awaitFlush != next.awaitFlush;
    }
}
