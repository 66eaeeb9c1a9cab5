package dev.cairn.internal.delivery;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: attempt n waits between half and all of {@code initial * 2^(n-1)}, capped at
 * {@code max}, so that many clients a peer turned away do not all come back at the same instant.
 */
public record Backoff(long initialNanos, long maxNanos) {

    /** The wait before retry number {@code attempt} (1 for the first retry). */
    long delayNanos(int attempt) {
        long ceiling = initialNanos;
        for (int i = 1; i < attempt && ceiling < maxNanos; i++) {
            ceiling = ceiling > maxNanos / 2 ? maxNanos : ceiling * 2;
        }
        ceiling = Math.min(ceiling, maxNanos);
        long half = ceiling / 2;
        return half + ThreadLocalRandom.current().nextLong(ceiling - half + 1);
    }
}
