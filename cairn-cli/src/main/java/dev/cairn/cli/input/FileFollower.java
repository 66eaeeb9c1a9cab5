package dev.cairn.cli.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads a growing file line by line, surviving rotation, like {@code tail -F}.
 *
 * <p>Each {@link #poll} reads what was appended since the last one and hands over complete lines;
 * a partial last line waits for its newline. Rotation by rename is noticed when the path names a
 * different file (another file key): the old file is drained first, then the new one is read from
 * its start. A file that shrank (copy-truncate) is read again from its start. The caller decides
 * how long to wait between polls, which keeps this class free of sleeps and easy to test.
 */
public final class FileFollower implements AutoCloseable {

    /** Receives one complete line (without its newline) and its 1-based line number in the current file. */
    @FunctionalInterface
    public interface LineConsumer {
        void line(byte[] b, int from, int to, long lineNumber) throws IOException;
    }

    private static final int READ_SIZE = 1 << 20;

    private final Path path;
    private final LineConsumer consumer;
    private final ByteBuffer buffer = ByteBuffer.allocate(READ_SIZE);
    private byte[] pending = new byte[4096];
    private int pendingLength;
    private FileChannel channel;
    private Object fileKey;
    private long position;
    private long lineNumber;

    public FileFollower(Path path, LineConsumer consumer) {
        this.path = path;
        this.consumer = consumer;
    }

    public Path path() {
        return path;
    }

    /** Reads whatever is new. @return whether any bytes were read */
    public boolean poll() throws IOException {
        if (channel == null && !open()) {
            return false;
        }
        boolean any = drain();
        Object currentKey = currentKey();
        if (currentKey != null && !Objects.equals(currentKey, fileKey)) {
            any |= drain();
            flushPartial();
            channel.close();
            channel = null;
            any |= open() && drain();
        } else if (channel.size() < position) {
            pendingLength = 0;
            position = 0;
            lineNumber = 0;
            any |= drain();
        }
        return any;
    }

    private boolean open() throws IOException {
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return false;
        }
        fileKey = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        position = 0;
        lineNumber = 0;
        pendingLength = 0;
        return true;
    }

    private Object currentKey() throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private boolean drain() throws IOException {
        boolean any = false;
        while (true) {
            buffer.clear();
            int n = channel.read(buffer, position);
            if (n <= 0) {
                return any;
            }
            any = true;
            position += n;
            emitLines(buffer.array(), n);
        }
    }

    private void emitLines(byte[] b, int n) throws IOException {
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] != '\n') {
                continue;
            }
            if (pendingLength > 0) {
                append(b, start, i);
                lineNumber++;
                consumer.line(pending, 0, pendingLength, lineNumber);
                pendingLength = 0;
            } else {
                lineNumber++;
                consumer.line(b, start, i, lineNumber);
            }
            start = i + 1;
        }
        append(b, start, n);
    }

    /** A rotated-away file's last line may lack its newline; it is complete now that the file is closed. */
    private void flushPartial() throws IOException {
        if (pendingLength > 0) {
            lineNumber++;
            consumer.line(pending, 0, pendingLength, lineNumber);
            pendingLength = 0;
        }
    }

    private void append(byte[] b, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return;
        }
        if (pendingLength + n > ChunkExecutor.MAX_LINE) {
            // An endless line: drop what was kept rather than buffer without bound.
            pendingLength = 0;
            return;
        }
        if (pendingLength + n > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLength + n));
        }
        System.arraycopy(b, from, pending, pendingLength, n);
        pendingLength += n;
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
