package dev.cairn.internal.config;

import dev.cairn.internal.SinkTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of sink types found with {@code ServiceLoader}: a type declares them as public
 * {@link dev.cairn.spi.SinkOption}s, which this turns into the configuration's typed {@link SinkOption}s (so they are
 * read and reported like every other key), and the core's own file options the other way, for the type listing.
 */
public final class SinkTypeOptions {

    /** The option that selects a named sink's type. */
    public static final String TYPE = "type";
    /** The core's file type, configured through the file options rather than a provider's. */
    public static final String FILE = "file";

    private SinkTypeOptions() {}

    /** The typed declaration of a type's public option: its parser and words, its default or none. */
    static <T> SinkOption<T> typed(dev.cairn.spi.SinkOption<T> declared) {
        ValueType<T> type = ValueType.of(declared.allowed(), declared::parse);
        Fallback<T> fallback = declared.isRequired()
                ? Fallback.absent("nothing")
                : new Fallback<>(
                        declared.defaultValue(),
                        String.valueOf(declared.defaultValue()),
                        "the default " + declared.defaultValue());
        return SinkOption.of(declared.name(), type, fallback);
    }

    /** Every option {@code type} declares, typed, then the filter and output options every sink has. */
    static SinkOptions of(String type) {
        List<SinkOption<?>> options = new ArrayList<>();
        for (dev.cairn.spi.SinkOption<?> declared : SinkTypes.installed().options(type)) {
            options.add(typed(declared));
        }
        return SinkOptions.of(options.toArray(SinkOption<?>[]::new))
                .and(FilterOptions.ALL)
                .and(OutputOptions.ALL);
    }

    /** The file sink's options as public declarations, for the listing of each type's options. */
    public static List<dev.cairn.spi.SinkOption<?>> fileOptions() {
        List<dev.cairn.spi.SinkOption<?>> declared = new ArrayList<>();
        for (SinkOption<?> option : FileSinkOptions.NAMED.list()) {
            if (!FilterOptions.ALL.contains(option) && !OutputOptions.ALL.contains(option)) {
                declared.add(declared(option));
            }
        }
        return declared;
    }

    private static <T> dev.cairn.spi.SinkOption<T> declared(SinkOption<T> option) {
        ValueType<T> type = option.type();
        Fallback<T> fallback = option.fallback();
        return fallback.isPresent()
                ? dev.cairn.spi.SinkOption.of(option.name(), type.allowed(), fallback.value(), type::parse)
                : dev.cairn.spi.SinkOption.required(option.name(), type.allowed(), type::parse);
    }

    /** The key {@code cairn.sink.<sink>.type}: one of the installed types. */
    static Key<String> typeKey(String sink) {
        ValueType<String> installed = ValueType.of(
                "one of the installed sink types: "
                        + String.join(", ", SinkTypes.installed().names()),
                raw -> {
                    String type = raw.trim();
                    if (SinkTypes.installed().find(type) == null) {
                        throw new IllegalArgumentException();
                    }
                    return type;
                });
        return Key.derived(
                SinkScope.NAMED_PREFIX + sink + "." + TYPE,
                List.of(),
                installed,
                Fallback.absent("none, so sink " + sink + " is left out"));
    }
}
