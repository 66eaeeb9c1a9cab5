package dev.cairn.otlp.internal;

/** Lower-case hex, as W3C trace ids and OTLP/JSON write them. */
final class Hex {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {}

    static String of(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = DIGITS[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = DIGITS[bytes[i] & 0xF];
        }
        return new String(out);
    }

    /** The bytes of {@code text} when it is exactly {@code length} bytes of hex and not all zero; otherwise null. */
    static byte[] parse(Object text, int length) {
        if (!(text instanceof String hex) || hex.length() != length * 2) {
            return null;
        }
        byte[] out = new byte[length];
        boolean allZero = true;
        for (int i = 0; i < length; i++) {
            int high = Character.digit(hex.charAt(2 * i), 16);
            int low = Character.digit(hex.charAt(2 * i + 1), 16);
            if (high < 0 || low < 0) {
                return null;
            }
            out[i] = (byte) ((high << 4) | low);
            allZero &= out[i] == 0;
        }
        return allZero ? null : out;
    }
}
