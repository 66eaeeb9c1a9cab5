package dev.cairn.internal.sink;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.util.Set;

/**
 * Log files and their backups are touched only as regular files and never through a symbolic link at their own name:
 * a link, FIFO, device, socket or directory there is refused with a reason naming what it is, before anything opens
 * it (opening a FIFO would block until a reader came). Every open also carries {@code NOFOLLOW_LINKS}
 * ({@code O_NOFOLLOW}), so a link put in place between the check and the open fails the open instead of being
 * followed. Folders above the file may be links: only the file's own name is guarded.
 */
final class RegularFiles {

    private static final int TYPE_MASK = 0170000;

    private RegularFiles() {}

    /** Throws unless {@code path} names a regular file or nothing at all; never follows a link at {@code path}. */
    static void requireRegularOrAbsent(Path path) throws IOException {
        if (path.getFileName() == null) {
            throw refused(path, "a directory");
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return;
        }
        if (!attributes.isRegularFile()) {
            throw refused(path, kindOf(path, attributes));
        }
    }

    /** Whether {@code path} is a regular file itself, not a link to one. */
    static boolean isRegular(Path path) {
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** Opens {@code path} for appending, creating it with {@code attributes}, after checking what it is. */
    static FileChannel openForAppend(Path path, FileAttribute<?>[] attributes) throws IOException {
        requireRegularOrAbsent(path);
        return FileChannel.open(
                path,
                Set.of(
                        StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND,
                        StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS),
                attributes);
    }

    /** Opens an existing regular file for reading, after checking what it is. */
    static FileChannel openForRead(Path path) throws IOException {
        requireRegularOrAbsent(path);
        return FileChannel.open(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    }

    /** The identity of the file at {@code path} itself (a link's own, not its target's), or null if there is none. */
    static Object key(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private static FileSystemException refused(Path path, String kind) {
        return new FileSystemException(
                path.toString(),
                null,
                "is " + kind + ", not a regular file; log files are never reached through links or special files");
    }

    private static String kindOf(Path path, BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            return "a symbolic link";
        }
        if (attributes.isDirectory()) {
            return "a directory";
        }
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & TYPE_MASK;
            switch (type) {
                case 0010000:
                    return "a FIFO";
                case 0020000:
                    return "a character device";
                case 0060000:
                    return "a block device";
                case 0140000:
                    return "a socket";
                default:
                    return "a special file";
            }
        } catch (IOException | RuntimeException e) {
            return "a special file";
        }
    }
}
