package dev.cairn.internal.layout;

/**
 * Writes JSON string literals that are valid RFC 8259 whatever the input: control characters are escaped, a lone
 * surrogate becomes the character U+FFFD, U+2028 and U+2029 are escaped for JavaScript readers, and text longer than the limit is
 * cut (never inside a surrogate pair) and marked.
 *
 * <p>Hand-written rather than taken from a JSON library: this is the innermost loop of every record, and the core
 * has no dependencies.
 */
public final class JsonText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /** For each ASCII char: 0 = write as is, 'u' = \\u00XX, otherwise the char after the backslash. */
    private static final char[] ESCAPES = new char[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = 'u';
        }
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
        ESCAPES['\n'] = 'n';
        ESCAPES['\r'] = 'r';
        ESCAPES['\t'] = 't';
        ESCAPES['\b'] = 'b';
        ESCAPES['\f'] = 'f';
    }

    private JsonText() {}

    /** Appends {@code text} as a quoted JSON string, cut to {@code maxLength} characters with a marker. */
    public static void appendString(StringBuilder out, CharSequence text, int maxLength) {
        out.append('"');
        appendEscaped(out, text, maxLength);
        out.append('"');
    }

    /** Appends {@code text} escaped for the inside of a JSON string, cut to {@code maxLength} characters with a marker. */
    public static void appendEscaped(StringBuilder out, CharSequence text, int maxLength) {
        int length = text.length();
        int end = length <= maxLength ? length : cutPoint(text, maxLength);
        int run = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < 128 ? ESCAPES[c] == 0 : !Character.isSurrogate(c) && c != '\u2028' && c != '\u2029') {
                continue;
            }
            // Characters that need no escaping are copied in runs; only the others go one by one.
            out.append(text, run, i);
            if (c < 128) {
                char escape = ESCAPES[c];
                if (escape == 'u') {
                    appendUnicodeEscape(out, c);
                } else {
                    out.append('\\').append(escape);
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                appendUnicodeEscape(out, c);
            }
            run = i + 1;
        }
        out.append(text, run, end);
        if (end < length) {
            out.append("…[truncated ").append(length - end).append(" chars]");
        }
    }

    /** The text of a JSON string literal written by {@link #appendString}: the inverse of its escaping. */
    static String unquote(CharSequence literal) {
        StringBuilder text = new StringBuilder(literal.length());
        int end = literal.length() - 1;
        for (int i = 1; i < end; i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                text.append(c);
                continue;
            }
            char escape = literal.charAt(++i);
            switch (escape) {
                case 'n':
                    text.append('\n');
                    break;
                case 'r':
                    text.append('\r');
                    break;
                case 't':
                    text.append('\t');
                    break;
                case 'b':
                    text.append('\b');
                    break;
                case 'f':
                    text.append('\f');
                    break;
                case 'u':
                    text.append((char)
                            Integer.parseInt(literal.subSequence(i + 1, i + 5).toString(), 16));
                    i += 4;
                    break;
                default:
                    text.append(escape);
            }
        }
        return text.toString();
    }

    /** A cut at or below {@code maxLength} that does not split a surrogate pair. */
    static int cutPoint(CharSequence text, int maxLength) {
        if (maxLength > 0 && Character.isHighSurrogate(text.charAt(maxLength - 1))) {
            return maxLength - 1;
        }
        return maxLength;
    }

    static void appendUnicodeEscape(StringBuilder out, char c) {
        out.append("\\u")
                .append(HEX[c >> 12 & 0xF])
                .append(HEX[c >> 8 & 0xF])
                .append(HEX[c >> 4 & 0xF])
                .append(HEX[c & 0xF]);
    }
}
