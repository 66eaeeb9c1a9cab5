package dev.cairn.cli.input;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * One source of log lines: a file (gzip-compressed or not, recognised by its magic bytes rather
 * than its name) or standard input.
 */
public final class Input {

    private static final int GZIP_BUFFER = 64 * 1024;

    private final String name;
    private final Path path;
    private final InputStream stdin;
    private final AtomicLong bytesRead = new AtomicLong();

    private Input(String name, Path path, InputStream stdin) {
        this.name = name;
        this.path = path;
        this.stdin = stdin;
    }

    public static Input file(Path path) {
        return new Input(path.toString(), path, null);
    }

    /** Records already in memory (sealed files decrypted), read like standard input under {@code name}. */
    public static Input decrypted(String name, InputStream in) {
        return new Input(name, null, in);
    }

    public static Input stdin(InputStream in) {
        return new Input("<stdin>", null, in);
    }

    /** The name used in messages: the path as given, or {@code <stdin>}. */
    public String name() {
        return name;
    }

    /** The file, or null for standard input. */
    public Path path() {
        return path;
    }

    /** Size on disk (compressed size for gzip), or -1 when unknown. */
    public long size() {
        try {
            return path == null ? -1 : Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Bytes taken from the underlying file or stream so far (before decompression), for progress. */
    public long bytesRead() {
        return bytesRead.get();
    }

    public boolean isGzip() throws IOException {
        if (path == null) {
            return false;
        }
        try (InputStream in = Files.newInputStream(path)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    /**
     * Opens the decompressed content. The caller closes it.
     *
     * @param readAheadBlock block size for inflating a gzip file ahead of the reader (up to four
     *                       blocks are held); smaller when many inputs are open at once
     */
    public InputStream open(int readAheadBlock) throws IOException {
        InputStream raw = new Counting(path == null ? stdin : Files.newInputStream(path), bytesRead);
        BufferedInputStream in = new BufferedInputStream(raw, GZIP_BUFFER);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            GZIPInputStream gzip = new GZIPInputStream(in, GZIP_BUFFER);
            // A file is read ahead on its own thread; a pipe is not, so a live stream is never held back.
            return path == null ? gzip : new ReadAheadInputStream(gzip, readAheadBlock, name);
        }
        return in;
    }

    @Override
    public String toString() {
        return name;
    }

    private static final class Counting extends FilterInputStream {
        private final AtomicLong counter;

        Counting(InputStream in, AtomicLong counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                counter.addAndGet(n);
            }
            return n;
        }
    }
}
