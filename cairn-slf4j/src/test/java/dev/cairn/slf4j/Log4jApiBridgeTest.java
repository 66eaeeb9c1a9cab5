package dev.cairn.slf4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.Level;
import dev.cairn.slf4j.caller.Caller;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Log4j API callers, routed by the real {@code log4j-to-slf4j} bridge through SLF4J to Cairn. */
class Log4jApiBridgeTest {

    @AfterEach
    void clearThreadContext() {
        ThreadContext.clearAll();
    }

    @Test
    void log4jApiRecords_arriveAsCairnJson_withLoggerNamesLevelsAndContext() {
        JsonConsole console = JsonConsole.configure(c -> c.level("legacy.log4j", Level.DEBUG));
        Logger log = LogManager.getLogger("legacy.log4j.Billing");

        ThreadContext.put("tenant", "acme");
        log.trace("hidden by Cairn's level");
        log.debug("invoice {} drafted", 12);
        log.warn("invoice {} overdue", 12, new IllegalStateException("unpaid"));
        log.fatal("ledger closed");

        List<JsonNode> records = console.recordsOf("legacy.log4j");
        assertThat(records).extracting(r -> r.get("logger").asText()).containsOnly("legacy.log4j.Billing");
        assertThat(records).extracting(r -> r.get("level").asText()).containsExactly("DEBUG", "WARN", "ERROR");
        assertThat(records)
                .extracting(r -> r.get("message").asText())
                .containsExactly("invoice 12 drafted", "invoice 12 overdue", "ledger closed");
        assertThat(records.get(1).get("error").get("type").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(records).allSatisfy(r -> assertThat(r.get("tenant").asText()).isEqualTo("acme"));
    }

    @Test
    void sourceLocation_isTheCallerOfTheLog4jApi() {
        JsonConsole console =
                JsonConsole.configure(c -> c.level("legacy.log4j", Level.INFO).set("cairn.location", "true"));

        Caller.logThroughLog4jApi(LogManager.getLogger("legacy.log4j.Located"));

        JsonNode record = console.recordsOf("legacy.log4j").get(0);
        assertThat(record.get("class").asText()).isEqualTo(Caller.class.getName());
        assertThat(record.get("method").asText()).isEqualTo("logThroughLog4jApi");
    }

    @Test
    void log4jLevelChecks_followCairn() {
        JsonConsole.configure(c -> c.level("legacy.log4j", Level.WARN));
        Logger log = LogManager.getLogger("legacy.log4j.Checks");

        assertThat(log.isInfoEnabled()).isFalse();
        assertThat(log.isWarnEnabled()).isTrue();
    }
}
