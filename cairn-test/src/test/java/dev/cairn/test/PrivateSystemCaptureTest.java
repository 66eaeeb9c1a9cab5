package dev.cairn.test;

import dev.cairn.Cairn;
import dev.cairn.Level;
import dev.cairn.LogSystem;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PrivateSystemCaptureTest {

    private static final LogSystem SYSTEM = LogSystem.builder()
            .environment(Map.of())
            .systemProperties(new Properties())
            .classLoader(null)
            .diagnostics(new PrintStream(OutputStream.nullOutputStream()))
            .configure(c -> c.consoleOutput(OutputStream.nullOutputStream()))
            .build();

    @RegisterExtension
    final LogCapture logs = LogCapture.of("private").in(SYSTEM);

    @BeforeAll
    static void quietProcessWideConsole() {
        Cairn.configure(c -> c.consoleOutput(OutputStream.nullOutputStream()));
    }

    @AfterAll
    static void close() {
        SYSTEM.close();
    }

    @Test
    void capturesTheGivenSystem_notTheProcessWideOne() {
        SYSTEM.logger("private.shop").info("from the private system");
        Cairn.logger("private.shop").info("from the process-wide system");

        logs.assertThat().single().hasMessage("from the private system");
    }

    @Test
    void keepsCapturing_whenTheTestReconfiguresTheSystem() {
        SYSTEM.logger("private.shop").info("before");
        SYSTEM.reconfigure(c -> c.consoleOutput(OutputStream.nullOutputStream()).level("private", Level.DEBUG));
        SYSTEM.logger("private.shop").debug("after");

        logs.assertThat().containsExactlyMessages("before", "after");
    }
}
