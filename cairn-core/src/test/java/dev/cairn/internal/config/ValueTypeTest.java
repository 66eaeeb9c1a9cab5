package dev.cairn.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.cairn.Level;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTypeTest {

    @Test
    void choice_acceptsAnyCaseAndListsTheChoices() {
        ValueType<String> format = ValueType.choice("json", "text", "auto");
        assertThat(format.allowed()).isEqualTo("json, text or auto");
        assertThat(format.parse(" JSON ")).isEqualTo("json");
        assertThatIllegalArgumentException().isThrownBy(() -> format.parse("xml"));
        assertThat(ValueType.choice("dev", "prod").allowed()).isEqualTo("dev or prod");
    }

    @Test
    void enumChoice_writesConstantsInLowerCaseWithDashes() {
        ValueType<FileOptions.Fsync> fsync = ValueType.choice(FileOptions.Fsync.class);
        assertThat(fsync.allowed()).isEqualTo("never, interval, on-error or always");
        assertThat(fsync.parse("On-Error")).isEqualTo(FileOptions.Fsync.ON_ERROR);
        assertThatIllegalArgumentException().isThrownBy(() -> fsync.parse("on_error"));
    }

    @Test
    void bool_isTrueOrFalseOnly() {
        assertThat(ValueType.bool().allowed()).isEqualTo("true or false");
        assertThat(ValueType.bool().parse("TRUE ")).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> ValueType.bool().parse("yes"));
    }

    @Test
    void integer_keepsToItsBounds() {
        ValueType<Integer> backups = ValueType.integer(0, 100_000);
        assertThat(backups.allowed()).isEqualTo("a whole number from 0 to 100000");
        assertThat(backups.parse(" 100000")).isEqualTo(100_000);
        assertThatIllegalArgumentException().isThrownBy(() -> backups.parse("100001"));
        assertThatIllegalArgumentException().isThrownBy(() -> backups.parse("-1"));
        assertThatIllegalArgumentException().isThrownBy(() -> backups.parse("99999999999"));
    }

    @Test
    void size_readsBinaryUnitsAndRejectsOverflow() {
        ValueType<Long> size = ValueType.size("1GB");
        assertThat(size.allowed()).isEqualTo("a size in bytes such as 1GB");
        assertThat(size.parse("512kb")).isEqualTo(512L << 10);
        assertThat(size.parse("10 MiB")).isEqualTo(10L << 20);
        assertThat(size.parse("1G")).isEqualTo(1L << 30);
        assertThat(size.parse("42")).isEqualTo(42L);
        assertThatIllegalArgumentException().isThrownBy(() -> size.parse("9999999999999G"));
        assertThatIllegalArgumentException().isThrownBy(() -> size.parse("1TB"));
    }

    @Test
    void duration_readsShortAndIsoFormsAndRejectsWhatNanosecondsCannotCount() {
        ValueType<Duration> duration = ValueType.duration("5s or 500ms");
        assertThat(duration.allowed()).isEqualTo("a duration such as 5s or 500ms");
        assertThat(duration.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(duration.parse("30 S")).isEqualTo(Duration.ofSeconds(30));
        assertThat(duration.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(duration.parse("12h")).isEqualTo(Duration.ofHours(12));
        assertThat(duration.parse("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(duration.parse("P7D")).isEqualTo(Duration.ofDays(7));
        assertThat(duration.parse("0")).isZero();
        assertThat(duration.parse("106000d")).isEqualTo(Duration.ofDays(106_000));
        assertThatIllegalArgumentException().isThrownBy(() -> duration.parse("107000d"));
        assertThatIllegalArgumentException().isThrownBy(() -> duration.parse("P99999999999D"));
        assertThatIllegalArgumentException().isThrownBy(() -> duration.parse("5 minutes"));
    }

    @Test
    void threshold_readsLevelsAliasesAndOff() {
        ValueType<Integer> threshold = ValueType.threshold();
        assertThat(threshold.parse("warning")).isEqualTo(Level.WARN.ordinal());
        assertThat(threshold.parse("CRITICAL")).isEqualTo(Level.FATAL.ordinal());
        assertThat(threshold.parse(" off ")).isEqualTo(ValueType.OFF);
        assertThatIllegalArgumentException().isThrownBy(() -> threshold.parse("LOUD"));
    }

    @Test
    void require_narrowsAndSaysSo() {
        ValueType<Duration> atLeastOneSecond =
                ValueType.duration("1h or 30m").require(duration -> duration.getSeconds() >= 1, "at least 1s");
        assertThat(atLeastOneSecond.allowed()).isEqualTo("a duration such as 1h or 30m, at least 1s");
        assertThat(atLeastOneSecond.parse("1s")).isEqualTo(Duration.ofSeconds(1));
        assertThatIllegalArgumentException().isThrownBy(() -> atLeastOneSecond.parse("999ms"));
    }

    @Test
    void paths_areTrimmedAndMayNotHoldNul() {
        assertThat(ValueType.pathOrEmpty("a file path, or empty").parse("  ")).isEmpty();
        assertThat(ValueType.path("a file path").parse(" logs/app.log ")).isEqualTo("logs/app.log");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ValueType.path("a file path").parse(" "));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ValueType.pathOrEmpty("a path").parse("a\0b"));
    }

    @Test
    void listAndNames() {
        assertThat(ValueType.list("words").parse("a, ,b,,c ")).containsExactly("a", "b", "c");
        assertThat(ValueType.list("words").parse("")).isEmpty();
        assertThat(ValueType.name(256).allowed()).isEqualTo("a name of 1 to 256 characters");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ValueType.name(256).parse("x".repeat(257)));
        assertThat(ValueType.jsonKey().parse(" @timestamp ")).isEqualTo("@timestamp");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ValueType.jsonKey().parse("a key"));
    }

    @Test
    void keyParse_namesTheKeyTheValueAndWhatIsAllowed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigKeys.QUEUE_SIZE.parse("\u001b[2J8"))
                .withMessage("invalid value \"\\u001b[2J8\" for cairn.queue.size: expected a whole number from 16 to "
                        + "16777216");
        assertThat(List.of(
                        ConfigKeys.QUEUE_SIZE.parse("16"),
                        ConfigKeys.QUEUE_SIZE.fallback().value()))
                .containsExactly(16, 16_384);
    }
}
