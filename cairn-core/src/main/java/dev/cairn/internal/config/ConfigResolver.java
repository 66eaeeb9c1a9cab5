package dev.cairn.internal.config;

import dev.cairn.Level;
import dev.cairn.internal.Diagnostics;
import dev.cairn.internal.DispatchOptions;
import dev.cairn.internal.QueueFullPolicy;
import dev.cairn.internal.RecordFilter;
import dev.cairn.internal.SinkTypes;
import dev.cairn.internal.layout.JsonSchema;
import dev.cairn.internal.layout.Redactor;
import dev.cairn.internal.layout.ReservedKeys;
import dev.cairn.internal.seal.KeySources;
import dev.cairn.spi.RecordKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.InetAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads every source, highest precedence first: programmatic, system properties, environment, properties file
 * ({@code cairn.config}, else {@code cairn.properties} in the working directory, else on the class path), defaults.
 * For each key the first valid value wins; each invalid or unknown entry is reported in one line naming the key, the
 * value, where it came from, what is allowed and what is used instead. Nothing here throws on bad input.
 *
 * <p>This class collects the sources into candidates per key name and assembles {@link Settings}; the keys are
 * declared in {@link ConfigKeys}, and {@link ConfigLookup} reads them typed and does the reporting.
 */
public final class ConfigResolver {

    private static final String PROPERTIES_FILE = "cairn.properties";

    private final ConfigSources sources;
    private final Diagnostics diagnostics;

    public ConfigResolver(ConfigSources sources, Diagnostics diagnostics) {
        this.sources = sources;
        this.diagnostics = diagnostics;
    }

    /** Resolves the settings with {@code programmatic} (already validated key-values) on top. */
    public Settings resolve(Map<String, String> programmatic) {
        Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
        collect(candidates, programmatic, "programmatic configuration");
        collectSystemProperties(candidates);
        collectEnvironment(candidates);
        ConfigLookup lookup = new ConfigLookup(candidates, diagnostics);
        collectFile(candidates, lookup.find(ConfigKeys.CONFIG).orElse(null));
        reportUnknownEnvironment(candidates);

        String profile = lookup.find(ConfigKeys.PROFILE).orElse(null);
        ConfigLookup config = lookup.inProfile(profile);
        int root = config.get(ConfigKeys.LEVEL);
        String format = config.get(ConfigKeys.FORMAT);
        String host = config.find(ConfigKeys.HOST).orElse(null);
        String service = config.find(ConfigKeys.SERVICE).orElse(null);
        Map<String, Integer> loggerLevels = new TreeMap<>();
        Map<String, String> renames = new HashMap<>();
        for (String name : config.names()) {
            if (ConfigKeys.LOGGER_LEVEL.covers(name)) {
                config.member(ConfigKeys.LOGGER_LEVEL, name)
                        .ifPresent(threshold -> loggerLevels.put(ConfigKeys.LOGGER_LEVEL.member(name), threshold));
            } else if (ConfigKeys.RENAME.covers(name)) {
                config.member(ConfigKeys.RENAME, name)
                        .ifPresent(renamed -> renames.put(ConfigKeys.RENAME.member(name), renamed));
            }
        }
        String nestKey = config.get(ConfigKeys.NEST_FIELDS);
        Duration shutdownTimeout = config.get(ConfigKeys.SHUTDOWN_TIMEOUT);
        List<SinkSpec> typedSinks = new ArrayList<>();
        Map<String, JsonSchema> schemas = new HashMap<>();
        List<FileSpec> files = fileSpecs(config, service, shutdownTimeout, typedSinks, schemas);
        DispatchOptions dispatch = dispatchOptions(config, files, shutdownTimeout);
        Settings settings = new Settings(
                profile,
                root,
                Map.copyOf(loggerLevels),
                format,
                config.get(ConfigKeys.CONSOLE),
                config.get(ConfigKeys.COLOR),
                FilterOptions.read(config.options(ConfigKeys.CONSOLE_OPTIONS)),
                files,
                service,
                "auto".equalsIgnoreCase(host) ? localHostName() : host,
                config.get(ConfigKeys.LOCATION),
                config.get(ConfigKeys.MAX_VALUE_LENGTH),
                config.get(ConfigKeys.MAX_RECORD_LENGTH),
                nestKey.isEmpty() ? null : nestKey,
                checkedRenames(renames, nestKey),
                redactWords(config),
                dispatch,
                new FlowLimits(config.get(ConfigKeys.FLOW_MAX_STEPS), config.get(ConfigKeys.FLOW_MAX_DURATION)),
                List.copyOf(typedSinks),
                new LimitSettings(LimitKeys.read(config), config.get(ConfigKeys.DEDUPE_WINDOW)),
                new MetricsSettings(
                        config.get(ConfigKeys.METRICS_TOP),
                        config.get(ConfigKeys.METRICS_INTERVAL),
                        config.get(ConfigKeys.JMX),
                        config.get(ConfigKeys.CONFIG_WATCH)),
                jsonSchemas(config, schemas),
                config.get(ConfigKeys.SECRETS_DETECT));
        config.reportUnused(ConfigKeys::keyFor);
        return settings;
    }

    /**
     * {@code cairn.json.schema} for the console and every sink without its own {@code json.schema} ({@code bySink},
     * filled while the sinks were read).
     */
    private static JsonSchemas jsonSchemas(ConfigLookup config, Map<String, JsonSchema> bySink) {
        config.options(ConfigKeys.CONSOLE_OPTIONS)
                .find(OutputOptions.JSON_SCHEMA)
                .ifPresent(schema -> bySink.put("console", schema));
        return new JsonSchemas(
                config.get(ConfigKeys.JSON_SCHEMA),
                bySink,
                config.find(ConfigKeys.SERVICE_VERSION).orElse(null),
                config.find(ConfigKeys.ENVIRONMENT).orElse(null),
                config.get(ConfigKeys.ECS_STYLE));
    }

    private static DispatchOptions dispatchOptions(
            ConfigLookup config, List<FileSpec> files, Duration shutdownTimeout) {
        boolean async = config.get(ConfigKeys.ASYNC);
        int queueSize = config.get(ConfigKeys.QUEUE_SIZE);
        QueueFullPolicy full = config.get(ConfigKeys.QUEUE_FULL);
        int flush = config.get(ConfigKeys.FLUSH_LEVEL);
        boolean awaitFlush = files.stream().anyMatch(f -> f.options().fsync() == FileOptions.Fsync.ALWAYS);
        return new DispatchOptions(
                async,
                queueSize,
                full,
                flush >= ValueType.OFF ? null : Level.values()[flush],
                awaitFlush,
                shutdownTimeout.toMillis());
    }

    /**
     * The default file, the preset's files, and every named file sink, in that order; named sinks of other types
     * ({@code cairn.sink.<name>.type}) are added to {@code typedSinks}; the sinks that set their own
     * {@code json.schema} to {@code schemas} (the preset's files share the default file's).
     */
    private List<FileSpec> fileSpecs(
            ConfigLookup config,
            String service,
            Duration closeTimeout,
            List<SinkSpec> typedSinks,
            Map<String, JsonSchema> schemas) {
        List<FileSpec> files = new ArrayList<>();
        OptionReader defaultFile = config.options(ConfigKeys.DEFAULT_FILE);
        String defaultKeyVariable = sources.environment().get(KeySources.ENVIRONMENT_VARIABLE) != null
                ? KeySources.ENVIRONMENT_VARIABLE
                : null;
        FileOptions defaults =
                FileSinkOptions.read(defaultFile, closeTimeout, ConfigKeys.DEFAULT_FILE.prefix(), defaultKeyVariable);
        String defaultFormat = defaultFile.get(FileSinkOptions.FORMAT);
        Optional<JsonSchema> defaultSchema = defaultFile.find(OutputOptions.JSON_SCHEMA);
        String file = config.get(ConfigKeys.FILE);
        if (!file.isEmpty()) {
            files.add(new FileSpec("file", file, defaultFormat, FilterOptions.read(defaultFile), defaults));
            defaultSchema.ifPresent(schema -> schemas.put("file", schema));
        }
        String preset = config.get(ConfigKeys.PRESET);
        String dir = config.get(ConfigKeys.DIR);
        if (preset.equals("success-error-flows")) {
            String base = (service == null ? "app" : service.replaceAll("[^A-Za-z0-9._-]", "_")) + ".log";
            Set<RecordKind> log = EnumSet.of(RecordKind.LOG);
            files.add(new FileSpec(
                    "success",
                    dir + "/success/" + base,
                    defaultFormat,
                    new RecordFilter(Level.TRACE, Level.WARN, List.of(), List.of(), log),
                    defaults));
            files.add(new FileSpec(
                    "error",
                    dir + "/error/" + base,
                    defaultFormat,
                    new RecordFilter(Level.ERROR, Level.FATAL, List.of(), List.of(), log),
                    defaults));
            files.add(new FileSpec(
                    "flows",
                    dir + "/flows/" + base,
                    defaultFormat,
                    new RecordFilter(Level.TRACE, Level.FATAL, List.of(), List.of(), EnumSet.of(RecordKind.FLOW)),
                    defaults));
            for (String presetFile : List.of("success", "error", "flows")) {
                defaultSchema.ifPresent(schema -> schemas.put(presetFile, schema));
            }
        }
        Set<String> names = new TreeSet<>();
        String sinkPrefix = SinkScope.NAMED_PREFIX;
        for (String name : config.names()) {
            if (name.startsWith(sinkPrefix) && name.indexOf('.', sinkPrefix.length()) > 0) {
                names.add(name.substring(sinkPrefix.length(), name.indexOf('.', sinkPrefix.length())));
            }
        }
        for (String sink : names) {
            Key<String> typeKey = SinkTypeOptions.typeKey(sink);
            if (config.names().contains(typeKey.property()) && validSinkName(sink)) {
                Optional<String> type = config.find(typeKey);
                if (!type.equals(Optional.of(SinkTypeOptions.FILE))) {
                    Optional<SinkSpec> spec = typedSink(config, sink, type, schemas);
                    if (spec.isPresent()
                            && (sink.equals("console")
                                    || files.stream().anyMatch(f -> f.name().equals(sink)))) {
                        diagnostics.warn("sink name " + sink + " is taken by a built-in sink; " + SinkScope.NAMED_PREFIX
                                + sink + ".* is ignored");
                    } else {
                        spec.ifPresent(typedSinks::add);
                    }
                    continue;
                }
            }
            SinkScope scope = SinkScope.named(sink, FileSinkOptions.NAMED);
            OptionReader options = config.options(scope);
            String path = options.find(FileSinkOptions.PATH).orElse(null);
            FileOptions fileOptions = FileSinkOptions.read(options, closeTimeout, scope.prefix(), null);
            String format = options.get(FileSinkOptions.FORMAT);
            RecordFilter filter = FilterOptions.read(options);
            if (path == null) {
                diagnostics.warn("sink " + sink + " has no " + scope.prefix() + "path; it is left out");
            } else if (files.stream().anyMatch(f -> f.name().equals(sink))) {
                diagnostics.warn(
                        "sink name " + sink + " is taken by a built-in sink; " + scope.prefix() + "* is ignored");
            } else {
                files.add(new FileSpec(sink, path, format, filter, fileOptions));
                options.find(OutputOptions.JSON_SCHEMA).ifPresent(schema -> schemas.put(sink, schema));
            }
        }
        return List.copyOf(files);
    }

    /**
     * The named sink {@code sink} of a type found with {@code ServiceLoader}: every option the type declares, read and
     * reported like any key; empty, and reported, when a required option is missing or the type is unknown.
     */
    private Optional<SinkSpec> typedSink(
            ConfigLookup config, String sink, Optional<String> type, Map<String, JsonSchema> schemas) {
        String prefix = SinkScope.NAMED_PREFIX + sink + ".";
        if (type.isEmpty()) {
            // The unknown type was reported; the sink's other entries would only repeat it.
            config.skipUnder(prefix);
            return Optional.empty();
        }
        SinkOptions options = SinkTypeOptions.of(type.get());
        OptionReader reader = config.options(SinkScope.named(sink, options));
        Map<dev.cairn.spi.SinkOption<?>, Object> values = new HashMap<>();
        boolean complete = true;
        for (dev.cairn.spi.SinkOption<?> declared : SinkTypes.installed().options(type.get())) {
            Optional<?> value = reader.find(options.named(declared.name()));
            if (value.isPresent()) {
                values.put(declared, value.get());
            } else {
                diagnostics.warn("sink " + sink + " of type " + type.get() + " has no " + prefix + declared.name()
                        + " (" + declared.allowed() + "); it is left out");
                complete = false;
            }
        }
        RecordFilter filter = FilterOptions.read(reader);
        reader.find(OutputOptions.JSON_SCHEMA).ifPresent(schema -> schemas.put(sink, schema));
        config.rejectUnreadUnder(
                prefix,
                name -> "unknown key " + name + ": the options of sink type " + type.get() + " are " + options.names());
        return complete ? Optional.of(new SinkSpec(sink, type.get(), values, filter)) : Optional.empty();
    }

    private static boolean validSinkName(String sink) {
        try {
            SinkScope.named(sink, SinkOptions.of())
                    .checkName(SinkScope.NAMED_PREFIX + sink + "." + SinkTypeOptions.TYPE);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Set<String> redactWords(ConfigLookup config) {
        List<String> add = config.get(ConfigKeys.REDACT_ADD);
        List<String> remove = config.get(ConfigKeys.REDACT_REMOVE);
        Set<String> words = new LinkedHashSet<>();
        for (String word : Redactor.DEFAULT_WORDS) {
            words.add(Redactor.normalize(word));
        }
        for (String word : add) {
            words.add(Redactor.normalize(word));
        }
        for (String word : remove) {
            words.remove(Redactor.normalize(word));
        }
        return Set.copyOf(words);
    }

    /** Drops renames that would make two reserved keys share a name, reporting each. */
    private Map<String, String> checkedRenames(Map<String, String> renames, String nestKey) {
        Map<String, String> finalNames = new HashMap<>();
        for (String key : ReservedKeys.DEFAULTS) {
            finalNames.put(key, key);
        }
        Map<String, String> accepted = new HashMap<>();
        for (Map.Entry<String, String> rename : new TreeMap<>(renames).entrySet()) {
            String target = rename.getValue();
            boolean taken = target.equals(nestKey)
                    || finalNames.entrySet().stream()
                            .anyMatch(e -> !e.getKey().equals(rename.getKey())
                                    && e.getValue().equals(target));
            if (taken) {
                diagnostics.warn("invalid value \"" + target + "\" for " + ConfigKeys.RENAME.prefix() + rename.getKey()
                        + ": another key is already written as " + target + "; using " + rename.getKey());
            } else {
                finalNames.put(rename.getKey(), target);
                accepted.put(rename.getKey(), target);
            }
        }
        return Map.copyOf(accepted);
    }

    private void collect(Map<String, List<Candidate>> candidates, Map<String, String> entries, String source) {
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            add(candidates, entry.getKey(), entry.getValue(), source);
        }
    }

    private void add(Map<String, List<Candidate>> candidates, String name, String raw, String source) {
        if (!ConfigKeys.isKnown(name)) {
            diagnostics.warn("unknown key " + name + " in " + source + hint(name) + "; ignored");
            return;
        }
        candidates.computeIfAbsent(name, k -> new ArrayList<>()).add(new Candidate(raw, source));
    }

    private void collectSystemProperties(Map<String, List<Candidate>> candidates) {
        Properties properties = sources.systemProperties();
        for (String name : new TreeMap<>(toMap(properties)).keySet()) {
            if (name.startsWith("cairn.")) {
                add(candidates, name, properties.getProperty(name), "system property " + name);
            }
        }
    }

    /**
     * The properties file on disk that {@link #resolve} reads with {@code programmatic} on top: the file
     * {@code cairn.config} names, else {@code cairn.properties} in the working directory (whether it exists yet or
     * not: it would win over one on the class path).
     */
    public Path fileOnDisk(Map<String, String> programmatic) {
        // Quiet: resolve() has reported whatever is wrong with these sources already.
        Diagnostics quiet = new Diagnostics(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        ConfigResolver sourcesOnly = new ConfigResolver(sources, quiet);
        Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
        sourcesOnly.collect(candidates, programmatic, "programmatic configuration");
        sourcesOnly.collectSystemProperties(candidates);
        sourcesOnly.collectEnvironment(candidates);
        String configPath =
                new ConfigLookup(candidates, quiet).find(ConfigKeys.CONFIG).orElse(null);
        return configPath != null && !configPath.isEmpty()
                ? sources.workingDirectory().resolve(configPath)
                : sources.workingDirectory().resolve(PROPERTIES_FILE);
    }

    /**
     * Every problem of the properties file {@code file}, one line each naming the key, the value and what is allowed;
     * empty when every entry is a known key with a valid value. For a reload, which applies a file only when it is
     * wholly valid.
     */
    public List<String> problemsIn(Path file) {
        List<String> problems = new ArrayList<>();
        if (!Files.exists(file)) {
            return problems;
        }
        Properties properties = new Properties();
        try (InputStream in = new BoundedInput(openRegularFile(file));
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            problems.add("cannot read configuration file " + file + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            return problems;
        }
        for (Map.Entry<String, String> entry : new TreeMap<>(toMap(properties)).entrySet()) {
            String name = entry.getKey();
            if (name.equals(ConfigKeys.CONFIG.property())) {
                problems.add(
                        "file " + file + ": " + name + " is not allowed: a configuration file cannot name another");
            } else if (name.startsWith("cairn.")) {
                try {
                    ConfigKeys.check(name, entry.getValue());
                } catch (IllegalArgumentException e) {
                    problems.add("file " + file + ": " + e.getMessage() + hint(name));
                }
            }
        }
        return problems;
    }

    private void collectEnvironment(Map<String, List<Candidate>> candidates) {
        Map<String, String> environment = sources.environment();
        for (Key<?> key : ConfigKeys.environmentKeys()) {
            for (String variable : key.environment()) {
                String raw = environment.get(variable);
                if (raw != null) {
                    candidates
                            .computeIfAbsent(key.property(), k -> new ArrayList<>())
                            .add(new Candidate(raw, "environment variable " + variable));
                }
            }
        }
    }

    /**
     * Reports each {@code CAIRN_} variable that is neither a key's nor one a sealed file sink reads its key or keystore
     * password from (by default or by name, in any source).
     */
    private void reportUnknownEnvironment(Map<String, List<Candidate>> candidates) {
        Set<String> known =
                new LinkedHashSet<>(List.of(KeySources.ENVIRONMENT_VARIABLE, KeySources.KEYSTORE_PASSWORD_VARIABLE));
        for (Key<?> key : ConfigKeys.environmentKeys()) {
            known.addAll(key.environment());
        }
        candidates.forEach((name, values) -> {
            if (name.endsWith("." + FileSinkOptions.ENCRYPTION_KEY_ENV.name())
                    || name.endsWith("." + FileSinkOptions.ENCRYPTION_KEYSTORE_PASSWORD_ENV.name())) {
                values.forEach(candidate -> known.add(candidate.raw().trim()));
            }
        });
        for (String variable : new TreeMap<>(sources.environment()).keySet()) {
            if (variable.startsWith("CAIRN_") && !known.contains(variable)) {
                diagnostics.warn("unknown environment variable " + variable + hint(variable) + "; ignored");
            }
        }
    }

    private void collectFile(Map<String, List<Candidate>> candidates, String configPath) {
        if (configPath != null && !configPath.isEmpty()) {
            Path path = sources.workingDirectory().resolve(configPath);
            readProperties(candidates, "file " + path, () -> openRegularFile(path));
            return;
        }
        Path local = sources.workingDirectory().resolve(PROPERTIES_FILE);
        if (Files.isRegularFile(local)) {
            readProperties(candidates, "file " + local.toAbsolutePath(), () -> Files.newInputStream(local));
            return;
        }
        URL resource =
                sources.classLoader() == null ? null : sources.classLoader().getResource(PROPERTIES_FILE);
        if (resource != null) {
            readProperties(candidates, "class path resource " + resource, resource::openStream);
        }
    }

    /**
     * Opens a configuration file, refusing a FIFO, device or directory before opening it (opening a FIFO blocks until
     * a writer comes; a device can be endless). A link is followed: mounted configuration (a Kubernetes ConfigMap) is
     * reached through links, and reading grants nothing.
     */
    private static InputStream openRegularFile(Path path) throws IOException {
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw new FileSystemException(path.toString(), null, "is not a regular file (a FIFO, device or directory)");
        }
        return Files.newInputStream(path);
    }

    private interface Opener {
        InputStream open() throws IOException;
    }

    private void readProperties(Map<String, List<Candidate>> candidates, String source, Opener opener) {
        try (InputStream in = new BoundedInput(opener.open());
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            collectProperties(candidates, reader, source);
        } catch (IOException | IllegalArgumentException e) {
            diagnostics.warn("cannot read configuration " + source + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); using the other sources");
        }
    }

    private void collectProperties(Map<String, List<Candidate>> candidates, Reader reader, String source)
            throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        for (Map.Entry<String, String> entry : new TreeMap<>(toMap(properties)).entrySet()) {
            if (entry.getKey().equals(ConfigKeys.CONFIG.property())) {
                diagnostics.warn(ConfigKeys.CONFIG.property() + " in " + source
                        + " is ignored: a configuration file cannot name another one");
            } else {
                add(candidates, entry.getKey(), entry.getValue(), source);
            }
        }
    }

    private static Map<String, String> toMap(Properties properties) {
        Map<String, String> map = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            map.put(name, properties.getProperty(name));
        }
        return map;
    }

    /** A "did you mean" hint for a mistyped key, or nothing when no known key is close. */
    private static String hint(String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = name.toLowerCase(Locale.ROOT);
        for (String known : ConfigKeys.knownNames()) {
            int distance = distance(lower, known.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = known;
            }
        }
        return best != null && bestDistance <= 3 ? " (did you mean " + best + "?)" : "";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String localHostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
