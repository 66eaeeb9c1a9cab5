package dev.cairn.cli.json;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Writes the values {@link JsonParser} produces back as compact JSON. */
public final class JsonWriter {

    private JsonWriter() {}

    public static String toJson(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value);
        return sb.toString();
    }

    public static void write(StringBuilder sb, Object value) {
        write(sb, value, JsonWriter::writeString);
    }

    /**
     * Writes {@code value} as compact JSON with every string (keys included) written by {@code strings}, for a
     * writer that must escape as another program does.
     */
    public static void write(StringBuilder sb, Object value, BiConsumer<StringBuilder, String> strings) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            strings.accept(sb, s);
        } else if (value instanceof Map<?, ?> map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                strings.accept(sb, String.valueOf(e.getKey()));
                sb.append(':');
                write(sb, e.getValue(), strings);
            }
            sb.append('}');
        } else if (value instanceof List<?> list) {
            sb.append('[');
            for (int k = 0; k < list.size(); k++) {
                if (k > 0) {
                    sb.append(',');
                }
                write(sb, list.get(k), strings);
            }
            sb.append(']');
        } else if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            sb.append("null");
        } else {
            sb.append(value);
        }
    }

    /**
     * Writes a JSON string literal. Besides the mandatory escapes, {@code <}, U+2028 and U+2029 are
     * escaped so the output can be embedded in an HTML {@code <script>} element as is.
     */
    public static void writeString(StringBuilder sb, String s) {
        sb.append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
