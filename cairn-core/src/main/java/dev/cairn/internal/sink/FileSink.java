package dev.cairn.internal.sink;

import dev.cairn.Level;
import dev.cairn.internal.Diagnostics;
import dev.cairn.internal.config.FileOptions;
import dev.cairn.internal.layout.Layout;
import dev.cairn.internal.seal.Sealer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Appends records to a file and rolls it over by size and time, keeping a bounded set of backups.
 *
 * <p>Writing: the file is opened with {@code O_APPEND}, created owner-only (0600) on POSIX with its folders, and each
 * flush is one {@code write} of whole records, so several processes appending to one file never interleave inside a
 * line. If the file does not end with a newline when opened (a crash cut the last record), a newline is written
 * first so that no two records share a line.
 *
 * <p>Special files: a symbolic link, FIFO, device or directory at the path is refused, never opened, chmodded,
 * rotated or compressed ({@link RegularFiles}); if the path is replaced by one while the file is open, the next
 * identity check or rotation notices it and the sink stops writing until a regular file is there again.
 *
 * <p>Rotation: before a record would take the file past {@code maxBytes}, or when a new hour or day begins, the
 * file is renamed to its backup name ({@link BackupFiles}) and a new one created; a record is never split across
 * files. Compression and retention run on a background thread, never on the thread that logs.
 *
 * <p>Recovery: at most once a second (a {@code stat} per write would double the cost of a synchronous record), and at
 * once after a failed write, the sink checks that the path still names the file it has open; if the file was deleted,
 * moved or replaced (its folder removed, an external rotation), it is reopened. Records written in the second before
 * such a check went to the old file. If reopening fails the write fails (the records are counted lost by the caller)
 * and reopening is retried at most once a second, so the sink recovers by itself when the cause is gone.
 *
 * <p>Sealing: with a {@link Sealer} (its layout seals every record), each file opened starts with the sealer's
 * header line, and its checkpoints are written after a flush when due and at close.
 */
public final class FileSink extends EncodingSink {

    static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final long RETRY_MILLIS = 1_000;
    private static final long IDENTITY_CHECK_MILLIS = 1_000;

    private final Path path;
    private final FileOptions options;
    private final Clock clock;
    private final Diagnostics diagnostics;
    private final RotationPeriods periods;
    private final BackupFiles backups;
    private final Sealer sealer;
    private ExecutorService background;
    private FileChannel channel;
    private Object fileKey;
    private long size;
    private Instant periodStart;
    private long periodEndMillis = Long.MAX_VALUE;
    private long lastForceMillis;
    private long retryAtMillis;
    private long identityCheckedMillis;

    private FileSink(
            Layout layout, Path path, FileOptions options, Clock clock, Diagnostics diagnostics, Sealer sealer) {
        super(layout);
        this.sealer = sealer;
        this.path = path;
        this.options = options;
        this.clock = clock;
        this.diagnostics = diagnostics;
        this.periods = new RotationPeriods(options.rotation(), options.zone());
        this.backups = new BackupFiles(path);
    }

    /**
     * Opens {@code path} for appending, creating it and its parent folders; an existing file with wider permissions
     * is narrowed to 0600 and {@code diagnostics} told so. A file left over from an earlier period is rolled first;
     * partial compressions an earlier process left are deleted and their backups compressed again.
     */
    public static FileSink open(Layout layout, Path path, FileOptions options, Clock clock, Diagnostics diagnostics)
            throws IOException {
        return open(layout, path, options, clock, diagnostics, null);
    }

    /** Opens a sealed file: as {@link #open(Layout, Path, FileOptions, Clock, Diagnostics)}, with {@code sealer}'s lines. */
    public static FileSink open(
            Layout layout, Path path, FileOptions options, Clock clock, Diagnostics diagnostics, Sealer sealer)
            throws IOException {
        RegularFiles.requireRegularOrAbsent(path.toAbsolutePath());
        FileSink sink = new FileSink(layout, path.toAbsolutePath(), options, clock, diagnostics, sealer);
        sink.openChannel();
        sink.startPeriod();
        sink.inBackground(sink.backups::removePartials);
        if (options.compress()) {
            for (Path leftover : sink.backups.uncompressed()) {
                sink.inBackground(() -> BackupFiles.compress(leftover));
            }
        }
        return sink;
    }

    /** Creation attributes for owner-only files, empty where POSIX permissions do not exist. */
    static FileAttribute<?>[] ownerOnly() {
        return POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }

    public Path path() {
        return path;
    }

    private void openChannel() throws IOException {
        Path parent = path.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        FileChannel opened = RegularFiles.openForAppend(path, ownerOnly());
        try {
            if (POSIX) {
                PosixFileAttributeView view =
                        Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
                Set<PosixFilePermission> current = view.readAttributes().permissions();
                if (!current.equals(OWNER_ONLY)) {
                    narrow(view, current);
                }
            }
            size = opened.size();
            terminateLastLine(opened);
            if (sealer != null) {
                writeFully(opened, sealer.header());
            }
            fileKey = RegularFiles.key(path);
        } catch (IOException | RuntimeException e) {
            opened.close();
            throw e;
        }
        channel = opened;
        identityCheckedMillis = clock.millis();
    }

    /**
     * Narrows an existing file to 0600. A file Cairn may write but not chmod (owned by another user) is written to
     * anyway, as it is: refusing would lose every record, and its permissions are its owner's choice. Said once.
     */
    private void narrow(PosixFileAttributeView view, Set<PosixFilePermission> current) {
        try {
            view.setPermissions(OWNER_ONLY);
            diagnostics.warn("narrowed the permissions of " + path + " from " + PosixFilePermissions.toString(current)
                    + " to rw-------");
        } catch (IOException | SecurityException e) {
            diagnostics.once(
                    "permissions:" + path,
                    "cannot narrow the permissions of " + path + " from "
                            + PosixFilePermissions.toString(current) + " to rw------- ("
                            + e.getClass().getSimpleName()
                            + ": " + e.getMessage() + "); writing to it with its permissions as they are");
        }
    }

    private void terminateLastLine(FileChannel opened) throws IOException {
        if (size == 0) {
            return;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        try (FileChannel reader = RegularFiles.openForRead(path)) {
            reader.read(last, size - 1);
        }
        if (last.get(0) != '\n') {
            ByteBuffer newline = ByteBuffer.wrap(new byte[] {'\n'});
            while (newline.hasRemaining()) {
                opened.write(newline);
            }
            size++;
        }
    }

    private void writeFully(FileChannel target, String lines) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(lines.getBytes(StandardCharsets.UTF_8));
        size += buffer.remaining();
        while (buffer.hasRemaining()) {
            target.write(buffer);
        }
    }

    /** Writes the sealer's checkpoint if one is due; a failure is reported, the records before it stay as they are. */
    private void writeCheckpoint(boolean closing) {
        String checkpoint = sealer.checkpoint(closing);
        if (checkpoint == null) {
            return;
        }
        try {
            ensureOpen();
            writeFully(channel, checkpoint);
        } catch (IOException e) {
            diagnostics.throttled(
                    "checkpoint:" + path,
                    "cannot write a checkpoint to " + path + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); cairn verify will report a gap in the chain there");
        }
    }

    /** Sets the current period, rolling a non-empty file last written in an earlier one. */
    private void startPeriod() throws IOException {
        if (!periods.timed()) {
            return;
        }
        Instant now = clock.instant();
        Instant start = periods.start(now);
        if (size > 0) {
            Instant written =
                    Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toInstant();
            if (written.isBefore(start)) {
                periodStart = periods.start(written);
                roll(periods.label(written));
            }
        }
        periodStart = start;
        periodEndMillis = periods.next(now).toEpochMilli();
    }

    @Override
    protected void appended(int start, int length) throws IOException {
        if (channel == null) {
            return;
        }
        // Without time rotation the period never ends: no clock read per record.
        boolean newPeriod = periodEndMillis != Long.MAX_VALUE && clock.millis() >= periodEndMillis;
        long before = size + start;
        boolean tooBig = options.maxBytes() > 0 && before > 0 && before + length > options.maxBytes();
        if (newPeriod || tooBig) {
            writePendingBefore(start);
            Instant now = clock.instant();
            roll(periods.label(newPeriod ? periodStart : now));
            if (newPeriod) {
                periodStart = periods.start(now);
                periodEndMillis = periods.next(now).toEpochMilli();
            }
        }
    }

    /** Renames the file to its next backup name and starts a new one; compression and retention follow in the background. */
    private void roll(String label) throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
        try {
            if (fileKey == null || !fileKey.equals(RegularFiles.key(path))) {
                throw new IOException("the file at the path is no longer the one written (replaced, moved or a link)");
            }
            Path backup = backups.nextBackup(label);
            Files.move(path, backup, StandardCopyOption.ATOMIC_MOVE);
            inBackground(() -> {
                if (options.compress()) {
                    BackupFiles.compress(backup);
                }
                retain();
            });
        } catch (IOException e) {
            diagnostics.throttled(
                    "rotate:" + path,
                    "cannot roll over " + path + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); writing on to the same file");
        }
        openChannel();
    }

    private void retain() throws IOException {
        Instant oldest = options.maxAge().isZero() ? null : clock.instant().minus(options.maxAge());
        backups.retain(options.backups(), options.maxTotalBytes(), oldest, diagnostics);
    }

    private interface FileTask {
        void run() throws IOException;
    }

    private void inBackground(FileTask task) {
        if (background == null) {
            background = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "cairn-files");
                thread.setDaemon(true);
                return thread;
            });
        }
        background.execute(() -> {
            try {
                task.run();
            } catch (IOException | RuntimeException e) {
                diagnostics.throttled(
                        "background:" + path,
                        "background work on the backups of " + path + " failed ("
                                + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            }
        });
    }

    @Override
    protected void writeBytes(byte[] bytes, int length) throws IOException {
        ensureOpen();
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            int whole = removeCutLine(bytes, buffer.position());
            closeQuietly();
            throw whole > 0 ? new PartialWriteException(e, whole) : e;
        }
        size += length;
    }

    /**
     * After a write that stopped inside a line (a full disk takes what fits), cuts the file back to the end of the
     * last whole line, so no reader ever takes the fragment for a record and recovery does not turn it into an
     * invalid line; returns how many bytes of whole lines reached the file. Truncating needs no space. The fragment is removed only if it is still the file's end (checked
     * by content, so another process's appends are never cut); if not, the newline written at the next open marks it.
     */
    private int removeCutLine(byte[] bytes, int written) {
        int whole = written;
        while (whole > 0 && bytes[whole - 1] != '\n') {
            whole--;
        }
        int fragment = written - whole;
        if (fragment == 0) {
            return whole;
        }
        try (FileChannel reader = RegularFiles.openForRead(path)) {
            long end = channel.size();
            ByteBuffer tail = ByteBuffer.allocate(fragment);
            while (tail.hasRemaining() && reader.read(tail, end - fragment + tail.position()) > 0) {
                // reads the file's last bytes
            }
            if (!tail.hasRemaining() && Arrays.equals(tail.array(), 0, fragment, bytes, whole, written)) {
                channel.truncate(end - fragment);
            }
        } catch (IOException | RuntimeException e) {
            diagnostics.throttled(
                    "cut:" + path,
                    "cannot remove the part of a record a failed write left at the end of "
                            + path + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); it will stand on a line of its own");
        }
        return whole;
    }

    /** Reopens the file if it is no longer the one at {@code path}; fails fast while a reopen is not due. */
    private void ensureOpen() throws IOException {
        if (channel != null && fileKey != null && clock.millis() - identityCheckedMillis >= IDENTITY_CHECK_MILLIS) {
            identityCheckedMillis = clock.millis();
            if (!fileKey.equals(currentKey())) {
                diagnostics.warn("log file " + path + " was moved or deleted; reopening it");
                closeQuietly();
            }
        }
        if (channel != null) {
            return;
        }
        long now = clock.millis();
        if (now < retryAtMillis) {
            throw new IOException("log file " + path + " is unavailable; reopening is retried every second");
        }
        try {
            openChannel();
        } catch (IOException e) {
            retryAtMillis = now + RETRY_MILLIS;
            throw e;
        }
        if (retryAtMillis != 0) {
            retryAtMillis = 0;
            diagnostics.warn("log file " + path + " is writable again");
        }
    }

    private Object currentKey() {
        return RegularFiles.key(path);
    }

    private void closeQuietly() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // The channel is being dropped because it failed; its close error adds nothing.
            }
            channel = null;
        }
    }

    @Override
    protected void flushDestination(int highestLevel) throws IOException {
        if (channel == null) {
            return;
        }
        if (sealer != null) {
            writeCheckpoint(false);
        }
        boolean force;
        switch (options.fsync()) {
            case ALWAYS:
                force = true;
                break;
            case ON_ERROR:
                force = highestLevel >= Level.ERROR.ordinal();
                break;
            case INTERVAL:
                force = highestLevel >= 0
                        && clock.millis() - lastForceMillis
                                >= options.fsyncInterval().toMillis();
                break;
            default:
                force = false;
        }
        if (force) {
            channel.force(false);
            lastForceMillis = clock.millis();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
            if (sealer != null && channel != null) {
                writeCheckpoint(true);
                if (options.fsync() != FileOptions.Fsync.NEVER) {
                    channel.force(false);
                }
            }
        } finally {
            closeQuietly();
            if (background != null) {
                background.shutdown();
                try {
                    if (!background.awaitTermination(options.closeTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                        diagnostics.warn("compression of the backups of " + path + " is still running after "
                                + options.closeTimeout().toMillis() + " ms; it resumes at the next start");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    public String toString() {
        return "file " + path;
    }
}
