package dev.cairn.internal.config;

import dev.cairn.Ticker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code cairn.config.watch}: rereads the properties file once per interval of the log system's ticker and calls
 * {@code onChange} when its bytes differ from the last ones seen (a file that appears, changes or goes away). Bytes, not
 * modification times, so a change within the file system's time granularity is not missed and a touch is no change.
 *
 * <p>The daemon thread {@code cairn-config-watch} looks at the ticker every 100 ms; the file is read only once an
 * interval has passed.
 */
public final class ConfigWatch {

    private static final long CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Path file;
    private final long intervalNanos;
    private final Ticker ticker;
    private final Runnable onChange;
    private final Thread watcher;
    private volatile boolean closed;
    /** Owned by the watcher thread. */
    private byte[] seen;

    private long lastCheck;

    /** Starts watching {@code file}, whose current bytes are taken as already applied. */
    public ConfigWatch(Path file, long intervalNanos, Ticker ticker, Runnable onChange) {
        this.file = file;
        this.intervalNanos = intervalNanos;
        this.ticker = ticker;
        this.onChange = onChange;
        this.seen = read(file);
        this.lastCheck = ticker.nanoTime();
        this.watcher = new Thread(this::watchUntilClosed, "cairn-config-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The file watched. */
    public Path file() {
        return file;
    }

    /** The interval in nanoseconds. */
    public long intervalNanos() {
        return intervalNanos;
    }

    /** Stops watching. */
    public void close() {
        closed = true;
        LockSupport.unpark(watcher);
    }

    private void watchUntilClosed() {
        while (!closed) {
            LockSupport.parkNanos(this, CHECK_NANOS);
            long now = ticker.nanoTime();
            if (closed || now - lastCheck < intervalNanos) {
                continue;
            }
            lastCheck = now;
            byte[] current = read(file);
            if (!Arrays.equals(current, seen)) {
                seen = current;
                try {
                    onChange.run();
                } catch (Throwable e) {
                    // A reload reports its own problems and never throws; the watcher goes on regardless.
                }
            }
        }
    }

    /** The file's bytes (at most 1 MiB, as the configuration reader takes), or null when it cannot be read. */
    private static byte[] read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(BoundedInput.MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            return new byte[0];
        }
    }
}
