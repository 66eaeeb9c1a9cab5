package dev.cairn.cli.receive;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a byte stream into newline-terminated lines of at most {@code maxLineBytes} bytes, in bounded memory.
 *
 * <p>A line longer than the bound is never held: once it passes the bound its bytes are skipped up to the next newline
 * and it is reported as {@link Frame#TOO_LONG} with its length. So a connection costs its read buffer plus at most one
 * line of the bound, whatever a client sends. Bytes after the last newline when the stream ends are reported as
 * {@link Frame#CUT}, never as a line. One instance per stream, used by one thread.
 */
public final class LineFramer {

    /** What {@link #next()} found. */
    public enum Frame {
        /** A whole line, in {@link #line()} up to {@link #length()}, without its newline. */
        LINE,
        /** A line longer than the bound, skipped; {@link #length()} is its length in bytes. */
        TOO_LONG,
        /** The stream ended inside a line; {@link #length()} bytes were dropped. */
        CUT,
        /** The stream ended at a line boundary. */
        END
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer;
    private int position;
    private int limit;
    private byte[] line;
    private int length;
    private long skipped;

    public LineFramer(InputStream in, int maxLineBytes, int readBufferBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.buffer = new byte[readBufferBytes];
        this.line = new byte[Math.min(256, maxLineBytes)];
    }

    /** Reads up to the end of the next line, or of the stream. */
    public Frame next() throws IOException {
        length = 0;
        skipped = 0;
        boolean tooLong = false;
        while (true) {
            if (position == limit) {
                int read = in.read(buffer, 0, buffer.length);
                if (read < 0) {
                    if (tooLong || length > 0) {
                        long dropped = tooLong ? skipped : length;
                        length = (int) Math.min(Integer.MAX_VALUE, dropped);
                        skipped = dropped;
                        return Frame.CUT;
                    }
                    return Frame.END;
                }
                position = 0;
                limit = read;
            }
            int newline = indexOfNewline(position, limit);
            int end = newline < 0 ? limit : newline;
            int chunk = end - position;
            if (!tooLong && length + (long) chunk > maxLineBytes) {
                tooLong = true;
                skipped = length;
                length = 0;
            }
            if (tooLong) {
                skipped += chunk;
            } else {
                append(position, chunk);
            }
            position = end;
            if (newline >= 0) {
                position++;
                if (tooLong) {
                    length = (int) Math.min(Integer.MAX_VALUE, skipped);
                    return Frame.TOO_LONG;
                }
                return Frame.LINE;
            }
        }
    }

    /** Whether bytes already read wait in the buffer (the next {@link #next()} may not need the stream). */
    public boolean buffered() {
        return position < limit;
    }

    /** The bytes of the line {@link #next()} found; valid until the next call. */
    public byte[] line() {
        return line;
    }

    /** The line's length, or how many bytes were skipped or dropped. */
    public int length() {
        return length;
    }

    /** As {@link #length()}, without the cap at {@code Integer.MAX_VALUE}. */
    public long skipped() {
        return skipped;
    }

    private int indexOfNewline(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int from, int count) {
        if (length + count > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(maxLineBytes, Math.max(line.length * 2L, length + count)));
        }
        System.arraycopy(buffer, from, line, length, count);
        length += count;
    }
}
