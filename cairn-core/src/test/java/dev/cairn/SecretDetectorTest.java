package dev.cairn;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The secret detectors ({@code cairn.secrets.detect}): each shape masked as {@code [REDACTED:<kind>]} in values,
 * message text and nested values, in JSON and text, counted in {@link LogStats#secretsMasked()}; near misses left alone;
 * each kind switched off on its own. Off by default (their cost is above 5% of the writer's time per record).
 */
class SecretDetectorTest {

    static final String JWT =
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    static final String AWS = "AKIAIOSFODNN7EXAMPLE";
    static final String GITHUB = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
    static final String SLACK = "xoxb-" + "123456789012-abcdefGHIJKL";
    static final String CARD = "4111111111111111";
    static final String KEY_BLOCK =
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8Pb\n-----END RSA PRIVATE KEY-----";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "jwt, " + JWT,
        "aws-access-key, " + AWS,
        "github-token, " + GITHUB,
        "github-token, github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
        "slack-token, " + SLACK,
        "card-number, " + CARD,
        "card-number, 5500-0000-0000-0004",
        "card-number, 3782 822463 10005",
    })
    void eachShape_isMaskedInValuesAndMessagesAndCounted(String kind, String secret) {
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.secrets.detect", "all"))) {
            logs.logger("t")
                    .info(
                            "got " + secret + " from upstream",
                            kv("v", secret),
                            kv("nested", Map.of("in", List.of("x " + secret))));

            JsonNode record = logs.single();
            String mask = "[REDACTED:" + kind + "]";
            assertThat(record.get("message").asText()).isEqualTo("got " + mask + " from upstream");
            assertThat(record.get("v").asText()).isEqualTo(mask);
            assertThat(record.get("nested").get("in").get(0).asText()).isEqualTo("x " + mask);
            assertThat(logs.output()).doesNotContain(secret);
            assertThat(logs.system.stats().secretsMasked()).isEqualTo(3);
        }
    }

    @Test
    void bearerToken_keepsTheSchemeAndMasksTheCredential() {
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.secrets.detect", "all"))) {
            logs.logger("t").info("call", kv("auth_header", "Bearer abc.DEF-123_xyz~+/=="));

            assertThat(logs.single().get("auth_header").asText()).isEqualTo("Bearer [REDACTED:bearer]");
        }
    }

    @Test
    void privateKeyBlock_isMaskedWholeAcrossEscapedLineBreaks() {
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.secrets.detect", "all"))) {
            logs.logger("t").info("loaded", kv("pem", "before\n" + KEY_BLOCK + "\nafter"));

            assertThat(logs.single().get("pem").asText()).isEqualTo("before\n[REDACTED:private-key]\nafter");
        }
    }

    @Test
    void anUnterminatedPrivateKeyBlockBeforeAQuote_isMaskedToTheStringsEnd_andTheLineStaysValid() {
        // Found by EncoderFuzzTest: the mask used to end inside the escape \" and leave a bare quote.
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.secrets.detect", "all"))) {
            logs.logger("t").info("-----BEGIN PRIVATE KEY----- \"", kv("pem", "-----BEGIN PRIVATE KEY----- \\\"x"));

            JsonNode record = logs.single();
            assertThat(record.get("message").asText()).isEqualTo("[REDACTED:private-key]");
            assertThat(record.get("pem").asText()).isEqualTo("[REDACTED:private-key]");
        }
    }

    @Test
    void cardNumberWrittenAsAJsonNumber_isMaskedAsAStringSoTheLineStaysValid() {
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.secrets.detect", "all"))) {
            logs.logger("t").info("paid", kv("pan", 4111111111111111L), kv("at_ms", 1764633600000L));

            JsonNode record = logs.single();
            assertThat(record.get("pan").asText()).isEqualTo("[REDACTED:card-number]");
            assertThat(record.get("at_ms").asLong())
                    .as("epoch millis are not card numbers")
                    .isEqualTo(1764633600000L);
        }
    }

    @Test
    void nearMisses_areLeftAlone() {
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.secrets.detect", "all"))) {
            List<String> harmless = List.of(
                    "4111111111111112", // fails Luhn
                    "order 41111111111111110000", // too long
                    "AKIAIOSFODNN7EXAMPL", // too short
                    "xAKIAIOSFODNN7EXAMPLE", // not at a boundary
                    "eyJhbGciOiJIUzI1NiJ9", // a header alone
                    "Bearer short",
                    "ghp_short",
                    "-----BEGIN PUBLIC KEY-----",
                    "trace 4bf92f3577b34da6a3ce929d0e0e4736",
                    "2026-12-02T00:38:11.123Z");
            for (String value : harmless) {
                logs.logger("t").info("v", kv("v", value));
            }

            assertThat(logs.records()).extracting(r -> r.get("v").asText()).containsExactlyElementsOf(harmless);
            assertThat(logs.system.stats().secretsMasked()).isZero();
        }
    }

    @Test
    void textLayout_masksToo() {
        try (TestLogs logs = TestLogs.text(c -> c.set("cairn.secrets.detect", "all"))) {
            logs.logger("t").info("token " + GITHUB, kv("key", AWS));

            assertThat(logs.output())
                    .contains("token [REDACTED:github-token]", "[REDACTED:aws-access-key]")
                    .doesNotContain(GITHUB, AWS);
        }
    }

    @Test
    void detectorsSwitchedOffOneByOne_leaveTheirKindInClear() {
        Properties properties = new Properties();
        properties.setProperty("cairn.secrets.detect", "jwt, card-number");
        try (TestLogs logs = TestLogs.withSources(
                Map.of(),
                properties,
                java.nio.file.Path.of("target/no-such-dir"),
                c -> c.format(Format.JSON).level(Level.TRACE))) {
            logs.logger("t").info("x", kv("a", JWT), kv("b", AWS), kv("c", CARD));

            JsonNode record = logs.single();
            assertThat(record.get("a").asText()).isEqualTo("[REDACTED:jwt]");
            assertThat(record.get("b").asText()).isEqualTo(AWS);
            assertThat(record.get("c").asText()).isEqualTo("[REDACTED:card-number]");
        }
    }

    @Test
    void byDefault_nothingIsScanned() {
        try (TestLogs logs = TestLogs.json()) {
            logs.logger("t").info("x", kv("a", JWT));

            assertThat(logs.single().get("a").asText()).isEqualTo(JWT);
        }
    }

    @Test
    void unknownKind_isReportedWithTheKeyAndTheAllowedValues() {
        Properties properties = new Properties();
        properties.setProperty("cairn.secrets.detect", "jwt,passwords");
        try (TestLogs logs = TestLogs.withSources(
                Map.of(),
                properties,
                java.nio.file.Path.of("target/no-such-dir"),
                c -> c.format(Format.JSON).level(Level.TRACE))) {
            logs.logger("t").info("x", kv("a", JWT));

            assertThat(logs.diagnosticLines())
                    .anySatisfy(line -> assertThat(line).contains("cairn.secrets.detect", "passwords", "card-number"));
            assertThat(logs.single().get("a").asText())
                    .as("the default, none, applies")
                    .isEqualTo(JWT);
        }
    }
}
