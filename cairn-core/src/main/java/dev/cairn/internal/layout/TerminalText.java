package dev.cairn.internal.layout;

/**
 * The text format's one escaping rule (docs/schema.md, "Text"), for everything that comes from the application.
 * Escaped: {@code \} as {@code \\}; CR, LF and TAB as {@code \r}, {@code \n}, {@code \t}; every other C0 control,
 * DEL, C1 control (which includes the 8-bit CSI), the line and paragraph separators U+2028 and U+2029, the
 * bidirectional controls U+202A–U+202E and U+2066–U+2069 as {@code \}{@code uXXXX}; a lone surrogate becomes the
 * replacement character U+FFFD (as in the JSON layout). What remains cannot start a new line (even for a reader that
 * honours U+2028), move the cursor, recolor the screen or reorder what the reader sees, and every backslash in the
 * output starts an escape.
 *
 * <p>Keys and string values are tokens: written bare when that is unambiguous, otherwise in double quotes with
 * {@code "} escaped as well. The same rule is implemented by the CLI's renderer ({@code cairn view}), which must print
 * the core's text byte for byte.
 */
public final class TerminalText {

    private TerminalText() {}

    /** Appends {@code text} escaped, cut to {@code maxLength} characters with a marker. */
    public static void append(StringBuilder out, CharSequence text, int maxLength) {
        int length = text.length();
        int end = length <= maxLength ? length : JsonText.cutPoint(text, maxLength);
        appendEscaped(out, text, end, false, false);
        if (end < length) {
            out.append("…[truncated ").append(length - end).append(" chars]");
        }
    }

    /**
     * Appends a key or string value: bare when it is not empty and has no space, {@code "}, {@code =} and no character
     * the rule escapes; otherwise in double quotes, {@code "} written {@code \"}. Text longer than {@code maxLength}
     * is cut with a marker first (the marker holds spaces, so a cut token is quoted).
     */
    public static void appendToken(StringBuilder out, CharSequence text, int maxLength) {
        CharSequence shown = text;
        if (text.length() > maxLength) {
            int end = JsonText.cutPoint(text, maxLength);
            shown = new StringBuilder(end + 32)
                    .append(text, 0, end)
                    .append("…[truncated ")
                    .append(text.length() - end)
                    .append(" chars]");
        }
        if (isBare(shown)) {
            appendEscaped(out, shown, shown.length(), false, false);
        } else {
            out.append('"');
            appendEscaped(out, shown, shown.length(), true, false);
            out.append('"');
        }
    }

    /**
     * Appends compact JSON written by {@link JsonValueWriter} as it is, escaping only what JSON leaves raw and a
     * terminal must not see (DEL, C1 controls, bidirectional controls); the result is still valid JSON.
     */
    static void appendJson(StringBuilder out, CharSequence json) {
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (isControl(c)) {
                JsonText.appendUnicodeEscape(out, c);
            } else {
                out.append(c);
            }
        }
    }

    /**
     * Appends text escaped by the rule except its backslashes: for a stack trace line written by
     * {@link StackTraceText}, which already doubled them in messages, and for diagnostics, whose values are already
     * escaped. Nothing that can forge a line or drive the terminal gets through.
     */
    public static void appendKeepingBackslashes(StringBuilder out, CharSequence text) {
        appendEscaped(out, text, text.length(), false, true);
    }

    private static void appendEscaped(
            StringBuilder out, CharSequence text, int end, boolean quoted, boolean backslashEscaped) {
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\\' && !backslashEscaped) {
                out.append("\\\\");
            } else if (c == '"' && quoted) {
                out.append("\\\"");
            } else if (isControl(c) || c == '\u2028' || c == '\u2029') {
                JsonText.appendUnicodeEscape(out, c);
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
    }

    private static boolean isBare(CharSequence text) {
        if (text.length() == 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '"' || c == '=' || c == '\\' || c == '\u2028' || c == '\u2029' || isControl(c)) {
                return false;
            }
        }
        return true;
    }

    /** C0, DEL, C1 and the bidirectional controls. */
    private static boolean isControl(char c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
