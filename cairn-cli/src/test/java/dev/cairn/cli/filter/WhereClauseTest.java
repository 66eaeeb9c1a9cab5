package dev.cairn.cli.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.cli.record.ScannedRecord;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WhereClauseTest {

    private static boolean matches(String clause, String fields) {
        String line = "{\"timestamp\":\"2026-11-21T10:00:00Z\",\"level\":\"INFO\",\"message\":\"m\"" + fields + "}";
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        ScannedRecord r = new ScannedRecord();
        assertThat(r.scan(b, 0, b.length)).isTrue();
        return WhereClause.parse(clause).test(r);
    }

    @Test
    void comparesNumbersAsNumbers() {
        assertThat(matches("d>500", ",\"d\":500.5")).isTrue();
        assertThat(matches("d>500", ",\"d\":500")).isFalse();
        assertThat(matches("d>=500", ",\"d\":5e2")).isTrue();
        assertThat(matches("d<1", ",\"d\":-0.25")).isTrue();
        assertThat(matches("d=12.5", ",\"d\":12.50")).isTrue();
        assertThat(matches("d>1", ",\"d\":\"7\"")).isTrue();
        assertThat(matches("d>1", ",\"d\":\"fast\"")).isFalse();
        assertThat(matches("d>1", "")).isFalse();
    }

    @Test
    void comparesTextAfterUnescaping() {
        assertThat(matches("u=a\"b", ",\"u\":\"a\\\"b\"")).isTrue();
        assertThat(matches("u=42", ",\"u\":\"42\"")).isTrue();
        assertThat(matches("u!=42", ",\"u\":\"43\"")).isTrue();
        assertThat(matches("u~^4\\d$", ",\"u\":\"42\"")).isTrue();
        assertThat(matches("error.type=x.Y", ",\"error\":{\"type\":\"x.Y\"}")).isTrue();
        assertThat(matches("error.type=x.Y", ",\"error.type\":\"x.Y\"")).isTrue();
        assertThat(matches("ok=true", ",\"ok\":true")).isTrue();
    }

    @Test
    void rejectsMalformedClauses() {
        assertThatThrownBy(() -> WhereClause.parse("=x")).hasMessageContaining("is not a condition");
        assertThatThrownBy(() -> WhereClause.parse("d>x")).hasMessageContaining("needs a number");
    }
}
