package dev.cairn.internal.layout;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The growable byte buffer layouts write records into, as UTF-8, in one pass: text is encoded (and JSON strings
 * escaped) as it is appended, numbers are written as digits without a {@code String}, and constant parts are copied in
 * pre-encoded. The sinks hand its array to the destination as it is.
 *
 * <p>Hand-written rather than a {@code CharsetEncoder} over a {@code StringBuilder}: encoding is the innermost loop of
 * every record, and a second pass from chars to bytes cost as much as writing the JSON (issue 19's profile).
 *
 * <p>JSON strings ({@link #appendJsonString}) are valid RFC 8259 whatever the input: control characters (C0, DEL and
 * C1, so no terminal escape survives {@code cat} or {@code tail}) are escaped, a lone surrogate becomes U+FFFD, U+2028 and U+2029 are escaped for JavaScript readers, and text longer than the limit
 * is cut (never inside a surrogate pair) and marked. Raw text ({@link #append(CharSequence)}) writes a lone surrogate
 * as {@code ?}. After an unusually large record the array is shrunk again by {@link #reset()}.
 */
public final class Utf8Output {

    static final int INITIAL = 8 * 1024;
    static final int RETAINED = 256 * 1024;

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** For each ASCII char: 0 = write as is, 'u' = \\u00XX, otherwise the char after the backslash. */
    private static final byte[] ESCAPES = new byte[128];
    /** The two digits of 0..99, for writing integers two digits at a time. */
    private static final byte[] DIGIT_PAIRS = new byte[200];
    /** 2^37 / 100 rounded up: {@code n * DIVIDE_BY_100 >>> 37} is {@code n / 100} for every {@code n} below 2^32. */
    private static final long DIVIDE_BY_100 = 1_374_389_535L;
    /** 10 to the power of each index, 10^0 to 10^18. */
    private static final long[] POWERS_OF_TEN = new long[19];

    private static final byte[] NULL = ascii("null");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");
    private static final byte[] LONG_MIN = ascii(Long.toString(Long.MIN_VALUE));

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = 'u';
        }
        ESCAPES[0x7F] = 'u';
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
        ESCAPES['\n'] = 'n';
        ESCAPES['\r'] = 'r';
        ESCAPES['\t'] = 't';
        ESCAPES['\b'] = 'b';
        ESCAPES['\f'] = 'f';
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
            DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    private byte[] bytes;
    private int size;

    public Utf8Output() {
        this(INITIAL);
    }

    public Utf8Output(int capacity) {
        bytes = new byte[capacity];
    }

    /** {@code text} (ASCII) as bytes, for constant parts encoded once. */
    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code text} as a quoted JSON string in UTF-8, for keys encoded once when a layout is built. */
    public static byte[] jsonString(String text) {
        Utf8Output out = new Utf8Output(text.length() + 16);
        out.appendJsonString(text, Integer.MAX_VALUE);
        return out.toByteArray();
    }

    /** The array holding the bytes written; valid up to {@link #length()}, replaced when the buffer grows. */
    public byte[] array() {
        return bytes;
    }

    /** The number of bytes written. */
    public int length() {
        return size;
    }

    /** The byte at {@code index}. */
    public byte byteAt(int index) {
        return bytes[index];
    }

    /** Drops the bytes after the first {@code length}. */
    public void setLength(int length) {
        if (length < 0 || length > size) {
            throw new IndexOutOfBoundsException("length " + length + " of " + size);
        }
        size = length;
    }

    /** Empties the buffer, releasing memory an oversized record claimed. */
    public void reset() {
        size = 0;
        if (bytes.length > RETAINED) {
            bytes = new byte[INITIAL];
        }
    }

    /** Removes the first {@code count} bytes. */
    public void discardFirst(int count) {
        System.arraycopy(bytes, count, bytes, 0, size - count);
        size -= count;
    }

    /** Inserts {@code other}'s bytes at {@code index}, moving the bytes after it along. */
    public void insert(int index, Utf8Output other) {
        int count = other.size;
        ensure(count);
        System.arraycopy(bytes, index, bytes, index + count, size - index);
        System.arraycopy(other.bytes, 0, bytes, index, count);
        size += count;
    }

    /** A copy of the bytes written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** The bytes written, decoded. */
    @Override
    public String toString() {
        return new String(bytes, 0, size, StandardCharsets.UTF_8);
    }

    /** Appends {@code c} encoded, a lone surrogate as {@code ?}. */
    public Utf8Output append(char c) {
        if (c < 0x80) {
            ensure(1);
            bytes[size++] = (byte) c;
        } else {
            ensure(3);
            size = encode(c, bytes, size);
        }
        return this;
    }

    /** Appends bytes encoded before, such as a key with its quotes. */
    public Utf8Output append(byte[] encoded) {
        ensure(encoded.length);
        System.arraycopy(encoded, 0, bytes, size, encoded.length);
        size += encoded.length;
        return this;
    }

    /** Appends {@code length} bytes of {@code encoded} from {@code offset}. */
    public Utf8Output append(byte[] encoded, int offset, int length) {
        ensure(length);
        System.arraycopy(encoded, offset, bytes, size, length);
        size += length;
        return this;
    }

    /** Appends {@code text} as UTF-8, unescaped; a lone surrogate becomes {@code ?}. */
    public Utf8Output append(CharSequence text) {
        int length = text.length();
        ensure(length);
        byte[] b = bytes;
        int n = size;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                b[n++] = (byte) c;
                continue;
            }
            size = n;
            // Room for the rest as ASCII and for this character's widest form.
            ensure(length - i + 4);
            b = bytes;
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                n = encodeCodePoint(Character.toCodePoint(c, text.charAt(++i)), b, n);
            } else {
                n = encode(c, b, n);
            }
        }
        size = n;
        return this;
    }

    public Utf8Output append(boolean value) {
        return append(value ? TRUE : FALSE);
    }

    /** Appends {@code null}. */
    public Utf8Output appendNull() {
        return append(NULL);
    }

    public Utf8Output append(int value) {
        return append((long) value);
    }

    /** Appends {@code value}'s decimal digits, with a minus sign when negative, as {@link Long#toString} has them. */
    public Utf8Output append(long value) {
        if (value == Long.MIN_VALUE) {
            return append(LONG_MIN);
        }
        ensure(20);
        if (value < 0) {
            bytes[size++] = '-';
            value = -value;
        }
        int end = size + digitCount(value);
        int n = end;
        byte[] b = bytes;
        while (value > Integer.MAX_VALUE) {
            int pair = (int) (value % 100) << 1;
            value /= 100;
            b[--n] = DIGIT_PAIRS[pair + 1];
            b[--n] = DIGIT_PAIRS[pair];
        }
        // The rest divided by 100 as a multiplication and a shift (exact below 2^32): C2 does that for a division by a
        // constant, but the interpreter and C1, which write the first hundred thousands of records, divide, and a
        // division was a quarter of the writer's samples in issue 19's end-to-end run.
        int rest = (int) value;
        while (rest >= 100) {
            int quotient = (int) (rest * DIVIDE_BY_100 >>> 37);
            int pair = rest - quotient * 100 << 1;
            rest = quotient;
            b[--n] = DIGIT_PAIRS[pair + 1];
            b[--n] = DIGIT_PAIRS[pair];
        }
        int pair = rest << 1;
        b[--n] = DIGIT_PAIRS[pair + 1];
        if (rest >= 10) {
            b[--n] = DIGIT_PAIRS[pair];
        }
        size = end;
        return this;
    }

    /**
     * Appends a finite {@code value} as JDK 19+'s {@link Double#toString} writes it, on every JDK and without
     * allocating ({@link ShortestDouble}).
     */
    public Utf8Output appendDouble(double value) {
        ensure(ShortestDouble.MAX_LENGTH);
        size = ShortestDouble.write(value, bytes, size);
        return this;
    }

    /** Appends a finite {@code value} as JDK 19+'s {@link Float#toString} writes it; see {@link #appendDouble}. */
    public Utf8Output appendFloat(float value) {
        ensure(ShortestDouble.MAX_LENGTH);
        size = ShortestDouble.write(value, bytes, size);
        return this;
    }

    /** Appends {@code text} as a quoted JSON string, cut to {@code maxLength} characters with a marker. */
    public Utf8Output appendJsonString(CharSequence text, int maxLength) {
        int length = text.length();
        if (length <= maxLength && text instanceof String) {
            // Room for both quotes and the text as ASCII, ensured once: most strings are that and no more.
            ensure(length + 2);
            bytes[size++] = '"';
            int from = copyPlain((String) text, 0, length);
            if (from < length) {
                escape(text, from, length);
                ensure(1);
            }
        } else {
            // Room for what is written only: a text cut to maxLength may be far longer than what is kept of it.
            ensure(1);
            bytes[size++] = '"';
            appendJsonEscaped(text, maxLength);
            ensure(1);
        }
        bytes[size++] = '"';
        return this;
    }

    /** Appends {@code text} escaped for the inside of a JSON string, cut to {@code maxLength} characters with a marker. */
    public Utf8Output appendJsonEscaped(CharSequence text, int maxLength) {
        int length = text.length();
        int end = length <= maxLength ? length : JsonText.cutPoint(text, maxLength);
        appendJsonEscaped(text, 0, end);
        if (end < length) {
            append("…[truncated ").append(length - end).append(" chars]");
        }
        return this;
    }

    /**
     * Appends the chars of {@code text} from {@code start} to {@code end} escaped for the inside of a JSON string,
     * uncut; a surrogate pair split by either bound counts as lone.
     */
    public Utf8Output appendJsonEscaped(CharSequence text, int start, int end) {
        ensure(end - start);
        int from = text instanceof String ? copyPlain((String) text, start, end) : start;
        if (from < end) {
            escape(text, from, end);
        }
        return this;
    }

    /**
     * Copies the chars of {@code text} from {@code start} that are ASCII and need no escape, up to {@code end} or the
     * first that does, and returns where the copy stopped; the caller has ensured room for every char. A loop of its
     * own over a {@code String}, with one receiver type and the output index moving with the input index, so the JIT
     * can drop per-char checks: 0.89 ns per char on long plain text where the general loop took 1.25 ns.
     */
    private int copyPlain(String text, int start, int end) {
        byte[] b = bytes;
        int offset = size - start;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c >= 0x80 || ESCAPES[c] != 0) {
                break;
            }
            b[offset + i] = (byte) c;
            i++;
        }
        size = offset + i;
        return i;
    }

    /** Appends the chars of {@code text} from {@code start} to {@code end} escaped; room for each as ASCII is ensured. */
    private void escape(CharSequence text, int start, int end) {
        byte[] b = bytes;
        int n = size;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80 && ESCAPES[c] == 0) {
                b[n++] = (byte) c;
                continue;
            }
            size = n;
            // Room for the rest as ASCII and for this character's widest form (\\uXXXX).
            ensure(end - i + 6);
            b = bytes;
            if (c < 0x80) {
                byte escape = ESCAPES[c];
                b[n++] = '\\';
                if (escape == 'u') {
                    n = unicodeEscapeDigits(c, b, n);
                } else {
                    b[n++] = escape;
                }
            } else if (c < 0xA0 || c == '\u2028' || c == '\u2029') {
                b[n++] = '\\';
                n = unicodeEscapeDigits(c, b, n);
            } else if (!Character.isSurrogate(c)) {
                n = encode(c, b, n);
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                n = encodeCodePoint(Character.toCodePoint(c, text.charAt(++i)), b, n);
            } else {
                n = encode('\uFFFD', b, n);
            }
        }
        size = n;
    }

    /** Writes {@code uXXXX} (the backslash is written by the caller). */
    private static int unicodeEscapeDigits(char c, byte[] b, int n) {
        b[n++] = 'u';
        b[n++] = HEX[c >> 12 & 0xF];
        b[n++] = HEX[c >> 8 & 0xF];
        b[n++] = HEX[c >> 4 & 0xF];
        b[n++] = HEX[c & 0xF];
        return n;
    }

    /** Writes a char that is not half of a pair: 1 to 3 bytes, a surrogate as {@code ?}. */
    private static int encode(char c, byte[] b, int n) {
        if (c < 0x80) {
            b[n++] = (byte) c;
        } else if (c < 0x800) {
            b[n++] = (byte) (0xC0 | c >> 6);
            b[n++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isSurrogate(c)) {
            b[n++] = '?';
        } else {
            b[n++] = (byte) (0xE0 | c >> 12);
            b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
            b[n++] = (byte) (0x80 | c & 0x3F);
        }
        return n;
    }

    private static int encodeCodePoint(int cp, byte[] b, int n) {
        b[n++] = (byte) (0xF0 | cp >> 18);
        b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
        b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[n++] = (byte) (0x80 | cp & 0x3F);
        return n;
    }

    /** The number of decimal digits of {@code value} (not negative), from its bit length: no loop. */
    private static int digitCount(long value) {
        long nonZero = value | 1;
        int estimate = (64 - Long.numberOfLeadingZeros(nonZero)) * 1233 >>> 12;
        return nonZero < POWERS_OF_TEN[estimate] ? estimate : estimate + 1;
    }

    /**
     * Makes room for {@code extra} more bytes. The check alone, small enough for C1 to inline at each append (C1 runs
     * the writer through its first hundred thousands of records, and a call per append showed in its profile).
     */
    private void ensure(int extra) {
        if ((long) size + extra > bytes.length) {
            grow(extra);
        }
    }

    private void grow(int extra) {
        long needed = (long) size + extra;
        if (needed > Integer.MAX_VALUE - 8) {
            throw new OutOfMemoryError("a record of more than 2 GiB");
        }
        long grown = Math.max(needed, (long) bytes.length * 2);
        bytes = Arrays.copyOf(bytes, (int) Math.min(grown, Integer.MAX_VALUE - 8));
    }

    /**
     * Appends the chars of {@code text} from {@code start} to {@code end} escaped by the text format's rule
     * ({@link TerminalText}): each ASCII char as {@code asciiEscapes} says (0: as is, {@code 'u'}: {@code \\u00XX},
     * otherwise a backslash and that char), each other char {@link TerminalText#isEscaped} as {@code \\uXXXX}, a lone
     * surrogate (also one whose pair a bound splits) as U+FFFD.
     */
    public Utf8Output appendTerminalEscaped(CharSequence text, int start, int end, byte[] asciiEscapes) {
        ensure(end - start);
        byte[] b = bytes;
        int n = size;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80 && asciiEscapes[c] == 0) {
                b[n++] = (byte) c;
                continue;
            }
            size = n;
            // Room for the rest as ASCII and for this character's widest form (\\uXXXX).
            ensure(end - i + 6);
            b = bytes;
            if (c < 0x80) {
                byte escape = asciiEscapes[c];
                b[n++] = '\\';
                if (escape == 'u') {
                    n = unicodeEscapeDigits(c, b, n);
                } else {
                    b[n++] = escape;
                }
            } else if (TerminalText.isEscaped(c)) {
                b[n++] = '\\';
                n = unicodeEscapeDigits(c, b, n);
            } else if (!Character.isSurrogate(c)) {
                n = encode(c, b, n);
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                n = encodeCodePoint(Character.toCodePoint(c, text.charAt(++i)), b, n);
            } else {
                n = encode('\uFFFD', b, n);
            }
        }
        size = n;
        return this;
    }
}
