package dev.cairn.internal.limit;

import dev.cairn.Level;
import dev.cairn.Ticker;

/**
 * The limits that apply to one logger: the configured bucket of its prefix ({@code cairn.limit.<logger>}, replaced
 * on reconfiguration) and the states of its limited call sites. Every check here is allocation-free, so a skipped call
 * costs about what a disabled one does.
 */
public final class LoggerLimits {

    private final Suppressions suppressions;
    private final Ticker ticker;
    private volatile RateBucket bucket;
    private volatile CallSites sites;

    public LoggerLimits(Suppressions suppressions, Ticker ticker) {
        this.suppressions = suppressions;
        this.ticker = ticker;
    }

    /** Applies {@code bucket} (null for none) from now on. */
    public void bucket(RateBucket bucket) {
        this.bucket = bucket;
    }

    /** Whether the configured rate lets a record at {@code level} through; a refused one is counted. */
    public boolean admits(Level level) {
        RateBucket current = bucket;
        if (current == null || !current.limits(level) || current.tryAcquire()) {
            return true;
        }
        suppressions.rateLimit();
        return false;
    }

    /** The records the configured rate refused since the last admitted one, for a record at {@code level}. */
    public long takeSuppressed(Level level) {
        RateBucket current = bucket;
        return current == null || !current.limits(level) ? 0 : current.takeSuppressed();
    }

    /**
     * Whether the call at {@code site} (its template, or its message supplier's class) passes its call-site limits:
     * every {@code n}th call, at most once per {@code minNanos}, separately per {@code key} when {@code keyed}. A
     * skipped call is counted.
     *
     * @return null when the call is skipped, else the state of the site (and key), whose skipped calls the record
     *     takes once every other limit has let it through
     */
    public LimitState passCallSite(Object site, long n, long minNanos, boolean keyed, Object key) {
        LimitState state = sites().state(site, keyed, key);
        if (state.tryPass(n, minNanos, minNanos > 0 ? ticker.nanoTime() : 0)) {
            return state;
        }
        suppressions.callSite();
        return null;
    }

    private CallSites sites() {
        CallSites current = sites;
        if (current == null) {
            synchronized (this) {
                current = sites;
                if (current == null) {
                    current = new CallSites();
                    sites = current;
                }
            }
        }
        return current;
    }
}
