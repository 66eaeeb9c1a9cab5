package dev.cairn.internal.sink;

import java.util.Arrays;

/**
 * A growable byte buffer that UTF-8-encodes text appended to it. Hand-written instead of a {@code CharsetEncoder}
 * because it runs once per record and a {@code StringBuilder} cannot be handed to an encoder without copying.
 * Lone surrogates (which the layouts never produce) become {@code ?}. After an unusually large record the buffer is
 * shrunk again by {@link #reset()}.
 */
final class Utf8Buffer {

    private static final int INITIAL = 8 * 1024;
    private static final int RETAINED = 256 * 1024;

    private byte[] bytes = new byte[INITIAL];
    private int size;

    byte[] array() {
        return bytes;
    }

    int size() {
        return size;
    }

    /** Empties the buffer, releasing memory an oversized record claimed. */
    void reset() {
        size = 0;
        if (bytes.length > RETAINED) {
            bytes = new byte[INITIAL];
        }
    }

    /** Drops the bytes after the first {@code length}: the part of a record whose encoding failed. */
    void truncate(int length) {
        size = length;
    }

    /** Removes the first {@code count} bytes. */
    void discardFirst(int count) {
        System.arraycopy(bytes, count, bytes, 0, size - count);
        size -= count;
    }

    void append(CharSequence text) {
        int length = text.length();
        ensure(length);
        byte[] b = bytes;
        int n = size;
        boolean reserved = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                b[n++] = (byte) c;
                continue;
            }
            if (!reserved) {
                // Room for the worst case of the rest, reserved only once text beyond ASCII shows up.
                size = n;
                ensure((length - i) * 3);
                b = bytes;
                reserved = true;
            }
            if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                b[n++] = (byte) (0xF0 | cp >> 18);
                b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                b[n++] = '?';
            } else {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        size = n;
    }

    private void ensure(int extra) {
        long needed = (long) size + extra;
        if (needed > bytes.length) {
            long grown = Math.max(needed, (long) bytes.length * 2);
            bytes = Arrays.copyOf(bytes, (int) Math.min(grown, Integer.MAX_VALUE - 8));
        }
    }
}
