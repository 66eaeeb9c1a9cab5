package dev.cairn.internal.limit;

import dev.cairn.Ticker;
import java.util.HashMap;
import java.util.Map;

/**
 * The configured rates of one configuration, one {@link RateBucket} per logger prefix: every logger under a prefix
 * shares its bucket, and the longest configured prefix (by whole dotted segments, as levels are inherited) applies.
 */
public final class RateLimits {

    /** No configured rate. */
    public static final RateLimits NONE = new RateLimits(Map.of(), null);

    private final Map<String, RateBucket> buckets;

    private RateLimits(Map<String, RateRule> rules, Ticker ticker) {
        Map<String, RateBucket> built = new HashMap<>();
        rules.forEach((prefix, rule) -> built.put(prefix, new RateBucket(rule, ticker)));
        this.buckets = Map.copyOf(built);
    }

    /** Buckets for {@code rules} (logger prefix to rate), timed by {@code ticker}. */
    public static RateLimits of(Map<String, RateRule> rules, Ticker ticker) {
        return rules.isEmpty() ? NONE : new RateLimits(rules, ticker);
    }

    /** The bucket of {@code logger}: its own prefix's, else its nearest configured ancestor's, else null. */
    public RateBucket bucketFor(String logger) {
        if (buckets.isEmpty()) {
            return null;
        }
        String name = logger;
        while (true) {
            RateBucket own = buckets.get(name);
            if (own != null) {
                return own;
            }
            int dot = name.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            name = name.substring(0, dot);
        }
    }
}
