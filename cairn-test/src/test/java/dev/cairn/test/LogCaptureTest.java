package dev.cairn.test;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.Cairn;
import dev.cairn.Level;
import dev.cairn.Logger;
import dev.cairn.context.LogContext;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LogCaptureTest {

    @RegisterExtension
    final LogCapture logs = LogCapture.of("capture.shop");

    private final Logger log = Cairn.logger("capture.shop.checkout");

    /** A pool whose thread is started before any test runs, as an application's shared pool would be. */
    private static ExecutorService sharedPool;

    @BeforeAll
    static void configure() throws Exception {
        Cairn.configure(c -> c.consoleOutput(OutputStream.nullOutputStream()).level("capture", Level.DEBUG));
        sharedPool = Executors.newSingleThreadExecutor();
        sharedPool.submit(() -> {}).get();
    }

    @AfterAll
    static void stopPool() {
        sharedPool.shutdown();
    }

    @Test
    void capturesTheChosenLoggersAndThoseBelowThem_only() {
        Cairn.logger("capture.shop").info("parent");
        log.info("child");
        Cairn.logger("capture.shopping").info("sibling with a common prefix");
        Cairn.logger("capture.other").info("other");

        assertThat(logs.messages()).containsExactly("parent", "child");
    }

    @Test
    void assertions_onLevelLoggerMessageFieldsExceptionAndOrder() {
        log.debug("Charging card");
        LogContext.with("request_id", "r-1")
                .run(() -> log.warn("Card {} declined", "visa", kv("order_id", 42), new IOException("gateway")));

        logs.assertThat()
                .hasSize(2)
                .containsExactlyMessages("Charging card", "Card visa declined")
                .containsMessagesInOrder("Charging card", "Card visa declined")
                .contains(Level.WARN, "Card visa declined");
        logs.assertThat()
                .withLevel(Level.WARN)
                .single()
                .hasLogger("capture.shop.checkout")
                .hasMessage("Card visa declined")
                .hasMessageContaining("declined")
                .hasField("order_id", 42)
                .doesNotHaveField("amount")
                .hasContext("request_id", "r-1")
                .hasException(IOException.class);
        logs.assertThat().record(0).hasLevel(Level.DEBUG).hasNoException();
        logs.assertThat().fromLogger("capture.shop").isEmpty();
        logs.assertThat().withMessageContaining("Charging").hasSize(1);
    }

    @Test
    void failingAssertions_sayWhatWasCaptured() {
        log.info("first");
        log.info("second", kv("order_id", 42));

        assertThatThrownBy(() -> logs.assertThat().containsMessagesInOrder("second", "first"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("\"first\" was not found")
                .hasMessageContaining("1: INFO capture.shop.checkout - second {order_id=42}");
        assertThatThrownBy(() -> logs.assertThat().record(1).hasField("order_id", 43L))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to be 43 (Long) but was 42 (Integer)");
        assertThatThrownBy(() -> logs.assertThat().single())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected 1 captured records but found 2");
        assertThatThrownBy(() -> logs.assertThat().record(0).hasLevel(Level.WARN))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> logs.assertThat().record(0).hasException(IOException.class))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> logs.assertThat().contains(Level.ERROR, "first"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void numbers_compareByValueWhateverTheirType() {
        log.atInfo().with("order_id", 42).with("ratio", 0.5f).log("typed");
        logs.assertThat()
                .single()
                .hasField("order_id", 42)
                .hasField("order_id", 42L)
                .hasField("ratio", 0.5)
                .hasField("order_id", new java.math.BigDecimal("42.0"));
        log.info("nested", kv("ids", List.of(1L, 2L)), kv("totals", Map.of("a", 1L)));
        logs.assertThat().record(1).hasField("ids", List.of(1, 2)).hasField("totals", Map.of("a", 1));
        assertThatThrownBy(() -> logs.assertThat().record(0).hasField("order_id", 42.5))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void failureMessages_neverShowARedactedValue() {
        try (var scope = LogContext.with("api_token", "ctx-secret").open()) {
            log.info("login", kv("password", "hunter2"), kv("user", "ann"));
        }
        List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> failing = List.of(
                () -> logs.assertThat().single().hasField("password", "wrong-guess"),
                () -> logs.assertThat().single().hasField("missing", 1),
                () -> logs.assertThat().single().doesNotHaveField("password"),
                () -> logs.assertThat().single().hasContext("api_token", "other"),
                () -> logs.assertThat().hasSize(2),
                () -> logs.assertThat().containsMessagesInOrder("logout"));
        for (var call : failing) {
            assertThatThrownBy(call)
                    .isInstanceOf(AssertionError.class)
                    .message()
                    .doesNotContain("hunter2")
                    .doesNotContain("ctx-secret")
                    .doesNotContain("wrong-guess");
        }
        assertThatThrownBy(failing.get(0))
                .hasMessageContaining(
                        "expected field password to be [REDACTED] (String)" + " but was [REDACTED] (String)");
        assertThatThrownBy(failing.get(4)).hasMessageContaining("password=[REDACTED], user=ann");
    }

    @Test
    void recordsBelowTheConfiguredLevel_areNotCaptured() {
        log.trace("below DEBUG");

        logs.assertThat().isEmpty();
    }

    @Test
    void threadsStartedByTheTest_areCaptured_sharedPoolThreadsAreNot() throws Exception {
        Thread worker = new Thread(() -> log.info("from a thread the test started"));
        worker.start();
        worker.join();
        sharedPool
                .submit(() -> log.info("from a pool thread that predates the test"))
                .get();

        logs.assertThat().containsExactlyMessages("from a thread the test started");
    }

    @Test
    void clear_forgetsWhatWasCaptured() {
        log.info("before");
        logs.clear();
        log.info("after");

        logs.assertThat().containsExactlyMessages("after");
    }

    @Test
    void capturedRecords_keepWhatWasLogged_evenIfTheObjectChangesLater() {
        StringBuilder mutable = new StringBuilder("original");
        log.info("value", kv("value", mutable));
        mutable.setLength(0);
        mutable.append("changed");

        assertThat(logs.records().get(0).json()).contains("\"value\":\"original\"");
        assertThat(logs.records().get(0).text()).contains("original");
    }
}
