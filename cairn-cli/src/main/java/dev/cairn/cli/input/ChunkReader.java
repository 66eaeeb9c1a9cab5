package dev.cairn.cli.input;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.ZipException;

/**
 * Cuts a stream into {@link Chunk}s of whole lines so they can be processed in parallel.
 *
 * <p>Memory: a chunk is {@code chunkSize} bytes, or more when one line is longer, up to
 * {@code maxLine}; a longer line is skipped (and counted as bad) rather than buffered, so a
 * hostile multi-gigabyte line cannot exhaust the heap.
 *
 * <p>Damaged compressed data (a truncated or corrupt {@code .gz}, typically a backup still being
 * compressed) ends the input early instead of failing the run: what was readable is kept and
 * {@link #damage()} says what happened.
 */
public final class ChunkReader {

    private final InputStream in;
    private final ChunkBuffers buffers;
    private final int chunkSize;
    private final int maxLine;
    private byte[] carry = new byte[0];
    private int carryLength;
    private boolean eof;
    private String damage;

    public ChunkReader(InputStream in, int chunkSize, int maxLine) {
        this(in, new ChunkBuffers(chunkSize, 1), maxLine);
    }

    /**
     * Reads into buffers taken from {@code buffers}; hand a chunk's buffer back with {@link #release} once it is
     * processed.
     */
    ChunkReader(InputStream in, ChunkBuffers buffers, int maxLine) {
        this.in = in;
        this.buffers = buffers;
        this.chunkSize = buffers.size();
        this.maxLine = maxLine;
    }

    /** The next chunk, or null at the end of the stream. */
    public Chunk next() throws IOException {
        int oversized = 0;
        while (true) {
            if (eof && carryLength == 0) {
                return oversized > 0 ? new Chunk(new byte[0], 0, oversized) : null;
            }
            byte[] buf =
                    carryLength + chunkSize / 2 <= chunkSize ? buffers.take() : new byte[carryLength + chunkSize / 2];
            System.arraycopy(carry, 0, buf, 0, carryLength);
            int len = carryLength;
            carryLength = 0;
            while (true) {
                len = fill(buf, len);
                int lastNewline = lastNewline(buf, len);
                if (lastNewline >= 0) {
                    keepCarry(buf, lastNewline + 1, len);
                    return new Chunk(buf, lastNewline + 1, oversized);
                }
                if (eof) {
                    return len == 0 && oversized == 0 ? null : new Chunk(buf, len, oversized);
                }
                if (len < buf.length) {
                    continue;
                }
                if (buf.length >= maxLine) {
                    skipRestOfLine();
                    oversized++;
                    break;
                }
                buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, maxLine));
            }
        }
    }

    /** Hands back the buffer of a processed chunk for a later one: the chunk's data must no longer be read. */
    void release(Chunk chunk) {
        buffers.give(chunk.data());
    }

    /** Whether {@link #next} can return without blocking on a pipe. */
    public boolean ready() throws IOException {
        return eof || in.available() > 0;
    }

    /** Why the input ended early, or null if it was read to its end. */
    public String damage() {
        return damage;
    }

    private int fill(byte[] buf, int len) throws IOException {
        while (len < buf.length && !eof) {
            int n = read(buf, len, buf.length - len);
            if (n < 0) {
                eof = true;
            } else {
                len += n;
                if (in.available() <= 0) {
                    // A pipe with nothing more buffered: hand over what has arrived so that
                    // `tail -f app.log | cairn view` shows lines as they come.
                    break;
                }
            }
        }
        return len;
    }

    private int read(byte[] buf, int off, int len) throws IOException {
        try {
            return in.read(buf, off, len);
        } catch (EOFException | ZipException e) {
            damage = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return -1;
        }
    }

    private void keepCarry(byte[] buf, int from, int to) {
        int n = to - from;
        if (carry.length < n) {
            carry = new byte[Math.max(n, 4096)];
        }
        System.arraycopy(buf, from, carry, 0, n);
        carryLength = n;
    }

    private void skipRestOfLine() throws IOException {
        byte[] scratch = new byte[64 * 1024];
        while (true) {
            int n = read(scratch, 0, scratch.length);
            if (n < 0) {
                eof = true;
                return;
            }
            for (int i = 0; i < n; i++) {
                if (scratch[i] == '\n') {
                    keepCarry(scratch, i + 1, n);
                    return;
                }
            }
        }
    }

    private static int lastNewline(byte[] b, int len) {
        for (int i = len - 1; i >= 0; i--) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
