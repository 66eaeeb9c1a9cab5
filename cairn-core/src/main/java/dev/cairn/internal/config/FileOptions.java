package dev.cairn.internal.config;

import java.time.Duration;
import java.time.ZoneId;

/**
 * How a file sink rotates, keeps backups and syncs.
 *
 * @param maxBytes rotate before a record would take the file past this size; 0 for no size rotation
 * @param rotation time rotation
 * @param zone the zone whose midnight and hours start new periods, and that dates backup names
 * @param backups how many rotated files to keep
 * @param maxTotalBytes delete the oldest backups while all backups together are larger; 0 for no limit
 * @param maxAge delete backups older than this; zero for no limit
 * @param compress gzip rotated files in the background
 * @param fsync when written data is forced to the storage device
 * @param fsyncInterval with {@link Fsync#INTERVAL}, the longest time between forces while records arrive
 * @param closeTimeout how long closing waits for background compression
 * @param seal how records are encrypted or authenticated, or null to write them in clear
 */
public record FileOptions(
        long maxBytes,
        Rotation rotation,
        ZoneId zone,
        int backups,
        long maxTotalBytes,
        Duration maxAge,
        boolean compress,
        Fsync fsync,
        Duration fsyncInterval,
        Duration closeTimeout,
        SealOptions seal) {

    /** Time rotation. */
    public enum Rotation {
        NONE,
        HOURLY,
        DAILY
    }

    /** When to force written data to the device. */
    public enum Fsync {
        /** Leave it to the operating system. */
        NEVER,
        /** At most every {@code fsyncInterval} while records arrive. */
        INTERVAL,
        /** After a flush that wrote an ERROR or FATAL record. */
        ON_ERROR,
        /** After every flush; callers wait until their record is forced. */
        ALWAYS
    }

    /** Append-only, no rotation, no forced syncs. */
    public static FileOptions plain() {
        return new FileOptions(
                0,
                Rotation.NONE,
                ZoneId.systemDefault(),
                0,
                0,
                Duration.ZERO,
                false,
                Fsync.NEVER,
                Duration.ofSeconds(1),
                Duration.ofSeconds(5),
                null);
    }
}
