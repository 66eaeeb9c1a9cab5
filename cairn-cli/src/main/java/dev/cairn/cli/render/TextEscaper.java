package dev.cairn.cli.render;

/**
 * Makes text from a log line safe to print on a terminal: no input can start a second line or
 * send an escape sequence. CR, LF and TAB become backslash-r, -n, -t; every other C0 control, DEL
 * and C1 control becomes backslash-u and four lowercase hex digits, as do the bidirectional
 * overrides U+202A–U+202E and isolates U+2066–U+2069 (which can reorder what a reader sees); a
 * lone surrogate becomes the escaped replacement character. The same rules as the core's text
 * layout, so a record looks the same whether the service or {@code cairn view} printed it.
 */
public final class TextEscaper {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private TextEscaper() {
    }

    public static void append(StringBuilder sb, CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (needsEscape(c)) {
                escape(sb, c);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append("\\ufffd");
            } else {
                sb.append(c);
            }
        }
    }

    public static String escape(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        append(sb, s);
        return sb.toString();
    }

    /** Whether {@link #append} would change {@code c} (surrogates aside, which depend on their neighbour). */
    public static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static void escape(StringBuilder sb, char c) {
        switch (c) {
            case '\r' -> sb.append("\\r");
            case '\n' -> sb.append("\\n");
            case '\t' -> sb.append("\\t");
            default -> sb.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                    .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
        }
    }
}
