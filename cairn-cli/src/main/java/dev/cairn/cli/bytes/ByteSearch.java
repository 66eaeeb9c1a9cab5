package dev.cairn.cli.bytes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds bytes eight at a time (SWAR: one 64-bit word compared against a repeated pattern), for
 * the loops every input byte passes through: line ends and the ends of JSON strings. About three
 * times faster than a byte loop on typical log lines, measured in {@code docs/cli.md}.
 */
public final class ByteSearch {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = ONES * '\n';
    private static final long QUOTES = ONES * '"';
    private static final long BACKSLASHES = ONES * '\\';
    /** For the test {@code (w - SPACES) & ~w & HIGHS}: flags bytes below 0x20 (the lowest flag is exact). */
    private static final long SPACES = ONES * 0x20;

    private static final long DIGIT_ZEROS = ONES * '0';
    private static final long SIXES = ONES * 6;
    private static final long HIGH_NIBBLES = ONES * 0xF0;

    private ByteSearch() {}

    /** Index of the first {@code \n} in {@code b[from, to)}, or -1. */
    public static int indexOfNewline(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long m = zeroBytes((long) LONGS.get(b, i) ^ NEWLINES);
            if (m != 0) {
                return i + (Long.numberOfTrailingZeros(m) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first {@code "} or {@code \} in {@code b[from, to)}, or -1. */
    public static int indexOfQuoteOrBackslash(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(b, i);
            long m = zeroBytes(w ^ QUOTES) | zeroBytes(w ^ BACKSLASHES);
            if (m != 0) {
                return i + (Long.numberOfTrailingZeros(m) >>> 3);
            }
        }
        for (; i < to; i++) {
            byte c = b[i];
            if (c == '"' || c == '\\') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Index of the first {@code "}, {@code \} or control byte (below 0x20, which JSON does not allow raw inside a
     * string) in {@code b[from, to)}, or -1.
     */
    public static int indexOfQuoteBackslashOrControl(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(b, i);
            long q = w ^ QUOTES;
            long s = w ^ BACKSLASHES;
            // The three tests of zeroBytes and the control-byte test share one mask with HIGHS.
            long m = ((q - ONES) & ~q | (s - ONES) & ~s | (w - SPACES) & ~w) & HIGHS;
            if (m != 0) {
                return i + (Long.numberOfTrailingZeros(m) >>> 3);
            }
        }
        for (; i < to; i++) {
            byte c = b[i];
            if (c == '"' || c == '\\' || (c >= 0 && c < 0x20)) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first byte in {@code b[from, to)} that is not an ASCII digit, or {@code to}. */
    public static int skipDigits(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ DIGIT_ZEROS;
            // A digit is 0x00-0x09 now: a high nibble set, or a low one of 10 or more (carried by + 6), flags the rest.
            long m = (x | (x + SIXES)) & HIGH_NIBBLES;
            if (m != 0) {
                return i + (Long.numberOfTrailingZeros(m) >>> 3);
            }
        }
        while (i < to && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        return i;
    }

    /**
     * Whether {@code a[aFrom, aFrom + len)} and {@code b[bFrom, bFrom + len)} hold the same bytes, compared eight at a
     * time: for the short keys of the hot path (JSON keys, counted values) this is cheaper than
     * {@link java.util.Arrays#equals(byte[], int, int, byte[], int, int)}, whose set-up costs more than the comparison.
     */
    public static boolean sameBytes(byte[] a, int aFrom, byte[] b, int bFrom, int len) {
        if (len < 8) {
            for (int k = 0; k < len; k++) {
                if (a[aFrom + k] != b[bFrom + k]) {
                    return false;
                }
            }
            return true;
        }
        int last = len - 8;
        for (int k = 0; k < last; k += 8) {
            if ((long) LONGS.get(a, aFrom + k) != (long) LONGS.get(b, bFrom + k)) {
                return false;
            }
        }
        // The last eight bytes, overlapping the words already compared when len is not a multiple of eight.
        return (long) LONGS.get(a, aFrom + last) == (long) LONGS.get(b, bFrom + last);
    }

    /**
     * High bit set in each zero byte of {@code x}. Bytes above the first zero may be flagged
     * falsely (borrow), so only the lowest flag is trusted, which is all the callers use.
     */
    private static long zeroBytes(long x) {
        return (x - ONES) & ~x & HIGHS;
    }
}
