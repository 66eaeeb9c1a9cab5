package dev.cairn.internal.sink;

import dev.cairn.internal.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * The rotated files of one log file: {@code app.log} rolls to {@code app.2026-11-21.1.log}, then
 * {@code app.2026-11-21.2.log} and so on within the period, each gzipped to {@code app.2026-11-21.1.log.gz} when
 * compression is on. Also applies retention (count, total size, age), oldest first. Only regular files count as
 * backups: a link or special file with a backup's name is neither compressed nor followed.
 */
final class BackupFiles {

    private final Path active;
    private final String stem;
    private final String extension;
    private final Pattern pattern;
    private final Pattern partialPattern;
    /** The last backup name this process gave, per label: never given again, even if a listing missed it. */
    private final Map<String, Integer> lastGiven = new HashMap<>();

    BackupFiles(Path active) {
        this.active = active;
        String name = active.getFileName().toString();
        int dot = name.lastIndexOf('.');
        this.stem = dot > 0 ? name.substring(0, dot) : name;
        this.extension = dot > 0 ? name.substring(dot) : "";
        this.pattern = Pattern.compile(Pattern.quote(stem) + "\\.(\\d{4}-\\d{2}-\\d{2}(?:-\\d{2})?)\\.(\\d{1,9})"
                + Pattern.quote(extension) + "(\\.gz)?");
        this.partialPattern = Pattern.compile(Pattern.quote(stem) + "\\.\\d{4}-\\d{2}-\\d{2}(?:-\\d{2})?\\.\\d{1,9}"
                + Pattern.quote(extension) + "\\.gz\\.partial");
    }

    /**
     * The name for the next backup of {@code label}: one past the highest index on disk or given before. A listing is
     * not a snapshot (a backup being compressed can be missed under both its names), so the index given last is
     * remembered: a new backup never takes the name of one still being compressed.
     */
    Path nextBackup(String label) throws IOException {
        int highest = lastGiven.getOrDefault(label, 0);
        for (Backup backup : list()) {
            if (backup.label.equals(label)) {
                highest = Math.max(highest, backup.index);
            }
        }
        lastGiven.put(label, highest + 1);
        return active.resolveSibling(stem + "." + label + "." + (highest + 1) + extension);
    }

    /** Deletes the {@code .gz.partial} files a compression cut short (a crash, a full disk) left; their backups stay. */
    void removePartials() throws IOException {
        Path folder = active.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, stem + ".*")) {
            for (Path entry : entries) {
                if (partialPattern.matcher(entry.getFileName().toString()).matches() && RegularFiles.isRegular(entry)) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }

    /** Backups not yet compressed, e.g. left by a process that stopped while compressing. */
    List<Path> uncompressed() throws IOException {
        List<Path> result = new ArrayList<>();
        for (Backup backup : list()) {
            if (!backup.compressed && backup.regular) {
                result.add(backup.path);
            }
        }
        return result;
    }

    /**
     * Gzips {@code backup} next to itself, owner-only from creation, then deletes it. A backup already gone (deleted by
     * retention while it waited, compressed before) is nothing to do; a compression that fails (a full disk) leaves
     * the backup as it was and removes its partial file.
     */
    static void compress(Path backup) throws IOException {
        Path target = backup.resolveSibling(backup.getFileName() + ".gz");
        Path partial = backup.resolveSibling(backup.getFileName() + ".gz.partial");
        Files.deleteIfExists(partial);
        if (!RegularFiles.isRegular(backup)) {
            return;
        }
        try {
            gzip(backup, partial);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            if (e instanceof NoSuchFileException && !Files.exists(backup, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        Files.delete(backup);
    }

    private static void gzip(Path backup, Path partial) throws IOException {
        try (FileChannel input = RegularFiles.openForRead(backup);
                FileChannel channel = FileChannel.open(
                        partial,
                        Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                        FileSink.ownerOnly());
                OutputStream out = new GZIPOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                InputStream in = Channels.newInputStream(input)) {
            in.transferTo(out);
        }
    }

    /** Deletes the oldest backups beyond {@code keep}, beyond {@code maxTotalBytes} (if positive) and older than {@code oldest}. */
    void retain(int keep, long maxTotalBytes, Instant oldest, Diagnostics diagnostics) throws IOException {
        List<Backup> backups = list();
        backups.sort(Comparator.comparing((Backup b) -> b.label)
                .thenComparingInt(b -> b.index)
                .reversed());
        long total = 0;
        int kept = 0;
        for (Backup backup : backups) {
            if (!backup.regular) {
                continue;
            }
            long size;
            FileTime modified;
            try {
                size = Files.readAttributes(backup.path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                        .size();
                modified = Files.getLastModifiedTime(backup.path, LinkOption.NOFOLLOW_LINKS);
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
                    diagnostics.throttled(
                            "retention:" + active,
                            "cannot delete old log file " + backup.path + " ("
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
                    backups.add(new Backup(
                            entry,
                            matcher.group(1),
                            Integer.parseInt(matcher.group(2)),
                            matcher.group(3) != null,
                            RegularFiles.isRegular(entry)));
                }
            }
        }
        return backups;
    }

    /**
     * One name matching the backup pattern. Every such name takes its index, whatever it is (a file compressed or
     * deleted while listed included), so a new backup never replaces one; only regular ones are compressed or
     * counted for retention.
     */
    private record Backup(Path path, String label, int index, boolean compressed, boolean regular) {}
}
