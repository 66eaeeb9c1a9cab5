package dev.cairn.cli.json;

import java.nio.charset.StandardCharsets;

/** Reads a JSON number from raw bytes; plain decimals without allocation, anything else via {@link Double#parseDouble}. */
public final class JsonNumbers {

    private static final double[] POWERS = {
        1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
    };

    private JsonNumbers() {}

    /** @return the value, or NaN if the bytes are not a number */
    public static double parse(byte[] b, int from, int to) {
        int i = from;
        boolean negative = i < to && b[i] == '-';
        if (negative) {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fractionDigits = 0;
        boolean dot = false;
        for (; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (dot) {
                    fractionDigits++;
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return slow(b, from, to);
            }
        }
        if (digits == 0 || digits > 15) {
            return slow(b, from, to);
        }
        // Both operands are exact doubles, so one correctly rounded division equals parseDouble's result.
        double v = mantissa / POWERS[fractionDigits];
        return negative ? -v : v;
    }

    private static double slow(byte[] b, int from, int to) {
        try {
            return Double.parseDouble(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
