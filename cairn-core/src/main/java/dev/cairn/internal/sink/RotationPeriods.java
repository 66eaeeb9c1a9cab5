package dev.cairn.internal.sink;

import dev.cairn.internal.config.FileOptions;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The periods of time rotation and the date labels of backup names: {@code 2026-11-21} for daily and size rotation,
 * {@code 2026-11-21-14} for hourly. Periods follow the zone's calendar, so a day with a daylight-saving change is
 * 23 or 25 hours long.
 */
final class RotationPeriods {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH");

    private final FileOptions.Rotation rotation;
    private final ZoneId zone;

    RotationPeriods(FileOptions.Rotation rotation, ZoneId zone) {
        this.rotation = rotation;
        this.zone = zone;
    }

    boolean timed() {
        return rotation != FileOptions.Rotation.NONE;
    }

    /** The start of the period holding {@code instant}. */
    Instant start(Instant instant) {
        ZonedDateTime time = instant.atZone(zone);
        ZonedDateTime start = rotation == FileOptions.Rotation.HOURLY
                ? time.truncatedTo(ChronoUnit.HOURS)
                : time.toLocalDate().atStartOfDay(zone);
        return start.toInstant();
    }

    /** The start of the period after the one holding {@code instant}. */
    Instant next(Instant instant) {
        ZonedDateTime start = start(instant).atZone(zone);
        return (rotation == FileOptions.Rotation.HOURLY
                        ? start.plusHours(1)
                        : start.toLocalDate().plusDays(1).atStartOfDay(zone))
                .toInstant();
    }

    /** The label of the period holding {@code instant}, for backup names. */
    String label(Instant instant) {
        return (rotation == FileOptions.Rotation.HOURLY ? HOUR : DAY).format(instant.atZone(zone));
    }
}
