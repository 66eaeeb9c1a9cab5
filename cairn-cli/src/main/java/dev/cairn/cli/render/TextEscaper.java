package dev.cairn.cli.render;

/**
 * Makes text from a log line safe to print on a terminal, by the text format's one escaping rule (docs/schema.md,
 * "Text"), the same as the core's text layout so a record looks the same whether the service or {@code cairn view}
 * printed it. Escaped: backslash as {@code \\}; CR, LF and TAB as backslash-r, -n, -t; every other C0 control, DEL,
 * C1 control, the separators U+2028 and U+2029, the bidirectional overrides U+202A–U+202E and isolates U+2066–U+2069
 * as backslash-u and four lowercase hex digits; a lone surrogate (which the core never writes: it writes U+FFFD) as
 * the escaped replacement character. No input can
 * start a second line or send an escape sequence, and every backslash printed starts an escape.
 */
public final class TextEscaper {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private TextEscaper() {}

    public static void append(StringBuilder sb, CharSequence s) {
        append(sb, s, false, false);
    }

    public static String escape(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        append(sb, s);
        return sb.toString();
    }

    /**
     * Appends a key or string value as a token: bare when it is not empty and has no space, {@code "}, {@code =} and
     * no character the rule escapes; otherwise in double quotes, {@code "} written {@code \"}.
     */
    public static void appendToken(StringBuilder sb, String s) {
        if (isBare(s)) {
            sb.append(s);
        } else {
            sb.append('"');
            append(sb, s, true, false);
            sb.append('"');
        }
    }

    /** Appends a stack trace line, whose message backslashes the core already doubled: escaped except backslashes. */
    public static void appendStackLine(StringBuilder sb, CharSequence line) {
        append(sb, line, false, true);
    }

    /** Appends compact JSON as it is, escaping only what JSON leaves raw and a terminal must not see. */
    public static void appendJson(StringBuilder sb, CharSequence json) {
        for (int i = 0, n = json.length(); i < n; i++) {
            char c = json.charAt(i);
            if (isControl(c)) {
                unicodeEscape(sb, c);
            } else {
                sb.append(c);
            }
        }
    }

    /** Whether {@link #append} would change {@code c} (surrogates aside, which depend on their neighbour). */
    public static boolean needsEscape(char c) {
        return c == '\\' || c == '\u2028' || c == '\u2029' || isControl(c);
    }

    private static void append(StringBuilder sb, CharSequence s, boolean quoted, boolean backslashEscaped) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                sb.append(backslashEscaped ? "\\" : "\\\\");
            } else if (c == '"' && quoted) {
                sb.append("\\\"");
            } else if (needsEscape(c)) {
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

    private static boolean isBare(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '"' || c == '=' || needsEscape(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isControl(char c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    private static void escape(StringBuilder sb, char c) {
        switch (c) {
            case '\r' -> sb.append("\\r");
            case '\n' -> sb.append("\\n");
            case '\t' -> sb.append("\\t");
            default -> unicodeEscape(sb, c);
        }
    }

    private static void unicodeEscape(StringBuilder sb, char c) {
        sb.append("\\u")
                .append(HEX[c >> 12 & 0xF])
                .append(HEX[c >> 8 & 0xF])
                .append(HEX[c >> 4 & 0xF])
                .append(HEX[c & 0xF]);
    }
}
