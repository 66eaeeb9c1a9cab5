package dev.cairn.cli.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @Test
    void parsesRfc3339WithAnyFractionAndOffset() {
        long expected = Timestamps.toMicros(Instant.parse("2026-11-21T10:15:30.123456Z"));
        assertThat(Timestamps.parseMicros("2026-11-21T10:15:30.123456Z")).isEqualTo(expected);
        assertThat(Timestamps.parseMicros("2026-11-21T10:15:30.123456789Z")).isEqualTo(expected);
        assertThat(Timestamps.parseMicros("2026-11-21T11:15:30.123456+01:00")).isEqualTo(expected);
        assertThat(Timestamps.parseMicros("2026-11-21 10:15:30.123456z")).isEqualTo(expected);
        assertThat(Timestamps.parseMicros("2026-11-21T10:15:30Z")).isEqualTo(expected - 123_456);
        assertThat(Timestamps.parseMicros("1969-12-31T23:59:59.5Z")).isEqualTo(-500_000);
        assertThat(Timestamps.parseMicros("2024-02-29T00:00:00Z"))
                .isEqualTo(Timestamps.toMicros(Instant.parse("2024-02-29T00:00:00Z")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "yesterday",
                "2026-11-21",
                "2026-11-21T10:15:30",
                "2026-13-21T10:15:30Z",
                "2026-11-21T25:15:30Z",
                "2026-11-21T10:15:30.Z",
                "2026-11-21T10:15:30+0100",
                "2026-11-21T10:15:30Zjunk"
            })
    void rejectsWhatIsNotRfc3339(String text) {
        assertThat(Timestamps.parseMicros(text)).isEqualTo(Timestamps.NONE);
    }

    @Test
    void formatsMillisecondsInUtc() {
        assertThat(Timestamps.formatMillis(Timestamps.parseMicros("2026-11-21T10:15:30.123999Z")))
                .isEqualTo("2026-11-21T10:15:30.123Z");
    }

    @Test
    void levelAliasesAreCaseInsensitive() {
        assertThat(Level.parse("warning")).isEqualTo(Level.WARN);
        assertThat(Level.parse("Critical")).isEqualTo(Level.FATAL);
        assertThat(Level.parse(" info ")).isEqualTo(Level.INFO);
        assertThat(Level.parse("LOUD")).isNull();
        byte[] b = "xWARNINGx".getBytes();
        assertThat(Level.parse(b, 1, 8)).isEqualTo(Level.WARN);
    }
}
