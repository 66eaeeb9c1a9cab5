package dev.cairn.internal.sink;

import dev.cairn.internal.Diagnostics;
import dev.cairn.internal.layout.Layout;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Appends records to a file opened with {@code O_APPEND}, created owner-only (0600) on POSIX with its parent folders.
 * Each flush is one {@code write} of whole records, so several processes appending to one file never interleave
 * inside a line. If the file does not end with a newline when opened (a crash cut the last record), a newline is
 * written first so that no two records share a line.
 */
public final class FileSink extends EncodingSink {

    static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final Path path;
    private final FileChannel channel;

    private FileSink(Layout layout, Path path, FileChannel channel) {
        super(layout);
        this.path = path;
        this.channel = channel;
    }

    /**
     * Opens {@code path} for appending, creating it and its parent folders; an existing file with wider permissions
     * is narrowed to 0600 and {@code diagnostics} told so.
     */
    public static FileSink open(Layout layout, Path path, Diagnostics diagnostics) throws IOException {
        Path absolute = path.toAbsolutePath();
        Path parent = absolute.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        FileChannel channel = FileChannel.open(absolute,
                Set.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE), attributes);
        try {
            Set<PosixFilePermission> current = posix ? Files.getPosixFilePermissions(absolute) : OWNER_ONLY;
            if (!current.equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(absolute, OWNER_ONLY);
                diagnostics.warn("narrowed the permissions of " + absolute + " from "
                        + PosixFilePermissions.toString(current) + " to rw-------");
            }
            terminateLastLine(absolute, channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return new FileSink(layout, absolute, channel);
    }

    private static void terminateLastLine(Path path, FileChannel append) throws IOException {
        long size = append.size();
        if (size == 0) {
            return;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        try (FileChannel reader = FileChannel.open(path, StandardOpenOption.READ)) {
            reader.read(last, size - 1);
        }
        if (last.get(0) != '\n') {
            writeFully(append, ByteBuffer.wrap(new byte[] {'\n'}));
        }
    }

    public Path path() {
        return path;
    }

    @Override
    protected void writeBytes(byte[] bytes, int length) throws IOException {
        writeFully(channel, ByteBuffer.wrap(bytes, 0, length));
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    @Override
    protected void flushDestination() {
        // Bytes go straight to the file descriptor: nothing is buffered in user space.
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            channel.close();
        }
    }

    @Override
    public String toString() {
        return "file " + path;
    }
}
