package dev.cairn.test;

import dev.cairn.Cairn;
import dev.cairn.Level;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AnyThreadCaptureTest {

    private static ExecutorService pool;

    @RegisterExtension
    final LogCapture logs = LogCapture.of("anythread").fromAnyThread();

    @BeforeAll
    static void startPoolBeforeTheTest() throws Exception {
        Cairn.configure(c -> c.consoleOutput(OutputStream.nullOutputStream()).level("anythread", Level.INFO));
        pool = Executors.newSingleThreadExecutor();
        pool.submit(() -> {}).get();
    }

    @AfterAll
    static void stopPool() {
        pool.shutdown();
    }

    @Test
    void fromAnyThread_capturesThreadsThatPredateTheTest() throws Exception {
        pool.submit(() -> Cairn.logger("anythread").info("from the pool")).get();

        logs.assertThat().single().hasMessage("from the pool").hasLevel(Level.INFO);
    }
}
