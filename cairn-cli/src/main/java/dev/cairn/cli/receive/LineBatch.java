package dev.cairn.cli.receive;

import java.util.Arrays;

/** Accepted lines waiting to be written together, each without its newline; reused by one session. */
public final class LineBatch {

    private byte[] data = new byte[8192];
    private int size;
    private int[] ends = new int[64];
    private int count;

    void add(byte[] line, int length) {
        if (size + length > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, size + length));
        }
        System.arraycopy(line, 0, data, size, length);
        size += length;
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, count * 2);
        }
        ends[count++] = size;
    }

    /** Lines held. */
    public int count() {
        return count;
    }

    /** Bytes held, newlines not counted. */
    public int bytes() {
        return size;
    }

    /** The bytes of all lines, line {@code i} from {@link #start(int)} to {@link #end(int)}. */
    public byte[] data() {
        return data;
    }

    public int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    public int end(int i) {
        return ends[i];
    }

    void clear() {
        size = 0;
        count = 0;
        if (data.length > 1 << 20) {
            data = new byte[8192];
        }
    }
}
