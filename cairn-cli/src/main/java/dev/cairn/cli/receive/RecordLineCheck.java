package dev.cairn.cli.receive;

import dev.cairn.cli.json.JsonLineScanner;

/**
 * Decides whether a received line is a record: strict UTF-8 (no overlong forms, no surrogates, nothing past
 * U+10FFFF) holding exactly one JSON object (RFC 8259, checked by the CLI's own {@link JsonLineScanner}). Nothing is
 * decoded into objects; a line is bytes that pass or fail. One instance per thread.
 */
public final class RecordLineCheck {

    /** Why a line was rejected, as the per-client summary names it. */
    public enum Reason {
        NOT_UTF8("not UTF-8"),
        NOT_JSON_OBJECT("not one JSON object"),
        TOO_LONG("longer than the line limit"),
        CUT("cut off by the end of the connection"),
        UNKNOWN_CONTROL("an unknown control line");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final JsonLineScanner scanner = new JsonLineScanner();

    /** Null when {@code line[0, length)} is a record, else why not. */
    public Reason check(byte[] line, int length) {
        if (!isUtf8(line, length)) {
            return Reason.NOT_UTF8;
        }
        return scanner.scan(line, 0, length) ? null : Reason.NOT_JSON_OBJECT;
    }

    static boolean isUtf8(byte[] b, int length) {
        int i = 0;
        while (i < length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + need >= length) {
                return false;
            }
            int code = c & (0x3f >> need);
            for (int k = 1; k <= need; k++) {
                int next = b[i + k] & 0xff;
                if ((next & 0xc0) != 0x80) {
                    return false;
                }
                code = (code << 6) | (next & 0x3f);
            }
            if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
                return false;
            }
            i += need + 1;
        }
        return true;
    }
}
