package dev.cairn.internal.layout;

/**
 * Escapes text for a terminal: CR, LF and TAB become {@code \r}, {@code \n}, {@code \t}; every other C0 control, DEL,
 * C1 control (which includes the 8-bit CSI) and the bidirectional overrides U+202A–U+202E and U+2066–U+2069 become
 * {@code \}{@code uXXXX}; a lone surrogate becomes U+FFFD, as in the JSON layout, so a reader of the JSON shows the
 * same. What remains cannot start a new line, move the cursor, recolor the screen or reorder what the reader sees.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** Appends {@code text} escaped, cut to {@code maxLength} characters with a marker. */
    public static void append(StringBuilder out, CharSequence text, int maxLength) {
        append(out, text, maxLength, false);
    }

    /** Appends {@code text} escaped and, when {@code quoteEscapes} (inside double quotes), {@code "} and {@code \} escaped too. */
    static void append(StringBuilder out, CharSequence text, int maxLength, boolean quoteEscapes) {
        int length = text.length();
        int end = length <= maxLength ? length : JsonText.cutPoint(text, maxLength);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '"' && quoteEscapes) {
                out.append("\\\"");
            } else if (c == '\\' && quoteEscapes) {
                out.append("\\\\");
            } else if (needsEscape(c)) {
                JsonText.appendUnicodeEscape(out, c);
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        if (end < length) {
            out.append("…[truncated ").append(length - end).append(" chars]");
        }
    }

    /** Whether a value must be quoted in {@code key=value} form: empty, or holding a space, quote, equals sign or escape. */
    static boolean needsQuotes(CharSequence text) {
        if (text.length() == 0) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '"' || c == '=' || c == '\n' || c == '\r' || c == '\t' || needsEscape(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
