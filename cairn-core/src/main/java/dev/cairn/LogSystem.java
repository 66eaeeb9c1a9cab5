package dev.cairn;

import dev.cairn.internal.Diagnostics;
import dev.cairn.internal.Engine;
import dev.cairn.internal.LogSystemAccess;
import dev.cairn.internal.SinkBinding;
import dev.cairn.internal.SinkTypes;
import dev.cairn.internal.config.ConfigResolver;
import dev.cairn.internal.config.ConfigSources;
import dev.cairn.internal.config.ConfigWatch;
import dev.cairn.internal.config.FlowLimits;
import dev.cairn.internal.config.Settings;
import dev.cairn.internal.jmx.JmxRegistration;
import dev.cairn.internal.layout.Layouts;
import dev.cairn.internal.layout.Redactor;
import dev.cairn.internal.limit.RateLimits;
import dev.cairn.internal.sink.LayoutEncoder;
import dev.cairn.internal.sink.SinkFactory;
import dev.cairn.internal.stats.RecordCounts;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordEncoder;
import dev.cairn.spi.Sink;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
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

    static {
        LogSystemAccess.register(new LogSystemAccess.Access() {
            @Override
            public Engine engine(LogSystem system) {
                return system.engine;
            }

            @Override
            public FlowLimits flowLimits(LogSystem system) {
                return system.settings.flowLimits();
            }
        });
    }

    private final ConfigSources sources;
    private final Diagnostics diagnostics;
    private final Engine engine;
    private final ConcurrentHashMap<String, Logger> loggers = new ConcurrentHashMap<>();
    private final Object configurationLock = new Object();
    private final Clock clock;
    private final Ticker ticker;
    private final Thread shutdownHook;
    private volatile Settings settings;
    private volatile Redactor redactor;
    private volatile Layouts layouts;
    private volatile RateLimits rateLimits = RateLimits.NONE;
    /** The programmatic layer in force, for a reload; guarded by {@link #configurationLock}. */
    private ConfigBuilder programmatic = new ConfigBuilder();
    /** Levels set at run time since the last {@link #reconfigure}, kept across reloads; guarded by the lock. */
    private final Map<String, Level> runtimeLevels = new java.util.LinkedHashMap<>();
    /** The watch of the properties file while {@code cairn.config.watch} is on; guarded by the lock. */
    private ConfigWatch watch;
    /** The MBean while registered; guarded by {@link #configurationLock}. */
    private JmxRegistration mbean;

    private LogSystem(Builder builder) {
        this.sources = new ConfigSources(
                builder.environment, builder.systemProperties, builder.workingDirectory, builder.classLoader);
        this.diagnostics = new Diagnostics(builder.diagnostics);
        this.clock = builder.clock;
        this.ticker = builder.ticker;
        this.engine = new Engine(diagnostics, builder.clock, builder.ticker);
        SinkTypes.installed().problems().forEach(diagnostics::warn);
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
        logger = loggers.computeIfAbsent(key, n -> {
            Logger created = new Logger(n, engine, settings.thresholdFor(n));
            created.rateBucket(rateLimits.bucketFor(n));
            return created;
        });
        // A reconfiguration that ran while this logger was being added may have missed it.
        logger.threshold(settings.thresholdFor(key));
        logger.rateBucket(rateLimits.bucketFor(key));
        return logger;
    }

    /** The logger named after {@code type}'s fully qualified name. */
    public Logger logger(Class<?> type) {
        return logger(type.getName());
    }

    /** The names of the loggers obtained so far, sorted: for a framework's list of loggers and their levels. */
    public java.util.SortedSet<String> loggerNames() {
        return new java.util.TreeSet<>(loggers.keySet());
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
        synchronized (configurationLock) {
            runtimeLevels.clear();
            apply(builder);
        }
    }

    /** Changes the level of {@code logger} and the loggers below it that have no level of their own, at once. */
    public void setLevel(String logger, Level level) {
        synchronized (configurationLock) {
            runtimeLevels.put(logger, level);
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

    /** Shuts down (see {@link #shutdown()}), unregisters the MBean and removes the JVM shutdown hook. */
    @Override
    public void close() {
        synchronized (configurationLock) {
            if (mbean != null) {
                mbean.close();
                mbean = null;
            }
            if (watch != null) {
                watch.close();
                watch = null;
            }
        }
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

    /** The clock that timestamps records. */
    public Clock clock() {
        return clock;
    }

    /** The ticker that times durations: flows, steps, method calls, requests. */
    public Ticker ticker() {
        return ticker;
    }

    /**
     * Whether this system's configuration redacts values under {@code key} ({@code cairn.redact} and the built-in
     * sensitive words), e.g. for an integration that writes query parameters or headers as fields.
     */
    public boolean isSensitive(String key) {
        return redactor.isSensitive(key);
    }

    /** Counters of the queue and of every sink: records written, dropped and lost to failures. */
    public LogStats stats() {
        return engine.stats();
    }

    /**
     * Adds {@code sink} as a tap: it receives every record on the thread that logs it, before the record is queued,
     * and stays across reconfigurations until the returned handle is closed, which detaches and closes it. For tools
     * that must see records where they are logged, such as test capture; a tap slows every log call, so production
     * destinations belong in the configuration. Its name in {@link #stats()} is its {@code toString()}.
     */
    public Attachment attach(Sink sink) {
        return attach(Objects.requireNonNull(sink, "sink").toString(), sink, SinkFilter.all());
    }

    /**
     * Adds {@code sink} as a tap (see {@link #attach(Sink)}) named {@code name}, receiving the records {@code filter}
     * accepts. A sink that {@link Sink#mayBlock() may block} receives them on a delivery thread of its own instead.
     */
    public Attachment attach(String name, Sink sink, SinkFilter filter) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sink, "sink");
        engine.attach(new SinkBinding(
                name, sink, Objects.requireNonNull(filter, "filter").recordFilter()));
        return () -> engine.detach(sink);
    }

    /**
     * A new encoder writing records exactly as this system's JSON or text output does (renames, redaction, value
     * limits, service and host), for a sink of your own. It follows the configuration in force when it is made.
     *
     * @throws IllegalArgumentException for {@link Format#AUTO}
     */
    public RecordEncoder encoder(Format format) {
        Layouts current = layouts;
        switch (format) {
            case JSON:
                return new LayoutEncoder(current.json(), Format.JSON);
            case TEXT:
                return new LayoutEncoder(current.text(false), Format.TEXT);
            default:
                throw new IllegalArgumentException("an encoder needs JSON or TEXT, not " + format);
        }
    }

    /**
     * {@code record} as this system's JSON or text layout writes it (redaction, renames, value limits included),
     * without the final line break and without color. For tools such as test capture; thread-safe, through one
     * encoder per format kept for the configuration in force.
     *
     * @throws IllegalArgumentException for {@link Format#AUTO}
     */
    public String render(LogRecord record, Format format) {
        if (format == Format.AUTO) {
            throw new IllegalArgumentException("render needs JSON or TEXT, not " + format);
        }
        String line = layouts.render(record, format == Format.JSON);
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == '\n') {
            end--;
        }
        return line.substring(0, end);
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
            Settings resolved =
                    withRuntimeLevels(new ConfigResolver(sources, diagnostics).resolve(programmatic.values()));
            Layouts configured = SinkFactory.layouts(resolved, engine.secretsMasked());
            settings = resolved;
            rateLimits = RateLimits.of(resolved.limits().rates(), ticker);
            engine.suppressDuplicates(resolved.limits().dedupeWindow());
            engine.countAs(resolved.service(), resolved.metrics().top());
            engine.recordMetricsEvery(resolved.metrics().interval());
            publishMBean(resolved);
            this.programmatic = programmatic;
            java.time.Duration every = resolved.metrics().watch();
            watchFile(
                    every.isZero() ? null : new ConfigResolver(sources, diagnostics).fileOnDisk(programmatic.values()),
                    every);
            redactor = new Redactor(resolved.redactWords());
            layouts = configured;
            SinkFactory factory = new SinkFactory(
                    diagnostics,
                    sources.environment(),
                    sources.workingDirectory(),
                    clock,
                    SinkTypes.installed(),
                    engine,
                    ticker);
            engine.install(
                    factory.plan(resolved, configured, programmatic.consoleOutput(), programmatic.sinks()),
                    resolved.location(),
                    resolved.dispatch(),
                    // Sinks added in code were closed by the shutdown and cannot be opened again.
                    () -> factory.build(resolved, configured, programmatic.consoleOutput(), List.of()));
            updateThresholds();
        }
    }

    /** {@code settings} with the levels set at run time (kept by a reload, cleared by reconfigure) in force. */
    private Settings withRuntimeLevels(Settings settings) {
        Settings result = settings;
        for (Map.Entry<String, Level> runtime : runtimeLevels.entrySet()) {
            result = result.withLoggerThreshold(
                    runtime.getKey(), runtime.getValue().ordinal());
        }
        return result;
    }

    /**
     * Registers, renames or unregisters the MBean as {@code cairn.jmx} and {@code cairn.service} say. Its classes use
     * {@code java.management} (an optional dependency of the core) and are loaded only when that module is present.
     */
    private void publishMBean(Settings resolved) {
        String service = resolved.service() == null ? RecordCounts.NO_SERVICE : resolved.service();
        boolean wanted = resolved.metrics().jmx() && managementPresent();
        if (mbean != null && (!wanted || !mbean.service().equals(service))) {
            mbean.close();
            mbean = null;
        }
        if (wanted && mbean == null) {
            mbean = JmxRegistration.register(this, service, diagnostics);
        }
    }

    /** Starts, changes or stops the watch of {@code file} as {@code cairn.config.watch} says. */
    private void watchFile(Path file, java.time.Duration every) {
        long nanos = every.toNanos();
        if (watch != null
                && (nanos == 0
                        || watch.intervalNanos() != nanos
                        || !watch.file().equals(file))) {
            watch.close();
            watch = null;
        }
        if (nanos > 0 && watch == null) {
            watch = new ConfigWatch(file, nanos, ticker, () -> reload(file));
        }
    }

    /**
     * Applies the changed properties file {@code file}, keeping the programmatic layer and the levels set at run time;
     * a file with any invalid entry is reported line by line and not applied.
     */
    private void reload(Path file) {
        synchronized (configurationLock) {
            List<String> problems = new ConfigResolver(sources, diagnostics).problemsIn(file);
            if (!problems.isEmpty()) {
                problems.forEach(diagnostics::warn);
                diagnostics.warn("configuration file " + file + " changed but was not applied (" + problems.size()
                        + " problems above); the running configuration stays");
                return;
            }
            apply(programmatic);
            diagnostics.warn("configuration file " + file + " changed and was applied");
        }
    }

    private static boolean managementPresent() {
        return ModuleLayer.boot()
                .findModule("java.management")
                .filter(LogSystem.class.getModule()::canRead)
                .isPresent();
    }

    private void updateThresholds() {
        Settings current = settings;
        RateLimits rates = rateLimits;
        for (Logger logger : loggers.values()) {
            logger.threshold(current.thresholdFor(logger.name()));
            logger.rateBucket(rates.bucketFor(logger.name()));
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
        private Ticker ticker = Ticker.system();
        private ConfigBuilder configuration = new ConfigBuilder();
        private boolean shutdownHook = true;

        private Builder() {}

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

        /** The ticker that times durations (flows, steps, method calls, requests); {@link Ticker#system()} by default. */
        public Builder ticker(Ticker ticker) {
            this.ticker = Objects.requireNonNull(ticker, "ticker");
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
