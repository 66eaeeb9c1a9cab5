package dev.cairn.internal.layout;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes RFC 3339 UTC timestamps, e.g. {@code 2026-11-21T10:15:30.123456Z}. The date and time up to the second are
 * computed once per second and kept in the buffer the timestamp is written from, so a record writes only its fraction
 * digits (three per table lookup, where a division per digit showed in issue 19's profile) and copies the whole out
 * once, after the bytes a layout writes before every timestamp when it gives them ({@code {"timestamp":"}); nothing is
 * allocated in steady state. Not thread-safe: one per layout.
 */
final class TimestampFormat {

    private static final int PREFIX_LENGTH = 19;
    private static final byte[] THREE_DIGITS = threeDigits();

    private final boolean micros;
    /** {@code .ffffffZ} or {@code .fffZ}. */
    private final int fractionLength;

    private long cachedSecond = Long.MIN_VALUE;
    /** Timestamps written, to rewrite the prefix every 1024th ({@link #prefix}). */
    private int calls;
    /** The lead, where the prefix starts in {@link #scratch}. */
    private final int lead;
    /**
     * The lead, then {@code yyyy-MM-ddTHH:mm:ss} of {@link #cachedSecond} in ASCII, then the fraction of the timestamp
     * being written.
     */
    private final byte[] scratch;

    /** @param fractionDigits 3 for milliseconds, 6 for microseconds */
    TimestampFormat(int fractionDigits) {
        this(fractionDigits, new byte[0]);
    }

    /**
     * @param fractionDigits 3 for milliseconds, 6 for microseconds
     * @param lead the bytes written before every timestamp
     */
    TimestampFormat(int fractionDigits, byte[] lead) {
        this.micros = fractionDigits == 6;
        this.fractionLength = fractionDigits + 2;
        this.lead = lead.length;
        this.scratch = new byte[lead.length + PREFIX_LENGTH + 8];
        System.arraycopy(lead, 0, scratch, 0, lead.length);
    }

    /** Appends the lead and the timestamp of {@code epochSecond} and {@code nanoOfSecond}. */
    void append(Utf8Output out, long epochSecond, int nanoOfSecond) {
        String odd = prefix(epochSecond);
        fraction(nanoOfSecond);
        if (odd != null) {
            out.append(scratch, 0, lead);
            out.append(odd);
            out.append(scratch, lead + PREFIX_LENGTH, fractionLength);
        } else {
            out.append(scratch, 0, lead + PREFIX_LENGTH + fractionLength);
        }
    }

    /**
     * Brings the prefix in {@link #scratch} to {@code epochSecond}, or returns the date and time when they do not have
     * the fixed width (years beyond 9999 or before 0), leaving the prefix as it was.
     */
    private String prefix(long epochSecond) {
        // Rewritten when the second changes, and every 1024th timestamp anyway: a new second alone would be a branch
        // that C2, profiling the writer's layout within its first second, sees never taken and compiles as a trap,
        // which the next second springs, recompiling the whole layout. (calls & 1023) - 1 is negative only at 0.
        int due = ((calls++ & 1023) - 1) >>> 31;
        if (((epochSecond ^ cachedSecond) | due) != 0) {
            return rewritePrefix(epochSecond);
        }
        return null;
    }

    /**
     * Writes {@code yyyy-MM-ddTHH:mm:ss} of {@code epochSecond} into {@link #scratch} without allocating (the civil
     * date from the day number, Howard Hinnant's algorithm, with no branch on the month), or see {@link #prefix}.
     */
    private String rewritePrefix(long epochSecond) {
        long day = Math.floorDiv(epochSecond, 86_400L);
        int secondOfDay = (int) Math.floorMod(epochSecond, 86_400L);
        long shifted = day + 719_468;
        long era = Math.floorDiv(shifted, 146_097L);
        long dayOfEra = shifted - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthFromMarch = (5 * dayOfYear + 2) / 153;
        int dayOfMonth = (int) (dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
        int januaryOrFebruary = (int) ((9 - monthFromMarch) >>> 63);
        int month = (int) monthFromMarch + 3 - 12 * januaryOrFebruary;
        long year = yearOfEra + era * 400 + januaryOrFebruary;
        if (year < 0 || year > 9_999) {
            return LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC)
                    .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        }
        writeDigits(0, (int) year / 100);
        writeDigits(2, (int) year % 100);
        scratch[lead + 4] = '-';
        writeDigits(5, month);
        scratch[lead + 7] = '-';
        writeDigits(8, dayOfMonth);
        scratch[lead + 10] = 'T';
        writeDigits(11, secondOfDay / 3_600);
        scratch[lead + 13] = ':';
        writeDigits(14, secondOfDay / 60 % 60);
        scratch[lead + 16] = ':';
        writeDigits(17, secondOfDay % 60);
        cachedSecond = epochSecond;
        return null;
    }

    /** Writes {@code value}, 0 to 99, as two digits at {@code at} of the prefix. */
    private void writeDigits(int at, int value) {
        System.arraycopy(THREE_DIGITS, 3 * value + 1, scratch, lead + at, 2);
    }

    /** Writes {@code .ffffffZ} (or {@code .fffZ}) into {@link #scratch} after the prefix, three digits per lookup. */
    private void fraction(int nanoOfSecond) {
        int at = lead + PREFIX_LENGTH;
        scratch[at++] = '.';
        int millis = nanoOfSecond / 1_000_000;
        System.arraycopy(THREE_DIGITS, 3 * millis, scratch, at, 3);
        at += 3;
        if (micros) {
            int belowMillis = nanoOfSecond / 1_000 - millis * 1_000;
            System.arraycopy(THREE_DIGITS, 3 * belowMillis, scratch, at, 3);
            at += 3;
        }
        scratch[at] = 'Z';
    }

    /** "000" to "999". */
    private static byte[] threeDigits() {
        byte[] digits = new byte[3_000];
        for (int i = 0; i < 1_000; i++) {
            digits[3 * i] = (byte) ('0' + i / 100);
            digits[3 * i + 1] = (byte) ('0' + i / 10 % 10);
            digits[3 * i + 2] = (byte) ('0' + i % 10);
        }
        return digits;
    }
}
