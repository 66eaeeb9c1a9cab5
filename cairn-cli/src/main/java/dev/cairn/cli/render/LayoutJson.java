package dev.cairn.cli.render;

import dev.cairn.cli.json.JsonWriter;

/**
 * Writes a parsed value back as compact JSON exactly as the core's layouts write it (its {@code JsonText}): {@code "},
 * backslash, LF, CR, TAB, BS and FF as two-character escapes, other C0 controls and U+2028/U+2029 as backslash-u, a
 * lone surrogate as the escaped replacement character, everything else as it is. Used for container values in the
 * text view, which must equal the core's text output byte for byte.
 */
final class LayoutJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private LayoutJson() {}

    static void write(StringBuilder sb, Object value) {
        JsonWriter.write(sb, value, LayoutJson::writeString);
    }

    private static void writeString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append("\\u")
                                .append(HEX[c >> 12 & 0xF])
                                .append(HEX[c >> 8 & 0xF])
                                .append(HEX[c >> 4 & 0xF])
                                .append(HEX[c & 0xF]);
                    } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        sb.append("\\ufffd");
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
