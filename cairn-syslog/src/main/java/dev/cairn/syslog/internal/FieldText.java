package dev.cairn.syslog.internal;

import java.lang.reflect.Array;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Turns a field's value into the text of one SD-PARAM, as Cairn's JSON output would show it: the value of a sensitive
 * key is {@value #MASK}, at any depth of a map; maps, collections and arrays are written as JSON; text longer than the
 * log system's {@code cairn.max-value-length} is cut, ending with {@code …[truncated N chars]}.
 */
final class FieldText {

    static final String MASK = "[REDACTED]";
    private static final int MAX_DEPTH = 8;

    private final Predicate<String> sensitive;
    private final int maxLength;

    FieldText(Predicate<String> sensitive, int maxLength) {
        this.sensitive = sensitive;
        this.maxLength = maxLength;
    }

    /** The text of {@code value} logged under {@code key}. */
    String of(String key, Object value) {
        if (sensitive.test(key)) {
            return MASK;
        }
        String text;
        if (value instanceof Map
                || value instanceof Iterable
                || (value != null && value.getClass().isArray())) {
            StringBuilder json = new StringBuilder();
            appendJson(json, value, 0);
            text = json.toString();
        } else {
            text = plain(value);
        }
        return cut(text);
    }

    /** {@code text} cut to the value length, as the core's layouts cut it. */
    String cut(String text) {
        return cut(text, maxLength);
    }

    /** A stack trace cut to four times the value length, as the core's layouts cut it. */
    String cutStackTrace(String text) {
        return cut(text, (int) Math.min(Integer.MAX_VALUE - 64, 4L * maxLength));
    }

    private static String cut(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = maxLength;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…[truncated " + (text.length() - end) + " chars]";
    }

    private static String plain(Object value) {
        try {
            return String.valueOf(value);
        } catch (RuntimeException | StackOverflowError e) {
            return "[toString failed: " + e.getClass().getName() + "]";
        }
    }

    private void appendJson(StringBuilder out, Object value, int depth) {
        if (depth >= MAX_DEPTH) {
            appendString(out, "…");
        } else if (value instanceof Map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                String key = plain(entry.getKey());
                appendString(out, key);
                out.append(':');
                if (sensitive.test(key)) {
                    appendString(out, MASK);
                } else {
                    appendJson(out, entry.getValue(), depth + 1);
                }
            }
            out.append('}');
        } else if (value instanceof Iterable) {
            out.append('[');
            boolean first = true;
            for (Object item : (Iterable<?>) value) {
                out.append(first ? "" : ",");
                first = false;
                appendJson(out, item, depth + 1);
            }
            out.append(']');
        } else if (value != null && value.getClass().isArray()) {
            out.append('[');
            for (int i = 0; i < Array.getLength(value); i++) {
                out.append(i == 0 ? "" : ",");
                appendJson(out, Array.get(value, i), depth + 1);
            }
            out.append(']');
        } else if (value == null || value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else {
            appendString(out, plain(value));
        }
    }

    private static void appendString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
