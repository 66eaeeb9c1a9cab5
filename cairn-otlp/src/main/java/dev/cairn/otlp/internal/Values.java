package dev.cairn.otlp.internal;

import dev.cairn.spi.SinkContext;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns Java field values into OTLP values as Cairn's JSON output writes them: numbers and booleans typed, maps as
 * key-value lists (values under sensitive keys redacted at any depth, as {@code [REDACTED]}), collections and arrays
 * as arrays, anything else as its text. The core's limits hold: strings are cut to {@code cairn.max-value-length},
 * containers to 1,000 entries and 16 levels (a container that contains itself ends as {@code [too deep]}), and a value
 * whose {@code toString()} or iteration throws becomes a marker naming the exception.
 */
final class Values {

    static final String MASK = "[REDACTED]";
    private static final int MAX_DEPTH = 16;
    private static final int MAX_ITEMS = 1000;

    private final SinkContext context;
    private final int maxLength;
    /**
     * The redaction verdict of recently seen key instances, direct-mapped by identity: keys are nearly always the
     * same literals, and matching one against every sensitive word is a large part of a record's mapping.
     */
    private final String[] verdictKeys = new String[64];

    private final boolean[] verdicts = new boolean[64];

    Values(SinkContext context) {
        this.context = context;
        this.maxLength = context.maxValueLength();
    }

    /** The attribute {@code key} = {@code value}, redacted when the key is sensitive. */
    Attribute attribute(String key, Object value) {
        return new Attribute(key, isSensitive(key) ? new Value.Text(MASK) : of(value, 0));
    }

    private boolean isSensitive(String key) {
        int slot = System.identityHashCode(key) & (verdictKeys.length - 1);
        if (verdictKeys[slot] == key) {
            return verdicts[slot];
        }
        boolean sensitive = context.isSensitive(key);
        verdicts[slot] = sensitive;
        verdictKeys[slot] = key;
        return sensitive;
    }

    /** {@code text} cut to the value limit. */
    Value text(String text) {
        return new Value.Text(cut(text));
    }

    /** {@code text} cut to the value limit as Cairn's JSON cuts it: never inside a surrogate pair, with a marker. */
    String cut(String text) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
        return text.substring(0, end) + "…[truncated " + (text.length() - end) + " chars]";
    }

    private Value of(Object value, int depth) {
        try {
            return unguarded(value, depth);
        } catch (RuntimeException | StackOverflowError e) {
            return new Value.Text("[unwritable " + value.getClass().getName() + ": "
                    + e.getClass().getName() + "]");
        }
    }

    private Value unguarded(Object value, int depth) {
        if (value == null) {
            return new Value.Empty();
        } else if (value instanceof String text) {
            return text(text);
        } else if (value instanceof Boolean bool) {
            return new Value.Bool(bool);
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte
                || value instanceof AtomicInteger
                || value instanceof AtomicLong) {
            return new Value.Int(((Number) value).longValue());
        } else if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? new Value.Int(big.longValue()) : text(big.toString());
        } else if (value instanceof BigDecimal decimal) {
            return text(decimal.toPlainString());
        } else if (value instanceof Number number) {
            return new Value.Real(number.doubleValue());
        } else if (value instanceof Enum<?> constant) {
            return text(constant.name());
        } else if (value instanceof Optional<?> optional) {
            return optional.isPresent() ? of(optional.get(), depth) : new Value.Empty();
        } else if (value instanceof Map<?, ?>
                || value instanceof Collection<?>
                || value.getClass().isArray()) {
            return depth >= MAX_DEPTH ? new Value.Text("[too deep]") : container(value, depth + 1);
        } else {
            return text(String.valueOf(value));
        }
    }

    private Value container(Object value, int depth) {
        if (value instanceof Map<?, ?> map) {
            List<Attribute> entries = new ArrayList<>(Math.min(map.size(), MAX_ITEMS));
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (entries.size() == MAX_ITEMS) {
                    entries.add(Attribute.text("[truncated]", (map.size() - MAX_ITEMS) + " more entries"));
                    break;
                }
                String key = String.valueOf(entry.getKey());
                entries.add(new Attribute(key, isSensitive(key) ? new Value.Text(MASK) : of(entry.getValue(), depth)));
            }
            return new Value.KeyValues(entries);
        }
        List<Value> items = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            for (Object item : collection) {
                if (items.size() == MAX_ITEMS) {
                    items.add(new Value.Text("[" + (collection.size() - MAX_ITEMS) + " more items]"));
                    break;
                }
                items.add(of(item, depth));
            }
        } else {
            int length = Array.getLength(value);
            for (int i = 0; i < length; i++) {
                if (i == MAX_ITEMS) {
                    items.add(new Value.Text("[" + (length - MAX_ITEMS) + " more items]"));
                    break;
                }
                items.add(of(Array.get(value, i), depth));
            }
        }
        return new Value.Array(items);
    }
}
