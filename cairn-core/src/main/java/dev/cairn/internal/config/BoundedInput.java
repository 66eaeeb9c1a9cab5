package dev.cairn.internal.config;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A configuration source read with a size bound: reading past {@link #MAX_BYTES} fails with an exception naming the
 * bound, so a huge or endless input (a 50 MB line, a device) costs at most that much memory and never an
 * {@code OutOfMemoryError} in the application's first logger call.
 */
final class BoundedInput extends FilterInputStream {

    /** The largest configuration file read: far above any real one. */
    static final int MAX_BYTES = 1024 * 1024;

    private long read;

    BoundedInput(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        read += n;
        if (read > MAX_BYTES) {
            throw new IOException("larger than " + MAX_BYTES / 1024 + " KiB, the most a configuration file may hold");
        }
    }
}
