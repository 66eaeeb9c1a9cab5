package dev.cairn.slf4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.Level;
import dev.cairn.jul.CairnHandler;
import java.io.IOException;
import java.util.List;
import java.util.logging.LogManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code java.util.logging} callers through the core's {@link CairnHandler}, next to the SLF4J provider. */
class JulBridgeTest {

    @AfterEach
    void restoreJul() throws IOException {
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void julRecords_arriveAsCairnJson_withLoggerNamesAndMappedLevels() {
        JsonConsole console = JsonConsole.configure(c -> c.level("legacy.jul", Level.DEBUG));
        CairnHandler.install();
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("legacy.jul.Scheduler");

        log.finest("hidden by Cairn's level");
        log.fine("tick");
        log.info("job started");
        log.log(java.util.logging.Level.WARNING, "job {0} slow", "nightly");
        log.log(java.util.logging.Level.SEVERE, "job failed", new IllegalStateException("boom"));

        List<JsonNode> records = console.recordsOf("legacy.jul");
        assertThat(records).extracting(r -> r.get("logger").asText()).containsOnly("legacy.jul.Scheduler");
        assertThat(records).extracting(r -> r.get("level").asText()).containsExactly("DEBUG", "INFO", "WARN", "ERROR");
        assertThat(records)
                .extracting(r -> r.get("message").asText())
                .containsExactly("tick", "job started", "job nightly slow", "job failed");
        assertThat(records.get(3).get("error").get("type").asText()).isEqualTo(IllegalStateException.class.getName());
    }
}
