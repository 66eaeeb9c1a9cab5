package dev.cairn.test;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.Cairn;
import dev.cairn.Level;
import dev.cairn.Logger;
import dev.cairn.context.LogContext;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SecretCheckTest {

    private static final String SECRET = "hunter2-s3cr3t";

    @RegisterExtension
    final LogCapture logs = LogCapture.of("secret");

    private final Logger log = Cairn.logger("secret.login");

    @BeforeAll
    static void quietConsole() {
        Cairn.configure(c -> c.consoleOutput(OutputStream.nullOutputStream()).level("secret", Level.INFO));
    }

    @Test
    void redactedKeys_passAtAnyDepth() {
        log.info(
                "login",
                kv("password", SECRET),
                kv("request", Map.of("headers", Map.of("Authorization", SECRET))),
                kv("attempts", List.of(Map.of("api_key", SECRET))));

        logs.assertThat().doesNotContain(SECRET);
    }

    @Test
    void secretInANestedFieldValue_fails() {
        log.info("login", kv("request", Map.of("body", List.of("user=ada", "pw=" + SECRET))));

        assertThatThrownBy(() -> logs.assertThat().doesNotContain(SECRET))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("captured record 0 (INFO secret.login) contains the secret in its JSON output")
                .hasMessageContaining("pw=<SECRET>")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage())
                        .doesNotContain(SECRET));
    }

    @Test
    void secretInTheMessage_fails() {
        log.info("user typed {}", SECRET);

        assertThatThrownBy(() -> logs.assertThat().doesNotContain(SECRET)).isInstanceOf(AssertionError.class);
    }

    @Test
    void secretInTheContext_fails() {
        LogContext.with("query", "q=" + SECRET).run(() -> log.info("search"));

        assertThatThrownBy(() -> logs.assertThat().doesNotContain(SECRET)).isInstanceOf(AssertionError.class);
    }

    @Test
    void secretInANestedCauseMessage_fails() {
        Exception cause = new IllegalStateException("bad credentials " + SECRET);
        log.error("login failed", new RuntimeException("wrapped", cause));

        assertThatThrownBy(() -> logs.assertThat().doesNotContain(SECRET)).isInstanceOf(AssertionError.class);
    }

    @Test
    void secretOnlyInTheTextOutput_fails() {
        CapturedRecord record = new CapturedRecord(
                Instant.EPOCH,
                Level.INFO,
                "secret.login",
                "login",
                "main",
                Map.of(),
                Map.of(),
                null,
                "{\"message\":\"login\"}",
                "INFO secret.login login token=" + SECRET,
                key -> false);

        assertThatThrownBy(() -> new CapturedRecordsAssert(List.of(record)).doesNotContain(SECRET))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("contains the secret in its text output");
    }

    @Test
    void emptySecret_isRejected() {
        assertThatThrownBy(() -> logs.assertThat().doesNotContain("")).isInstanceOf(IllegalArgumentException.class);
    }
}
