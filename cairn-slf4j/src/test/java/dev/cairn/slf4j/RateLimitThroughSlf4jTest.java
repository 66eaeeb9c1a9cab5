package dev.cairn.slf4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A configured rate applies to SLF4J callers by logger name; loggers without one are unchanged. */
class RateLimitThroughSlf4jTest {

    @Test
    void aConfiguredRate_limitsSlf4jCalls_warnAndAbovePass_otherLoggersUnchanged() {
        // 2 per hour: no token comes back while the test runs.
        JsonConsole console = JsonConsole.configure(c -> c.set("cairn.limit.slf4j.limited", "2/h"));
        Logger limited = LoggerFactory.getLogger("slf4j.limited.Poller");
        Logger free = LoggerFactory.getLogger("slf4j.free.Poller");
        for (int i = 1; i <= 4; i++) {
            limited.info("poll {}", i);
            free.info("poll {}", i);
        }
        limited.atInfo().addKeyValue("fluent", true).log("fluent poll");
        limited.warn("poll failed");
        limited.info("poll {}", 5);

        List<JsonNode> records = console.recordsOf("slf4j.limited");
        assertThat(records)
                .extracting(r -> r.get("message").asText())
                .containsExactly("poll 1", "poll 2", "poll failed");
        assertThat(records).allSatisfy(r -> assertThat(r.has("suppressed")).isFalse());
        assertThat(console.recordsOf("slf4j.free")).hasSize(4);
    }
}
