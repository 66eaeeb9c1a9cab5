package dev.cairn;

/**
 * The source of elapsed time for durations (flows, steps, method calls, requests): nanoseconds from an arbitrary
 * origin, as {@link System#nanoTime()} gives them. Inject another with {@link LogSystem.Builder#ticker(Ticker)} to
 * make time pass in tests without waiting.
 */
@FunctionalInterface
public interface Ticker {

    /** Nanoseconds since a fixed but arbitrary origin; only differences between two readings mean anything. */
    long nanoTime();

    /** The JVM's high-resolution time source, {@link System#nanoTime()}. */
    static Ticker system() {
        return System::nanoTime;
    }
}
