package dev.cairn.cli.json;

import dev.cairn.cli.bytes.ByteSearch;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Indexes the top-level fields of one JSON object held in a byte range, without allocating.
 *
 * <p>Why hand-written: {@code stats} and {@code view --where … --output json} must run at
 * 500 MB/s per core, measured in {@code docs/cli.md}; a tree-building parser allocates every
 * string of every line and is several times slower. This scanner walks the bytes once, records
 * where each top-level key and value starts and ends, and leaves nested objects and arrays as
 * opaque spans (scan them again with a second instance when a command needs them). Strings are
 * decoded only when a caller asks for one.
 *
 * <p>Validation is complete (RFC 8259), nested containers included: the line is one valid JSON
 * object or it is rejected, so every command agrees on what a record is and {@code --output json}
 * never passes on a line a consumer cannot parse. Raw control characters in strings, bad escapes,
 * malformed numbers, trailing commas and unbalanced brackets are all rejected; nesting is checked
 * with an explicit stack, so depth costs memory, not the call stack. Bytes that are not UTF-8 are
 * tolerated (they read as U+FFFD). One instance is reused line after line by one thread.
 */
public final class JsonLineScanner {

    private static final int INITIAL_FIELDS = 32;
    private static final JsonType[] TYPES = JsonType.values();
    private static final int STRING = JsonType.STRING.ordinal();
    private static final int NUMBER = JsonType.NUMBER.ordinal();
    private static final int BOOLEAN = JsonType.BOOLEAN.ordinal();
    private static final int NULL_VALUE = JsonType.NULL.ordinal();
    private static final int OBJECT = JsonType.OBJECT.ordinal();
    private static final int ARRAY = JsonType.ARRAY.ordinal();
    private static final int ESCAPED = 0x80;
    private static final int KIND = 0x7F;
    private static final int STRIDE = 4;

    private byte[] buf = new byte[0];
    private int count;
    /**
     * Per field, {@value #STRIDE} ints: where its key starts, the key's {@link #tag}, where its value starts and ends. One
     * array, not four, so that recording a field is one bounds check.
     */
    private int[] fields = new int[INITIAL_FIELDS * STRIDE];
    /**
     * Per field, its {@link JsonType}'s ordinal, plus {@link #ESCAPED} for a string holding escapes: a byte store, where
     * a reference store pays the garbage collector's barrier.
     */
    private byte[] kinds = new byte[INITIAL_FIELDS];

    private boolean lastStringEscaped;
    /**
     * One bit per key of the line, chosen by its {@link #tag}: a key whose bit is clear is not in the line, so a lookup
     * of a key the line lacks (most of {@code stats}' lookups: {@code error.type}, {@code stack_trace}…) costs one test.
     */
    private long keyBits;
    /** For each bit of {@link #keyBits}, the first field whose key sets it: {@link #find} starts there. */
    private final int[] firstWithBit = new int[64];
    /** One bit per open container in {@link #endOfContainer}: set for an object, clear for an array. */
    private long[] objects = new long[4];
    /** Whether the current scan is of one line of a longer buffer ({@link #scanLine}): a newline then ends it. */
    private boolean oneLine;

    /**
     * Indexes the object in {@code b[from, to)}; surrounding whitespace (including a trailing CR)
     * is allowed.
     *
     * @return false if the range is not one well-formed JSON object
     */
    public boolean scan(byte[] b, int from, int to) {
        oneLine = false;
        return index(b, from, to) == to;
    }

    /**
     * Indexes the object on the line that starts at {@code from} and ends at the first {@code \n} before
     * {@code limit} (or at {@code limit}), finding that end in the same pass: a line of a chunk is then read once, not
     * once for its end and again for its fields. Accepts exactly the lines {@link #scan} accepts.
     *
     * @return the index of the line's {@code \n} (or {@code limit}), or -1 if the line is not one well-formed JSON
     *     object
     */
    public int scanLine(byte[] b, int from, int limit) {
        oneLine = true;
        int end = index(b, from, limit);
        return end >= 0 && (end == limit || b[end] == '\n') ? end : -1;
    }

    /**
     * Indexes the object starting at {@code from} (after optional whitespace and a byte order mark).
     *
     * @return the index after the object and the whitespace following it, or -1 if there is no well-formed object
     */
    private int index(byte[] b, int from, int to) {
        buf = b;
        count = 0;
        keyBits = 0;
        int i = skipWhitespace(b, from, to);
        if (i + 3 < to && b[i] == (byte) 0xEF && b[i + 1] == (byte) 0xBB && b[i + 2] == (byte) 0xBF) {
            // A UTF-8 byte order mark, as some Windows tools write at the start of a file.
            i += 3;
        }
        if (i >= to || b[i] != '{') {
            return -1;
        }
        i = skipWhitespace(b, i + 1, to);
        if (i < to && b[i] == '}') {
            return skipWhitespace(b, i + 1, to);
        }
        while (true) {
            if (i >= to || b[i] != '"') {
                return -1;
            }
            int ks = i + 1;
            int ke = endOfString(b, ks, to);
            if (ke < 0) {
                return -1;
            }
            i = skipWhitespace(b, ke + 1, to);
            if (i >= to || b[i] != ':') {
                return -1;
            }
            i = skipWhitespace(b, i + 1, to);
            if (i >= to) {
                return -1;
            }
            int vs = i;
            int ve;
            int t;
            boolean esc = false;
            byte c = b[i];
            if (c == '"') {
                ve = endOfString(b, i + 1, to);
                if (ve < 0) {
                    return -1;
                }
                esc = lastStringEscaped;
                t = STRING;
                vs = i + 1;
                i = ve + 1;
            } else if (c == '{' || c == '[') {
                ve = endOfContainer(b, i, to);
                if (ve < 0) {
                    return -1;
                }
                t = c == '{' ? OBJECT : ARRAY;
                i = ve;
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                ve = endOfNumber(b, i, to);
                if (ve < 0) {
                    return -1;
                }
                t = NUMBER;
                i = ve;
            } else {
                ve = endOfLiteral(b, i, to);
                if (ve < 0) {
                    return -1;
                }
                t = c == 'n' ? NULL_VALUE : BOOLEAN;
                i = ve;
            }
            add(ks, ke, vs, ve, t, esc);
            i = skipWhitespace(b, i, to);
            if (i >= to) {
                return -1;
            }
            if (b[i] == ',') {
                i = skipWhitespace(b, i + 1, to);
            } else if (b[i] == '}') {
                return skipWhitespace(b, i + 1, to);
            } else {
                return -1;
            }
        }
    }

    /** The number of top-level fields found by the last successful {@link #scan}. */
    public int size() {
        return count;
    }

    /** The index of the first field whose raw key bytes equal {@code key}, or -1. */
    public int find(byte[] key) {
        int len = key.length;
        int tag = tag(key, 0, len);
        int bitIndex = bitIndex(tag);
        if ((keyBits & 1L << bitIndex) == 0) {
            return -1;
        }
        for (int f = firstWithBit[bitIndex]; f < count; f++) {
            int at = f * STRIDE;
            if (fields[at + 1] == tag && ByteSearch.sameBytes(buf, fields[at], key, 0, len)) {
                return f;
            }
        }
        return -1;
    }

    private static int bitIndex(int tag) {
        return (tag * 0x9E3779B9) >>> 26;
    }

    /**
     * Length, first and last byte of a key in one int: lookups compare this first, so a miss
     * (most comparisons, a line having a dozen keys) costs one int comparison.
     */
    private static int tag(byte[] b, int from, int to) {
        int len = to - from;
        return len == 0 ? 0 : len << 16 | (b[from] & 0xFF) << 8 | (b[to - 1] & 0xFF);
    }

    /** The index of the first field named by any of {@code keys} (aliases, tried in order), or -1. */
    public int findAny(byte[][] keys) {
        for (byte[] key : keys) {
            int f = find(key);
            if (f >= 0) {
                return f;
            }
        }
        return -1;
    }

    public byte[] buffer() {
        return buf;
    }

    public JsonType type(int field) {
        return TYPES[kinds[field] & KIND];
    }

    /** Start of the value: for strings, the first byte after the opening quote. */
    public int valueStart(int field) {
        return fields[field * STRIDE + 2];
    }

    /** End of the value (exclusive): for strings, the closing quote. */
    public int valueEnd(int field) {
        return fields[field * STRIDE + 3];
    }

    /** Whether a string value contains backslash escapes, so its raw bytes differ from its text. */
    public boolean isEscaped(int field) {
        return (kinds[field] & ESCAPED) != 0;
    }

    /** The value as text: strings decoded, anything else as its raw JSON. */
    public String text(int field) {
        int start = valueStart(field);
        int end = valueEnd(field);
        if (isEscaped(field)) {
            return JsonStrings.decode(buf, start, end);
        }
        return new String(buf, start, end - start, StandardCharsets.UTF_8);
    }

    /** Whether the value's text equals {@code expected} (UTF-8 bytes of the decoded text). */
    public boolean textEquals(int field, byte[] expected) {
        if (isEscaped(field)) {
            return Arrays.equals(text(field).getBytes(StandardCharsets.UTF_8), expected);
        }
        return Arrays.equals(buf, valueStart(field), valueEnd(field), expected, 0, expected.length);
    }

    private void add(int ks, int ke, int vs, int ve, int t, boolean esc) {
        if (count == kinds.length) {
            fields = Arrays.copyOf(fields, count * 2 * STRIDE);
            kinds = Arrays.copyOf(kinds, count * 2);
        }
        int tag = tag(buf, ks, ke);
        int at = count * STRIDE;
        int[] f = fields;
        f[at + 3] = ve;
        f[at] = ks;
        f[at + 1] = tag;
        f[at + 2] = vs;
        int bitIndex = bitIndex(tag);
        long bit = 1L << bitIndex;
        if ((keyBits & bit) == 0) {
            keyBits |= bit;
            firstWithBit[bitIndex] = count;
        }
        kinds[count] = (byte) (esc ? t | ESCAPED : t);
        count++;
    }

    /** Skips JSON whitespace, except a newline when {@link #oneLine}: that ends the line. */
    private int skipWhitespace(byte[] b, int i, int to) {
        while (i < to) {
            byte c = b[i];
            if (c > ' ' || c != ' ' && c != '\t' && c != '\r' && (c != '\n' || oneLine)) {
                break;
            }
            i++;
        }
        return i;
    }

    /**
     * Index of the closing quote of a string whose content starts at {@code i}, or -1 if it is not closed or holds a
     * raw control character or a bad escape.
     */
    private int endOfString(byte[] b, int i, int to) {
        boolean esc = false;
        while (i < to) {
            i = ByteSearch.indexOfQuoteBackslashOrControl(b, i, to);
            if (i < 0) {
                return -1;
            }
            byte c = b[i];
            if (c == '"') {
                lastStringEscaped = esc;
                return i;
            }
            if (c != '\\' || i + 1 >= to) {
                return -1;
            }
            esc = true;
            switch (b[i + 1]) {
                case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> i += 2;
                case 'u' -> {
                    if (i + 6 > to || !isHex(b[i + 2]) || !isHex(b[i + 3]) || !isHex(b[i + 4]) || !isHex(b[i + 5])) {
                        return -1;
                    }
                    i += 6;
                }
                default -> {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static boolean isHex(byte c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * Index just past the bracket that closes the container opened at {@code i}, or -1 if the container is not valid
     * JSON throughout. Iterative: the kind of each open container is one bit of {@link #objects}.
     */
    private int endOfContainer(byte[] b, int i, int to) {
        int depth = 0;
        boolean object = b[i] == '{';
        push(depth++, object);
        i = skipWhitespace(b, i + 1, to);
        if (i < to && b[i] == (object ? '}' : ']')) {
            return i + 1;
        }
        while (true) {
            // A member (object) or element (array) starts at i.
            if (i >= to) {
                return -1;
            }
            if (object) {
                if (b[i] != '"') {
                    return -1;
                }
                i = endOfString(b, i + 1, to);
                if (i < 0) {
                    return -1;
                }
                i = skipWhitespace(b, i + 1, to);
                if (i >= to || b[i] != ':') {
                    return -1;
                }
                i = skipWhitespace(b, i + 1, to);
                if (i >= to) {
                    return -1;
                }
            }
            byte c = b[i];
            if (c == '{' || c == '[') {
                object = c == '{';
                push(depth++, object);
                i = skipWhitespace(b, i + 1, to);
                if (i < to && b[i] == (object ? '}' : ']')) {
                    i++;
                    depth--;
                    object = isObject(depth - 1);
                } else {
                    continue;
                }
            } else if (c == '"') {
                i = endOfString(b, i + 1, to);
                if (i < 0) {
                    return -1;
                }
                i++;
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                i = endOfNumber(b, i, to);
            } else {
                i = endOfLiteral(b, i, to);
            }
            if (i < 0) {
                return -1;
            }
            // After a value: a comma and the next member, or the closing bracket of one or more containers.
            while (true) {
                i = skipWhitespace(b, i, to);
                if (i >= to) {
                    return -1;
                }
                if (b[i] == ',') {
                    i = skipWhitespace(b, i + 1, to);
                    break;
                }
                if (b[i] != (object ? '}' : ']')) {
                    return -1;
                }
                i++;
                if (--depth == 0) {
                    return i;
                }
                object = isObject(depth - 1);
            }
        }
    }

    private void push(int depth, boolean object) {
        int word = depth >>> 6;
        if (word == objects.length) {
            objects = Arrays.copyOf(objects, word * 2);
        }
        if (object) {
            objects[word] |= 1L << depth;
        } else {
            objects[word] &= ~(1L << depth);
        }
    }

    private boolean isObject(int depth) {
        return (objects[depth >>> 6] & 1L << depth) != 0;
    }

    /** Index just past a number ({@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}) starting at {@code i}, or -1. */
    private static int endOfNumber(byte[] b, int i, int to) {
        if (b[i] == '-') {
            i++;
        }
        if (i >= to) {
            return -1;
        }
        if (b[i] == '0') {
            i++;
        } else if (b[i] >= '1' && b[i] <= '9') {
            i = digits(b, i, to);
        } else {
            return -1;
        }
        if (i < to && b[i] == '.') {
            int start = i + 1;
            i = digits(b, start, to);
            if (i == start) {
                return -1;
            }
        }
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < to && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int start = i;
            i = digits(b, start, to);
            if (i == start) {
                return -1;
            }
        }
        return i;
    }

    private static int digits(byte[] b, int i, int to) {
        return ByteSearch.skipDigits(b, i, to);
    }

    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private static int endOfLiteral(byte[] b, int i, int to) {
        byte[] lit = switch (b[i]) {
            case 't' -> TRUE;
            case 'f' -> FALSE;
            case 'n' -> NULL;
            default -> null;
        };
        if (lit == null || to - i < lit.length || !Arrays.equals(b, i, i + lit.length, lit, 0, lit.length)) {
            return -1;
        }
        return i + lit.length;
    }
}
