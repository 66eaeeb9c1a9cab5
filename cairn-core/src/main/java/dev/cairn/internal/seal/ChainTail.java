package dev.cairn.internal.seal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Where a chain goes on: the number after the last chain entry of a log, that entry's link, and the key id and epoch of
 * the last record. A writer that starts on an existing log continues its chain, so a restart is not a break, and never
 * takes an epoch the chain already used. The log's end is the active file's; when it holds no chain entry (a restart
 * right after rotation), the newest backup's, gzipped or not. Only the last 1 MiB of a file is searched.
 *
 * @param keyId the key id of the last record, or null when there is none
 * @param epoch the epoch of the last record, or -1 when there is none
 */
record ChainTail(long next, byte[] link, String keyId, long epoch) {

    private static final int WINDOW = 1 << 20;

    static ChainTail genesis() {
        return new ChainTail(0, new byte[KeySchedule.KEY_BYTES], null, -1);
    }

    /** The tail of the log whose active file is {@code active}. */
    static ChainTail of(Path active) throws IOException {
        ChainTail tail = isRegular(active) ? search(lastWindow(active)) : null;
        if (tail == null) {
            Path backup = newestBackup(active);
            tail = backup == null ? null : search(lastWindow(backup));
        }
        return tail == null ? genesis() : tail;
    }

    /** The tail of a file's last bytes, or null when they hold no chain entry. */
    private static ChainTail search(byte[] bytes) {
        long next = -1;
        byte[] link = null;
        int end = bytes.length;
        while (end > 0) {
            int start = end - 1;
            while (start > 0 && bytes[start - 1] != '\n') {
                start--;
            }
            int lineEnd = bytes[end - 1] == '\n' ? end - 1 : end;
            boolean whole = end < bytes.length || bytes[bytes.length - 1] == '\n';
            if (whole && lineEnd > start) {
                SealedLine line = SealedLine.parse(bytes, start, lineEnd - start);
                if (line.isChainEntry() && link == null) {
                    next = line.number() + 1;
                    link = KeySchedule.link(bytes, start, lineEnd - start);
                }
                if (line.kind() == SealedLine.Kind.ENCRYPTED || line.kind() == SealedLine.Kind.INTEGRITY) {
                    return new ChainTail(next, link, line.keyId(), line.epoch());
                }
            }
            end = start;
        }
        return link == null ? null : new ChainTail(next, link, null, -1);
    }

    private static boolean isRegular(Path file) {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    /** The last 1 MiB of {@code file} (of its content, for a gzipped file). */
    private static byte[] lastWindow(Path file) throws IOException {
        if (file.getFileName().toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS))) {
                byte[] all = in.readAllBytes();
                return all.length <= WINDOW ? all : Arrays.copyOfRange(all, all.length - WINDOW, all.length);
            }
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            long size = channel.size();
            int length = (int) Math.min(size, WINDOW);
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining() && channel.read(buffer, size - length + buffer.position()) > 0) {
                // reads the window
            }
            return Arrays.copyOf(buffer.array(), buffer.position());
        }
    }

    /** The newest regular backup of {@code active}, ordered as the verifier orders a log's files, or null. */
    private static Path newestBackup(Path active) throws IOException {
        Path folder = active.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return null;
        }
        String name = active.getFileName().toString();
        int dot = name.lastIndexOf('.');
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> entries =
                Files.newDirectoryStream(folder, (dot > 0 ? name.substring(0, dot) : name) + ".*")) {
            for (Path entry : entries) {
                if (isRegular(entry) && !entry.getFileName().toString().endsWith(".partial")) {
                    candidates.add(entry);
                }
            }
        }
        List<SealedFile> files =
                SealedFile.byLog(candidates).get(active.toAbsolutePath().toString());
        if (files == null) {
            return null;
        }
        for (int i = files.size() - 1; i >= 0; i--) {
            if (files.get(i).label != null) {
                return files.get(i).path;
            }
        }
        return null;
    }
}
