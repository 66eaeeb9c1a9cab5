package dev.cairn.test;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How assertions compare and show logged values. Numbers compare by value, whatever their type ({@code 42} equals a
 * logged {@code 42L}: {@code with("order_id", int)} stores a long), also inside lists and maps. Values under keys the
 * log system redacts are shown as {@code [REDACTED]}, so a failing assertion never prints a secret into a test report.
 */
final class FieldValues {

    static final String MASK = "[REDACTED]";

    private FieldValues() {}

    /** Whether {@code expected} and {@code actual} are the same value, numbers compared by value. */
    static boolean equal(Object expected, Object actual) {
        if (expected instanceof Number && actual instanceof Number) {
            return sameNumber((Number) expected, (Number) actual);
        }
        if (expected instanceof List && actual instanceof List) {
            List<?> a = (List<?>) expected;
            List<?> b = (List<?>) actual;
            if (a.size() != b.size()) {
                return false;
            }
            Iterator<?> i = a.iterator();
            Iterator<?> j = b.iterator();
            while (i.hasNext()) {
                if (!equal(i.next(), j.next())) {
                    return false;
                }
            }
            return true;
        }
        if (expected instanceof Map && actual instanceof Map) {
            Map<?, ?> a = (Map<?, ?>) expected;
            Map<?, ?> b = (Map<?, ?>) actual;
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<?, ?> entry : a.entrySet()) {
                if (!b.containsKey(entry.getKey()) || !equal(entry.getValue(), b.get(entry.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.deepEquals(expected, actual);
    }

    private static boolean sameNumber(Number a, Number b) {
        try {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        } catch (NumberFormatException e) {
            return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
        }
    }

    /** {@code value} as a failure message may show it: masked when {@code redacted}. */
    static Object shown(Object value, boolean redacted) {
        return redacted ? MASK : value;
    }

    /** A copy of {@code fields} with the values under redacted keys masked, for failure messages. */
    static Map<String, Object> shown(Map<String, Object> fields, java.util.function.Predicate<String> redacts) {
        Map<String, Object> shown = new java.util.LinkedHashMap<>();
        fields.forEach((key, value) -> shown.put(key, redacts.test(key) ? MASK : value));
        return shown;
    }
}
