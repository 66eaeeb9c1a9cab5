package dev.cairn.internal.config;

import dev.cairn.internal.limit.RateRule;
import java.time.Duration;
import java.util.Map;

/**
 * Rate limits and duplicate suppression as configured.
 *
 * @param rates logger prefix to its rate ({@code cairn.limit.<logger>})
 * @param dedupeWindow {@code cairn.dedupe.window}; zero when duplicates are written
 */
public record LimitSettings(Map<String, RateRule> rates, Duration dedupeWindow) {

    /** No rate, no duplicate suppression. */
    public static final LimitSettings NONE = new LimitSettings(Map.of(), Duration.ZERO);
}
