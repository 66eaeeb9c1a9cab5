package dev.cairn.test;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.Cairn;
import dev.cairn.Level;
import dev.cairn.context.LogContext;
import dev.cairn.Logger;
import java.io.IOException;
import java.io.OutputStream;
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
        sharedPool.submit(() -> { }).get();
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

        logs.assertThat().hasSize(2).containsExactlyMessages("Charging card", "Card visa declined")
                .containsMessagesInOrder("Charging card", "Card visa declined")
                .contains(Level.WARN, "Card visa declined");
        logs.assertThat().withLevel(Level.WARN).single().hasLogger("capture.shop.checkout")
                .hasMessage("Card visa declined").hasMessageContaining("declined").hasField("order_id", 42)
                .doesNotHaveField("amount").hasContext("request_id", "r-1").hasException(IOException.class);
        logs.assertThat().record(0).hasLevel(Level.DEBUG).hasNoException();
        logs.assertThat().fromLogger("capture.shop").isEmpty();
        logs.assertThat().withMessageContaining("Charging").hasSize(1);
    }

    @Test
    void failingAssertions_sayWhatWasCaptured() {
        log.info("first");
        log.info("second", kv("order_id", 42));

        assertThatThrownBy(() -> logs.assertThat().containsMessagesInOrder("second", "first"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("\"first\" was not found")
                .hasMessageContaining("1: INFO capture.shop.checkout - second {order_id=42}");
        assertThatThrownBy(() -> logs.assertThat().record(1).hasField("order_id", 42L))
                .isInstanceOf(AssertionError.class).hasMessageContaining("to be 42 (Long) but was 42 (Integer)");
        assertThatThrownBy(() -> logs.assertThat().single()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected 1 captured records but found 2");
        assertThatThrownBy(() -> logs.assertThat().record(0).hasLevel(Level.WARN)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> logs.assertThat().record(0).hasException(IOException.class))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> logs.assertThat().contains(Level.ERROR, "first")).isInstanceOf(AssertionError.class);
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
        sharedPool.submit(() -> log.info("from a pool thread that predates the test")).get();

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
