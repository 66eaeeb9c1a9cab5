package dev.cairn.internal.limit;

import dev.cairn.Level;
import dev.cairn.Ticker;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A token bucket for the loggers under one configured prefix ({@code cairn.limit.<logger>=100/s}), as the generic cell
 * rate algorithm: one "theoretical arrival time" in an {@link AtomicLong}, advanced by one interval per admitted
 * record, so admitting is a compare-and-set, without a lock or an allocation. A record is admitted while that time is
 * at most {@code burst} intervals ahead of now; so {@code burst} records pass at once after a quiet spell, then one
 * per interval. Time comes from the log system's {@link Ticker}.
 *
 * <p>Records it refuses are counted; the next record it admits takes that count ({@link #takeSuppressed()}) to write
 * as {@code suppressed}.
 */
public final class RateBucket {

    private final long intervalNanos;
    private final long burstNanos;
    private final int maxLevel;
    private final Ticker ticker;
    private final AtomicLong arrival;
    private final AtomicLong suppressed = new AtomicLong();

    /**
     * @param rule the configured rate, burst and highest level limited
     * @param ticker the source of time
     */
    public RateBucket(RateRule rule, Ticker ticker) {
        this.intervalNanos = Math.max(1, rule.periodNanos() / rule.count());
        this.burstNanos = intervalNanos * rule.burst();
        this.maxLevel = rule.maxLevel().ordinal();
        this.ticker = ticker;
        this.arrival = new AtomicLong(ticker.nanoTime());
    }

    /** Whether records at {@code level} are limited by this bucket. */
    boolean limits(Level level) {
        return level.ordinal() <= maxLevel;
    }

    /** Takes a token if one is there; otherwise counts the record as suppressed and returns false. */
    boolean tryAcquire() {
        long now = ticker.nanoTime();
        while (true) {
            long current = arrival.get();
            long next = (current - now < 0 ? now : current) + intervalNanos;
            if (next - now > burstNanos) {
                suppressed.incrementAndGet();
                return false;
            }
            if (arrival.compareAndSet(current, next)) {
                return true;
            }
        }
    }

    /** The records refused since the last call, resetting the count. */
    long takeSuppressed() {
        return suppressed.get() == 0 ? 0 : suppressed.getAndSet(0);
    }
}
