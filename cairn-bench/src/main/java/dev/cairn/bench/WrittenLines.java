package dev.cairn.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Counts the complete lines that have reached a log file, reading only what was appended since the last look. This is
 * how the throughput benchmark knows that records are in the file, not merely enqueued or sitting in a library's
 * buffer, in the same way for every library: a record counts once the kernel has it, whatever API got it there.
 */
final class WrittenLines implements AutoCloseable {

    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(120);

    private final Path file;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
    private FileChannel channel;
    private long lines;

    WrittenLines(Path file) {
        this.file = file;
    }

    /** Returns once the file holds at least {@code expected} lines. */
    synchronized void awaitAtLeast(long expected) {
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (lines < expected) {
            if (!readMore()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            file + " has " + lines + " lines after 120 s, expected " + expected);
                }
                // Short enough not to add to a batch's time, long enough to leave the CPU to the writer thread.
                LockSupport.parkNanos(20_000);
            }
        }
    }

    private boolean readMore() {
        try {
            if (channel == null) {
                if (!file.toFile().exists()) {
                    return false;
                }
                channel = FileChannel.open(file, StandardOpenOption.READ);
            }
            buffer.clear();
            int read = channel.read(buffer);
            if (read <= 0) {
                return false;
            }
            byte[] bytes = buffer.array();
            long found = 0;
            for (int i = 0; i < read; i++) {
                if (bytes[i] == '\n') {
                    found++;
                }
            }
            lines += found;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
