package dev.cairn.internal.limit;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The limit state of one call site (or one {@code per} key of it): calls since the last written one, the earliest
 * time the next may be written, and the calls skipped since the last written one. Lock-free: the gates are
 * compare-and-sets, so of concurrent callers that all pass the conditions exactly one writes.
 *
 * <p>A call is written when it is at least the {@code n}th since the last written one <em>and</em> at least
 * {@code minNanos} after it; the first call is always written.
 */
public final class LimitState {

    private static final long NEVER = Long.MIN_VALUE;

    /** Calls since the last written one, this one included; starts high so that the first call is written. */
    private final AtomicLong calls = new AtomicLong(Long.MAX_VALUE / 2);
    /** The earliest ticker reading at which a call may be written again; {@link #NEVER} before the first. */
    private final AtomicLong notBefore = new AtomicLong(NEVER);

    private final AtomicLong skipped = new AtomicLong();

    /**
     * Whether this call is written: {@code n} of 1 or less means no count condition, {@code minNanos} of 0 or less
     * means no time condition. A skipped call is counted.
     */
    boolean tryPass(long n, long minNanos, long now) {
        long count = n > 1 ? calls.incrementAndGet() : 0;
        if (count < n && n > 1) {
            return skip();
        }
        if (minNanos > 0) {
            long earliest = notBefore.get();
            // Past the check, now + minNanos is after earliest, so a stale compare-and-set cannot succeed.
            if (earliest != NEVER && now - earliest < 0 || !notBefore.compareAndSet(earliest, now + minNanos)) {
                return skip();
            }
            if (n > 1) {
                calls.set(0);
            }
            return true;
        }
        if (n > 1 && !calls.compareAndSet(count, 0)) {
            return skip();
        }
        return true;
    }

    private boolean skip() {
        skipped.incrementAndGet();
        return false;
    }

    /** The calls skipped since the last written one, resetting the count. */
    public long takeSkipped() {
        return skipped.get() == 0 ? 0 : skipped.getAndSet(0);
    }
}
