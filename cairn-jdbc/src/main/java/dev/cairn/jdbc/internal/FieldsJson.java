package dev.cairn.jdbc.internal;

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
import java.util.function.Predicate;

/**
 * Writes field values as JSON the way Cairn's JSON format does (docs/schema.md, "Values"): the same types, redaction
 * of sensitive keys at any depth, nesting cut at 16 levels and containers at 1000 entries, a value whose encoding
 * throws replaced by {@code "[unwritable <type>: <exception>]"}. Strings go through {@link StorableText} first, so
 * the result is valid {@code jsonb} (which refuses the escape {@code \u0000}).
 */
final class FieldsJson {

    static final String REDACTED = "[REDACTED]";
    private static final int MAX_DEPTH = 16;
    private static final int MAX_ENTRIES = 1000;

    private final StorableText text;
    private final Predicate<String> sensitive;

    FieldsJson(StorableText text, Predicate<String> sensitive) {
        this.text = text;
        this.sensitive = sensitive;
    }

    /** Appends the member {@code "key":value}, preceded by a comma unless it is the object's first. */
    void member(StringBuilder out, boolean first, String key, Object value) {
        if (!first) {
            out.append(',');
        }
        string(out, key);
        out.append(':');
        if (sensitive.test(key)) {
            string(out, REDACTED);
        } else {
            value(out, value, 0);
        }
    }

    /** Appends {@code value} as a JSON string, or {@code null}. */
    void string(StringBuilder out, String value) {
        string(out, value, Integer.MAX_VALUE, true);
    }

    /** Appends {@code value} as a JSON string cut at {@code limit} characters rather than the value limit. */
    void string(StringBuilder out, String value, int limit) {
        string(out, value, limit, false);
    }

    private void string(StringBuilder out, String value, int limit, boolean valueLimit) {
        if (value == null) {
            out.append("null");
            return;
        }
        String clean = valueLimit ? text.clean(value) : text.clean(value, limit);
        out.append('"');
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private void value(StringBuilder out, Object value, int depth) {
        int mark = out.length();
        try {
            write(out, value, depth);
        } catch (RuntimeException | StackOverflowError e) {
            out.setLength(mark);
            string(out, "[unwritable " + value.getClass().getName() + ": " + e + "]");
        }
    }

    private void write(StringBuilder out, Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence || value instanceof Character) {
            string(out, value.toString());
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte
                || value instanceof AtomicInteger
                || value instanceof AtomicLong
                || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toString());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                string(out, value.toString());
            } else {
                out.append(value);
            }
        } else if (value instanceof Optional<?> optional) {
            write(out, optional.orElse(null), depth);
        } else if (value instanceof Instant || value instanceof Duration || value instanceof UUID) {
            string(out, value.toString());
        } else if (value instanceof Enum<?> constant) {
            string(out, constant.name());
        } else if (depth >= MAX_DEPTH && (value instanceof Map || value instanceof Collection || isArray(value))) {
            string(out, "[too deep]");
        } else if (value instanceof Map<?, ?> map) {
            map(out, map, depth);
        } else if (value instanceof Collection<?> collection) {
            array(out, collection.toArray(), collection.size(), depth);
        } else if (isArray(value)) {
            int length = Array.getLength(value);
            Object[] items = new Object[Math.min(length, MAX_ENTRIES)];
            for (int i = 0; i < items.length; i++) {
                items[i] = Array.get(value, i);
            }
            array(out, items, length, depth);
        } else {
            string(out, String.valueOf(value.toString()));
        }
    }

    private void map(StringBuilder out, Map<?, ?> map, int depth) {
        out.append('{');
        int written = 0;
        int size = map.size();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (written == MAX_ENTRIES) {
                if (written > 0) {
                    out.append(',');
                }
                string(out, "…");
                out.append(':');
                string(out, (size - written) + " more entries");
                break;
            }
            if (written > 0) {
                out.append(',');
            }
            String key = String.valueOf(entry.getKey());
            string(out, key);
            out.append(':');
            if (sensitive.test(key)) {
                string(out, REDACTED);
            } else {
                value(out, entry.getValue(), depth + 1);
            }
            written++;
        }
        out.append('}');
    }

    private void array(StringBuilder out, Object[] items, int size, int depth) {
        out.append('[');
        int shown = Math.min(items.length, MAX_ENTRIES);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                out.append(',');
            }
            value(out, items[i], depth + 1);
        }
        if (size > shown) {
            if (shown > 0) {
                out.append(',');
            }
            string(out, "…" + (size - shown) + " more items");
        }
        out.append(']');
    }

    private static boolean isArray(Object value) {
        return value.getClass().isArray();
    }
}
