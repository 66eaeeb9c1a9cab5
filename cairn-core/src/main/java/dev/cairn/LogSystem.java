package dev.cairn;

import dev.cairn.internal.Diagnostics;
import dev.cairn.internal.Engine;
import dev.cairn.internal.config.ConfigResolver;
import dev.cairn.internal.config.ConfigSources;
import dev.cairn.internal.config.Settings;
import dev.cairn.internal.sink.ConsoleSink;
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
    private volatile Settings settings;
    private List<Sink> configuredSinks = List.of();
    private boolean captureLocation;
    private final List<Sink> attachedSinks = new ArrayList<>();

    private LogSystem(Builder builder) {
        this.sources = new ConfigSources(builder.environment, builder.systemProperties, builder.workingDirectory,
                builder.classLoader);
        this.diagnostics = new Diagnostics(builder.diagnostics);
        this.engine = new Engine(diagnostics, builder.clock);
        apply(builder.configuration);
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
     * Adds {@code sink} after the configured sinks, and keeps it there across reconfigurations, until the returned
     * handle is closed; closing it detaches and closes the sink. For tools, such as test capture, that must observe
     * records without replacing the application's configuration.
     */
    public Attachment attach(Sink sink) {
        Objects.requireNonNull(sink, "sink");
        synchronized (configurationLock) {
            attachedSinks.add(sink);
            install(configuredSinks, captureLocation);
        }
        return () -> {
            synchronized (configurationLock) {
                if (attachedSinks.remove(sink)) {
                    install(configuredSinks, captureLocation);
                }
            }
        };
    }

    /** Flushes and closes every configured sink. Records logged afterwards go to standard error as JSON lines. */
    public void shutdown() {
        synchronized (configurationLock) {
            install(List.of(new ConsoleSink(SinkFactory.jsonLayout(settings), System.err)), false);
        }
    }

    @Override
    public void close() {
        shutdown();
    }

    private void apply(ConfigBuilder programmatic) {
        synchronized (configurationLock) {
            Settings resolved = new ConfigResolver(sources, diagnostics).resolve(programmatic.values());
            settings = resolved;
            install(new SinkFactory(diagnostics, sources.environment())
                    .build(resolved, programmatic.consoleOutput(), programmatic.sinks()), resolved.location());
            updateThresholds();
        }
    }

    /** Installs {@code configured} followed by the attached sinks; called with the configuration lock held. */
    private void install(List<Sink> configured, boolean location) {
        configuredSinks = configured;
        captureLocation = location;
        List<Sink> all = new ArrayList<>(configured);
        all.addAll(attachedSinks);
        engine.install(all, location);
    }

    private void updateThresholds() {
        Settings current = settings;
        for (Logger logger : loggers.values()) {
            logger.threshold(current.thresholdFor(logger.name()));
        }
    }

    /** A sink added with {@link #attach(Sink)}; closing it twice is harmless. */
    public interface Attachment extends AutoCloseable {
        @Override
        void close();
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

        private Builder() {
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
