package dev.cairn.internal.limit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Records not written because a limit suppressed them, by cause, since the log system was built. Counting is one
 * {@link LongAdder} increment: no lock, no allocation.
 */
public final class Suppressions {

    /** Skipped by a limit at the call site: {@code every}, {@code atMostEvery}, {@code per}. */
    public static final String CALL_SITE = "call-site";
    /** Skipped by a configured rate, {@code cairn.limit.<logger>}. */
    public static final String RATE_LIMIT = "rate-limit";
    /** Not written as a duplicate within {@code cairn.dedupe.window}. */
    public static final String DEDUPE = "dedupe";

    private final LongAdder callSite = new LongAdder();
    private final LongAdder rateLimit = new LongAdder();
    private final LongAdder dedupe = new LongAdder();

    void callSite() {
        callSite.increment();
    }

    void rateLimit() {
        rateLimit.increment();
    }

    void dedupe() {
        dedupe.increment();
    }

    /** The counts by cause, every cause present: {@code call-site}, {@code rate-limit}, {@code dedupe}. */
    public Map<String, Long> byCause() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(CALL_SITE, callSite.sum());
        counts.put(RATE_LIMIT, rateLimit.sum());
        counts.put(DEDUPE, dedupe.sum());
        return counts;
    }
}
