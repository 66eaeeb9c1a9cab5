package dev.cairn;

import java.util.function.Consumer;

/**
 * The entry point: loggers and configuration of the process-wide {@link LogSystem}, created on first use from system
 * properties, the environment and {@code cairn.properties}.
 *
 * <pre>{@code
 * private static final Logger log = Cairn.logger(Checkout.class);
 *
 * Cairn.configure(c -> c.service("shop").level("shop.checkout", Level.DEBUG));
 * }</pre>
 */
public final class Cairn {

    private static volatile LogSystem system;

    private Cairn() {}

    /** The logger named {@code name}, cached per name. */
    public static Logger logger(String name) {
        return system().logger(name);
    }

    /** The logger named after {@code type}'s fully qualified name. */
    public static Logger logger(Class<?> type) {
        return system().logger(type);
    }

    /**
     * Sets the programmatic configuration, before or after the first log call; a later call replaces the earlier one
     * and rebuilds the sinks without duplicate output. Loggers already obtained stay valid.
     *
     * @throws IllegalArgumentException naming the key or value and what is allowed; the running configuration is
     *     then left as it was
     */
    public static void configure(Consumer<ConfigBuilder> configuration) {
        synchronized (Cairn.class) {
            if (system == null) {
                system = LogSystem.builder().configure(configuration).build();
                return;
            }
        }
        system.reconfigure(configuration);
    }

    /** Changes the level of {@code logger} and of the loggers below it that have no level of their own. */
    public static void setLevel(String logger, Level level) {
        system().setLevel(logger, level);
    }

    /** Returns once every record logged before the call has been written and flushed. */
    public static void flush() {
        system().flush();
    }

    /**
     * Drains the queue, flushes and closes every sink; a JVM shutdown hook does this on exit. A record logged
     * afterwards is written synchronously rather than lost.
     */
    public static void shutdown() {
        LogSystem current = system;
        if (current != null) {
            current.shutdown();
        }
    }

    /** The process-wide log system. */
    public static LogSystem system() {
        LogSystem current = system;
        if (current == null) {
            synchronized (Cairn.class) {
                current = system;
                if (current == null) {
                    current = LogSystem.builder().build();
                    system = current;
                }
            }
        }
        return current;
    }
}
