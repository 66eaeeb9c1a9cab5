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
 * its start. A file truncated in place (copy-truncate) is read again from its start; like log
 * shippers, the follower recognises it by content, not only by size: before each read it checks that
 * the file's first bytes and the bytes just before its position are still those it read, so a file
 * that was truncated and grew past the old position between two polls is caught too. The caller
 * decides how long to wait between polls, which keeps this class free of sleeps and easy to test.
 */
public final class FileFollower implements AutoCloseable {

    /** Receives one complete line (without its newline) and its 1-based line number in the current file. */
    @FunctionalInterface
    public interface LineConsumer {
        void line(byte[] b, int from, int to, long lineNumber) throws IOException;
    }

    private static final int READ_SIZE = 1 << 20;
    /** How many bytes at the start of the file, and before the read position, identify its content. */
    private static final int FINGERPRINT = 256;

    private final Path path;
    private final LineConsumer consumer;
    private final ByteBuffer buffer = ByteBuffer.allocate(READ_SIZE);
    private byte[] pending = new byte[4096];
    private int pendingLength;
    private FileChannel channel;
    private Object fileKey;
    private long position;
    private long lineNumber;
    private final byte[] head = new byte[FINGERPRINT];
    private int headLength;
    private final byte[] tail = new byte[FINGERPRINT];
    private int tailLength;
    private final ByteBuffer check = ByteBuffer.allocate(FINGERPRINT);

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
        if (position > 0 && (channel.size() < position || !sameContent())) {
            restart();
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
            restart();
            any |= drain();
        }
        return any;
    }

    /** The file was truncated in place: read it again from its start. */
    private void restart() {
        pendingLength = 0;
        position = 0;
        lineNumber = 0;
        headLength = 0;
        tailLength = 0;
    }

    /** Whether the bytes read before (the file's first bytes, those just before the position) are still there. */
    private boolean sameContent() throws IOException {
        return matches(0, head, headLength) && matches(position - tailLength, tail, tailLength);
    }

    private boolean matches(long at, byte[] expected, int length) throws IOException {
        check.clear().limit(length);
        while (check.hasRemaining()) {
            if (channel.read(check, at + check.position()) <= 0) {
                return false;
            }
        }
        return Arrays.equals(check.array(), 0, length, expected, 0, length);
    }

    /** Keeps the fingerprint of what was just read: {@code n} bytes of {@code b}, ending at {@link #position}. */
    private void remember(byte[] b, int n) {
        long start = position - n;
        if (start < FINGERPRINT) {
            int count = (int) Math.min(n, FINGERPRINT - start);
            System.arraycopy(b, 0, head, (int) start, count);
            headLength = (int) Math.max(headLength, start + count);
        }
        if (n >= FINGERPRINT) {
            System.arraycopy(b, n - FINGERPRINT, tail, 0, FINGERPRINT);
            tailLength = FINGERPRINT;
        } else {
            int keep = Math.min(tailLength, FINGERPRINT - n);
            System.arraycopy(tail, tailLength - keep, tail, 0, keep);
            System.arraycopy(b, 0, tail, keep, n);
            tailLength = keep + n;
        }
    }

    private boolean open() throws IOException {
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return false;
        }
        fileKey = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        restart();
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
            remember(buffer.array(), n);
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
