package dev.cairn.internal.layout;

import dev.cairn.internal.ObjectText;
import dev.cairn.spi.LogRecord;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes any Java value as JSON: strings, numbers, booleans and null as themselves; maps as objects (values under
 * sensitive keys redacted, at any depth); collections and arrays as arrays; {@code Instant}, {@code Duration},
 * {@code UUID}, enums and other objects as strings. NaN and infinities become the strings {@code "NaN"},
 * {@code "Infinity"}, {@code "-Infinity"}.
 *
 * <p>Hostile values cannot break the line: a container that contains itself is written {@code "[cycle]"}, nesting
 * deeper than {@link #MAX_DEPTH} is written {@code "[too deep]"}, a container with more than {@link #MAX_ITEMS}
 * entries is cut with a marker, and a value whose encoding throws (a failing {@code toString()}, a map modified while
 * written) is rolled back and replaced by a marker naming the exception.
 *
 * <p>Bounded output: no value may make a record unbounded (a thousand lists of a thousand long strings each is small in
 * memory and 100 MB of JSON). Writing stops with {@link RecordTooLong} once the output passes the {@link #bound} the
 * layout set for its record, before memory runs out; the layout then writes a cut record instead.
 */
public final class JsonValueWriter {

    static final int MAX_DEPTH = 16;
    static final int MAX_ITEMS = 1000;
    /** How many slots from a key's home slot hold its redaction verdict. */
    private static final int VERDICT_PROBES = 4;

    private final Redactor redactor;
    private final int maxLength;
    /** Containers being written, outermost first, for cycle detection; indexed by depth. */
    private final Object[][] paths = new Object[4][];
    /**
     * The redaction verdict of recently seen keys, in a few slots from the key's home slot (so two keys of a record
     * sharing a home slot do not evict each other every record), matched by identity (keys are nearly always the same
     * literals) or else by content: matching a key against every sensitive word costs a tenth of a record's encoding.
     * The home slot comes from {@link String#hashCode}, as in {@link RecurringStrings}.
     */
    private final String[] verdictKeys = new String[64];

    private final int[] verdictHashes = new int[64];

    private final boolean[] verdicts = new boolean[64];
    /** The escaped text of the templates of recent messages. */
    private final MessageTemplates templates = new MessageTemplates();

    private int reentry = -1;
    /** The length in bytes the output may reach while writing the current record's values. */
    private int end = Integer.MAX_VALUE;

    /**
     * Thrown, without a stack trace, when the record being written passes its bound; never reaches the application:
     * the layout catches it and writes the record cut.
     */
    public static final class RecordTooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private RecordTooLong() {
            super("record longer than cairn.max-record-length", null, false, false);
        }
    }

    static final RecordTooLong TOO_LONG = new RecordTooLong();

    public JsonValueWriter(Redactor redactor, int maxLength) {
        this.redactor = redactor;
        this.maxLength = maxLength;
    }

    public Redactor redactor() {
        return redactor;
    }

    public int maxLength() {
        return maxLength;
    }

    /**
     * Sets the length the output may reach while values are written, returning the previous bound for the layout to
     * restore when its record is done ({@code Integer.MAX_VALUE}: none).
     */
    public int bound(int outputEnd) {
        int previous = end;
        end = outputEnd;
        return previous;
    }

    /**
     * Appends {@code text} as a quoted JSON string cut to {@code max} characters, or throws {@link RecordTooLong} if that
     * would take the output past its bound.
     */
    public void appendString(Utf8Output out, CharSequence text, int max) {
        if (Math.min(text.length(), max) > end - out.length()) {
            throw TOO_LONG;
        }
        out.appendJsonString(text, max);
    }

    /**
     * Appends the record's message as a quoted JSON string cut to {@code max} characters, straight from its template
     * when the record allows it ({@link TemplateMessage}), or throws {@link RecordTooLong} as {@link #appendString}.
     */
    public void appendMessage(Utf8Output out, LogRecord record, int max) {
        if (record instanceof TemplateMessage
                && ((TemplateMessage) record).appendJsonString(out, Math.min(max, end - out.length()), templates)) {
            return;
        }
        appendString(out, record.message(), max);
    }

    /** Throws {@link RecordTooLong} if the output has passed its bound. */
    public void checkBound(Utf8Output out) {
        if (out.length() > end) {
            throw TOO_LONG;
        }
    }

    /** Appends {@code value} as JSON, or {@code "[REDACTED]"} when {@code key} is sensitive. */
    public void appendField(Utf8Output out, String key, Object value) {
        if (isSensitive(key)) {
            appendMask(out);
        } else {
            appendValue(out, value);
        }
    }

    /** Appends {@code "[REDACTED]"}, what a value under a sensitive key is written as. */
    public void appendMask(Utf8Output out) {
        out.appendJsonString(Redactor.MASK, maxLength);
    }

    /**
     * Appends the value of field {@code index} of {@code record} as {@link #appendValue} does; a number the record keeps
     * unboxed ({@link UnboxedFields}) is written without boxing it.
     */
    public void appendFieldValue(Utf8Output out, LogRecord record, int index) {
        if (record instanceof UnboxedFields) {
            UnboxedFields unboxed = (UnboxedFields) record;
            int type = unboxed.fieldType(index);
            if (type == UnboxedFields.LONG) {
                out.append(unboxed.longField(index));
                checkBound(out);
                return;
            }
            if (type == UnboxedFields.DOUBLE) {
                appendDouble(out, unboxed.doubleField(index));
                checkBound(out);
                return;
            }
        }
        appendValue(out, record.fieldValue(index));
    }

    /**
     * The type of field {@code index} of {@code record}: {@link UnboxedFields#LONG} or {@link UnboxedFields#DOUBLE} for a
     * number the record keeps unboxed, else {@link UnboxedFields#OBJECT} (read it with {@code fieldValue}).
     */
    public static int fieldType(LogRecord record, int index) {
        return record instanceof UnboxedFields ? ((UnboxedFields) record).fieldType(index) : UnboxedFields.OBJECT;
    }

    /** Whether values under {@code key} are redacted, from the cache when this key was seen recently. */
    public boolean isSensitive(String key) {
        int mask = verdictKeys.length - 1;
        int hash = key.hashCode();
        int home = (hash ^ hash >>> 16) & mask;
        int free = -1;
        for (int probe = 0; probe < VERDICT_PROBES; probe++) {
            int slot = (home + probe) & mask;
            String seen = verdictKeys[slot];
            if (seen == key || verdictHashes[slot] == hash && key.equals(seen)) {
                return verdicts[slot];
            }
            if (seen == null && free < 0) {
                free = slot;
            }
        }
        boolean sensitive = redactor.isSensitive(key);
        int slot = free >= 0 ? free : home;
        verdicts[slot] = sensitive;
        verdictHashes[slot] = hash;
        verdictKeys[slot] = key;
        return sensitive;
    }

    /** Appends {@code value} as JSON. Re-entrant: a {@code toString()} that logs gets its own cycle path. */
    public void appendValue(Utf8Output out, Object value) {
        if (!appendScalar(out, value)) {
            appendGuarded(out, value);
        }
        checkBound(out);
    }

    /**
     * Appends {@code value} and returns true when it is null, a string, a boolean or a boxed long, int or double (what
     * SLF4J's key-values and most fields bring), which no user code writes and so needs neither a cycle path nor a
     * rollback; otherwise writes nothing and returns false. A JIT-shaping split: the hot path compiles without the
     * guarded one inlined into it (issue 19: C2 spent about 0.1 s on append and appendUnguarded in the end-to-end run).
     */
    private boolean appendScalar(Utf8Output out, Object value) {
        if (value instanceof String) {
            appendString(out, (String) value, maxLength);
        } else if (value instanceof Long) {
            out.append((long) (Long) value);
        } else if (value instanceof Integer) {
            out.append((int) (Integer) value);
        } else if (value instanceof Double) {
            appendDouble(out, (Double) value);
        } else if (value instanceof Boolean) {
            out.append((boolean) (Boolean) value);
        } else if (value == null) {
            out.appendNull();
        } else {
            return false;
        }
        return true;
    }

    /** Appends any other value as {@link #appendValue} does, with a cycle path of its re-entry depth. */
    private void appendGuarded(Utf8Output out, Object value) {
        reentry++;
        try {
            Object[] path = reentry < paths.length ? paths[reentry] : new Object[MAX_DEPTH];
            if (path == null) {
                path = new Object[MAX_DEPTH];
                paths[reentry] = path;
            }
            append(out, value, path, 0);
        } finally {
            reentry--;
        }
    }

    private void append(Utf8Output out, Object value, Object[] path, int depth) {
        checkBound(out);
        int mark = out.length();
        try {
            appendUnguarded(out, value, path, depth);
        } catch (RecordTooLong e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            replaceByMarker(out, mark, value, e);
        } finally {
            if (depth < path.length) {
                path[depth] = null;
            }
        }
    }

    /** Rolls the output back to {@code mark} and writes a marker naming the exception writing {@code value} threw. */
    private void replaceByMarker(Utf8Output out, int mark, Object value, Throwable e) {
        out.setLength(mark);
        out.appendJsonString(
                "[unwritable " + typeName(value) + ": " + e.getClass().getName() + "]", maxLength);
    }

    private void appendUnguarded(Utf8Output out, Object value, Object[] path, int depth) {
        if (value == null) {
            out.appendNull();
        } else if (value instanceof String) {
            appendString(out, (String) value, maxLength);
        } else if (value instanceof Boolean) {
            out.append(((Boolean) value).booleanValue());
        } else if (value instanceof Number) {
            appendNumber(out, (Number) value);
        } else if (isContainer(value)) {
            appendContainer(out, value, path, depth);
        } else if (value instanceof Enum) {
            appendString(out, ((Enum<?>) value).name(), maxLength);
        } else if (value instanceof Instant
                || value instanceof Duration
                || value instanceof UUID
                || value instanceof CharSequence
                || value instanceof Character) {
            appendString(out, value.toString(), maxLength);
        } else {
            appendString(out, ObjectText.of(value), maxLength);
        }
    }

    /** Whether {@code value} is written as a JSON object or array. */
    public static boolean isContainer(Object value) {
        return value instanceof Map
                || value instanceof Collection
                || value instanceof Optional
                || value.getClass().isArray();
    }

    private void appendContainer(Utf8Output out, Object value, Object[] path, int depth) {
        if (depth >= MAX_DEPTH) {
            out.append("\"[too deep]\"");
            return;
        }
        for (int i = 0; i < depth; i++) {
            if (path[i] == value) {
                out.append("\"[cycle]\"");
                return;
            }
        }
        path[depth] = value;
        if (value instanceof Map) {
            appendMap(out, (Map<?, ?>) value, path, depth);
        } else if (value instanceof Collection) {
            appendIterable(out, (Collection<?>) value, ((Collection<?>) value).size(), path, depth);
        } else if (value instanceof Optional) {
            Optional<?> optional = (Optional<?>) value;
            append(out, optional.orElse(null), path, depth + 1);
        } else {
            appendArray(out, value, path, depth);
        }
    }

    private void appendMap(Utf8Output out, Map<?, ?> map, Object[] path, int depth) {
        out.append('{');
        int written = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (written == MAX_ITEMS) {
                out.append(",\"…\":\"").append(map.size() - written).append(" more entries\"");
                break;
            }
            if (written++ > 0) {
                out.append(',');
            }
            String key = ObjectText.of(entry.getKey());
            appendString(out, key, maxLength);
            out.append(':');
            if (redactor.isSensitive(key)) {
                out.appendJsonString(Redactor.MASK, maxLength);
            } else {
                append(out, entry.getValue(), path, depth + 1);
            }
        }
        out.append('}');
    }

    private void appendIterable(Utf8Output out, Iterable<?> items, int size, Object[] path, int depth) {
        out.append('[');
        int written = 0;
        for (Object item : items) {
            if (written == MAX_ITEMS) {
                out.append(",\"…").append(size - written).append(" more items\"");
                break;
            }
            if (written++ > 0) {
                out.append(',');
            }
            append(out, item, path, depth + 1);
        }
        out.append(']');
    }

    private void appendArray(Utf8Output out, Object array, Object[] path, int depth) {
        int length = Array.getLength(array);
        out.append('[');
        int shown = Math.min(length, MAX_ITEMS);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                out.append(',');
            }
            append(out, Array.get(array, i), path, depth + 1);
        }
        if (shown < length) {
            out.append(",\"…").append(length - shown).append(" more items\"");
        }
        out.append(']');
    }

    private void appendNumber(Utf8Output out, Number number) {
        if (number instanceof Integer
                || number instanceof Long
                || number instanceof Short
                || number instanceof Byte
                || number instanceof AtomicInteger
                || number instanceof AtomicLong) {
            out.append(number.longValue());
        } else if (number instanceof Float && Float.isFinite(number.floatValue())) {
            out.appendFloat(number.floatValue());
        } else if (number instanceof Double || number instanceof Float) {
            appendDouble(out, number.doubleValue());
        } else if (number instanceof BigInteger || number instanceof BigDecimal) {
            out.append(number.toString());
        } else {
            out.appendJsonString(ObjectText.of(number), maxLength);
        }
    }

    /** Appends {@code d} as a JSON number, or as a string when it is not finite (JSON has no such numbers). */
    private static void appendDouble(Utf8Output out, double d) {
        if (Double.isNaN(d)) {
            out.append("\"NaN\"");
        } else if (Double.isInfinite(d)) {
            out.append(d > 0 ? "\"Infinity\"" : "\"-Infinity\"");
        } else {
            out.appendDouble(d);
        }
    }

    private static String typeName(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }
}
