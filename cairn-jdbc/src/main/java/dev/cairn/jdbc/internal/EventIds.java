package dev.cairn.jdbc.internal;

import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Makes {@code event_id}s: version 7 UUIDs (RFC 9562), the record's millisecond timestamp followed by 74 random bits,
 * so ids rise with time and new rows land at the right end of the primary key's index. The random bits come from a
 * generator seeded from {@link SecureRandom}: unique, not secret.
 *
 * <p>Threading: used by the sink's writer thread only.
 */
final class EventIds {

    private final SplittableRandom random = new SplittableRandom(new SecureRandom().nextLong());

    UUID next(long epochMilli) {
        long high = (epochMilli << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
