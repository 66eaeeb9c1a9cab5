package dev.cairn.internal.sink;

import dev.cairn.internal.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * The rotated files of one log file: {@code app.log} rolls to {@code app.2026-11-21.1.log}, then
 * {@code app.2026-11-21.2.log} and so on within the period, each gzipped to {@code app.2026-11-21.1.log.gz} when
 * compression is on. Also applies retention (count, total size, age), oldest first.
 */
final class BackupFiles {

    private final Path active;
    private final String stem;
    private final String extension;
    private final Pattern pattern;

    BackupFiles(Path active) {
        this.active = active;
        String name = active.getFileName().toString();
        int dot = name.lastIndexOf('.');
        this.stem = dot > 0 ? name.substring(0, dot) : name;
        this.extension = dot > 0 ? name.substring(dot) : "";
        this.pattern = Pattern.compile(Pattern.quote(stem) + "\\.(\\d{4}-\\d{2}-\\d{2}(?:-\\d{2})?)\\.(\\d{1,9})"
                + Pattern.quote(extension) + "(\\.gz)?");
    }

    /** The name for the next backup of {@code label}: one past the highest index already used. */
    Path nextBackup(String label) throws IOException {
        int highest = 0;
        for (Backup backup : list()) {
            if (backup.label.equals(label)) {
                highest = Math.max(highest, backup.index);
            }
        }
        return active.resolveSibling(stem + "." + label + "." + (highest + 1) + extension);
    }

    /** Backups not yet compressed, e.g. left by a process that stopped while compressing. */
    List<Path> uncompressed() throws IOException {
        List<Path> result = new ArrayList<>();
        for (Backup backup : list()) {
            if (!backup.compressed) {
                result.add(backup.path);
            }
        }
        return result;
    }

    /** Gzips {@code backup} next to itself, owner-only from creation, then deletes it. */
    static void compress(Path backup) throws IOException {
        Path target = backup.resolveSibling(backup.getFileName() + ".gz");
        Path partial = backup.resolveSibling(backup.getFileName() + ".gz.partial");
        Files.deleteIfExists(partial);
        try (FileChannel channel = FileChannel.open(partial,
                        Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), FileSink.ownerOnly());
                OutputStream out = new GZIPOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                InputStream in = Files.newInputStream(backup)) {
            in.transferTo(out);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        Files.delete(backup);
    }

    /** Deletes the oldest backups beyond {@code keep}, beyond {@code maxTotalBytes} (if positive) and older than {@code oldest}. */
    void retain(int keep, long maxTotalBytes, Instant oldest, Diagnostics diagnostics) throws IOException {
        List<Backup> backups = list();
        backups.sort(Comparator.comparing((Backup b) -> b.label).thenComparingInt(b -> b.index).reversed());
        long total = 0;
        int kept = 0;
        for (Backup backup : backups) {
            long size;
            FileTime modified;
            try {
                size = Files.size(backup.path);
                modified = Files.getLastModifiedTime(backup.path);
            } catch (java.nio.file.NoSuchFileException e) {
                continue;
            }
            total += size;
            boolean tooMany = kept >= keep;
            boolean tooBig = maxTotalBytes > 0 && total > maxTotalBytes;
            boolean tooOld = oldest != null && modified.toInstant().isBefore(oldest);
            if (tooMany || tooBig || tooOld) {
                try {
                    Files.deleteIfExists(backup.path);
                } catch (IOException e) {
                    diagnostics.throttled("retention:" + active, "cannot delete old log file " + backup.path + " ("
                            + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
                }
            } else {
                kept++;
            }
        }
    }

    private List<Backup> list() throws IOException {
        List<Backup> backups = new ArrayList<>();
        Path folder = active.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return backups;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, stem + ".*")) {
            for (Path entry : entries) {
                Matcher matcher = pattern.matcher(entry.getFileName().toString());
                if (matcher.matches()) {
                    backups.add(new Backup(entry, matcher.group(1), Integer.parseInt(matcher.group(2)),
                            matcher.group(3) != null));
                }
            }
        }
        return backups;
    }

    private record Backup(Path path, String label, int index, boolean compressed) {
    }
}
