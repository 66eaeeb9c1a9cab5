package dev.cairn.internal.delivery;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The disk spool of one delivery channel: a folder (0700) of numbered files (0600) in {@link SpoolFormat}, written at
 * the newest and read from the oldest, bounded by a total size.
 *
 * <p>Ownership: a process holds the folder through a lock on its {@code lock} file, so two log systems never read
 * the same entries; {@link #open} returns null while another holds it. Not thread-safe: the channel calls it under
 * its own lock.
 *
 * <p>Reading: an entry read is sent by the channel and then {@linkplain #acknowledge acknowledged}; the position of
 * the last acknowledged entry is kept in the {@code cursor} file, so a restart resends at most the entries read but
 * not yet acknowledged (at-least-once). A file is deleted once all its entries are acknowledged.
 *
 * <p>Full: before an entry would make the files exceed {@code maxBytes}, the oldest whole files are deleted, their
 * unread records counted as dropped; an entry larger than the whole spool is dropped itself.
 */
final class Spool implements AutoCloseable {

    private static final Pattern FILE = Pattern.compile("(\\d{20})\\.spool");
    private static final String CURSOR = "cursor";
    private static final long FIRST_SEQUENCE = 1_000_000_000_000L;
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path folder;
    private final long maxBytes;
    private final long segmentBytes;
    private final FileChannel lockFile;
    private final FileLock lock;
    private final TreeMap<Long, SpoolFile> files = new TreeMap<>();
    private long nextSequence;
    private long totalBytes;
    private long records;
    private long lost;
    private SpoolFile active;

    /**
     * What one append did: whether the entry was stored (not when it is larger than the whole spool), and the records
     * of the oldest files deleted to make room.
     */
    record Appended(boolean stored, long droppedRecords, int droppedFiles) {}

    /** One entry read, to be acknowledged once sent. */
    record Read(List<byte[]> items, Position position) {}

    /** Where an entry read ends: the file and the offset after it. */
    record Position(long sequence, long next) {}

    private static final class SpoolFile {
        final long sequence;
        final Path path;
        long bytes;
        long records;
        long readOffset;
        int unacknowledged;
        boolean exhausted;
        FileChannel channel;

        SpoolFile(long sequence, Path path) {
            this.sequence = sequence;
            this.path = path;
        }
    }

    private Spool(Path folder, long maxBytes, FileChannel lockFile, FileLock lock) {
        this.folder = folder;
        this.maxBytes = maxBytes;
        this.segmentBytes = Math.max(64 * 1024, Math.min(64L << 20, maxBytes / 8));
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /**
     * Opens the spool in {@code folder}, creating it; null if another channel (in this or another process) holds it.
     * Files left by an earlier run are kept, to be read first.
     */
    static Spool open(Path folder, long maxBytes) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, attributes("rwx------"));
        }
        FileChannel lockFile = FileChannel.open(
                folder.resolve("lock"),
                Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                attributes("rw-------"));
        FileLock lock;
        try {
            lock = lockFile.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockFile.close();
            return null;
        }
        Spool spool = new Spool(folder, maxBytes, lockFile, lock);
        try {
            spool.load();
        } catch (IOException | RuntimeException e) {
            spool.close();
            throw e;
        }
        return spool;
    }

    private static FileAttribute<?>[] attributes(String permissions) {
        return POSIX
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
                }
                : new FileAttribute<?>[0];
    }

    /** Finds the files of an earlier run, counts their records and skips what the cursor says was sent. */
    private void load() throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path path : (Iterable<Path>) listing::iterator) {
                Matcher name = FILE.matcher(path.getFileName().toString());
                if (name.matches()) {
                    long sequence = Long.parseLong(name.group(1));
                    SpoolFile file = new SpoolFile(sequence, path);
                    file.bytes = Files.size(path);
                    files.put(sequence, file);
                    nextSequence = Math.max(nextSequence, sequence + 1);
                }
            }
        }
        if (files.isEmpty()) {
            // Numbers start high so that batches older than every file can still be put before them at shutdown.
            nextSequence = FIRST_SEQUENCE;
        }
        long[] cursor = readCursor();
        for (SpoolFile file : files.values()) {
            totalBytes += file.bytes;
            try (FileChannel channel = FileChannel.open(file.path, StandardOpenOption.READ)) {
                SpoolFormat.Source source = source(channel);
                if (!SpoolFormat.hasMagic(source)) {
                    file.exhausted = true;
                    continue;
                }
                file.readOffset = SpoolFormat.MAGIC.length;
                if (cursor != null && cursor[0] == file.sequence && cursor[1] > file.readOffset) {
                    file.readOffset = Math.min(cursor[1], file.bytes);
                }
                file.records = SpoolFormat.records(source, file.readOffset);
                records += file.records;
            }
        }
        for (SpoolFile file : new ArrayList<>(files.values())) {
            if (file.exhausted) {
                deleteIfDone(file);
            }
        }
    }

    private long[] readCursor() {
        try {
            String[] fields = Files.readString(folder.resolve(CURSOR), StandardCharsets.US_ASCII)
                    .trim()
                    .split(" ");
            return fields.length == 2 ? new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])} : null;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            // A damaged cursor costs only duplicates: the files are read from their start.
            return null;
        }
    }

    private static SpoolFormat.Source source(FileChannel channel) {
        return new SpoolFormat.Source() {
            @Override
            public long size() throws IOException {
                return channel.size();
            }

            @Override
            public void read(long position, byte[] into) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(into);
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, position + buffer.position()) < 0) {
                        throw new IOException("spool file shrank while read");
                    }
                }
            }
        };
    }

    /** The folder this spool lives in. */
    Path folder() {
        return folder;
    }

    /** Records stored and not yet read. */
    long records() {
        return records;
    }

    /** Whether no record waits to be read. */
    boolean isEmpty() {
        return records == 0;
    }

    /** Records of damaged or cut entries found since the last call. */
    long takeLost() {
        long taken = lost;
        lost = 0;
        return taken;
    }

    /**
     * Stores {@code items} as one entry, first deleting the oldest files if the spool would grow beyond its bound.
     *
     * @throws IOException if the entry could not be written; the spool is left as before
     */
    Appended append(List<byte[]> items) throws IOException {
        byte[] entry = SpoolFormat.encode(items);
        if (entry.length + SpoolFormat.MAGIC.length > maxBytes) {
            return new Appended(false, 0, 0);
        }
        long droppedRecords = 0;
        int droppedFiles = 0;
        while (totalBytes + entry.length + SpoolFormat.MAGIC.length > maxBytes && !files.isEmpty()) {
            SpoolFile oldest = files.firstEntry().getValue();
            droppedRecords += oldest.records;
            records -= oldest.records;
            droppedFiles++;
            delete(oldest);
        }
        if (active == null || active.bytes + entry.length > segmentBytes) {
            roll();
        }
        long before = active.bytes;
        try {
            write(active.channel, entry, before);
        } catch (IOException e) {
            active.channel.truncate(before);
            throw e;
        }
        active.bytes += entry.length;
        active.records += items.size();
        totalBytes += entry.length;
        records += items.size();
        return new Appended(true, droppedRecords, droppedFiles);
    }

    private static void write(FileChannel channel, byte[] bytes, long position) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer, position + buffer.position());
        }
    }

    private void roll() throws IOException {
        endActive();
        active = create(nextSequence++);
    }

    /**
     * Stores {@code batches}, which are older than every entry here, in a file read before all others (at shutdown,
     * for the batches still in memory). Beyond the bound the oldest of them are dropped, as at any append.
     *
     * @return the records dropped
     */
    long prepend(List<List<byte[]>> batches) throws IOException {
        long room = maxBytes - totalBytes - SpoolFormat.MAGIC.length;
        List<byte[]> entries = new ArrayList<>();
        long dropped = 0;
        long needed = 0;
        for (List<byte[]> batch : batches) {
            byte[] entry = SpoolFormat.encode(batch);
            entries.add(entry);
            needed += entry.length;
        }
        int first = 0;
        while (first < entries.size() && needed > room) {
            needed -= entries.get(first).length;
            dropped += batches.get(first).size();
            first++;
        }
        if (first == entries.size()
                || files.isEmpty() && nextSequence == 0
                || !files.isEmpty() && files.firstKey() == 0) {
            return dropped
                    + batches.subList(first, batches.size()).stream()
                            .mapToLong(List::size)
                            .sum();
        }
        SpoolFile file = create(files.isEmpty() ? nextSequence++ : files.firstKey() - 1);
        try {
            for (int i = first; i < entries.size(); i++) {
                write(file.channel, entries.get(i), file.bytes);
                file.bytes += entries.get(i).length;
                file.records += batches.get(i).size();
                totalBytes += entries.get(i).length;
                records += batches.get(i).size();
            }
        } finally {
            file.channel.close();
            file.channel = null;
        }
        return dropped;
    }

    private SpoolFile create(long sequence) throws IOException {
        Path path = folder.resolve(String.format("%020d.spool", sequence));
        FileChannel channel = FileChannel.open(
                path,
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ),
                attributes("rw-------"));
        try {
            write(channel, SpoolFormat.MAGIC, 0);
        } catch (IOException e) {
            channel.close();
            Files.deleteIfExists(path);
            throw e;
        }
        SpoolFile file = new SpoolFile(sequence, path);
        file.channel = channel;
        file.bytes = SpoolFormat.MAGIC.length;
        file.readOffset = SpoolFormat.MAGIC.length;
        files.put(sequence, file);
        totalBytes += file.bytes;
        return file;
    }

    /** Stops appending to the active file: later entries go to a new one, and it can be deleted once read. */
    private void endActive() throws IOException {
        if (active != null) {
            SpoolFile ended = active;
            active = null;
            ended.channel.close();
            ended.channel = null;
        }
    }

    /**
     * The oldest entry not yet read, or null when there is none. Damaged and cut entries on the way are skipped and
     * their records counted ({@link #takeLost}).
     */
    Read next() throws IOException {
        for (SpoolFile file : new ArrayList<>(files.values())) {
            if (file.exhausted) {
                continue;
            }
            while (true) {
                SpoolFormat.Entry entry;
                if (file == active) {
                    entry = SpoolFormat.read(source(file.channel), file.readOffset);
                } else {
                    try (FileChannel channel = FileChannel.open(file.path, StandardOpenOption.READ)) {
                        entry = SpoolFormat.read(source(channel), file.readOffset);
                    }
                }
                if (entry instanceof SpoolFormat.Whole whole) {
                    file.readOffset = whole.next();
                    file.records -= whole.items().size();
                    records -= whole.items().size();
                    file.unacknowledged++;
                    return new Read(whole.items(), new Position(file.sequence, whole.next()));
                }
                if (entry instanceof SpoolFormat.Damaged damaged) {
                    file.readOffset = damaged.next();
                    lose(file, damaged.records());
                    continue;
                }
                if (entry instanceof SpoolFormat.Cut cut) {
                    lose(file, cut.records());
                }
                // The end of the file, whole or not: once its entries in flight are acknowledged it goes.
                lose(file, file.records);
                if (file == active) {
                    endActive();
                }
                file.exhausted = true;
                deleteIfDone(file);
                break;
            }
        }
        return null;
    }

    private void lose(SpoolFile file, long count) {
        long counted = Math.min(count, file.records);
        file.records -= counted;
        records -= counted;
        lost += counted;
    }

    /** Marks the entry ending at {@code position} as sent: the cursor moves past it, its file goes once all are. */
    void acknowledge(Position position) throws IOException {
        SpoolFile file = files.get(position.sequence());
        if (file == null) {
            return;
        }
        file.unacknowledged--;
        Path cursor = folder.resolve(CURSOR);
        Path next = folder.resolve(CURSOR + ".next");
        try (FileChannel out = FileChannel.open(
                next,
                Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING),
                attributes("rw-------"))) {
            write(out, (position.sequence() + " " + position.next() + "\n").getBytes(StandardCharsets.US_ASCII), 0);
        }
        Files.move(next, cursor, StandardCopyOption.REPLACE_EXISTING);
        deleteIfDone(file);
    }

    private void deleteIfDone(SpoolFile file) throws IOException {
        if (file.exhausted && file.unacknowledged <= 0) {
            delete(file);
        }
    }

    private void delete(SpoolFile file) throws IOException {
        if (file == active) {
            endActive();
        }
        files.remove(file.sequence);
        totalBytes -= file.bytes;
        Files.deleteIfExists(file.path);
    }

    /** Releases the folder; the files stay for the next start. */
    @Override
    public void close() throws IOException {
        try {
            endActive();
        } finally {
            try {
                lock.release();
            } finally {
                lockFile.close();
            }
        }
    }

    /** For tests and reports: the spool's files, oldest first. */
    List<Path> files() {
        List<Path> paths = new ArrayList<>();
        for (Map.Entry<Long, SpoolFile> file : files.entrySet()) {
            paths.add(file.getValue().path);
        }
        return paths;
    }
}
