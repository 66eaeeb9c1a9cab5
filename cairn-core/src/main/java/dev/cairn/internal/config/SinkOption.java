package dev.cairn.internal.config;

import java.util.List;

/**
 * The one declaration of an option of a kind of sink, written after the sink's prefix: {@code max-bytes} is
 * {@code cairn.file.max-bytes} for the default file and {@code cairn.sink.<name>.max-bytes} for a named file sink.
 * Where a {@link SinkScope} has an environment form the option is also read from {@code <PREFIX>_<OPTION>}, then from
 * its {@link #seedEnvironment() seed variables}.
 *
 * @param <T> the type of the option's value
 */
public final class SinkOption<T> {

    private final String name;
    private final ValueType<T> type;
    private final Fallback<T> fallback;
    private final List<String> seedEnvironment;

    private SinkOption(String name, ValueType<T> type, Fallback<T> fallback, List<String> seedEnvironment) {
        this.name = name;
        this.type = type;
        this.fallback = fallback;
        this.seedEnvironment = List.copyOf(seedEnvironment);
    }

    /** Option {@code name} of {@code type}, whose default is {@code fallback}. */
    public static <T> SinkOption<T> of(String name, ValueType<T> type, Fallback<T> fallback) {
        return new SinkOption<>(name, type, fallback, List.of());
    }

    /** Option {@code name} of {@code type}, unset unless a source sets it, described as {@code absent}. */
    public static <T> SinkOption<T> of(String name, ValueType<T> type, String absent) {
        return of(name, type, Fallback.absent(absent));
    }

    /** Option {@code name} of {@code type}, whose default is {@code raw} ("the default {@code raw}"). */
    public static <T> SinkOption<T> withDefault(String name, ValueType<T> type, String raw) {
        return of(name, type, Fallback.of(type, raw));
    }

    /** Option {@code name} of {@code type}, whose default is {@code raw}, described as {@code description}. */
    public static <T> SinkOption<T> withDefault(String name, ValueType<T> type, String raw, String description) {
        return of(name, type, Fallback.of(type, raw, description));
    }

    /** This option, also read from {@code variables} (the seed's names) where the scope has an environment form. */
    public SinkOption<T> alsoFromEnvironment(String... variables) {
        return new SinkOption<>(name, type, fallback, List.of(variables));
    }

    /** The name after the sink's prefix, e.g. {@code max-bytes}. */
    public String name() {
        return name;
    }

    /** How values are read. */
    public ValueType<T> type() {
        return type;
    }

    /** What the option is when no source sets it. */
    public Fallback<T> fallback() {
        return fallback;
    }

    /** Further environment variables, after the scope's own, for the seed's names such as {@code LOG_MAX_BYTES}. */
    public List<String> seedEnvironment() {
        return seedEnvironment;
    }

    @Override
    public String toString() {
        return name;
    }
}
