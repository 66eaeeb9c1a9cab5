package dev.cairn.cli.record;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Converts RFC 3339 timestamps to microseconds since the epoch and back.
 *
 * <p>Parsing is by hand on the raw bytes because every record of every scan goes through it;
 * {@link java.time.format.DateTimeFormatter} allocates several objects per call.
 */
public final class Timestamps {

    /** Marks a record whose timestamp is missing or unreadable. */
    public static final long NONE = Long.MIN_VALUE;

    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {}

    public static long parseMicros(String text) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        return parseMicros(b, 0, b.length);
    }

    /**
     * Parses {@code YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)} ({@code t} or a space also accepted
     * as separator, as RFC 3339 allows).
     *
     * @return microseconds since the epoch, or {@link #NONE}
     */
    public static long parseMicros(byte[] b, int from, int to) {
        if (to - from < 20) {
            return NONE;
        }
        long minute = minuteSeconds(b, from);
        return minute == NONE ? NONE : withinMinute(b, from, to, minute);
    }

    /**
     * The epoch second of the minute {@code YYYY-MM-DDTHH:MM} that starts a timestamp of at least 20 bytes at
     * {@code from} (local time: the offset is applied by {@link #withinMinute}), or {@link #NONE}.
     */
    static long minuteSeconds(byte[] b, int from) {
        int year = digits(b, from, 4);
        int month = digits(b, from + 5, 2);
        int day = digits(b, from + 8, 2);
        int hour = digits(b, from + 11, 2);
        int minute = digits(b, from + 14, 2);
        byte sep = b[from + 10];
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || day > 31
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || b[from + 4] != '-'
                || b[from + 7] != '-'
                || b[from + 13] != ':'
                || (sep != 'T' && sep != 't' && sep != ' ')) {
            return NONE;
        }
        return daysFromCivil(year, month, day) * 86_400 + hour * 3600L + minute * 60L;
    }

    /**
     * Reads the rest of a timestamp of at least 20 bytes, {@code :SS[.fraction](Z|±HH:MM)} from {@code from + 16},
     * whose minute {@link #minuteSeconds} gave.
     *
     * @return microseconds since the epoch, or {@link #NONE}
     */
    static long withinMinute(byte[] b, int from, int to, long minuteSeconds) {
        int second = digits(b, from + 17, 2);
        if (second < 0 || second > 60 || b[from + 16] != ':') {
            return NONE;
        }
        int i = from + 19;
        long micros = 0;
        if (b[i] == '.' || b[i] == ',') {
            i++;
            int digitsSeen = 0;
            while (i < to && b[i] >= '0' && b[i] <= '9') {
                if (digitsSeen < 6) {
                    micros = micros * 10 + (b[i] - '0');
                }
                digitsSeen++;
                i++;
            }
            if (digitsSeen == 0) {
                return NONE;
            }
            for (int k = digitsSeen; k < 6; k++) {
                micros *= 10;
            }
        }
        if (i >= to) {
            return NONE;
        }
        int offsetSeconds;
        byte z = b[i];
        if ((z == 'Z' || z == 'z') && i + 1 == to) {
            offsetSeconds = 0;
        } else if ((z == '+' || z == '-') && i + 6 == to && b[i + 3] == ':') {
            int oh = digits(b, i + 1, 2);
            int om = digits(b, i + 4, 2);
            if (oh < 0 || om < 0) {
                return NONE;
            }
            offsetSeconds = (oh * 3600 + om * 60) * (z == '-' ? -1 : 1);
        } else {
            return NONE;
        }
        long epochSecond = minuteSeconds + second - offsetSeconds;
        return epochSecond * 1_000_000 + micros;
    }

    /** Formats with millisecond precision in UTC, as Cairn's text format shows it. */
    public static String formatMillis(long micros) {
        return MILLIS.format(toInstant(micros));
    }

    public static Instant toInstant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L);
    }

    public static long toMicros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1000;
    }

    private static int digits(byte[] b, int at, int n) {
        int v = 0;
        for (int k = 0; k < n; k++) {
            int d = b[at + k] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm). */
    private static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yoe = y - era * 400;
        int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097L + doe - 719_468;
    }
}
