package dev.cairn.cli.stats;

import java.util.Arrays;

/**
 * Turns a message into its pattern, so that a million messages differing only in their values count as the one event
 * they are: {@code processed item 17 for user 42} becomes {@code processed item <n> for user <n>}. Works on the raw
 * JSON string content of the line, in place of the scanner's bytes, into a buffer reused line after line (no
 * allocation once the buffer has grown to the longest message).
 *
 * <p>Masked, within a word (a run of letters, digits, {@code _} and {@code -}): a UUID ({@code <uuid>}); a number
 * ({@code <n>}, decimals included), keeping a unit written after it ({@code 250ms} is {@code <n>ms}); hexadecimal of
 * at least 8 digits (letters only too: {@code deadbeef}) or with {@code 0x} ({@code <hex>}); any other word holding a digit, such as {@code B-7} or
 * {@code req-7f3a} ({@code <id>}). A quoted value, in single or (escaped) double quotes, is {@code '…'} or
 * {@code \"…\"}. Words without digits stay as they are; JSON escapes are kept whole.
 */
public final class MessagePattern {

    /** Quoted values longer than this are not taken for quotes (an apostrophe in prose, an unclosed quote). */
    private static final int MAX_QUOTED = 256;

    private static final byte[] NUMBER = bytes("<n>");
    private static final byte[] UUID = bytes("<uuid>");
    private static final byte[] HEX = bytes("<hex>");
    private static final byte[] ID = bytes("<id>");
    private static final byte[] ELLIPSIS = bytes("…");

    private byte[] out = new byte[256];
    private int length;

    /** Masks {@code b[from, to)}; read the result with {@link #bytes()} and {@link #length()}. */
    public void mask(byte[] b, int from, int to) {
        length = 0;
        int i = from;
        while (i < to) {
            byte c = b[i];
            if (c == '\\' && i + 1 < to && b[i + 1] == '"' && atBoundary(b, from, i)) {
                int close = closingEscapedQuote(b, i + 2, to);
                if (close >= 0) {
                    append(b, i, i + 2);
                    append(ELLIPSIS, 0, ELLIPSIS.length);
                    append(b, close, close + 2);
                    i = close + 2;
                    continue;
                }
            }
            if (c == '\\' && i + 1 < to) {
                int escape = b[i + 1] == 'u' ? 6 : 2;
                append(b, i, Math.min(to, i + escape));
                i += escape;
                continue;
            }
            if (c == '\'' && atBoundary(b, from, i)) {
                int close = closing(b, i + 1, to, (byte) '\'');
                if (close >= 0) {
                    append(b, i, i + 1);
                    append(ELLIPSIS, 0, ELLIPSIS.length);
                    append(b, close, close + 1);
                    i = close + 1;
                    continue;
                }
            }
            if (isWordByte(c)) {
                int end = i;
                boolean digit = false;
                while (end < to && isWordByte(b[end])) {
                    digit |= b[end] >= '0' && b[end] <= '9';
                    end++;
                }
                if (digit) {
                    end = maskWord(b, i, end, to);
                } else if (end - i >= 8 && isHex(b, i, end)) {
                    append(HEX, 0, HEX.length);
                } else {
                    append(b, i, end);
                }
                i = end;
                continue;
            }
            append(b, i, i + 1);
            i++;
        }
    }

    public byte[] bytes() {
        return out;
    }

    public int length() {
        return length;
    }

    /** Writes the mask of the word {@code b[from, end)}, which holds a digit; returns where reading goes on. */
    private int maskWord(byte[] b, int from, int end, int to) {
        if (end - from == 36 && isUuid(b, from)) {
            append(UUID, 0, UUID.length);
            return end;
        }
        int digits = from;
        while (digits < end && b[digits] >= '0' && b[digits] <= '9') {
            digits++;
        }
        if (digits > from) {
            int afterNumber = digits;
            // A decimal: 99.99 is one number.
            if (digits == end && end + 1 < to && b[end] == '.' && b[end + 1] >= '0' && b[end + 1] <= '9') {
                int fraction = end + 1;
                while (fraction < to && b[fraction] >= '0' && b[fraction] <= '9') {
                    fraction++;
                }
                if (fraction == to || !isWordByte(b[fraction])) {
                    append(NUMBER, 0, NUMBER.length);
                    return fraction;
                }
            }
            if (afterNumber == end) {
                append(NUMBER, 0, NUMBER.length);
                return end;
            }
            if (isLettersOnly(b, afterNumber, end)
                    && end - afterNumber <= 3
                    && !(b[from] == '0' && b[from + 1] == 'x')) {
                append(NUMBER, 0, NUMBER.length);
                append(b, afterNumber, end);
                return end;
            }
        }
        if (end - from > 2 && b[from] == '0' && (b[from + 1] == 'x' || b[from + 1] == 'X') && isHex(b, from + 2, end)
                || end - from >= 8 && isHex(b, from, end)) {
            append(HEX, 0, HEX.length);
            return end;
        }
        append(ID, 0, ID.length);
        return end;
    }

    private static boolean isUuid(byte[] b, int from) {
        for (int k = 0; k < 36; k++) {
            byte c = b[from + k];
            boolean dash = k == 8 || k == 13 || k == 18 || k == 23;
            if (dash ? c != '-' : !isHexDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(byte[] b, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isHexDigit(b[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(byte c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean isLettersOnly(byte[] b, int from, int to) {
        for (int k = from; k < to; k++) {
            byte c = b[k];
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '%')) {
                return false;
            }
        }
        return true;
    }

    /** Letters, digits, {@code _}, {@code -} and the bytes of non-ASCII characters. */
    private static boolean isWordByte(byte c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '-' || c == '%';
    }

    private static boolean atBoundary(byte[] b, int from, int i) {
        return i == from || !isWordByte(b[i - 1]);
    }

    private static int closing(byte[] b, int from, int to, byte quote) {
        for (int k = from; k < to && k - from <= MAX_QUOTED; k++) {
            if (b[k] == '\\') {
                k++;
            } else if (b[k] == quote) {
                return k > from && (k + 1 == to || !isWordByte(b[k + 1])) ? k : -1;
            }
        }
        return -1;
    }

    private static int closingEscapedQuote(byte[] b, int from, int to) {
        for (int k = from; k + 1 < to && k - from <= MAX_QUOTED; k++) {
            if (b[k] == '\\') {
                if (b[k + 1] == '"') {
                    return k;
                }
                k++;
            }
        }
        return -1;
    }

    private void append(byte[] b, int from, int to) {
        int n = to - from;
        if (length + n > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + n));
        }
        System.arraycopy(b, from, out, length, n);
        length += n;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
