package dev.cairn.internal.layout;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes RFC 3339 UTC timestamps, e.g. {@code 2026-11-21T10:15:30.123456Z}. The date and time up to the second are
 * computed once per second and reused, so steady-state formatting allocates nothing. Not thread-safe: one per layout.
 */
final class TimestampFormat {

    private final int fractionDigits;
    private long cachedSecond = Long.MIN_VALUE;
    private final char[] cachedPrefix = new char[19];

    /** @param fractionDigits 3 for milliseconds, 6 for microseconds */
    TimestampFormat(int fractionDigits) {
        this.fractionDigits = fractionDigits;
    }

    void append(StringBuilder out, long epochSecond, int nanoOfSecond) {
        if (epochSecond != cachedSecond) {
            String prefix =
                    LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC).toString();
            // LocalDateTime prints "yyyy-MM-ddTHH:mm" when seconds are zero; pad to the fixed width.
            String full = prefix.length() == 16 ? prefix + ":00" : prefix;
            if (full.length() != cachedPrefix.length) {
                out.append(full);
                appendFraction(out, nanoOfSecond);
                return;
            }
            full.getChars(0, cachedPrefix.length, cachedPrefix, 0);
            cachedSecond = epochSecond;
        }
        out.append(cachedPrefix);
        appendFraction(out, nanoOfSecond);
    }

    private void appendFraction(StringBuilder out, int nanoOfSecond) {
        out.append('.');
        int value = fractionDigits == 3 ? nanoOfSecond / 1_000_000 : nanoOfSecond / 1_000;
        for (int divisor = fractionDigits == 3 ? 100 : 100_000; divisor > 0; divisor /= 10) {
            out.append((char) ('0' + value / divisor % 10));
        }
        out.append('Z');
    }
}
