package dev.cairn.internal.limit;

import dev.cairn.Level;
import dev.cairn.Ticker;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Duplicate suppression ({@code cairn.dedupe.window}): the first record of a {@link DuplicateKey} opens a window of
 * that length and is written; its duplicates within the window are counted, not written. When the window closes, one
 * summary says how many were suppressed (none when there were none).
 *
 * <p>Closing: a window is closed by the next record of its key after it ends (the summary then comes just before
 * that record), by {@link #sweep} (on {@code LogSystem.flush()} and by the daemon thread {@code cairn-dedupe}, which
 * looks every 100 ms), and at shutdown or reconfiguration ({@link #close}), which closes every window at once. So no
 * summary waits much longer than its window. Time is the log system's {@link Ticker}.
 *
 * <p>Concurrency: a window's count is an {@link AtomicLong} that closing sets negative, so a duplicate is either
 * counted in a summary or, finding the window closed, opens the next one: none is lost. Bounded: at most
 * {@value #MAX_WINDOWS} open windows; a record of a new key beyond that is written, not tracked.
 */
public final class DuplicateWindow {

    /** Open windows at most. */
    public static final int MAX_WINDOWS = 10_000;

    private static final long CLOSED = Long.MIN_VALUE;
    private static final long SWEEP_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    /** Writes the summary of a closed window. */
    @FunctionalInterface
    public interface Summaries {
        void write(DuplicateKey key, long suppressed, long windowNanos);
    }

    private final long windowNanos;
    private final Ticker ticker;
    private final Suppressions suppressions;
    private final Summaries summaries;
    private final ConcurrentHashMap<DuplicateKey, Window> windows = new ConcurrentHashMap<>();
    private final Thread sweeper;
    private volatile boolean closed;

    /** Starts the window's sweeper thread. */
    public DuplicateWindow(long windowNanos, Ticker ticker, Suppressions suppressions, Summaries summaries) {
        this.windowNanos = windowNanos;
        this.ticker = ticker;
        this.suppressions = suppressions;
        this.summaries = summaries;
        this.sweeper = new Thread(this::sweepUntilClosed, "cairn-dedupe");
        sweeper.setDaemon(true);
        sweeper.start();
    }

    /** The window's length in nanoseconds. */
    public long windowNanos() {
        return windowNanos;
    }

    /** Whether a record of this key is a duplicate within an open window (then counted, and not to be written). */
    public boolean suppresses(String logger, Level level, String template, Throwable error) {
        if (closed) {
            return false;
        }
        DuplicateKey key = new DuplicateKey(logger, level, template, error == null ? null : error.getClass());
        long now = ticker.nanoTime();
        while (true) {
            Window window = windows.get(key);
            if (window == null) {
                if (windows.size() >= MAX_WINDOWS) {
                    return false;
                }
                window = windows.putIfAbsent(key, new Window(now));
                if (window == null) {
                    return false;
                }
            }
            if (now - window.start >= windowNanos) {
                close(key, window);
            } else if (window.count()) {
                suppressions.dedupe();
                return true;
            } else {
                // Closed by another thread that has not removed it yet.
                windows.remove(key, window);
            }
        }
    }

    /** Closes every window that has ended, writing its summary. */
    public void sweep() {
        long now = ticker.nanoTime();
        for (Map.Entry<DuplicateKey, Window> entry : windows.entrySet()) {
            if (now - entry.getValue().start >= windowNanos) {
                close(entry.getKey(), entry.getValue());
            }
        }
    }

    /** Closes every window, ended or not, writing the summaries, and stops the sweeper thread. */
    public void close() {
        closed = true;
        LockSupport.unpark(sweeper);
        for (Map.Entry<DuplicateKey, Window> entry : windows.entrySet()) {
            close(entry.getKey(), entry.getValue());
        }
    }

    private void close(DuplicateKey key, Window window) {
        long suppressed = window.close();
        windows.remove(key, window);
        if (suppressed > 0) {
            summaries.write(key, suppressed, windowNanos);
        }
    }

    private void sweepUntilClosed() {
        while (!closed) {
            LockSupport.parkNanos(this, SWEEP_NANOS);
            try {
                if (!closed) {
                    sweep();
                }
            } catch (Throwable e) {
                // Writing a summary never throws (the engine counts and reports its failures); the sweeper goes on.
            }
        }
    }

    /** One open window: when it opened and how many duplicates it counted; negative once closed. */
    private static final class Window {
        final long start;
        private final AtomicLong duplicates = new AtomicLong();

        Window(long start) {
            this.start = start;
        }

        /** Counts one duplicate; false if the window is already closed. */
        boolean count() {
            while (true) {
                long current = duplicates.get();
                if (current < 0) {
                    return false;
                }
                if (duplicates.compareAndSet(current, current + 1)) {
                    return true;
                }
            }
        }

        /** Closes the window: the duplicates it counted, or 0 if it was closed already. */
        long close() {
            long counted = duplicates.getAndSet(CLOSED);
            return counted < 0 ? 0 : counted;
        }
    }
}
