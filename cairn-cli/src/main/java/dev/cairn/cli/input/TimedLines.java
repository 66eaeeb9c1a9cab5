package dev.cairn.cli.input;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Output produced from one chunk: entries of bytes (a rendered record, or a JSON line) each with
 * the record's timestamp, so entries from several inputs can be merged in time order.
 */
public final class TimedLines {

    private byte[] bytes = new byte[8192];
    private int length;
    private long[] micros = new long[64];
    private int[] ends = new int[64];
    private int size;

    /** Appends {@code b[from, to)} followed by a newline. */
    public void addLine(long time, byte[] b, int from, int to) {
        ensure(to - from + 1);
        System.arraycopy(b, from, bytes, length, to - from);
        length += to - from;
        bytes[length++] = '\n';
        close(time);
    }

    /** Appends the text as UTF-8 (it already ends with its newlines). */
    public void addText(long time, CharSequence text) {
        byte[] t = text.toString().getBytes(StandardCharsets.UTF_8);
        ensure(t.length);
        System.arraycopy(t, 0, bytes, length, t.length);
        length += t.length;
        close(time);
    }

    /** Writes all entries and empties this batch for reuse. */
    public void drainTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
        length = 0;
        size = 0;
    }

    /** Bytes held, for callers that write out in bounded portions. */
    public int byteSize() {
        return length;
    }

    public int size() {
        return size;
    }

    public long micros(int entry) {
        return micros[entry];
    }

    public byte[] bytes() {
        return bytes;
    }

    public int start(int entry) {
        return entry == 0 ? 0 : ends[entry - 1];
    }

    public int end(int entry) {
        return ends[entry];
    }

    private void close(long time) {
        if (size == micros.length) {
            micros = Arrays.copyOf(micros, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        micros[size] = time;
        ends[size] = length;
        size++;
    }

    private void ensure(int extra) {
        if (length + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
        }
    }
}
