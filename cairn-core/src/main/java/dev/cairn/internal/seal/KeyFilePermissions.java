package dev.cairn.internal.seal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/** Key files are owner-only: checked before a secret key is read, and set when one is written. */
public final class KeyFilePermissions {

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private KeyFilePermissions() {}

    /**
     * @throws IllegalArgumentException when {@code file} is not a regular file, or group or others may use it
     */
    static void requireOwnerOnly(Path file) throws IOException {
        requireOwnerOnly(file, "key file");
    }

    /**
     * @param what what the file is, for the message ({@code "key file"}, {@code "keystore"})
     * @throws IllegalArgumentException when {@code file} is not a regular file, or group or others may use it
     */
    static void requireOwnerOnly(Path file, String what) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException(
                    what + " " + file + " is not a regular file (missing, a link, or a special file)");
        }
        if (!POSIX) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
        Set<PosixFilePermission> wider = EnumSet.copyOf(permissions);
        wider.removeAll(OWNER_ONLY);
        if (!wider.isEmpty()) {
            throw new IllegalArgumentException(what + " " + file + " has permissions "
                    + PosixFilePermissions.toString(permissions) + "; a " + what + " must be readable by its owner only"
                    + " (chmod 600 " + file + ")");
        }
    }

    /** Writes {@code text} to {@code file} owner-only, replacing it atomically (a temporary file, then a rename). */
    public static void writeOwnerOnly(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Path temporary = parent.resolve("." + file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        FileAttribute<?>[] attributes = POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Files.createFile(temporary, attributes);
        try (var channel = java.nio.channels.FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            var buffer = java.nio.ByteBuffer.wrap(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
