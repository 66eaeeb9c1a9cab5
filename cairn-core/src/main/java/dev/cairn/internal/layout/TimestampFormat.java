package dev.cairn.internal.layout;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes RFC 3339 UTC timestamps, e.g. {@code 2026-11-21T10:15:30.123456Z}. The date and time up to the second are
 * computed once per second and reused, so steady-state formatting allocates nothing. Not thread-safe: one per layout.
 */
final class TimestampFormat {

    private static final int PREFIX_LENGTH = 19;

    private final int fractionDigits;
    private final int firstDivisor;
    private long cachedSecond = Long.MIN_VALUE;
    /** {@code yyyy-MM-ddTHH:mm:ss} of {@link #cachedSecond}, in ASCII. */
    private final byte[] cachedPrefix = new byte[PREFIX_LENGTH];
    /** The timestamp being written, before it is copied out. */
    private final byte[] scratch = new byte[PREFIX_LENGTH + 8];

    /** @param fractionDigits 3 for milliseconds, 6 for microseconds */
    TimestampFormat(int fractionDigits) {
        this.fractionDigits = fractionDigits;
        this.firstDivisor = fractionDigits == 3 ? 100 : 100_000;
    }

    void append(Utf8Output out, long epochSecond, int nanoOfSecond) {
        String odd = prefix(epochSecond);
        if (odd != null) {
            out.append(odd);
            out.append(scratch, 0, fraction(nanoOfSecond, 0));
            return;
        }
        System.arraycopy(cachedPrefix, 0, scratch, 0, PREFIX_LENGTH);
        out.append(scratch, 0, fraction(nanoOfSecond, PREFIX_LENGTH));
    }

    void append(StringBuilder out, long epochSecond, int nanoOfSecond) {
        String odd = prefix(epochSecond);
        int start = 0;
        if (odd != null) {
            out.append(odd);
        } else {
            System.arraycopy(cachedPrefix, 0, scratch, 0, PREFIX_LENGTH);
            start = PREFIX_LENGTH;
        }
        int end = fraction(nanoOfSecond, start);
        for (int i = 0; i < end; i++) {
            out.append((char) scratch[i]);
        }
    }

    /**
     * Brings {@link #cachedPrefix} to {@code epochSecond}, or returns the date and time when they do not have the
     * fixed width (years beyond 9999 or before 0).
     */
    private String prefix(long epochSecond) {
        if (epochSecond != cachedSecond) {
            String prefix =
                    LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC).toString();
            // LocalDateTime prints "yyyy-MM-ddTHH:mm" when seconds are zero; pad to the fixed width.
            String full = prefix.length() == 16 ? prefix + ":00" : prefix;
            if (full.length() != PREFIX_LENGTH) {
                return full;
            }
            for (int i = 0; i < PREFIX_LENGTH; i++) {
                cachedPrefix[i] = (byte) full.charAt(i);
            }
            cachedSecond = epochSecond;
        }
        return null;
    }

    /** Writes {@code .ffffffZ} into {@link #scratch} from {@code start}, returning where it ends. */
    private int fraction(int nanoOfSecond, int start) {
        int n = start;
        scratch[n++] = '.';
        int value = fractionDigits == 3 ? nanoOfSecond / 1_000_000 : nanoOfSecond / 1_000;
        for (int divisor = firstDivisor; divisor > 0; divisor /= 10) {
            scratch[n++] = (byte) ('0' + value / divisor % 10);
        }
        scratch[n++] = 'Z';
        return n;
    }
}
