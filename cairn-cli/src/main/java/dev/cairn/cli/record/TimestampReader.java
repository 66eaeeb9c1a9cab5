package dev.cairn.cli.record;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Parses timestamps as {@link Timestamps#parseMicros(byte[], int, int)} does, remembering the minute of the last one:
 * a log's records come in time order, so most share their minute ({@code 2026-11-21T10:00}) with the record before,
 * and then only the seconds, fraction and offset are read. One instance per thread.
 *
 * <p>Why: reading every timestamp whole was 6% of the CPU samples of {@code stats}' worker thread; with the minute
 * remembered it is 4% (docs/cli.md, "cli4 branch").
 */
public final class TimestampReader {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Bytes 0-7 of the last timestamp whose minute was valid. */
    private long head;
    /** Bytes 8-15 of it: with {@link #head}, its minute. */
    private long tail;
    /** The epoch second of that minute, or {@link Timestamps#NONE} before the first. */
    private long minuteSeconds = Timestamps.NONE;

    /** Microseconds since the epoch of the RFC 3339 timestamp in {@code b[from, to)}, or {@link Timestamps#NONE}. */
    public long parseMicros(byte[] b, int from, int to) {
        if (to - from < 20) {
            return Timestamps.NONE;
        }
        long h = (long) LONGS.get(b, from);
        long t = (long) LONGS.get(b, from + 8);
        if (h != head || t != tail || minuteSeconds == Timestamps.NONE) {
            long minute = Timestamps.minuteSeconds(b, from);
            if (minute == Timestamps.NONE) {
                return Timestamps.NONE;
            }
            head = h;
            tail = t;
            minuteSeconds = minute;
        }
        return Timestamps.withinMinute(b, from, to, minuteSeconds);
    }
}
