package dev.cairn.internal.layout;

import dev.cairn.internal.ObjectText;
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
 */
public final class JsonValueWriter {

    static final int MAX_DEPTH = 16;
    static final int MAX_ITEMS = 1000;

    private final Redactor redactor;
    private final int maxLength;
    /** Containers being written, outermost first, for cycle detection; indexed by depth. */
    private final Object[][] paths = new Object[4][];
    /**
     * The redaction verdict of recently seen key instances, direct-mapped by identity: keys are nearly always the
     * same literals, and matching one against every sensitive word costs a tenth of a record's encoding.
     */
    private final String[] verdictKeys = new String[64];
    private final boolean[] verdicts = new boolean[64];
    private int reentry = -1;

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

    /** Appends {@code value} as JSON, or {@code "[REDACTED]"} when {@code key} is sensitive. */
    public void appendField(StringBuilder out, String key, Object value) {
        if (isSensitive(key)) {
            JsonText.appendString(out, Redactor.MASK, maxLength);
        } else {
            appendValue(out, value);
        }
    }

    /** Whether values under {@code key} are redacted, from the cache when this key instance was seen before. */
    public boolean isSensitive(String key) {
        int slot = System.identityHashCode(key) & (verdictKeys.length - 1);
        if (verdictKeys[slot] == key) {
            return verdicts[slot];
        }
        boolean sensitive = redactor.isSensitive(key);
        verdicts[slot] = sensitive;
        verdictKeys[slot] = key;
        return sensitive;
    }

    /** Appends {@code value} as JSON. Re-entrant: a {@code toString()} that logs gets its own cycle path. */
    public void appendValue(StringBuilder out, Object value) {
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

    private void append(StringBuilder out, Object value, Object[] path, int depth) {
        int mark = out.length();
        try {
            appendUnguarded(out, value, path, depth);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            out.setLength(mark);
            JsonText.appendString(out, "[unwritable " + typeName(value) + ": " + e.getClass().getName() + "]", maxLength);
        } finally {
            if (depth < path.length) {
                path[depth] = null;
            }
        }
    }

    private void appendUnguarded(StringBuilder out, Object value, Object[] path, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String) {
            JsonText.appendString(out, (String) value, maxLength);
        } else if (value instanceof Boolean) {
            out.append(((Boolean) value).booleanValue());
        } else if (value instanceof Number) {
            appendNumber(out, (Number) value);
        } else if (isContainer(value)) {
            appendContainer(out, value, path, depth);
        } else if (value instanceof Enum) {
            JsonText.appendString(out, ((Enum<?>) value).name(), maxLength);
        } else if (value instanceof Instant || value instanceof Duration || value instanceof UUID
                || value instanceof CharSequence || value instanceof Character) {
            JsonText.appendString(out, value.toString(), maxLength);
        } else {
            JsonText.appendString(out, ObjectText.of(value), maxLength);
        }
    }

    /** Whether {@code value} is written as a JSON object or array. */
    public static boolean isContainer(Object value) {
        return value instanceof Map || value instanceof Collection || value instanceof Optional
                || value.getClass().isArray();
    }

    private void appendContainer(StringBuilder out, Object value, Object[] path, int depth) {
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

    private void appendMap(StringBuilder out, Map<?, ?> map, Object[] path, int depth) {
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
            JsonText.appendString(out, key, maxLength);
            out.append(':');
            if (redactor.isSensitive(key)) {
                JsonText.appendString(out, Redactor.MASK, maxLength);
            } else {
                append(out, entry.getValue(), path, depth + 1);
            }
        }
        out.append('}');
    }

    private void appendIterable(StringBuilder out, Iterable<?> items, int size, Object[] path, int depth) {
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

    private void appendArray(StringBuilder out, Object array, Object[] path, int depth) {
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

    private void appendNumber(StringBuilder out, Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte
                || number instanceof AtomicInteger || number instanceof AtomicLong) {
            out.append(number.longValue());
        } else if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isNaN(d)) {
                out.append("\"NaN\"");
            } else if (Double.isInfinite(d)) {
                out.append(d > 0 ? "\"Infinity\"" : "\"-Infinity\"");
            } else if (number instanceof Float) {
                out.append(number.floatValue());
            } else {
                out.append(d);
            }
        } else if (number instanceof BigInteger || number instanceof BigDecimal) {
            out.append(number);
        } else {
            JsonText.appendString(out, ObjectText.of(number), maxLength);
        }
    }

    private static String typeName(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }
}
