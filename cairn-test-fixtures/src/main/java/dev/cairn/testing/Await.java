package dev.cairn.testing;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for something another thread or process does: polls a probe until its value satisfies a condition, and fails
 * the test when a deadline passes first. The deadline bounds a wait for an event; it never stands in for one.
 */
public final class Await {

    /** How long {@link #until(Supplier, Predicate, Supplier)} waits. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private static final long POLL_MILLIS = 10;

    private Await() {}

    /**
     * Returns the first value of {@code probe} that {@code done} accepts, polling for at most 10 s; then fails with
     * {@code what} (what was awaited and what was seen, computed only on failure).
     */
    public static <T> T until(Supplier<T> probe, Predicate<? super T> done, Supplier<String> what) {
        return until(DEFAULT_TIMEOUT, probe, done, what);
    }

    /** As {@link #until(Supplier, Predicate, Supplier)}, waiting at most {@code timeout}. */
    public static <T> T until(Duration timeout, Supplier<T> probe, Predicate<? super T> done, Supplier<String> what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not within " + timeout.toMillis() + " ms: " + what.get());
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting: " + what.get(), e);
            }
            value = probe.get();
        }
        return value;
    }
}
