package dev.cairn.internal.layout;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes RFC 3339 UTC timestamps, e.g. {@code 2026-11-21T10:15:30.123456Z}. The date and time up to the second are
 * computed once per second and kept in the buffer the timestamp is written from, so a record writes only its fraction
 * digits (three per table lookup, where a division per digit showed in issue 19's profile) and copies the whole out
 * once; nothing is allocated in steady state. Not thread-safe: one per layout.
 */
final class TimestampFormat {

    private static final int PREFIX_LENGTH = 19;
    private static final byte[] THREE_DIGITS = threeDigits();

    private final boolean micros;
    /** {@code .ffffffZ} or {@code .fffZ}. */
    private final int fractionLength;

    private long cachedSecond = Long.MIN_VALUE;
    /** {@code yyyy-MM-ddTHH:mm:ss} of {@link #cachedSecond} in ASCII, then the fraction of the timestamp being written. */
    private final byte[] scratch = new byte[PREFIX_LENGTH + 8];

    /** @param fractionDigits 3 for milliseconds, 6 for microseconds */
    TimestampFormat(int fractionDigits) {
        this.micros = fractionDigits == 6;
        this.fractionLength = fractionDigits + 2;
    }

    void append(Utf8Output out, long epochSecond, int nanoOfSecond) {
        String odd = prefix(epochSecond);
        fraction(nanoOfSecond);
        if (odd != null) {
            out.append(odd);
            out.append(scratch, PREFIX_LENGTH, fractionLength);
        } else {
            out.append(scratch, 0, PREFIX_LENGTH + fractionLength);
        }
    }

    /**
     * Brings the prefix in {@link #scratch} to {@code epochSecond}, or returns the date and time when they do not have
     * the fixed width (years beyond 9999 or before 0), leaving the prefix as it was.
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
                scratch[i] = (byte) full.charAt(i);
            }
            cachedSecond = epochSecond;
        }
        return null;
    }

    /** Writes {@code .ffffffZ} (or {@code .fffZ}) into {@link #scratch} after the prefix, three digits per lookup. */
    private void fraction(int nanoOfSecond) {
        int at = PREFIX_LENGTH;
        scratch[at++] = '.';
        int millis = nanoOfSecond / 1_000_000;
        System.arraycopy(THREE_DIGITS, 3 * millis, scratch, at, 3);
        at += 3;
        if (micros) {
            int belowMillis = nanoOfSecond / 1_000 - millis * 1_000;
            System.arraycopy(THREE_DIGITS, 3 * belowMillis, scratch, at, 3);
            at += 3;
        }
        scratch[at] = 'Z';
    }

    /** "000" to "999". */
    private static byte[] threeDigits() {
        byte[] digits = new byte[3_000];
        for (int i = 0; i < 1_000; i++) {
            digits[3 * i] = (byte) ('0' + i / 100);
            digits[3 * i + 1] = (byte) ('0' + i / 10 % 10);
            digits[3 * i + 2] = (byte) ('0' + i % 10);
        }
        return digits;
    }
}
