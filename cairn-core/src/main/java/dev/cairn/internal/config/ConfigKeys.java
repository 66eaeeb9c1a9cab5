package dev.cairn.internal.config;

import dev.cairn.internal.QueueFullPolicy;
import dev.cairn.internal.SinkTypes;
import dev.cairn.internal.layout.EcsStyle;
import dev.cairn.internal.layout.JsonSchema;
import dev.cairn.internal.layout.ReservedKeys;
import dev.cairn.internal.secret.SecretKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Every key Cairn reads, each declared once: name, environment variables, type, default. Keys ending in {@code .} are
 * prefixes: the families {@code cairn.level.<logger>} and {@code cairn.json.rename.<key>}, and the sinks' options
 * ({@link #DEFAULT_FILE}, {@link #CONSOLE}, and {@code cairn.sink.<name>.*} with the {@link FileSinkOptions#NAMED}
 * options). docs/configuration.md lists the same keys; a test holds the two together.
 */
public final class ConfigKeys {

    public static final Key<String> PROFILE = Key.of("cairn.profile", ValueType.choice("dev", "prod"), "no profile")
            .environment("CAIRN_PROFILE");
    public static final Key<Integer> LEVEL = Key.withDefault("cairn.level", ValueType.threshold(), "INFO")
            .environment("CAIRN_LEVEL", "LOG_LEVEL")
            .inProfile("dev", "DEBUG");
    public static final KeyFamily<Integer> LOGGER_LEVEL =
            KeyFamily.of("cairn.level.", ValueType.threshold(), "the parent logger's level", (name, logger) -> {
                if (logger.isEmpty()) {
                    throw new IllegalArgumentException("invalid key " + name + ": expected cairn.level.<logger name>");
                }
            });
    public static final Key<String> FORMAT = Key.withDefault(
                    "cairn.format", ValueType.choice("json", "text", "auto"), "auto")
            .environment("CAIRN_FORMAT", "LOG_FORMAT")
            .inProfile("dev", "text")
            .inProfile("prod", "json");
    public static final Key<String> CONSOLE = Key.withDefault(
                    "cairn.console", ValueType.choice("stdout", "stderr", "none"), "stdout")
            .environment("CAIRN_CONSOLE");
    public static final Key<String> COLOR = Key.withDefault(
                    "cairn.color", ValueType.choice("auto", "always", "never"), "auto")
            .environment("CAIRN_COLOR");
    public static final Key<String> FILE = Key.withDefault(
                    "cairn.file", ValueType.pathOrEmpty("a file path, or empty for no file"), "", "no file")
            .environment("CAIRN_FILE", "LOG_FILE");
    public static final Key<String> SERVICE =
            Key.of("cairn.service", ValueType.name(256), "no service").environment("CAIRN_SERVICE");
    public static final Key<String> HOST = Key.of(
                    "cairn.host",
                    ValueType.name(256)
                            .describedAs("a host name of 1 to 256 characters, or auto for this machine's name"),
                    "no host")
            .environment("CAIRN_HOST");
    public static final Key<Boolean> LOCATION =
            Key.withDefault("cairn.location", ValueType.bool(), "false").environment("CAIRN_LOCATION");
    public static final Key<Integer> MAX_VALUE_LENGTH = Key.withDefault(
                    "cairn.max-value-length", ValueType.integer(16, 100_000_000), "32768")
            .environment("CAIRN_MAX_VALUE_LENGTH");
    public static final Key<Integer> MAX_RECORD_LENGTH = Key.withDefault(
                    "cairn.max-record-length", ValueType.integer(1024, 64 * 1024 * 1024), "1048576")
            .environment("CAIRN_MAX_RECORD_LENGTH");
    public static final Key<String> NEST_FIELDS = Key.withDefault(
                    "cairn.json.nest-fields",
                    ValueType.of(
                            "empty (fields at the top level) or a key of " + ValueType.JSON_KEY_CHARACTERS,
                            raw -> raw.trim().isEmpty()
                                    ? ""
                                    : ValueType.jsonKey().parse(raw)),
                    "",
                    "top-level fields")
            .environment("CAIRN_JSON_NEST_FIELDS");
    public static final KeyFamily<String> RENAME =
            KeyFamily.of("cairn.json.rename.", ValueType.jsonKey(), "the default name", (name, key) -> {
                if (!ReservedKeys.DEFAULTS.contains(key)) {
                    throw new IllegalArgumentException("unknown key " + name + ": only these keys can be renamed: "
                            + String.join(", ", ReservedKeys.DEFAULTS));
                }
            });
    public static final Key<List<String>> REDACT_ADD = Key.withDefault(
                    "cairn.redact.add", ValueType.list("a comma-separated list of key names"), "", "no additions")
            .environment("CAIRN_REDACT_ADD");
    public static final Key<List<String>> REDACT_REMOVE = Key.withDefault(
                    "cairn.redact.remove", ValueType.list("a comma-separated list of key names"), "", "no removals")
            .environment("CAIRN_REDACT_REMOVE");
    public static final Key<Boolean> ASYNC =
            Key.withDefault("cairn.async", ValueType.bool(), "true").environment("CAIRN_ASYNC");
    public static final Key<Integer> QUEUE_SIZE = Key.withDefault(
                    "cairn.queue.size", ValueType.integer(16, 1 << 24), "16384")
            .environment("CAIRN_QUEUE_SIZE");
    public static final Key<QueueFullPolicy> QUEUE_FULL = Key.withDefault(
                    "cairn.queue.full", ValueType.choice(QueueFullPolicy.class), "block")
            .environment("CAIRN_QUEUE_FULL");
    public static final Key<Duration> SHUTDOWN_TIMEOUT = Key.withDefault(
                    "cairn.shutdown.timeout", ValueType.duration("5s or 500ms"), "5s")
            .environment("CAIRN_SHUTDOWN_TIMEOUT");
    public static final Key<Integer> FLUSH_LEVEL =
            Key.withDefault("cairn.flush.level", ValueType.threshold(), "ERROR").environment("CAIRN_FLUSH_LEVEL");
    public static final Key<String> PRESET = Key.withDefault(
                    "cairn.preset", ValueType.choice("none", "success-error-flows"), "none", "no preset")
            .environment("CAIRN_PRESET");
    public static final Key<String> DIR = Key.withDefault("cairn.dir", ValueType.path("a folder path"), "logs")
            .environment("CAIRN_DIR");
    public static final Key<Integer> FLOW_MAX_STEPS = Key.withDefault(
                    "cairn.flow.max-steps", ValueType.integer(1, 1_000_000), "1000")
            .environment("CAIRN_FLOW_MAX_STEPS");
    public static final Key<Duration> FLOW_MAX_DURATION = Key.withDefault(
                    "cairn.flow.max-duration",
                    ValueType.duration("1h or 30m").require(duration -> duration.getSeconds() >= 1, "at least 1s"),
                    "1h")
            .environment("CAIRN_FLOW_MAX_DURATION");
    /** {@code cairn.dedupe.window}: how long duplicates of a written record are counted instead of written. */
    public static final Key<Duration> DEDUPE_WINDOW = Key.withDefault(
                    "cairn.dedupe.window", ValueType.duration("10s or 500ms"), "0")
            .environment("CAIRN_DEDUPE_WINDOW");
    /** {@code cairn.metrics.top}: how many loggers and exception types {@code LogSystem.stats()} names. */
    public static final Key<Integer> METRICS_TOP = Key.withDefault(
                    "cairn.metrics.top", ValueType.integer(1, 1000), "10")
            .environment("CAIRN_METRICS_TOP");
    /** {@code cairn.metrics.interval}: how often a record of kind {@code metrics} is written; 0 for never. */
    public static final Key<Duration> METRICS_INTERVAL = Key.withDefault(
                    "cairn.metrics.interval",
                    ValueType.duration("1m or 30s")
                            .require(d -> d.isZero() || d.toMillis() >= 1000, "0 (off) or at least 1s"),
                    "0")
            .environment("CAIRN_METRICS_INTERVAL");
    /** {@code cairn.jmx}: whether the log system registers its MBean. */
    public static final Key<Boolean> JMX =
            Key.withDefault("cairn.jmx", ValueType.bool(), "true").environment("CAIRN_JMX");
    /** {@code cairn.config.watch}: how often the properties file is checked for changes; 0 for never. */
    public static final Key<Duration> CONFIG_WATCH = Key.withDefault(
                    "cairn.config.watch",
                    ValueType.duration("30s or 5s")
                            .require(d -> d.isZero() || d.toMillis() >= 1000, "0 (off) or at least 1s"),
                    "0")
            .environment("CAIRN_CONFIG_WATCH");
    /** {@code cairn.json.schema}: the JSON schema of the console and the default of every file and sink. */
    public static final Key<JsonSchema> JSON_SCHEMA = Key.withDefault(
                    "cairn.json.schema", ValueType.choice(JsonSchema.class), "cairn")
            .environment("CAIRN_JSON_SCHEMA");
    /** {@code cairn.json.ecs.style}: nested objects or dotted keys in the {@code ecs} schema. */
    public static final Key<EcsStyle> ECS_STYLE = Key.withDefault(
                    "cairn.json.ecs.style", ValueType.choice(EcsStyle.class), "nested")
            .environment("CAIRN_JSON_ECS_STYLE");
    /** {@code cairn.service.version}: the service's version, written by the ecs, gelf and otel schemas. */
    public static final Key<String> SERVICE_VERSION =
            Key.of("cairn.service.version", ValueType.name(256), "no version").environment("CAIRN_SERVICE_VERSION");
    /** {@code cairn.environment}: where the service runs (prod, staging), written by the ecs, gelf and otel schemas. */
    public static final Key<String> ENVIRONMENT =
            Key.of("cairn.environment", ValueType.name(256), "no environment").environment("CAIRN_ENVIRONMENT");
    /** {@code cairn.file.*}: the options of the file {@link #FILE} names. */
    public static final SinkScope DEFAULT_FILE =
            SinkScope.builtIn("cairn.file.", "CAIRN_FILE_", FileSinkOptions.DEFAULT_FILE);
    /** {@code cairn.console.*}: which records the console receives. */
    public static final SinkScope CONSOLE_OPTIONS =
            SinkScope.builtIn("cairn.console.", "CAIRN_CONSOLE_", FilterOptions.ALL.and(OutputOptions.ALL));

    /** {@code cairn.secrets.detect}: the secret shapes masked in every record. */
    public static final Key<Set<SecretKind>> SECRETS_DETECT = Key.withDefault(
                    "cairn.secrets.detect",
                    ValueType.of("all, none, or a comma-separated list of: " + SecretKind.allKeys(), SecretKind::parse),
                    "none")
            .environment("CAIRN_SECRETS_DETECT");

    public static final Key<String> CONFIG = Key.of(
                    "cairn.config",
                    ValueType.pathOrEmpty("the path of a readable properties file"),
                    "no configuration file")
            .environment("CAIRN_CONFIG");

    /** Every key, family and prefix, in the order lookups try them and "did you mean" hints prefer them. */
    private static final List<Entry> ENTRIES = List.of(
            exact(PROFILE),
            exact(LEVEL),
            prefix(LOGGER_LEVEL.prefix(), LOGGER_LEVEL::key),
            exact(FORMAT),
            exact(CONSOLE),
            exact(COLOR),
            exact(FILE),
            exact(SERVICE),
            exact(HOST),
            exact(LOCATION),
            exact(MAX_VALUE_LENGTH),
            exact(MAX_RECORD_LENGTH),
            exact(NEST_FIELDS),
            prefix(RENAME.prefix(), RENAME::key),
            exact(REDACT_ADD),
            exact(REDACT_REMOVE),
            exact(ASYNC),
            exact(QUEUE_SIZE),
            exact(QUEUE_FULL),
            exact(SHUTDOWN_TIMEOUT),
            exact(FLUSH_LEVEL),
            exact(PRESET),
            exact(DIR),
            exact(FLOW_MAX_STEPS),
            exact(FLOW_MAX_DURATION),
            prefix(LimitKeys.PREFIX, LimitKeys::keyFor),
            exact(DEDUPE_WINDOW),
            exact(METRICS_TOP),
            exact(METRICS_INTERVAL),
            exact(JMX),
            exact(CONFIG_WATCH),
            exact(JSON_SCHEMA),
            exact(ECS_STYLE),
            exact(SERVICE_VERSION),
            exact(ENVIRONMENT),
            prefix(DEFAULT_FILE.prefix(), DEFAULT_FILE::keyFor),
            prefix(CONSOLE_OPTIONS.prefix(), CONSOLE_OPTIONS::keyFor),
            prefix(SinkScope.NAMED_PREFIX, ConfigKeys::namedSinkKey),
            exact(CONFIG),
            exact(SECRETS_DETECT));

    private ConfigKeys() {}

    /** The keys with a name of their own (not families or sink options), in declaration order. */
    public static List<Key<?>> keys() {
        List<Key<?>> keys = new ArrayList<>();
        for (Entry entry : ENTRIES) {
            if (entry.key != null) {
                keys.add(entry.key);
            }
        }
        return keys;
    }

    /** The keys that environment variables set: {@link #keys()}, then the default file's and the console's options. */
    static List<Key<?>> environmentKeys() {
        List<Key<?>> keys = new ArrayList<>(keys());
        for (SinkOption<?> option : FileSinkOptions.NAMED.list()) {
            for (SinkScope scope : List.of(DEFAULT_FILE, CONSOLE_OPTIONS)) {
                if (scope.options().contains(option)) {
                    keys.add(scope.key(option));
                }
            }
        }
        return keys;
    }

    /** Whether {@code name} is a Cairn key or starts with the prefix of a family or a sink's options. */
    public static boolean isKnown(String name) {
        for (Entry entry : ENTRIES) {
            if (entry.covers(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The key {@code name}.
     *
     * @throws IllegalArgumentException naming the key when it is not one, or not allowed in that family or sink
     */
    public static Key<?> keyFor(String name) {
        for (Entry entry : ENTRIES) {
            if (entry.covers(name)) {
                return entry.keyFor.apply(name);
            }
        }
        throw new IllegalArgumentException("unknown key " + name);
    }

    /**
     * Validates {@code raw} for {@code name} (a full key such as {@code cairn.level.shop}).
     *
     * @throws IllegalArgumentException naming the key, the value and what is allowed
     */
    public static void check(String name, String raw) {
        keyFor(name).parse(raw);
    }

    /**
     * Every exact property name and prefix and every environment variable, for "did you mean" hints. A hint is the
     * first of the closest names, so the order decides ties: keys in declaration order, then the sink options, then
     * the seed's variables for them.
     */
    static List<String> knownNames() {
        List<String> names = new ArrayList<>();
        for (Entry entry : ENTRIES) {
            names.add(entry.name);
            if (entry.key != null) {
                names.addAll(entry.key.environment());
            }
        }
        List<Key<?>> environmentKeys = environmentKeys();
        List<Key<?>> optionKeys = environmentKeys.subList(keys().size(), environmentKeys.size());
        for (Key<?> key : optionKeys) {
            names.add(key.property());
            names.add(key.environment().get(0));
        }
        for (Key<?> key : optionKeys) {
            names.addAll(key.environment().subList(1, key.environment().size()));
        }
        return names;
    }

    private static Key<?> namedSinkKey(String name) {
        String rest = name.substring(SinkScope.NAMED_PREFIX.length());
        int dot = rest.indexOf('.');
        if (dot < 0) {
            throw SinkScope.invalidNamedKey(name);
        }
        String sink = rest.substring(0, dot);
        String option = rest.substring(dot + 1);
        SinkScope files = SinkScope.named(sink, FileSinkOptions.NAMED);
        if (option.equals(SinkTypeOptions.TYPE)) {
            files.checkName(name);
            return SinkTypeOptions.typeKey(sink);
        }
        if (FileSinkOptions.NAMED.named(option) == null && SinkTypes.installed().declaresOption(option)) {
            // An option of another sink type: its value is checked once the sink's type is known.
            files.checkName(name);
            return Key.derived(
                    name,
                    List.of(),
                    ValueType.of("a value the sink's type accepts", raw -> raw),
                    Fallback.absent("nothing"));
        }
        return files.keyFor(name);
    }

    private static Entry exact(Key<?> key) {
        return new Entry(key.property(), key, name -> key);
    }

    private static Entry prefix(String prefix, Function<String, Key<?>> keyFor) {
        return new Entry(prefix, null, keyFor);
    }

    /** A key ({@code key} set) or a prefix under which {@code keyFor} finds the key. */
    private record Entry(String name, Key<?> key, Function<String, Key<?>> keyFor) {
        boolean covers(String candidate) {
            return key != null ? candidate.equals(name) : candidate.startsWith(name);
        }
    }
}
