package dev.cairn.internal;

import dev.cairn.internal.layout.TerminalText;
import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cairn's own problems, reported on a channel independent of the configured sinks (standard error by default, captured
 * when the log system is built so that redirecting {@code System.err} into logging cannot loop). Every line starts
 * with {@code cairn: } and holds no raw control character. Repeated failures of one kind are reported at most once per
 * interval, with the count of occurrences since the last report.
 */
public final class Diagnostics {

    static final long INTERVAL_NANOS = 10_000_000_000L;

    private final PrintStream out;
    private final ConcurrentHashMap<String, Throttle> throttles = new ConcurrentHashMap<>();
    private final Set<String> reportedOnce = ConcurrentHashMap.newKeySet();

    public Diagnostics(PrintStream out) {
        this.out = out;
    }

    /**
     * Reports a problem once, on one line: control characters, line separators and bidirectional controls in the
     * message (from a property name, a path, an exception message) are escaped, so no input can forge a second
     * {@code cairn:} line or drive the terminal.
     */
    public void warn(String message) {
        StringBuilder line = new StringBuilder(message.length() + 16).append("cairn: ");
        TerminalText.appendKeepingBackslashes(line, message);
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    /** {@code text} with control characters and terminal escapes escaped, safe to print in a diagnostic line. */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder();
        TerminalText.append(out, String.valueOf(text), 4096);
        return out.toString();
    }

    /** Reports a problem of kind {@code key} the first time only, for the life of the log system. */
    public void once(String key, String message) {
        if (reportedOnce.add(key)) {
            warn(message);
        }
    }

    /** Reports a repeating problem of kind {@code key} at most once per interval, with how often it happened. */
    public void throttled(String key, String message) {
        Throttle throttle = throttles.computeIfAbsent(key, k -> new Throttle());
        long suppressed = throttle.tryReport(System.nanoTime());
        if (suppressed >= 0) {
            warn(suppressed == 0 ? message : message + " (" + suppressed + " more since the last report)");
        }
    }

    private static final class Throttle {
        private final AtomicLong count = new AtomicLong();
        private volatile long lastReport = Long.MIN_VALUE;

        /** The number of occurrences not yet reported, or -1 if this one stays silent. */
        long tryReport(long now) {
            long pending = count.incrementAndGet();
            long last = lastReport;
            if (last != Long.MIN_VALUE && now - last < INTERVAL_NANOS) {
                return -1;
            }
            synchronized (this) {
                if (lastReport != last) {
                    return -1;
                }
                lastReport = now;
                count.addAndGet(-pending);
                return pending - 1;
            }
        }
    }
}
