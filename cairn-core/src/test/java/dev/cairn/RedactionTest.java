package dev.cairn;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.context.LogContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionTest {

    private static final String SECRET = "s3cr3t-value";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password",
                "PASSWORD",
                "passwd",
                "secret",
                "token",
                "access_token",
                "refresh_token",
                "Authorization",
                "cookie",
                "Set-Cookie",
                "api_key",
                "apikey",
                "api-key",
                "apiKey",
                "API_KEY",
                "private_key",
                "credit_card",
                "creditCard",
                "ssn",
                "db_password",
                "client_secret",
                "X-Api-Key"
            })
    void sensitiveKeys_areRedactedWhateverTheirCaseAndSeparators(String key) {
        try (TestLogs logs = TestLogs.json()) {
            logs.logger("a").info("x", kv(key, SECRET));
            assertThat(logs.single().get(key).asText()).isEqualTo("[REDACTED]");
            assertThat(logs.output()).doesNotContain(SECRET);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"user", "tokenizer", "token_count", "passage", "secretary"})
    void ordinaryKeys_areKept(String key) {
        try (TestLogs logs = TestLogs.json()) {
            logs.logger("a").info("x", kv(key, "visible"));
            assertThat(logs.single().get(key).asText()).isEqualTo("visible");
        }
    }

    @Test
    void nestedMapsAndListsOfMaps_areRedactedAtAnyDepth() {
        Map<String, Object> payload = Map.of(
                "user", Map.of("name", "alice", "credentials", Map.of("Password", SECRET)),
                "sessions", List.of(Map.of("refreshToken", SECRET, "id", 1)));
        try (TestLogs logs = TestLogs.json()) {
            try (var scope = LogContext.with("auth", Map.of("api-key", SECRET)).open()) {
                logs.logger("a").info("login", kv("payload", payload));
            }
            JsonNode record = logs.single();
            assertThat(record.at("/payload/user/credentials/Password").asText()).isEqualTo("[REDACTED]");
            assertThat(record.at("/payload/user/name").asText()).isEqualTo("alice");
            assertThat(record.at("/payload/sessions/0/refreshToken").asText()).isEqualTo("[REDACTED]");
            assertThat(record.at("/auth/api-key").asText()).isEqualTo("[REDACTED]");
            assertThat(logs.output()).doesNotContain(SECRET);
        }
    }

    @Test
    void textFormat_redactsToo() {
        try (TestLogs logs = TestLogs.text(c -> {})) {
            logs.logger("a").info("login", kv("password", SECRET), kv("nested", Map.of("token", SECRET)));
            assertThat(logs.output())
                    .doesNotContain(SECRET)
                    .contains("password=[REDACTED]")
                    .contains("{\"token\":\"[REDACTED]\"}");
        }
    }

    @Test
    void theSetCanBeExtendedAndReduced() {
        try (TestLogs logs =
                TestLogs.json(c -> c.set("cairn.redact.add", "iban, pin").set("cairn.redact.remove", "ssn"))) {
            logs.logger("a").info("x", kv("IBAN", SECRET), kv("card_pin", SECRET), kv("ssn", "visible"));
            JsonNode record = logs.single();
            assertThat(record.get("IBAN").asText()).isEqualTo("[REDACTED]");
            assertThat(record.get("card_pin").asText()).isEqualTo("[REDACTED]");
            assertThat(record.get("ssn").asText()).isEqualTo("visible");
        }
    }
}
