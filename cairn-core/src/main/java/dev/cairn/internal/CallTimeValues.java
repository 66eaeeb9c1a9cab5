package dev.cairn.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Copies values that may change after the log call, so that a record written later on the writer thread shows them as
 * they were at the call: immutable values are kept as they are, maps, collections, arrays and optionals are copied
 * (16 levels deep and, so that a huge collection cannot exhaust memory, at most 100,000 entries each), a container
 * inside itself becomes {@code "[cycle]"}, and any other object is replaced by its {@code toString()} now.
 */
final class CallTimeValues {

    private static final int MAX_DEPTH = 16;
    private static final int MAX_ITEMS = 100_000;

    private CallTimeValues() {}

    static boolean isImmutable(Object value) {
        return value == null
                || value instanceof String
                || value instanceof Integer
                || value instanceof Long
                || value instanceof Double
                || value instanceof Boolean
                || value instanceof Float
                || value instanceof Short
                || value instanceof Byte
                || value instanceof Character
                || value instanceof BigDecimal
                || value instanceof BigInteger
                || value instanceof UUID
                || value instanceof Instant
                || value instanceof Duration
                || value instanceof Enum;
    }

    static Object copy(Object value) {
        return copy(value, new Object[MAX_DEPTH], 0);
    }

    private static Object copy(Object value, Object[] path, int depth) {
        if (isImmutable(value)) {
            return value;
        }
        if (depth >= MAX_DEPTH) {
            return "[too deep]";
        }
        for (int i = 0; i < depth; i++) {
            if (path[i] == value) {
                return "[cycle]";
            }
        }
        path[depth] = value;
        try {
            if (value instanceof Map) {
                Map<Object, Object> copy = new LinkedHashMap<>();
                int left = ((Map<?, ?>) value).size();
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                    if (copy.size() == MAX_ITEMS) {
                        copy.put("…", left + " more entries");
                        break;
                    }
                    copy.put(ObjectText.of(entry.getKey()), copy(entry.getValue(), path, depth + 1));
                    left--;
                }
                return copy;
            }
            if (value instanceof Collection) {
                return copyCollection((Collection<?>) value, path, depth);
            }
            if (value instanceof Object[]) {
                return copyItems((Object[]) value, path, depth);
            }
            if (value.getClass().isArray()) {
                int length = java.lang.reflect.Array.getLength(value);
                Object[] boxed = new Object[Math.min(length, MAX_ITEMS + 1)];
                for (int i = 0; i < boxed.length; i++) {
                    boxed[i] = java.lang.reflect.Array.get(value, i);
                }
                return copyItems(boxed, length, path, depth);
            }
            if (value instanceof Optional) {
                return copy(((Optional<?>) value).orElse(null), path, depth + 1);
            }
            if (value instanceof java.util.concurrent.atomic.AtomicInteger
                    || value instanceof java.util.concurrent.atomic.AtomicLong) {
                return ((Number) value).longValue();
            }
            if (value instanceof CharSequence) {
                return value.toString();
            }
            return ObjectText.of(value);
        } catch (RuntimeException | StackOverflowError e) {
            return "[unwritable " + value.getClass().getName() + ": "
                    + e.getClass().getName() + "]";
        } finally {
            path[depth] = null;
        }
    }

    /** The first entries by iteration, never {@code toArray()}: a collection may claim more items than fit in memory. */
    private static List<Object> copyCollection(Collection<?> items, Object[] path, int depth) {
        int length = items.size();
        int shown = Math.min(length, MAX_ITEMS);
        List<Object> copy = new ArrayList<>(shown + 1);
        java.util.Iterator<?> iterator = items.iterator();
        while (copy.size() < shown && iterator.hasNext()) {
            copy.add(copy(iterator.next(), path, depth + 1));
        }
        if (shown < length) {
            copy.add("…" + (length - shown) + " more items");
        }
        return copy;
    }

    private static List<Object> copyItems(Object[] items, Object[] path, int depth) {
        return copyItems(items, items.length, path, depth);
    }

    private static List<Object> copyItems(Object[] items, int length, Object[] path, int depth) {
        int shown = Math.min(length, MAX_ITEMS);
        List<Object> copy = new ArrayList<>(shown + 1);
        for (int i = 0; i < shown; i++) {
            copy.add(copy(items[i], path, depth + 1));
        }
        if (shown < length) {
            copy.add("…" + (length - shown) + " more items");
        }
        return copy;
    }
}
