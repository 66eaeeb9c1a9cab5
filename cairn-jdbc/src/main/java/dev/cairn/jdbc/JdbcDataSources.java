package dev.cairn.jdbc;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The {@link DataSource}s that {@code jdbc} sinks may use instead of a URL: register one under a name, then set
 * {@code cairn.sink.<sink>.data-source=<name>}. A sink looks its data source up when it opens, so register it before
 * the configuration that names it is applied.
 *
 * <pre>{@code
 * try (var registration = JdbcDataSources.register("logs-db", pool)) {
 *     LogSystem logs = LogSystem.builder()
 *             .configure(c -> c.set("cairn.sink.db.type", "jdbc").set("cairn.sink.db.data-source", "logs-db"))
 *             .build();
 *     ...
 * }
 * }</pre>
 */
public final class JdbcDataSources {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final ConcurrentMap<String, DataSource> SOURCES = new ConcurrentHashMap<>();

    private JdbcDataSources() {}

    /**
     * Makes {@code dataSource} available to sinks as {@code name} (1 to 64 letters, digits, {@code .}, {@code _} or
     * {@code -}) until the returned registration is closed; sinks already open keep using it.
     *
     * @throws IllegalArgumentException if the name is malformed or already registered
     */
    public static Registration register(String name, DataSource dataSource) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataSource, "dataSource");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid data source name " + name
                    + ": expected 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (SOURCES.putIfAbsent(name, dataSource) != null) {
            throw new IllegalArgumentException("a data source named " + name + " is already registered");
        }
        return () -> SOURCES.remove(name, dataSource);
    }

    /** The data source registered as {@code name}, if any. */
    public static Optional<DataSource> find(String name) {
        return Optional.ofNullable(SOURCES.get(Objects.requireNonNull(name, "name")));
    }

    /** Ends one registration; closing it twice does nothing. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
