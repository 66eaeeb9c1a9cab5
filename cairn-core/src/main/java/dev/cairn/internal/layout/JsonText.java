package dev.cairn.internal.layout;

/**
 * The character-level pieces of JSON strings the text layouts share with {@link Utf8Output}, which writes them: where
 * a value is cut without splitting a surrogate pair, {@code \\uXXXX} escapes, and reading a literal back.
 */
public final class JsonText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {}

    /** The text of a JSON string literal written by {@link Utf8Output#appendJsonString}: the inverse of its escaping. */
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
