package dev.cairn.cli.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a stream on a thread of its own, a few blocks ahead of the consumer.
 *
 * <p>Why: inflating gzip is single-threaded and about as costly as parsing; on the reading
 * thread it would leave the workers idle. With this, inflating a rotated backup overlaps parsing.
 * Memory: at most {@value #BLOCKS} blocks queued.
 */
final class ReadAheadInputStream extends InputStream {

    private static final int BLOCKS = 4;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BLOCKS);
    private final Thread pump;
    private byte[] block = new byte[0];
    private int pos;
    private boolean ended;

    ReadAheadInputStream(InputStream source, int blockSize, String name) {
        this.pump = new Thread(() -> pump(source, blockSize), "cairn-read-ahead " + name);
        pump.setDaemon(true);
        pump.start();
    }

    private void pump(InputStream source, int blockSize) {
        try (source) {
            while (true) {
                byte[] b = new byte[blockSize];
                int n = 0;
                try {
                    while (n < blockSize) {
                        int r = source.read(b, n, blockSize - n);
                        if (r < 0) {
                            break;
                        }
                        n += r;
                    }
                } catch (IOException e) {
                    // Hand over what was inflated before the damage, then the damage itself.
                    if (n > 0) {
                        queue.put(Arrays.copyOf(b, n));
                    }
                    queue.put(e);
                    return;
                }
                if (n > 0) {
                    queue.put(n == blockSize ? b : Arrays.copyOf(b, n));
                }
                if (n < blockSize) {
                    queue.put(END);
                    return;
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            // Whatever ends this thread must reach the reader, or it would wait for ever.
            putQuietly(e);
        } catch (InterruptedException e) {
            // Closed by the consumer: nobody is waiting for more.
        }
    }

    private void putQuietly(Object o) {
        try {
            queue.put(o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pos == block.length && !nextBlock()) {
            return -1;
        }
        int n = Math.min(len, block.length - pos);
        System.arraycopy(block, pos, b, off, n);
        pos += n;
        return n;
    }

    /** Claims data while the source is not exhausted: reading a file blocks only briefly, never on a person. */
    @Override
    public int available() {
        if (pos < block.length) {
            return block.length - pos;
        }
        return ended ? 0 : 1;
    }

    private boolean nextBlock() throws IOException {
        if (ended) {
            return false;
        }
        Object next;
        try {
            next = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading ahead");
        }
        if (next instanceof Throwable t) {
            ended = true;
            // Rethrown as is: its type (EOFException, ZipException) tells a damaged file from a failing disk.
            if (t instanceof IOException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
            throw (RuntimeException) t;
        }
        block = (byte[]) next;
        pos = 0;
        if (block == END) {
            ended = true;
            return false;
        }
        return true;
    }

    @Override
    public void close() {
        pump.interrupt();
        ended = true;
    }
}
