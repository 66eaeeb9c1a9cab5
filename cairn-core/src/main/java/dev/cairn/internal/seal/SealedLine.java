package dev.cairn.internal.seal;

import java.nio.charset.StandardCharsets;

/**
 * One line of a sealed file, parsed strictly: a header ({@code "seal":"h"}), an encrypted record ({@code "r"}), a
 * checkpoint ({@code "c"}), an integrity-only record (the record's JSON with a trailing {@code "_seal"} object), or
 * {@link Kind#INVALID}. Parsing never throws.
 *
 * @param signedLength for records and checkpoints, how many leading bytes of the line the tag or signature covers
 */
record SealedLine(
        Kind kind,
        String keyId,
        long epoch,
        long number,
        byte[] link,
        byte[] payload,
        String text,
        int signedLength,
        String mode) {

    enum Kind {
        HEADER,
        ENCRYPTED,
        INTEGRITY,
        CHECKPOINT,
        INVALID
    }

    static final String HEADER_PREFIX = "{\"seal\":\"h\",\"v\":1,\"k\":\"";
    static final String RECORD_PREFIX = "{\"seal\":\"r\",\"k\":\"";
    static final String CHECKPOINT_PREFIX = "{\"seal\":\"c\",\"k\":\"";
    static final String INTEGRITY_MARK = ",\"_seal\":{\"k\":\"";

    private static final SealedLine INVALID = new SealedLine(Kind.INVALID, null, 0, 0, null, null, null, 0, null);

    boolean isChainEntry() {
        return kind == Kind.ENCRYPTED || kind == Kind.INTEGRITY || kind == Kind.CHECKPOINT;
    }

    static SealedLine parse(byte[] bytes, int offset, int length) {
        try {
            String line = new String(bytes, offset, length, StandardCharsets.UTF_8);
            if (line.startsWith(HEADER_PREFIX)) {
                return header(line);
            }
            if (line.startsWith(RECORD_PREFIX)) {
                return encrypted(line);
            }
            if (line.startsWith(CHECKPOINT_PREFIX)) {
                return checkpoint(line);
            }
            int mark = line.lastIndexOf(INTEGRITY_MARK);
            if (mark > 0) {
                return integrity(line, mark);
            }
        } catch (RuntimeException malformed) {
            return INVALID;
        }
        return INVALID;
    }

    private static SealedLine header(String line) {
        Cursor c = new Cursor(line, HEADER_PREFIX.length());
        String id = c.until('"');
        c.expect("\",\"mode\":\"");
        String mode = c.until('"');
        c.expect("\",\"salt\":\"");
        byte[] salt = c.base64();
        c.expect("\"}");
        c.end();
        if (!mode.equals("encrypt") && !mode.equals("integrity") || salt.length != KeySchedule.SALT_BYTES) {
            return INVALID;
        }
        return new SealedLine(Kind.HEADER, id, 0, 0, null, salt, null, 0, mode);
    }

    private static SealedLine encrypted(String line) {
        return epochRecord(new Cursor(line, RECORD_PREFIX.length()), Kind.ENCRYPTED, "c", "\"}", null);
    }

    private static SealedLine checkpoint(String line) {
        Cursor c = new Cursor(line, CHECKPOINT_PREFIX.length());
        String id = c.until('"');
        c.expect("\",\"n\":");
        long number = c.number();
        c.expect(",\"p\":\"");
        byte[] link = c.base64();
        c.expect("\",\"t\":\"");
        String time = c.until('"');
        java.time.Instant.parse(time);
        c.expect("\",\"s\":\"");
        int signed = c.bytePosition();
        byte[] signature = c.base64();
        c.expect("\"}");
        c.end();
        return linked(Kind.CHECKPOINT, id, 0, number, link, signature, time, signed);
    }

    private static SealedLine integrity(String line, int mark) {
        if (!line.startsWith("{")) {
            return INVALID;
        }
        Cursor c = new Cursor(line, mark + INTEGRITY_MARK.length());
        return epochRecord(c, Kind.INTEGRITY, "m", "\"}}", line.substring(0, mark) + "}");
    }

    /**
     * The rest of a record line after its prefix: key id, epoch, number, link, then {@code payloadField} (ciphertext
     * or MAC, the part its signature starts at) and {@code end}.
     */
    private static SealedLine epochRecord(Cursor c, Kind kind, String payloadField, String end, String text) {
        String id = c.until('"');
        c.expect("\",\"e\":");
        long epoch = c.number();
        c.expect(",\"n\":");
        long number = c.number();
        c.expect(",\"p\":\"");
        byte[] link = c.base64();
        c.expect("\",\"" + payloadField + "\":\"");
        int signed = c.bytePosition();
        byte[] payload = c.base64();
        c.expect(end);
        c.end();
        return linked(kind, id, epoch, number, link, payload, text, signed);
    }

    private static SealedLine linked(
            Kind kind, String id, long epoch, long number, byte[] link, byte[] payload, String text, int signed) {
        if (link.length != KeySchedule.KEY_BYTES || !id.matches("[0-9a-f]{16}")) {
            return INVALID;
        }
        return new SealedLine(kind, id, epoch, number, link, payload, text, signed, null);
    }

    /** Reads a line left to right; any mismatch throws, which {@link #parse} turns into {@link Kind#INVALID}. */
    private static final class Cursor {
        private final String line;
        private int at;

        Cursor(String line, int at) {
            this.line = line;
            this.at = at;
        }

        String until(char end) {
            int stop = line.indexOf(end, at);
            if (stop < 0 || stop - at > 64) {
                throw new IllegalArgumentException();
            }
            String value = line.substring(at, stop);
            at = stop;
            return value;
        }

        void expect(String literal) {
            if (!line.startsWith(literal, at)) {
                throw new IllegalArgumentException();
            }
            at += literal.length();
        }

        long number() {
            int start = at;
            while (at < line.length()
                    && at - start < 18
                    && Character.isDigit(line.charAt(at))
                    && line.charAt(at) < 128) {
                at++;
            }
            if (at == start || start + 1 < at && line.charAt(start) == '0') {
                throw new IllegalArgumentException();
            }
            return Long.parseLong(line.substring(start, at));
        }

        byte[] base64() {
            int start = at;
            while (at < line.length() && isBase64(line.charAt(at))) {
                at++;
            }
            byte[] decoded = KeyText.decodeOrNull(line.substring(start, at));
            if (decoded == null) {
                throw new IllegalArgumentException();
            }
            return decoded;
        }

        /** The UTF-8 length of the line up to here. */
        int bytePosition() {
            return line.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        }

        void end() {
            if (at != line.length()) {
                throw new IllegalArgumentException();
            }
        }

        private static boolean isBase64(char c) {
            return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
        }
    }
}
