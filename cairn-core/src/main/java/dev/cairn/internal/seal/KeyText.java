package dev.cairn.internal.seal;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** The {@code name=value} lines of key files, with their checks and the base64 both sides use. */
final class KeyText {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Map<String, String> values;
    private final String source;

    private KeyText(Map<String, String> values, String source) {
        this.values = values;
        this.source = source;
    }

    static KeyText parse(String text, String magic, String source) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(magic)) {
            throw new IllegalArgumentException(
                    source + " is not a " + describe(magic) + " (its first line must be " + magic + ")");
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(source + ": line " + (i + 1) + " is not name=value");
            }
            values.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return new KeyText(values, source);
    }

    private static String describe(String magic) {
        return magic.startsWith("cairn-public") ? "Cairn public key file" : "Cairn sealing key file";
    }

    String value(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException(source + " has no " + name + "=");
        }
        return value;
    }

    String id() {
        String id = value("id");
        if (!id.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException(source + ": id must be 16 hex digits");
        }
        return id;
    }

    long number(String name) {
        try {
            long value = Long.parseLong(value(name));
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": " + name + " must be a whole number of at least 0");
        }
    }

    byte[] bytes(String name) {
        try {
            return DECODER.decode(value(name));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + name + " is not base64");
        }
    }

    static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /**
     * Decodes unpadded URL-safe base64 as {@link #encode} writes it, or returns null. The JDK's decoder ignores the
     * unused low bits of the last character, so several texts decode to the same bytes; only the one {@code encode}
     * writes is taken, so that no changed byte of a sealed file goes unnoticed.
     */
    static byte[] decodeOrNull(String text) {
        try {
            byte[] decoded = DECODER.decode(text);
            return ENCODER.encodeToString(decoded).equals(text) ? decoded : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
