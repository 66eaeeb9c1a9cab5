package dev.cairn;

import dev.cairn.internal.Diagnostics;
import dev.cairn.internal.Engine;
import dev.cairn.internal.RecordFilter;
import dev.cairn.internal.SinkBinding;
import dev.cairn.internal.config.ConfigResolver;
import dev.cairn.internal.config.ConfigSources;
import dev.cairn.internal.config.Settings;
import dev.cairn.internal.sink.SinkFactory;
import dev.cairn.spi.Sink;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * An independent set of loggers, configuration and sinks. {@link Cairn}'s static methods use one shared instance;
 * build your own to embed Cairn or to test with sources of your choosing.
 *
 * <pre>{@code
 * try (LogSystem logs = LogSystem.builder()
 *         .environment(Map.of("CAIRN_LEVEL", "DEBUG"))
 *         .configure(c -> c.file(dir.resolve("app.log")))
 *         .build()) {
 *     logs.logger("shop").debug("written to app.log");
 * }
 * }</pre>
 */
public final class LogSystem implements AutoCloseable {

    private final ConfigSources sources;
    private final Diagnostics diagnostics;
    private final Engine engine;
    private final ConcurrentHashMap<String, Logger> loggers = new ConcurrentHashMap<>();
    private final Object configurationLock = new Object();
    private final Clock clock;
    private final Thread shutdownHook;
    private final Flows flows = new Flows(this);
    private final List<Sink> attachedSinks = new ArrayList<>();
    private volatile Settings settings;

    private LogSystem(Builder builder) {
        this.sources = new ConfigSources(builder.environment, builder.systemProperties, builder.workingDirectory,
                builder.classLoader);
        this.diagnostics = new Diagnostics(builder.diagnostics);
        this.clock = builder.clock;
        this.engine = new Engine(diagnostics, builder.clock);
        apply(builder.configuration);
        if (builder.shutdownHook) {
            shutdownHook = new Thread(this::shutdown, "cairn-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } else {
            shutdownHook = null;
        }
    }

    /** A builder that reads the process's environment, system properties and working directory. */
    public static Builder builder() {
        return new Builder();
    }

    /** The logger named {@code name}, created on first use and cached. */
    public Logger logger(String name) {
        String key = name == null ? "null" : name;
        Logger logger = loggers.get(key);
        if (logger != null) {
            return logger;
        }
        logger = loggers.computeIfAbsent(key, n -> new Logger(n, engine, settings.thresholdFor(n)));
        // A reconfiguration that ran while this logger was being added may have missed it.
        logger.threshold(settings.thresholdFor(key));
        return logger;
    }

    /** The logger named after {@code type}'s fully qualified name. */
    public Logger logger(Class<?> type) {
        return logger(type.getName());
    }

    /**
     * Rebuilds the configuration from every source with {@code configuration} as the programmatic layer, replacing
     * any earlier programmatic settings and run-time level changes. Sinks are swapped without losing or repeating a
     * record.
     *
     * @throws IllegalArgumentException if {@code configuration} sets an unknown key or an invalid value; the running
     *     configuration is then left as it was
     */
    public void reconfigure(Consumer<ConfigBuilder> configuration) {
        ConfigBuilder builder = new ConfigBuilder();
        configuration.accept(builder);
        apply(builder);
    }

    /** Changes the level of {@code logger} and the loggers below it that have no level of their own, at once. */
    public void setLevel(String logger, Level level) {
        synchronized (configurationLock) {
            settings = settings.withLoggerThreshold(logger, level.ordinal());
            updateThresholds();
        }
    }

    /**
     * Drains the queue (within {@code cairn.shutdown.timeout}), then flushes and closes every sink. A record logged
     * afterwards reopens the sinks and is written on its caller's thread rather than lost.
     */
    public void shutdown() {
        engine.shutdown();
    }

    /** Shuts down (see {@link #shutdown()}) and removes the JVM shutdown hook. */
    @Override
    public void close() {
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down; the hook is running or has run.
            }
        }
        shutdown();
    }

    /**
     * Returns once every record logged before the call has been written and flushed by its sinks, e.g. before handing
     * a log file to another process.
     */
    public void flush() {
        engine.flush();
    }

    /**
     * Wraps {@code target} in a proxy of interface {@code type} that applies its {@code @Logged} and {@code @Flow}
     * annotations, logging to this system. For classes without an interface, use the {@code cairn-agent}.
     *
     * <pre>{@code
     * PaymentService payments = logs.instrument(PaymentService.class, new StripePaymentService());
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code type} is not an interface
     */
    public <T> T instrument(Class<T> type, T target) {
        return dev.cairn.instrument.LoggingProxy.create(this, type, target);
    }

    /** Starts flows whose records go to this log system. */
    public Flows flows() {
        return flows;
    }

    dev.cairn.internal.config.FlowLimits flowLimits() {
        return settings.flowLimits();
    }

    /** Counters of the queue and of every sink: records written, dropped and lost to failures. */
    public LogStats stats() {
        return engine.stats();
    }

    /**
     * Adds {@code sink} as a tap: it receives every record on the thread that logs it, before the record is queued,
     * and stays across reconfigurations until the returned handle is closed, which detaches and closes it. For tools
     * that must see records where they are logged, such as test capture; a tap slows every log call, so production
     * destinations belong in the configuration.
     */
    public Attachment attach(Sink sink) {
        Objects.requireNonNull(sink, "sink");
        synchronized (configurationLock) {
            attachedSinks.add(sink);
            engine.taps(bindings(attachedSinks));
        }
        return () -> {
            boolean removed;
            synchronized (configurationLock) {
                removed = attachedSinks.remove(sink);
                engine.taps(bindings(attachedSinks));
            }
            if (removed) {
                try {
                    sink.close();
                } catch (Exception e) {
                    diagnostics.warn("attached sink " + sink + " failed to close (" + e + ")");
                }
            }
        };
    }

    /**
     * {@code record} as this system's JSON or text layout writes it (redaction, renames, value limits included),
     * without the final line break and without color. For tools such as test capture.
     *
     * @throws IllegalArgumentException for {@link Format#AUTO}
     */
    public String render(dev.cairn.spi.LogRecord record, Format format) {
        Settings current = settings;
        dev.cairn.internal.layout.Layout layout;
        switch (format) {
            case JSON:
                layout = SinkFactory.jsonLayout(current);
                break;
            case TEXT:
                layout = SinkFactory.textLayout(current, false);
                break;
            default:
                throw new IllegalArgumentException("render needs JSON or TEXT, not " + format);
        }
        StringBuilder out = new StringBuilder(256);
        layout.format(record, out);
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        return out.substring(0, end);
    }

    /** Whether this system's configuration writes values under {@code key} as {@code [REDACTED]}. For test capture. */
    public boolean redacts(String key) {
        return new dev.cairn.internal.layout.Redactor(settings.redactWords()).isSensitive(key);
    }

    /** A sink added with {@link #attach(Sink)}; closing it twice is harmless. */
    public interface Attachment extends AutoCloseable {
        @Override
        void close();
    }

    private void apply(ConfigBuilder programmatic) {
        synchronized (configurationLock) {
            Settings resolved = new ConfigResolver(sources, diagnostics).resolve(programmatic.values());
            settings = resolved;
            SinkFactory factory = new SinkFactory(diagnostics, sources.environment(), sources.workingDirectory(), clock);
            engine.install(factory.build(resolved, programmatic.consoleOutput(), programmatic.sinks()),
                    resolved.location(), resolved.dispatch(),
                    () -> factory.build(resolved, programmatic.consoleOutput(), programmatic.sinks()));
            updateThresholds();
        }
    }

    private static List<SinkBinding> bindings(List<Sink> sinks) {
        List<SinkBinding> bindings = new ArrayList<>();
        for (Sink sink : sinks) {
            bindings.add(new SinkBinding(sink.toString(), sink, RecordFilter.ALL));
        }
        return bindings;
    }

    private void updateThresholds() {
        Settings current = settings;
        for (Logger logger : loggers.values()) {
            logger.threshold(current.thresholdFor(logger.name()));
        }
    }

    /** Sources and channels for a {@link LogSystem}; each defaults to the process's own. */
    public static final class Builder {
        private Map<String, String> environment = System.getenv();
        private Properties systemProperties = System.getProperties();
        private Path workingDirectory = Path.of("");
        private ClassLoader classLoader = LogSystem.class.getClassLoader();
        private PrintStream diagnostics = System.err;
        private Clock clock = Clock.systemUTC();
        private ConfigBuilder configuration = new ConfigBuilder();
        private boolean shutdownHook = true;

        private Builder() {
        }

        /**
         * Whether a JVM shutdown hook drains and closes this system when the JVM exits (default true), so that an
         * application that never calls {@link LogSystem#shutdown()} loses nothing. {@link LogSystem#close()} removes it.
         */
        public Builder shutdownHook(boolean shutdownHook) {
            this.shutdownHook = shutdownHook;
            return this;
        }

        /** The environment variables to read instead of the process's. */
        public Builder environment(Map<String, String> environment) {
            this.environment = Map.copyOf(environment);
            return this;
        }

        /** The system properties to read instead of the process's. */
        public Builder systemProperties(Properties systemProperties) {
            this.systemProperties = Objects.requireNonNull(systemProperties, "systemProperties");
            return this;
        }

        /** The folder where {@code cairn.properties} and relative paths are looked up. */
        public Builder workingDirectory(Path workingDirectory) {
            this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
            return this;
        }

        /** The class loader searched for {@code cairn.properties}; null searches nowhere. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = classLoader;
            return this;
        }

        /** Where Cairn reports its own problems (bad configuration, failing sinks); standard error by default. */
        public Builder diagnostics(PrintStream diagnostics) {
            this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
            return this;
        }

        /** The clock that timestamps records. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The programmatic configuration layer.
         *
         * @throws IllegalArgumentException if it sets an unknown key or an invalid value
         */
        public Builder configure(Consumer<ConfigBuilder> configuration) {
            ConfigBuilder builder = new ConfigBuilder();
            configuration.accept(builder);
            this.configuration = builder;
            return this;
        }

        /** Reads the configuration and opens the sinks. Bad configuration is reported, never thrown. */
        public LogSystem build() {
            return new LogSystem(this);
        }
    }
}
