package dev.cairn.slf4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.Level;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;

/** commons-logging 1.3+ callers, which the real commons-logging jar routes to SLF4J by itself. */
class CommonsLoggingTest {

    @Test
    void commonsLogging_discoversSlf4j_evenWithTheLog4jApiPresent() {
        assertThat(LogFactory.getFactory().getClass().getName())
                .isEqualTo("org.apache.commons.logging.impl.Slf4jLogFactory");
    }

    @Test
    void commonsLoggingRecords_arriveAsCairnJson_withLoggerNamesAndLevels() {
        JsonConsole console = JsonConsole.configure(c -> c.level("legacy.jcl", Level.TRACE));
        Log log = LogFactory.getLog("legacy.jcl.Mailer");

        log.trace("connecting");
        log.debug("connected");
        log.info("mail sent");
        log.warn("mail bounced", new IllegalArgumentException("no such user"));
        log.error("queue full");
        log.fatal("mailer down");

        List<JsonNode> records = console.recordsOf("legacy.jcl");
        assertThat(records).extracting(r -> r.get("logger").asText()).containsOnly("legacy.jcl.Mailer");
        assertThat(records)
                .extracting(r -> r.get("level").asText())
                .containsExactly("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "ERROR");
        assertThat(records.get(3).get("error").get("type").asText())
                .isEqualTo(IllegalArgumentException.class.getName());
    }
}
