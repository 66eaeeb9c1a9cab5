package dev.cairn.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Timestamps read as {@link DateTimeFormatter} writes them, within a second, across seconds and for odd years. */
class TimestampFormatTest {

    private static final long YEAR_10000 = 253_402_300_800L;

    private static String expected(long epochSecond, int nano, int digits) {
        Instant instant = Instant.ofEpochSecond(epochSecond, nano)
                .truncatedTo(digits == 3 ? ChronoUnit.MILLIS : ChronoUnit.MICROS);
        String pattern = digits == 3 ? "uuuu-MM-dd'T'HH:mm:ss.SSS'Z'" : "uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'";
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).format(DateTimeFormatter.ofPattern(pattern));
    }

    private static void assertWritten(TimestampFormat format, long epochSecond, int nano, int digits) {
        Utf8Output bytes = new Utf8Output(1);
        format.append(bytes, epochSecond, nano);
        String expected = expected(epochSecond, nano, digits);
        assertThat(bytes.toString()).isEqualTo(expected);
    }

    @Property
    void anyInstantOfTheFourDigitYearsIsWrittenAsTheJdkWritesIt(
            @ForAll @LongRange(min = -62_167_219_200L, max = YEAR_10000 - 1) long epochSecond,
            @ForAll @IntRange(max = 999_999_999) int nano) {
        assertWritten(new TimestampFormat(6), epochSecond, nano, 6);
        assertWritten(new TimestampFormat(3), epochSecond, nano, 3);
    }

    @Example
    void recordsOfOneSecondShareItsDateAndTimeAndANewSecondReplacesThem() {
        TimestampFormat format = new TimestampFormat(6);
        long second = 1_764_667_199L;
        for (int nano : new int[] {0, 1_000, 999_999_999, 123_456_789, 5}) {
            assertWritten(format, second, nano, 6);
        }
        assertWritten(format, second + 1, 0, 6);
        assertWritten(format, second, 999, 6);
    }

    @Example
    void anOddYearBetweenOrdinaryOnesLeavesTheirDateAndTimeIntact() {
        TimestampFormat format = new TimestampFormat(3);
        long second = 1_764_667_199L;
        assertWritten(format, second, 1_000_000, 3);
        assertWritten(format, YEAR_10000 + 59, 987_654_321, 3);
        assertWritten(format, -62_167_219_201L, 1, 3);
        assertWritten(format, second, 2_000_000, 3);
    }

    @Example
    void theDateAndTimeRewrittenWithinTheirSecondStayTheSameAndAMinuteBoundaryKeepsItsSeconds() {
        TimestampFormat format = new TimestampFormat(3);
        long minute = 1_764_667_140L;
        for (int i = 0; i < 3_000; i++) {
            assertWritten(format, minute - 1, i % 1_000 * 1_000_000, 3);
        }
        assertWritten(format, minute, 0, 3);
        assertWritten(format, YEAR_10000 + 60, 0, 3);
    }

    @Example
    void theLeadComesBeforeEveryTimestampOrdinaryOrOdd() {
        TimestampFormat format = new TimestampFormat(6, Utf8Output.ascii("{\"ts\":\""));
        long second = 1_764_667_199L;
        for (long epochSecond : new long[] {second, second, YEAR_10000 + 59, second + 1}) {
            Utf8Output bytes = new Utf8Output(1);
            format.append(bytes, epochSecond, 123_456_789);
            assertThat(bytes.toString()).isEqualTo("{\"ts\":\"" + expected(epochSecond, 123_456_789, 6));
        }
    }
}
