package dev.cairn;

import dev.cairn.internal.SinkBinding;
import dev.cairn.internal.config.ConfigKeys;
import dev.cairn.spi.Sink;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Programmatic configuration, the highest-precedence source: what is set here wins over system properties, the
 * environment and {@code cairn.properties}; what is not set is taken from them. Every setter validates at once.
 *
 * <pre>{@code
 * Cairn.configure(c -> c.level(Level.DEBUG).level("org.eclipse.jetty", Level.WARN)
 *         .format(Format.JSON).file(Path.of("logs/app.log")).service("shop"));
 * }</pre>
 *
 * See docs/configuration.md for every key.
 */
public final class ConfigBuilder {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<SinkBinding> sinks = new ArrayList<>();
    private OutputStream consoleOutput;

    ConfigBuilder() {}

    /**
     * Sets any key by its property name, e.g. {@code set("cairn.json.rename.timestamp", "@timestamp")}.
     *
     * @throws IllegalArgumentException naming the key or value and what is allowed
     */
    public ConfigBuilder set(String key, String value) {
        Objects.requireNonNull(key, "key");
        if (!ConfigKeys.isKnown(key)) {
            throw new IllegalArgumentException("unknown key " + key + ": see docs/configuration.md for the keys");
        }
        ConfigKeys.check(key, value);
        values.put(key, value);
        return this;
    }

    /** The root level, which every logger without a level of its own inherits. */
    public ConfigBuilder level(Level level) {
        return set(ConfigKeys.LEVEL.property(), level.name());
    }

    /** The level of {@code logger} and the loggers below it, e.g. {@code level("shop", Level.DEBUG)}. */
    public ConfigBuilder level(String logger, Level level) {
        return set(ConfigKeys.LOGGER_LEVEL.prefix() + logger, level.name());
    }

    /** The console format. */
    public ConfigBuilder format(Format format) {
        return set(ConfigKeys.FORMAT.property(), format.name().toLowerCase(Locale.ROOT));
    }

    /** A file that receives every record as JSON lines, created owner-only with its folders. */
    public ConfigBuilder file(Path file) {
        return set(ConfigKeys.FILE.property(), file.toString());
    }

    /** The {@code service} written on every record. */
    public ConfigBuilder service(String service) {
        return set(ConfigKeys.SERVICE.property(), service);
    }

    /** The {@code host} written on every record; {@code "auto"} for this machine's name. */
    public ConfigBuilder host(String host) {
        return set(ConfigKeys.HOST.property(), host);
    }

    /** {@code "dev"} (text, DEBUG) or {@code "prod"} (JSON, INFO): defaults that explicit keys still override. */
    public ConfigBuilder profile(String profile) {
        return set(ConfigKeys.PROFILE.property(), profile);
    }

    /** Writes console records to {@code out} instead of standard output; Cairn flushes but never closes it. */
    public ConfigBuilder consoleOutput(OutputStream out) {
        this.consoleOutput = Objects.requireNonNull(out, "out");
        return this;
    }

    /** Adds a sink that receives every record, after the configured sinks; its name is its {@code toString()}. */
    public ConfigBuilder sink(Sink sink) {
        sinks.add(new SinkBinding(
                Objects.requireNonNull(sink, "sink").toString(),
                sink,
                SinkFilter.all().recordFilter()));
        return this;
    }

    /**
     * Adds a sink named {@code name} (its name in {@link LogSystem#stats()} and in reports) that receives the records
     * {@code filter} accepts, after the configured sinks. A sink that {@link Sink#mayBlock() may block} gets a
     * delivery thread of its own.
     *
     * @throws IllegalArgumentException if another sink added here already has that name
     */
    public ConfigBuilder sink(String name, Sink sink, SinkFilter filter) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(filter, "filter");
        for (SinkBinding existing : sinks) {
            if (existing.name().equals(name)) {
                throw new IllegalArgumentException("a sink named " + name + " was already added");
            }
        }
        sinks.add(new SinkBinding(name, sink, filter.recordFilter()));
        return this;
    }

    Map<String, String> values() {
        return values;
    }

    List<SinkBinding> sinks() {
        return sinks;
    }

    OutputStream consoleOutput() {
        return consoleOutput;
    }
}
