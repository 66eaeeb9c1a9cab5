package dev.cairn.cli.json;

import java.nio.charset.StandardCharsets;

/** Decodes the content of a JSON string literal (the bytes between its quotes) to Java text. */
public final class JsonStrings {

    private JsonStrings() {}

    /**
     * Decodes {@code b[from, to)}. Bytes that are not valid UTF-8 become U+FFFD; a malformed
     * escape is kept literally rather than rejected, because a log viewer must still show the line.
     */
    public static String decode(byte[] b, int from, int to) {
        int firstEscape = -1;
        for (int i = from; i < to; i++) {
            if (b[i] == '\\') {
                firstEscape = i;
                break;
            }
        }
        if (firstEscape < 0) {
            return new String(b, from, to - from, StandardCharsets.UTF_8);
        }
        StringBuilder sb = new StringBuilder(to - from);
        sb.append(new String(b, from, firstEscape - from, StandardCharsets.UTF_8));
        int i = firstEscape;
        int runStart = i;
        while (i < to) {
            if (b[i] != '\\') {
                i++;
                continue;
            }
            if (i > runStart) {
                sb.append(new String(b, runStart, i - runStart, StandardCharsets.UTF_8));
            }
            if (i + 1 >= to) {
                sb.append('\\');
                i++;
                runStart = i;
                break;
            }
            byte e = b[i + 1];
            int consumed = 2;
            switch (e) {
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case '/' -> sb.append('/');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    int cp = hex4(b, i + 2, to);
                    if (cp < 0) {
                        sb.append('\\').append('u');
                    } else {
                        sb.append((char) cp);
                        consumed = 6;
                    }
                }
                default -> {
                    sb.append('\\');
                    consumed = 1;
                }
            }
            i += consumed;
            runStart = i;
        }
        if (runStart < to) {
            sb.append(new String(b, runStart, to - runStart, StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    private static int hex4(byte[] b, int i, int to) {
        if (i + 4 > to) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = Character.digit(b[i + k], 16);
            if (d < 0) {
                return -1;
            }
            v = v << 4 | d;
        }
        return v;
    }
}
