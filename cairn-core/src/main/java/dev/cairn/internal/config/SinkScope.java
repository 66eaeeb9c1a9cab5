package dev.cairn.internal.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where one sink's options are written: a prefix ({@code cairn.file.}, {@code cairn.console.},
 * {@code cairn.sink.<name>.}), the options accepted there and, for the default file and the console, the environment
 * prefix ({@code CAIRN_FILE_}) that also sets them. Turns each {@link SinkOption} into the {@link Key} it is there.
 */
public final class SinkScope {

    /** The prefix of named sinks' keys. */
    public static final String NAMED_PREFIX = "cairn.sink.";

    private static final Pattern SINK_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final String prefix;
    private final String environmentPrefix;
    private final SinkOptions options;
    private final String sinkName;

    private SinkScope(String prefix, String environmentPrefix, SinkOptions options, String sinkName) {
        this.prefix = prefix;
        this.environmentPrefix = environmentPrefix;
        this.options = options;
        this.sinkName = sinkName;
    }

    /** The built-in sink whose options are {@code prefix}{@code <option>} and {@code environmentPrefix<OPTION>}. */
    public static SinkScope builtIn(String prefix, String environmentPrefix, SinkOptions options) {
        return new SinkScope(prefix, environmentPrefix, options, null);
    }

    /** The named sink {@code sink}: options {@code cairn.sink.<sink>.<option>}, with no environment form. */
    public static SinkScope named(String sink, SinkOptions options) {
        return new SinkScope(NAMED_PREFIX + sink + ".", null, options, sink);
    }

    /** The prefix, ending in a dot. */
    public String prefix() {
        return prefix;
    }

    /** The options accepted here. */
    public SinkOptions options() {
        return options;
    }

    /** Whether {@code name} starts with the prefix. */
    public boolean covers(String name) {
        return name.startsWith(prefix);
    }

    /** {@code option} as a key of this sink. */
    public <T> Key<T> key(SinkOption<T> option) {
        List<String> variables = new ArrayList<>();
        if (environmentPrefix != null) {
            variables.add(environmentPrefix
                    + option.name().replace('-', '_').replace('.', '_').toUpperCase(Locale.ROOT));
            variables.addAll(option.seedEnvironment());
        }
        return Key.derived(prefix + option.name(), variables, option.type(), option.fallback());
    }

    /**
     * The key {@code name}, which starts with the prefix.
     *
     * @throws IllegalArgumentException naming the key when the sink's name is not allowed or the option is not one of
     *     this sink's
     */
    public Key<?> keyFor(String name) {
        if (sinkName != null && !SINK_NAME.matcher(sinkName).matches()) {
            throw invalidNamedKey(name);
        }
        SinkOption<?> option = options.named(name.substring(prefix.length()));
        if (option == null) {
            throw new IllegalArgumentException("unknown key " + name + ": the options here are " + options.names());
        }
        return key(option);
    }

    /**
     * Checks the sink name of {@code name}, a key of this scope.
     *
     * @throws IllegalArgumentException naming the key when the sink's name is not allowed
     */
    void checkName(String name) {
        if (sinkName != null && !SINK_NAME.matcher(sinkName).matches()) {
            throw invalidNamedKey(name);
        }
    }

    /** The error for a {@code cairn.sink.} key that is not {@code cairn.sink.<name>.<option>} with a valid name. */
    static IllegalArgumentException invalidNamedKey(String name) {
        return new IllegalArgumentException("invalid key " + name
                + ": expected cairn.sink.<name>.<option>, the name of 1 to 64 letters, digits, _ or -");
    }
}
