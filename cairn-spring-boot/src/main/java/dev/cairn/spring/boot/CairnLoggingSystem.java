package dev.cairn.spring.boot;

import dev.cairn.Cairn;
import dev.cairn.ConfigBuilder;
import dev.cairn.Level;
import dev.cairn.LogSystem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Spring Boot's {@link LoggingSystem} for Cairn: Boot's {@code logging.*} properties and the {@code cairn.*} keys of
 * the application's environment configure the process-wide {@link Cairn} log system; levels set by Boot or the
 * actuator's {@code /loggers} endpoint change Cairn's loggers; {@code java.util.logging} (Tomcat) goes to Cairn.
 * Selected by {@link Factory}, registered in {@code META-INF/spring.factories} ahead of Boot's own systems.
 */
public final class CairnLoggingSystem extends LoggingSystem {

    private static final Set<LogLevel> SUPPORTED = EnumSet.allOf(LogLevel.class);

    private final Object lock = new Object();
    /** The configuration from the environment, applied again with the levels whenever a level changes. */
    private Map<String, String> configured = Map.of();
    /** Levels set through Boot (properties, groups, actuator): logger name, or "" for the root, to Boot's level. */
    private final Map<String, LogLevel> levels = new TreeMap<>();

    private JulBridge julBridge;

    @Override
    public void beforeInitialize() {
        synchronized (lock) {
            if (julBridge == null) {
                julBridge = JulBridge.install();
            }
        }
    }

    @Override
    public void initialize(LoggingInitializationContext initializationContext, String configLocation, LogFile logFile) {
        Environment environment = initializationContext.getEnvironment();
        BootConfiguration configuration = BootConfiguration.read(environment, logFile, configLocation);
        configuration.problems().forEach(Diagnostic::report);
        if (environment instanceof ConfigurableEnvironment) {
            Banners.route((ConfigurableEnvironment) environment, configuration.consoleWritesJson(environment));
        }
        synchronized (lock) {
            configured = configuration.keys();
            levels.clear();
            apply();
        }
    }

    @Override
    public void cleanUp() {
        synchronized (lock) {
            if (julBridge != null) {
                julBridge.uninstall();
                julBridge = null;
            }
        }
    }

    @Override
    public Runnable getShutdownHandler() {
        return Cairn::shutdown;
    }

    @Override
    public Set<LogLevel> getSupportedLogLevels() {
        return SUPPORTED;
    }

    @Override
    public void setLogLevel(String loggerName, LogLevel level) {
        String name = rootAsEmpty(loggerName);
        synchronized (lock) {
            if (level == null) {
                levels.remove(name);
            } else {
                levels.put(name, level);
            }
            apply();
        }
    }

    @Override
    public List<LoggerConfiguration> getLoggerConfigurations() {
        List<LoggerConfiguration> result = new ArrayList<>();
        result.add(getLoggerConfiguration(ROOT_LOGGER_NAME));
        for (String name : Cairn.system().loggerNames()) {
            if (!name.isEmpty() && !name.equals(ROOT_LOGGER_NAME)) {
                result.add(getLoggerConfiguration(name));
            }
        }
        return result;
    }

    @Override
    public LoggerConfiguration getLoggerConfiguration(String loggerName) {
        String name = rootAsEmpty(loggerName);
        LogLevel configuredLevel;
        synchronized (lock) {
            configuredLevel = configuredLevel(name);
        }
        String shown = name.isEmpty() ? ROOT_LOGGER_NAME : name;
        return new LoggerConfiguration(shown, configuredLevel, effectiveLevel(name));
    }

    /** The level set for {@code name} itself, by Boot or by a {@code cairn.level} key; null when it inherits one. */
    private LogLevel configuredLevel(String name) {
        LogLevel set = levels.get(name);
        if (set != null) {
            return set;
        }
        String key = name.isEmpty() ? "cairn.level" : "cairn.level." + name;
        String value = configured.get(key);
        return value == null ? null : bootLevel(value);
    }

    private static LogLevel effectiveLevel(String name) {
        LogSystem system = Cairn.system();
        // Cairn's root has no logger of its own; "ROOT", a name without dots, has exactly the root's level.
        dev.cairn.Logger logger = system.logger(name.isEmpty() ? ROOT_LOGGER_NAME : name);
        for (Level level : Level.values()) {
            if (logger.isEnabled(level)) {
                return LogLevel.valueOf(level.name());
            }
        }
        return LogLevel.OFF;
    }

    /** Applies the environment's keys with Boot's levels over them; a key Cairn rejects is reported and left out. */
    private void apply() {
        Map<String, String> keys = new LinkedHashMap<>(configured);
        levels.forEach((name, level) -> keys.put(name.isEmpty() ? "cairn.level" : "cairn.level." + name, level.name()));
        Cairn.configure(c -> keys.forEach((key, value) -> set(c, key, value)));
    }

    private static void set(ConfigBuilder builder, String key, String value) {
        try {
            builder.set(key, value);
        } catch (IllegalArgumentException e) {
            Diagnostic.report(e.getMessage() + " (from the Spring environment); left out");
        }
    }

    private static String rootAsEmpty(String loggerName) {
        return loggerName == null || loggerName.equalsIgnoreCase(ROOT_LOGGER_NAME) ? "" : loggerName;
    }

    private static LogLevel bootLevel(String cairnLevel) {
        String name = cairnLevel.trim().toUpperCase(Locale.ROOT);
        switch (name) {
            case "WARNING":
                return LogLevel.WARN;
            case "CRITICAL":
                return LogLevel.FATAL;
            default:
                try {
                    return LogLevel.valueOf(name);
                } catch (IllegalArgumentException e) {
                    return null;
                }
        }
    }

    /** Finds Cairn's logging system when Cairn is on the class path, ahead of Boot's Logback, Log4j 2 and JUL. */
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public static final class Factory implements LoggingSystemFactory {

        @Override
        public LoggingSystem getLoggingSystem(ClassLoader classLoader) {
            return new CairnLoggingSystem();
        }
    }
}
