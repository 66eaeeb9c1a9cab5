package dev.cairn.slf4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.Cairn;
import dev.cairn.Level;
import dev.cairn.slf4j.caller.Caller;
import dev.cairn.test.LogCapture;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

class Slf4jLoggerTest {

    private static final String NAME = "slf4j.test.checkout";

    @RegisterExtension
    final LogCapture logs = LogCapture.of("slf4j.test");

    private final Logger log = LoggerFactory.getLogger(NAME);
    private JsonConsole console;

    @BeforeEach
    void configure() {
        console = JsonConsole.configure(c -> c.level("slf4j.test", Level.DEBUG));
    }

    @Test
    void placeholders_areFilledAndTrailingThrowableIsTheException() {
        IOException failure = new IOException("disk full");

        log.info("order {} paid {} EUR", 42, 9.5);
        log.warn("order {} not saved", 42, failure);
        log.error("plain failure", failure);
        log.info("escaped \\{} and {}", "value");

        logs.assertThat().hasSize(4);
        logs.assertThat()
                .record(0)
                .hasLevel(Level.INFO)
                .hasLogger(NAME)
                .hasMessage("order 42 paid 9.5 EUR")
                .hasNoException();
        logs.assertThat()
                .record(1)
                .hasLevel(Level.WARN)
                .hasMessage("order 42 not saved")
                .hasException(IOException.class);
        logs.assertThat()
                .record(2)
                .hasLevel(Level.ERROR)
                .hasMessage("plain failure")
                .hasException(IOException.class);
        logs.assertThat().record(3).hasMessage("escaped {} and value");
    }

    @Test
    void fluentKeyValues_becomeFieldsAndCauseTheException() {
        IllegalStateException failure = new IllegalStateException("declined");

        log.atWarn()
                .addKeyValue("order_id", 42)
                .addKeyValue("amount", 99.99)
                .setCause(failure)
                .log("Payment {} retried", "p-7");

        logs.assertThat()
                .single()
                .hasLevel(Level.WARN)
                .hasMessage("Payment p-7 retried")
                .hasField("order_id", 42)
                .hasField("amount", 99.99)
                .hasException(IllegalStateException.class);
        JsonNode json = console.recordsOf(NAME).get(0);
        assertThat(json.get("order_id").asInt()).isEqualTo(42);
        assertThat(json.get("amount").asDouble()).isEqualTo(99.99);
        assertThat(json.get("message").asText()).isEqualTo("Payment p-7 retried");
        assertThat(json.get("error").get("type").asText()).isEqualTo(IllegalStateException.class.getName());
    }

    @Test
    void fluentArguments_fillPlaceholdersInTheOrderAdded_andATrailingThrowableIsTheCause() {
        log.atInfo().addArgument(1).addArgument(() -> 2).log("{} and {} and {}", 3);
        log.atInfo()
                .addArgument("late")
                .setMessage(() -> "message from a supplier, {}")
                .log();
        log.atError().addMarker(MarkerFactory.getMarker("OPS")).log("failed {}", "x", new IOException("disk"));

        logs.assertThat().record(0).hasMessage("1 and 2 and 3");
        logs.assertThat().record(1).hasMessage("message from a supplier, late");
        logs.assertThat()
                .record(2)
                .hasMessage("failed x")
                .hasField("tags", List.of("OPS"))
                .hasException(IOException.class);
    }

    @Test
    void markers_areWrittenAsTagsArray() {
        Marker audit = MarkerFactory.getMarker("AUDIT");
        Marker security = MarkerFactory.getMarker("SECURITY");

        log.info(audit, "user {} logged in", "ada");
        log.atInfo().addMarker(audit).addMarker(security).log("password changed");

        logs.assertThat().record(0).hasMessage("user ada logged in").hasField("tags", List.of("AUDIT"));
        logs.assertThat().record(1).hasField("tags", List.of("AUDIT", "SECURITY"));
        List<JsonNode> json = console.recordsOf(NAME);
        assertThat(json.get(1).get("tags").isArray()).isTrue();
        assertThat(json.get(1).get("tags")).extracting(JsonNode::asText).containsExactly("AUDIT", "SECURITY");
    }

    @Test
    void levels_areCairns_andChangeAtRunTime() {
        Logger quiet = LoggerFactory.getLogger("slf4j.test.quiet");
        Cairn.setLevel("slf4j.test.quiet", Level.WARN);
        assertThat(quiet.isInfoEnabled()).isFalse();
        assertThat(quiet.isWarnEnabled()).isTrue();
        assertThat(quiet.isEnabledForLevel(org.slf4j.event.Level.INFO)).isFalse();

        quiet.info("dropped");
        quiet.atInfo().addKeyValue("k", 1).log("dropped too");
        Cairn.setLevel("slf4j.test.quiet", Level.TRACE);
        quiet.trace("kept");

        assertThat(quiet.isTraceEnabled()).isTrue();
        logs.assertThat().containsExactlyMessages("kept");
    }

    @Test
    void disabledLevel_neverFormatsItsArguments() {
        AtomicInteger formatted = new AtomicInteger();
        Object expensive = new Object() {
            @Override
            public String toString() {
                formatted.incrementAndGet();
                return "expensive";
            }
        };

        log.trace("value {}", expensive);
        log.atTrace().addKeyValue("value", expensive).log("value {}", expensive);
        log.debug("value {}", expensive);

        assertThat(formatted).hasValue(1);
        logs.assertThat().containsExactlyMessages("value expensive");
    }

    @Test
    void sourceLocation_isTheCallerOfSlf4j_notTheProvider() {
        JsonConsole located =
                JsonConsole.configure(c -> c.level("slf4j.test", Level.INFO).set("cairn.location", "true"));

        Caller.logEachWay(log);

        assertThat(located.recordsOf(NAME)).hasSize(3).allSatisfy(record -> {
            assertThat(record.get("class").asText()).isEqualTo(Caller.class.getName());
            assertThat(record.get("method").asText()).isEqualTo("logEachWay");
        });
    }

    @Test
    void recordsCarryTheSlf4jLoggerName_andThread() {
        LoggerFactory.getLogger(Slf4jLoggerTest.class).info("not captured: another logger");
        LoggerFactory.getLogger("slf4j.test.other").info("captured");

        logs.assertThat().single().hasLogger("slf4j.test.other");
        assertThat(logs.records().get(0).thread())
                .isEqualTo(Thread.currentThread().getName());
    }
}
