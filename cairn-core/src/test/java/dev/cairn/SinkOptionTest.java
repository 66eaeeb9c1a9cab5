package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.spi.SinkOption;
import org.junit.jupiter.api.Test;

class SinkOptionTest {

    @Test
    void integer_acceptsItsRangeAndSaysWhatItAllows() {
        SinkOption<Integer> batch = SinkOption.integer("batch", 1, 10_000, 500);
        assertThat(batch.parse(" 42 ")).isEqualTo(42);
        assertThat(batch.defaultValue()).isEqualTo(500);
        assertThat(batch.isRequired()).isFalse();
        assertThatThrownBy(() -> batch.parse("0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a whole number from 1 to 10000");
        assertThatThrownBy(() -> batch.parse("lots")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void choiceAndFlag_ignoreCase() {
        assertThat(SinkOption.choice("mode", "fast", "fast", "safe").parse("SAFE"))
                .isEqualTo("safe");
        assertThat(SinkOption.choice("mode", "fast", "fast", "safe", "off").allowed())
                .isEqualTo("fast, safe or off");
        assertThat(SinkOption.choice("only", "one", "one").allowed()).isEqualTo("one");
        assertThat(SinkOption.flag("gzip", false).parse("True")).isTrue();
        assertThatThrownBy(() -> SinkOption.flag("gzip", false).parse("yes")).hasMessage("expected true or false");
    }

    @Test
    void requiredOption_hasNoDefault() {
        SinkOption<String> url = SinkOption.required("url", "an http URL", raw -> {
            if (!raw.startsWith("http")) {
                throw new IllegalArgumentException();
            }
            return raw;
        });
        assertThat(url.isRequired()).isTrue();
        assertThat(url.defaultValue()).isNull();
        assertThat(url.parse("http://collector")).isEqualTo("http://collector");
        assertThatThrownBy(() -> url.parse("ftp://x")).hasMessage("expected an http URL");
    }

    @Test
    void names_areLowerCaseAndCannotTakeTheOptionsEverySinkHas() {
        assertThatThrownBy(() -> SinkOption.flag("levels", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("none of type, levels, loggers, kinds");
        assertThatThrownBy(() -> SinkOption.flag("Batch Size", true)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SinkOption.flag("fsync.on-error", true).name()).isEqualTo("fsync.on-error");
    }
}
