package dev.cairn.internal.layout;

import java.util.Arrays;

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
 *
 * <p>The rule is applied while the text is encoded into the record's UTF-8 ({@link Utf8Output#appendTerminalEscaped}),
 * in the same pass, and a value the JSON layout writes ({@link #showJsonValue}) is fixed up in place in its bytes.
 */
public final class TerminalText {

    /** For each ASCII char, as {@link Utf8Output#appendTerminalEscaped} reads it: outside quotes. */
    private static final byte[] ESCAPES = new byte[128];
    /** Inside quotes: {@code "} escaped too. */
    private static final byte[] QUOTED_ESCAPES;
    /** Text whose backslashes already start escapes. */
    private static final byte[] BACKSLASH_KEEPING_ESCAPES;
    /** The ASCII chars that make a token quoted. */
    private static final boolean[] UNBARE = new boolean[128];

    private static final byte[] HEX = Utf8Output.ascii("0123456789abcdef");

    /** How a JSON string literal is shown as a token ({@link #stringShape}). */
    private static final int BARE = 0;

    private static final int QUOTED = 1;
    private static final int QUOTED_TO_REWRITE = 2;
    private static final int NOT_A_STRING = 3;

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = 'u';
        }
        ESCAPES[0x7F] = 'u';
        ESCAPES['\n'] = 'n';
        ESCAPES['\r'] = 'r';
        ESCAPES['\t'] = 't';
        BACKSLASH_KEEPING_ESCAPES = ESCAPES.clone();
        ESCAPES['\\'] = '\\';
        QUOTED_ESCAPES = ESCAPES.clone();
        QUOTED_ESCAPES['"'] = '"';
        for (int c = 0; c < 128; c++) {
            UNBARE[c] = ESCAPES[c] != 0;
        }
        UNBARE[' '] = true;
        UNBARE['"'] = true;
        UNBARE['='] = true;
    }

    private TerminalText() {}

    /** Appends {@code text} escaped, cut to {@code maxLength} characters with a marker. */
    public static void append(Utf8Output out, CharSequence text, int maxLength) {
        int length = text.length();
        int end = length <= maxLength ? length : JsonText.cutPoint(text, maxLength);
        out.appendTerminalEscaped(text, 0, end, ESCAPES);
        if (end < length) {
            appendCutMarker(out, length - end);
        }
    }

    /** Appends {@code text} escaped, cut to {@code maxLength} characters with a marker. */
    public static void append(StringBuilder out, CharSequence text, int maxLength) {
        Utf8Output bytes = new Utf8Output(Math.min(text.length(), maxLength) + 32);
        append(bytes, text, maxLength);
        out.append(bytes.toString());
    }

    /**
     * Appends a key or string value: bare when it is not empty and has no space, {@code "}, {@code =} and no character
     * the rule escapes; otherwise in double quotes, {@code "} written {@code \"}. Text longer than {@code maxLength}
     * is cut with a marker first (the marker holds spaces, so a cut token is quoted).
     */
    public static void appendToken(Utf8Output out, CharSequence text, int maxLength) {
        int length = text.length();
        if (length > maxLength) {
            int end = JsonText.cutPoint(text, maxLength);
            out.append('"');
            out.appendTerminalEscaped(text, 0, end, QUOTED_ESCAPES);
            appendCutMarker(out, length - end);
            out.append('"');
        } else if (isBare(text)) {
            out.appendTerminalEscaped(text, 0, length, ESCAPES);
        } else {
            out.append('"');
            out.appendTerminalEscaped(text, 0, length, QUOTED_ESCAPES);
            out.append('"');
        }
    }

    /**
     * Appends the chars of {@code text} from {@code start} to {@code end} escaped by the rule except its backslashes:
     * for a stack trace line written by {@link StackTraceText}, which already doubled them in messages. Nothing that
     * can forge a line or drive the terminal gets through.
     */
    static void appendKeepingBackslashes(Utf8Output out, CharSequence text, int start, int end) {
        out.appendTerminalEscaped(text, start, end, BACKSLASH_KEEPING_ESCAPES);
    }

    /**
     * Appends {@code text} escaped by the rule except its backslashes: for diagnostics, whose values are already
     * escaped.
     */
    public static void appendKeepingBackslashes(StringBuilder out, CharSequence text) {
        Utf8Output bytes = new Utf8Output(text.length() + 16);
        appendKeepingBackslashes(bytes, text, 0, text.length());
        out.append(bytes.toString());
    }

    /**
     * Turns the value {@link JsonValueWriter} wrote to {@code out} from {@code start} into its text: a JSON string
     * becomes a token of the string's text (as {@link #appendToken} writes it), anything else stays compact JSON with
     * what JSON leaves raw and a terminal must not see (the bidirectional controls) escaped. Nearly always the bytes
     * are already right, or need only the quotes taken off.
     */
    static void showJsonValue(Utf8Output out, int start) {
        byte[] b = out.array();
        int end = out.length();
        if (end - start >= 2 && b[start] == '"' && b[end - 1] == '"') {
            int shape = stringShape(b, start + 1, end - 1);
            if (shape == BARE) {
                System.arraycopy(b, start + 1, b, start, end - start - 2);
                out.setLength(end - 2);
                return;
            }
            if (shape == QUOTED) {
                return;
            }
            if (shape == QUOTED_TO_REWRITE) {
                rewrite(out, start, true);
                return;
            }
        }
        for (int i = start; i < end; i++) {
            if (controlLength(b, i, end) > 0) {
                rewrite(out, start, false);
                return;
            }
        }
    }

    /**
     * How the inside of a JSON string literal, {@code b} from {@code from} to {@code to}, is shown as a token: bare
     * when no char in it makes a token quoted; quoted as it is, since a JSON escape is the rule's escape of the same
     * char except {@code \b} and {@code \f} (written {@code \}{@code u0008}, {@code \}{@code u000c}) and the
     * bidirectional controls JSON leaves raw; or not a string JSON writes (a {@code BigDecimal} whose
     * {@code toString()} is quoted).
     */
    private static int stringShape(byte[] b, int from, int to) {
        boolean bare = to > from;
        boolean rewrite = false;
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xFF;
            if (c == '\\') {
                if (i + 1 == to) {
                    return NOT_A_STRING;
                }
                byte escape = b[++i];
                if (escape == 'b' || escape == 'f') {
                    rewrite = true;
                } else if (escape == 'u') {
                    if (i + 4 >= to) {
                        return NOT_A_STRING;
                    }
                    i += 4;
                }
                bare = false;
            } else if (c == '"') {
                return NOT_A_STRING;
            } else if (c == ' ' || c == '=') {
                bare = false;
            } else {
                int control = controlLength(b, i, to);
                if (control == 3) {
                    rewrite = true;
                    bare = false;
                    i += 2;
                } else if (control > 0) {
                    return NOT_A_STRING;
                }
            }
        }
        return bare ? BARE : rewrite ? QUOTED_TO_REWRITE : QUOTED;
    }

    /**
     * Rewrites the bytes of {@code out} from {@code start} with each control char as {@code \}{@code uXXXX}, and when
     * {@code string} (a JSON string literal) {@code \b} and {@code \f} as well. Rare: the copy it takes does not matter.
     */
    private static void rewrite(Utf8Output out, int start, boolean string) {
        byte[] json = Arrays.copyOfRange(out.array(), start, out.length());
        out.setLength(start);
        int copied = 0;
        for (int i = 0; i < json.length; i++) {
            if (string && json[i] == '\\') {
                byte escape = json[i + 1];
                if (escape == 'b' || escape == 'f') {
                    out.append(json, copied, i - copied);
                    appendUnicodeEscape(out, escape == 'b' ? '\b' : '\f');
                    copied = i + 2;
                }
                i += escape == 'u' ? 5 : 1;
                continue;
            }
            int control = controlLength(json, i, json.length);
            if (control > 0) {
                out.append(json, copied, i - copied);
                appendUnicodeEscape(out, decode(json, i, control));
                i += control - 1;
                copied = i + 1;
            }
        }
        out.append(json, copied, json.length - copied);
    }

    /**
     * The length of the UTF-8 form of a char the rule escapes as {@code \}{@code uXXXX} (a C0 control, DEL, a C1
     * control or a bidirectional control) at {@code b[i]}, or 0.
     */
    private static int controlLength(byte[] b, int i, int end) {
        int c = b[i] & 0xFF;
        if (c < 0x20 || c == 0x7F) {
            return 1;
        }
        if (c == 0xC2 && i + 1 < end && (b[i + 1] & 0xFF) < 0xA0) {
            return 2;
        }
        if (c == 0xE2 && i + 2 < end) {
            int second = b[i + 1] & 0xFF;
            int third = b[i + 2] & 0xFF;
            if ((second == 0x80 && third >= 0xAA && third <= 0xAE)
                    || (second == 0x81 && third >= 0xA6 && third <= 0xA9)) {
                return 3;
            }
        }
        return 0;
    }

    private static char decode(byte[] b, int i, int length) {
        if (length == 1) {
            return (char) b[i];
        }
        if (length == 2) {
            return (char) ((b[i] & 0x1F) << 6 | b[i + 1] & 0x3F);
        }
        return (char) ((b[i] & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F);
    }

    private static void appendUnicodeEscape(Utf8Output out, char c) {
        out.append('\\')
                .append('u')
                .append(HEX, c >> 12 & 0xF, 1)
                .append(HEX, c >> 8 & 0xF, 1)
                .append(HEX, c >> 4 & 0xF, 1)
                .append(HEX, c & 0xF, 1);
    }

    private static void appendCutMarker(Utf8Output out, int cutChars) {
        out.append("…[truncated ").append(cutChars).append(" chars]");
    }

    private static boolean isBare(CharSequence text) {
        int length = text.length();
        if (length == 0) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80 ? UNBARE[c] : isEscaped(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the rule escapes the non-ASCII {@code c} as {@code \}{@code uXXXX}: C1, U+2028, U+2029, bidi controls. */
    static boolean isEscaped(char c) {
        return c < 0xA0
                || c == '\u2028'
                || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
