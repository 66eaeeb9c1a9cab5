package dev.cairn.internal.config;

import dev.cairn.Level;
import dev.cairn.internal.SinkTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every configuration key: its property name, the environment variables that set it (the first wins over the later
 * ones, which are the seed's {@code LOG_*} fallbacks), what values it allows and how they are read. Keys ending in
 * {@code .} are prefixes: {@code cairn.level.<logger>} and {@code cairn.json.rename.<key>}.
 */
public enum ConfigKey {
    PROFILE("cairn.profile", "dev or prod", List.of("CAIRN_PROFILE")) {
        @Override
        Object parse(String raw) {
            return choice(raw, "dev", "prod");
        }
    },
    LEVEL("cairn.level", Allowed.LEVEL, List.of("CAIRN_LEVEL", "LOG_LEVEL")) {
        @Override
        Object parse(String raw) {
            return threshold(raw);
        }
    },
    LOGGER_LEVEL("cairn.level.", Allowed.LEVEL, List.of()) {
        @Override
        Object parse(String raw) {
            return threshold(raw);
        }
    },
    FORMAT("cairn.format", "json, text or auto", List.of("CAIRN_FORMAT", "LOG_FORMAT")) {
        @Override
        Object parse(String raw) {
            return choice(raw, "json", "text", "auto");
        }
    },
    CONSOLE("cairn.console", "stdout, stderr or none", List.of("CAIRN_CONSOLE")) {
        @Override
        Object parse(String raw) {
            return choice(raw, "stdout", "stderr", "none");
        }
    },
    COLOR("cairn.color", "auto, always or never", List.of("CAIRN_COLOR")) {
        @Override
        Object parse(String raw) {
            return choice(raw, "auto", "always", "never");
        }
    },
    FILE("cairn.file", "a file path, or empty for no file", List.of("CAIRN_FILE", "LOG_FILE")) {
        @Override
        Object parse(String raw) {
            String path = raw.trim();
            if (path.indexOf('\0') >= 0) {
                throw new IllegalArgumentException();
            }
            return path;
        }
    },
    SERVICE("cairn.service", "a name of 1 to 256 characters", List.of("CAIRN_SERVICE")) {
        @Override
        Object parse(String raw) {
            return nameOfLength(raw);
        }
    },
    HOST("cairn.host", "a host name of 1 to 256 characters, or auto for this machine's name", List.of("CAIRN_HOST")) {
        @Override
        Object parse(String raw) {
            return nameOfLength(raw);
        }
    },
    LOCATION("cairn.location", "true or false", List.of("CAIRN_LOCATION")) {
        @Override
        Object parse(String raw) {
            return SinkOption.bool(raw);
        }
    },
    MAX_VALUE_LENGTH("cairn.max-value-length", "a whole number from 16 to 100000000", List.of("CAIRN_MAX_VALUE_LENGTH")) {
        @Override
        Object parse(String raw) {
            int value = Integer.parseInt(raw.trim());
            if (value < 16 || value > 100_000_000) {
                throw new IllegalArgumentException();
            }
            return value;
        }
    },
    NEST_FIELDS("cairn.json.nest-fields", "empty (fields at the top level) or a key of " + Allowed.KEY,
            List.of("CAIRN_JSON_NEST_FIELDS")) {
        @Override
        Object parse(String raw) {
            String key = raw.trim();
            return key.isEmpty() ? "" : jsonKey(key);
        }
    },
    RENAME("cairn.json.rename.", "a key of " + Allowed.KEY, List.of()) {
        @Override
        Object parse(String raw) {
            return jsonKey(raw.trim());
        }
    },
    REDACT_ADD("cairn.redact.add", "a comma-separated list of key names", List.of("CAIRN_REDACT_ADD")) {
        @Override
        Object parse(String raw) {
            return words(raw);
        }
    },
    REDACT_REMOVE("cairn.redact.remove", "a comma-separated list of key names", List.of("CAIRN_REDACT_REMOVE")) {
        @Override
        Object parse(String raw) {
            return words(raw);
        }
    },
    ASYNC("cairn.async", "true or false", List.of("CAIRN_ASYNC")) {
        @Override
        Object parse(String raw) {
            return SinkOption.bool(raw);
        }
    },
    QUEUE_SIZE("cairn.queue.size", "a whole number from 16 to 16777216", List.of("CAIRN_QUEUE_SIZE")) {
        @Override
        Object parse(String raw) {
            int size = Integer.parseInt(raw.trim());
            if (size < 16 || size > 1 << 24) {
                throw new IllegalArgumentException();
            }
            return size;
        }
    },
    QUEUE_FULL("cairn.queue.full", "block, drop or sync", List.of("CAIRN_QUEUE_FULL")) {
        @Override
        Object parse(String raw) {
            return choice(raw, "block", "drop", "sync");
        }
    },
    SHUTDOWN_TIMEOUT("cairn.shutdown.timeout", "a duration such as 5s or 500ms", List.of("CAIRN_SHUTDOWN_TIMEOUT")) {
        @Override
        Object parse(String raw) {
            return SinkOption.duration(raw);
        }
    },
    FLUSH_LEVEL("cairn.flush.level", Allowed.LEVEL, List.of("CAIRN_FLUSH_LEVEL")) {
        @Override
        Object parse(String raw) {
            return threshold(raw);
        }
    },
    PRESET("cairn.preset", "none or success-error-flows", List.of("CAIRN_PRESET")) {
        @Override
        Object parse(String raw) {
            return choice(raw, "none", "success-error-flows");
        }
    },
    DIR("cairn.dir", "a folder path", List.of("CAIRN_DIR")) {
        @Override
        Object parse(String raw) {
            return SinkOption.PATH.parse(raw);
        }
    },
    FLOW_MAX_STEPS("cairn.flow.max-steps", "a whole number from 1 to 1000000", List.of("CAIRN_FLOW_MAX_STEPS")) {
        @Override
        Object parse(String raw) {
            int steps = Integer.parseInt(raw.trim());
            if (steps < 1 || steps > 1_000_000) {
                throw new IllegalArgumentException();
            }
            return steps;
        }
    },
    FLOW_MAX_DURATION("cairn.flow.max-duration", "a duration such as 1h or 30m, at least 1s",
            List.of("CAIRN_FLOW_MAX_DURATION")) {
        @Override
        Object parse(String raw) {
            java.time.Duration duration = SinkOption.duration(raw);
            if (duration.getSeconds() < 1) {
                throw new IllegalArgumentException();
            }
            return duration;
        }
    },
    FILE_OPTION("cairn.file.", "", List.of()) {
        @Override
        Object parse(String raw) {
            throw new UnsupportedOperationException("parsed through parseOrExplain");
        }
    },
    CONSOLE_OPTION("cairn.console.", "", List.of()) {
        @Override
        Object parse(String raw) {
            throw new UnsupportedOperationException("parsed through parseOrExplain");
        }
    },
    SINK_OPTION("cairn.sink.", "", List.of()) {
        @Override
        Object parse(String raw) {
            throw new UnsupportedOperationException("parsed through parseOrExplain");
        }
    },
    CONFIG("cairn.config", "the path of a readable properties file", List.of("CAIRN_CONFIG")) {
        @Override
        Object parse(String raw) {
            return raw.trim();
        }
    };

    /** The threshold that disables every level. */
    public static final int OFF = Level.values().length;

    private static final Pattern JSON_KEY = Pattern.compile("[A-Za-z0-9_@.$-]{1,64}");
    private static final Pattern SINK_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final String property;
    private final String allowed;
    private final List<String> environment;

    ConfigKey(String property, String allowed, List<String> environment) {
        this.property = property;
        this.allowed = allowed;
        this.environment = environment;
    }

    /** The property name, or the prefix for prefix keys. */
    public String property() {
        return property;
    }

    /** What the key accepts, for error messages. */
    public String allowed() {
        return allowed;
    }

    List<String> environment() {
        return environment;
    }

    boolean isPrefix() {
        return property.endsWith(".");
    }

    /** The value read from {@code raw}; throws {@link IllegalArgumentException} when it is not allowed. */
    abstract Object parse(String raw);

    /**
     * Validates {@code raw} for {@code name} (a full key such as {@code cairn.level.shop}).
     *
     * @throws IllegalArgumentException naming the key, the value and what is allowed
     */
    public Object parseOrExplain(String name, String raw) {
        if (this == RENAME) {
            String renamed = name.substring(property.length());
            if (!dev.cairn.internal.layout.ReservedKeys.DEFAULTS.contains(renamed)) {
                throw new IllegalArgumentException("unknown key " + name + ": only these keys can be renamed: "
                        + String.join(", ", dev.cairn.internal.layout.ReservedKeys.DEFAULTS));
            }
        }
        if (this == LOGGER_LEVEL && name.length() == property.length()) {
            throw new IllegalArgumentException("invalid key " + name + ": expected cairn.level.<logger name>");
        }
        SinkOption option = sinkOption(name);
        try {
            if (raw == null) {
                throw new IllegalArgumentException();
            }
            if (option == null && this == SINK_OPTION) {
                return typeOrTypeOption(name, raw);
            }
            return option != null ? option.parse(raw) : parse(raw);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "invalid value \"" + printable(raw) + "\" for " + name + ": expected " + allowedFor(name), e);
        }
    }

    /** What {@code name} accepts, for error messages. */
    public String allowedFor(String name) {
        SinkOption option = sinkOption(name);
        if (option == null && this == SINK_OPTION) {
            return name.endsWith(".type") ? "one of the installed sink types: "
                    + String.join(", ", SinkTypes.installed().names()) : "a value the sink's type accepts";
        }
        return option != null ? option.allowed() : allowed;
    }

    /**
     * A sink's {@code type}, which must name an installed type, or an option that only the sink's type declares, which
     * is validated once the type is known.
     */
    private static Object typeOrTypeOption(String name, String raw) {
        if (!name.endsWith(".type")) {
            return raw;
        }
        String type = raw.trim();
        if (SinkTypes.installed().find(type) == null) {
            throw new IllegalArgumentException();
        }
        return type;
    }

    /**
     * The sink option {@code name} sets, for the sink-option prefixes; null for other keys.
     *
     * @throws IllegalArgumentException naming the key when it is not an option of that kind of sink
     */
    SinkOption sinkOption(String name) {
        if (this != FILE_OPTION && this != CONSOLE_OPTION && this != SINK_OPTION) {
            return null;
        }
        String rest = name.substring(property.length());
        if (this == SINK_OPTION) {
            int dot = rest.indexOf('.');
            String sink = dot < 0 ? rest : rest.substring(0, dot);
            if (dot < 0 || !SINK_NAME.matcher(sink).matches()) {
                throw new IllegalArgumentException("invalid key " + name
                        + ": expected cairn.sink.<name>.<option>, the name of 1 to 64 letters, digits, _ or -");
            }
            rest = rest.substring(dot + 1);
        }
        SinkOption option = SinkOption.forSuffix(rest);
        if (this == SINK_OPTION && option == null
                && (rest.equals("type") || SinkTypes.installed().declaresOption(rest))) {
            return null;
        }
        boolean applies = option != null && (this == SINK_OPTION
                || this == FILE_OPTION && option.forDefaultFile() || this == CONSOLE_OPTION && option.forConsole());
        if (!applies) {
            List<String> options = new ArrayList<>();
            for (SinkOption candidate : SinkOption.values()) {
                if (this == SINK_OPTION || this == FILE_OPTION && candidate.forDefaultFile()
                        || this == CONSOLE_OPTION && candidate.forConsole()) {
                    options.add(candidate.suffix());
                }
            }
            throw new IllegalArgumentException("unknown key " + name + ": the options here are "
                    + String.join(", ", options));
        }
        return option;
    }

    /** The key that {@code name} belongs to, or null if it is not a Cairn key. */
    public static ConfigKey forName(String name) {
        for (ConfigKey key : values()) {
            if (key.isPrefix() ? name.startsWith(key.property) : name.equals(key.property)) {
                return key;
            }
        }
        return null;
    }

    /** Every exact property name and every environment variable, for "did you mean" hints. */
    static List<String> knownNames() {
        List<String> names = new ArrayList<>();
        for (ConfigKey key : values()) {
            names.add(key.property);
            names.addAll(key.environment);
        }
        for (SinkOption option : SinkOption.values()) {
            if (option.forDefaultFile()) {
                names.add(FILE_OPTION.property + option.suffix());
                names.add(option.environmentName("file"));
            }
            if (option.forConsole()) {
                names.add(CONSOLE_OPTION.property + option.suffix());
                names.add(option.environmentName("console"));
            }
        }
        names.addAll(List.of("CAIRN_MAX_BYTES", "LOG_MAX_BYTES", "CAIRN_BACKUP_COUNT", "LOG_BACKUP_COUNT"));
        return names;
    }

    /** {@code raw} with control characters escaped and cut to 100 characters, safe to print in an error line. */
    static String printable(String raw) {
        if (raw == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        dev.cairn.internal.layout.TerminalText.append(out, raw, 100);
        return out.toString().replace("\"", "\\\"");
    }

    private static Object choice(String raw, String... allowed) {
        return SinkOption.choice(raw, allowed);
    }

    private static Object threshold(String raw) {
        if (raw.trim().equalsIgnoreCase("OFF")) {
            return OFF;
        }
        return Level.parse(raw).ordinal();
    }

    private static Object nameOfLength(String raw) {
        String value = raw.trim();
        if (value.isEmpty() || value.length() > 256) {
            throw new IllegalArgumentException();
        }
        return value;
    }

    private static Object jsonKey(String key) {
        if (!JSON_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException();
        }
        return key;
    }

    private static Object words(String raw) {
        List<String> words = new ArrayList<>();
        for (String part : raw.split(",")) {
            String word = part.trim();
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return List.copyOf(words);
    }

    /** Texts used in the constants' declarations, which cannot refer to the enum's own static fields. */
    private static final class Allowed {
        static final String LEVEL = "one of TRACE, DEBUG, INFO, WARN, ERROR, FATAL, OFF (aliases WARNING, CRITICAL)";
        static final String KEY = "1 to 64 letters, digits or _ @ . $ -";
    }
}
