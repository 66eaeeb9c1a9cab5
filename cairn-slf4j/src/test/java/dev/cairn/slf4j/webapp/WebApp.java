package dev.cairn.slf4j.webapp;

import dev.cairn.Cairn;
import dev.cairn.Format;
import dev.cairn.Level;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * A web application's entry points, loaded by {@code IsolatedWebAppsTest} into class loaders of their own, each with
 * its own copy of Cairn, SLF4J and the provider. Everything returned is a JDK type, shared by all loaders.
 */
public final class WebApp {

    private static final ByteArrayOutputStream OUTPUT = new ByteArrayOutputStream();

    private WebApp() {}

    /**
     * Lets the library log before Cairn is configured (Cairn's defaults write to standard output), then configures
     * Cairn and lets it log again through the same SLF4J logger. Returns the standard output of the first phase.
     */
    public static String logBeforeAndAfterConfiguration() {
        PrintStream original = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            Library.work("early");
            Cairn.flush();
        } finally {
            System.setOut(original);
        }
        configure("configured");
        Library.work("late");
        return stdout.toString(StandardCharsets.UTF_8);
    }

    /** Configures this app's Cairn to write JSON with {@code service} into this app's buffer, DEBUG for the library. */
    public static void configure(String service) {
        Cairn.configure(c -> c.consoleOutput(OUTPUT)
                .format(Format.JSON)
                .set("cairn.file", "")
                .service(service)
                .level(Library.LOGGER, Level.DEBUG));
    }

    /** Puts {@code value} in this app's MDC under {@code key} and logs through SLF4J. */
    public static void putAndLog(String key, String value) {
        MDC.put(key, value);
        LoggerFactory.getLogger("shared.name").info("{}={}", key, value);
    }

    /** This app's MDC value under {@code key}. */
    public static String mdc(String key) {
        return MDC.get(key);
    }

    /** The JSON lines this app's Cairn wrote since it was configured. */
    public static List<String> output() {
        Cairn.flush();
        return OUTPUT.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** Identities of this app's logging state, to compare across apps. */
    public static List<Object> state() {
        return List.of(Cairn.system(), LoggerFactory.getILoggerFactory(), MDC.getMDCAdapter());
    }
}
