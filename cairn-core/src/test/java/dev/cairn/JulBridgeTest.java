package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.jul.CairnHandler;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JulBridgeTest {

    private Handler[] previousHandlers;
    private java.util.logging.Level previousLevel;

    @BeforeEach
    void rememberJul() {
        java.util.logging.Logger root = LogManager.getLogManager().getLogger("");
        previousHandlers = root.getHandlers();
        previousLevel = root.getLevel();
    }

    @AfterEach
    void restoreJul() {
        java.util.logging.Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        for (Handler handler : previousHandlers) {
            root.addHandler(handler);
        }
        root.setLevel(previousLevel);
    }

    @Test
    void julRecords_arriveWithMappedLevelsAndTheirLoggerName() {
        try (TestLogs logs = TestLogs.json()) {
            CairnHandler.install(logs.system);
            java.util.logging.Logger jul = java.util.logging.Logger.getLogger("com.example.legacy");
            jul.severe("severe");
            jul.warning("warning");
            jul.info("info");
            jul.config("config");
            jul.fine("fine");
            jul.finer("finer");
            jul.finest("finest");
            List<JsonNode> records = logs.records();
            assertThat(records)
                    .extracting(r ->
                            r.get("level").asText() + ":" + r.get("message").asText())
                    .containsExactly(
                            "ERROR:severe",
                            "WARN:warning",
                            "INFO:info",
                            "INFO:config",
                            "DEBUG:fine",
                            "DEBUG:finer",
                            "TRACE:finest");
            assertThat(records)
                    .allSatisfy(r -> assertThat(r.get("logger").asText()).isEqualTo("com.example.legacy"));
        }
    }

    @Test
    void cairnLevels_decideWhatJulRecordsAreKept() {
        try (TestLogs logs = TestLogs.json(c -> c.level(Level.INFO).level("com.example.chatty", Level.WARN))) {
            CairnHandler.install(logs.system);
            java.util.logging.Logger.getLogger("com.example.chatty").info("dropped");
            java.util.logging.Logger.getLogger("com.example.chatty").warning("kept");
            java.util.logging.Logger.getLogger("com.example.other").fine("dropped");
            assertThat(logs.single().get("message").asText()).isEqualTo("kept");
        }
    }

    @Test
    void julParametersAndThrowables_areApplied() {
        try (TestLogs logs = TestLogs.json()) {
            CairnHandler.install(logs.system);
            java.util.logging.Logger jul = java.util.logging.Logger.getLogger("com.example.params");
            jul.log(java.util.logging.Level.WARNING, "user {0} failed {1} times", new Object[] {"bob", 3});
            jul.log(java.util.logging.Level.SEVERE, "crash", new IllegalStateException("kaput"));
            List<JsonNode> records = logs.records();
            assertThat(records.get(0).get("message").asText()).isEqualTo("user bob failed 3 times");
            assertThat(records.get(1).get("error").get("message").asText()).isEqualTo("kaput");
        }
    }
}
