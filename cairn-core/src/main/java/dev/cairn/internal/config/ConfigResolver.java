package dev.cairn.internal.config;

import dev.cairn.Level;
import dev.cairn.internal.Diagnostics;
import dev.cairn.internal.DispatchOptions;
import dev.cairn.internal.QueueFullPolicy;
import dev.cairn.internal.RecordFilter;
import dev.cairn.internal.sink.FileOptions;
import dev.cairn.spi.RecordKind;
import dev.cairn.internal.layout.Redactor;
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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads every source, highest precedence first: programmatic, system properties, environment, properties file
 * ({@code cairn.config}, else {@code cairn.properties} in the working directory, else on the class path), defaults.
 * For each key the first valid value wins; each invalid or unknown entry is reported in one line naming the key, the
 * value, where it came from, what is allowed and what is used instead. Nothing here throws on bad input.
 */
public final class ConfigResolver {

    private static final String PROPERTIES_FILE = "cairn.properties";

    private final ConfigSources sources;
    private final Diagnostics diagnostics;
    /** The keys some setting has read, so that the others can be reported as having no effect. */
    private final Set<String> resolved = new HashSet<>();

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
        Object configPath = resolve(candidates, ConfigKey.CONFIG.property(), ConfigKey.CONFIG, null,
                "no configuration file");
        collectFile(candidates, (String) configPath);

        String profile = (String) resolve(candidates, ConfigKey.PROFILE.property(), ConfigKey.PROFILE, null,
                "no profile");
        boolean dev = "dev".equals(profile);
        boolean prod = "prod".equals(profile);
        int root = (Integer) resolve(candidates, ConfigKey.LEVEL.property(), ConfigKey.LEVEL,
                dev ? 1 : 2, dev ? "DEBUG (the dev profile's level)" : "the default INFO");
        String format = (String) resolve(candidates, ConfigKey.FORMAT.property(), ConfigKey.FORMAT,
                dev ? "text" : prod ? "json" : "auto",
                dev ? "text (the dev profile's format)" : prod ? "json (the prod profile's format)" : "the default auto");
        String host = (String) resolve(candidates, ConfigKey.HOST.property(), ConfigKey.HOST, null, "no host");
        String service = (String) resolve(candidates, ConfigKey.SERVICE.property(), ConfigKey.SERVICE, null,
                "no service");
        Map<String, Integer> loggerLevels = new TreeMap<>();
        Map<String, String> renames = new HashMap<>();
        for (String name : List.copyOf(candidates.keySet())) {
            if (name.startsWith(ConfigKey.LOGGER_LEVEL.property())) {
                Object threshold = resolve(candidates, name, ConfigKey.LOGGER_LEVEL, null, "the parent logger's level");
                if (threshold != null) {
                    loggerLevels.put(name.substring(ConfigKey.LOGGER_LEVEL.property().length()), (Integer) threshold);
                }
            } else if (name.startsWith(ConfigKey.RENAME.property())) {
                Object renamed = resolve(candidates, name, ConfigKey.RENAME, null, "the default name");
                if (renamed != null) {
                    renames.put(name.substring(ConfigKey.RENAME.property().length()), (String) renamed);
                }
            }
        }
        String nestKey = (String) resolve(candidates, ConfigKey.NEST_FIELDS.property(), ConfigKey.NEST_FIELDS, "",
                "top-level fields");
        Duration shutdownTimeout = (Duration) resolve(candidates, ConfigKey.SHUTDOWN_TIMEOUT.property(),
                ConfigKey.SHUTDOWN_TIMEOUT, Duration.ofSeconds(5), "the default 5s");
        List<FileSpec> files = fileSpecs(candidates, service, shutdownTimeout);
        DispatchOptions dispatch = dispatchOptions(candidates, files, shutdownTimeout);
        Settings settings = new Settings(
                profile,
                root,
                Map.copyOf(loggerLevels),
                format,
                (String) resolve(candidates, ConfigKey.CONSOLE.property(), ConfigKey.CONSOLE, "stdout",
                        "the default stdout"),
                (String) resolve(candidates, ConfigKey.COLOR.property(), ConfigKey.COLOR, "auto", "the default auto"),
                filter(candidates, ConfigKey.CONSOLE_OPTION, ConfigKey.CONSOLE_OPTION.property()),
                files,
                service,
                "auto".equalsIgnoreCase(host) ? localHostName() : host,
                (Boolean) resolve(candidates, ConfigKey.LOCATION.property(), ConfigKey.LOCATION, false,
                        "the default false"),
                (Integer) resolve(candidates, ConfigKey.MAX_VALUE_LENGTH.property(), ConfigKey.MAX_VALUE_LENGTH,
                        32_768, "the default 32768"),
                nestKey.isEmpty() ? null : nestKey,
                checkedRenames(renames, nestKey),
                redactWords(candidates),
                dispatch,
                new FlowLimits(
                        (Integer) resolve(candidates, ConfigKey.FLOW_MAX_STEPS.property(), ConfigKey.FLOW_MAX_STEPS,
                                1000, "the default 1000"),
                        (Duration) resolve(candidates, ConfigKey.FLOW_MAX_DURATION.property(),
                                ConfigKey.FLOW_MAX_DURATION, Duration.ofHours(1), "the default 1h")));
        reportUnused(candidates);
        return settings;
    }

    private DispatchOptions dispatchOptions(Map<String, List<Candidate>> candidates, List<FileSpec> files,
            Duration shutdownTimeout) {
        boolean async = (Boolean) resolve(candidates, ConfigKey.ASYNC.property(), ConfigKey.ASYNC, true,
                "the default true");
        int queueSize = (Integer) resolve(candidates, ConfigKey.QUEUE_SIZE.property(), ConfigKey.QUEUE_SIZE, 16_384,
                "the default 16384");
        String full = (String) resolve(candidates, ConfigKey.QUEUE_FULL.property(), ConfigKey.QUEUE_FULL, "block",
                "the default block");
        int flush = (Integer) resolve(candidates, ConfigKey.FLUSH_LEVEL.property(), ConfigKey.FLUSH_LEVEL,
                Level.ERROR.ordinal(), "the default ERROR");
        boolean awaitFlush = files.stream().anyMatch(f -> f.options().fsync() == FileOptions.Fsync.ALWAYS);
        return new DispatchOptions(async, queueSize, QueueFullPolicy.valueOf(full.toUpperCase(Locale.ROOT)),
                flush >= ConfigKey.OFF ? null : Level.values()[flush], awaitFlush, shutdownTimeout.toMillis());
    }

    /** The default file, the preset's files, and every named sink, in that order. */
    private List<FileSpec> fileSpecs(Map<String, List<Candidate>> candidates, String service, Duration closeTimeout) {
        List<FileSpec> files = new ArrayList<>();
        String filePrefix = ConfigKey.FILE_OPTION.property();
        FileOptions defaults = fileOptions(candidates, ConfigKey.FILE_OPTION, filePrefix, closeTimeout);
        String defaultFormat = (String) resolve(candidates, filePrefix + "format", ConfigKey.FILE_OPTION, "json",
                "the default json");
        String file = (String) resolve(candidates, ConfigKey.FILE.property(), ConfigKey.FILE, "", "no file");
        if (!file.isEmpty()) {
            files.add(new FileSpec("file", file, defaultFormat,
                    filter(candidates, ConfigKey.FILE_OPTION, filePrefix), defaults));
        }
        String preset = (String) resolve(candidates, ConfigKey.PRESET.property(), ConfigKey.PRESET, "none",
                "no preset");
        String dir = (String) resolve(candidates, ConfigKey.DIR.property(), ConfigKey.DIR, "logs",
                "the default logs");
        if (preset.equals("success-error-flows")) {
            String base = (service == null ? "app" : service.replaceAll("[^A-Za-z0-9._-]", "_")) + ".log";
            Set<RecordKind> log = EnumSet.of(RecordKind.LOG);
            files.add(new FileSpec("success", dir + "/success/" + base, defaultFormat,
                    new RecordFilter(Level.TRACE, Level.WARN, List.of(), List.of(), log), defaults));
            files.add(new FileSpec("error", dir + "/error/" + base, defaultFormat,
                    new RecordFilter(Level.ERROR, Level.FATAL, List.of(), List.of(), log), defaults));
            files.add(new FileSpec("flows", dir + "/flows/" + base, defaultFormat,
                    new RecordFilter(Level.TRACE, Level.FATAL, List.of(), List.of(), EnumSet.of(RecordKind.FLOW)),
                    defaults));
        }
        Set<String> names = new TreeSet<>();
        String sinkPrefix = ConfigKey.SINK_OPTION.property();
        for (String name : candidates.keySet()) {
            if (name.startsWith(sinkPrefix) && name.indexOf('.', sinkPrefix.length()) > 0) {
                names.add(name.substring(sinkPrefix.length(), name.indexOf('.', sinkPrefix.length())));
            }
        }
        for (String sink : names) {
            String prefix = sinkPrefix + sink + ".";
            String path = (String) resolve(candidates, prefix + "path", ConfigKey.SINK_OPTION, null, "no file");
            FileOptions options = fileOptions(candidates, ConfigKey.SINK_OPTION, prefix, closeTimeout);
            String format = (String) resolve(candidates, prefix + "format", ConfigKey.SINK_OPTION, "json",
                    "the default json");
            RecordFilter filter = filter(candidates, ConfigKey.SINK_OPTION, prefix);
            if (path == null) {
                diagnostics.warn("sink " + sink + " has no " + prefix + "path; it is left out");
            } else if (files.stream().anyMatch(f -> f.name().equals(sink))) {
                diagnostics.warn("sink name " + sink + " is taken by a built-in sink; " + prefix + "* is ignored");
            } else {
                files.add(new FileSpec(sink, path, format, filter, options));
            }
        }
        return List.copyOf(files);
    }

    private FileOptions fileOptions(Map<String, List<Candidate>> candidates, ConfigKey key, String prefix,
            Duration closeTimeout) {
        String zone = (String) resolve(candidates, prefix + "rotate.zone", key, "local", "the default local");
        return new FileOptions(
                (Long) resolve(candidates, prefix + "max-bytes", key, 10L << 20, "the default 10MB"),
                (FileOptions.Rotation) resolve(candidates, prefix + "rotate", key, FileOptions.Rotation.NONE,
                        "the default none"),
                zone.equals("utc") ? ZoneOffset.UTC : ZoneId.systemDefault(),
                (Integer) resolve(candidates, prefix + "backups", key, 5, "the default 5"),
                (Long) resolve(candidates, prefix + "max-total-bytes", key, 0L, "no limit"),
                (Duration) resolve(candidates, prefix + "max-age", key, Duration.ZERO, "no limit"),
                (Boolean) resolve(candidates, prefix + "compress", key, false, "the default false"),
                (FileOptions.Fsync) resolve(candidates, prefix + "fsync", key, FileOptions.Fsync.ON_ERROR,
                        "the default on-error"),
                (Duration) resolve(candidates, prefix + "fsync.interval", key, Duration.ofSeconds(1),
                        "the default 1s"),
                closeTimeout);
    }

    private RecordFilter filter(Map<String, List<Candidate>> candidates, ConfigKey key, String prefix) {
        @SuppressWarnings("unchecked")
        List<String> loggers = (List<String>) resolve(candidates, prefix + "loggers", key, null, "every logger");
        @SuppressWarnings("unchecked")
        Set<RecordKind> kinds = (Set<RecordKind>) resolve(candidates, prefix + "kinds", key, null, "every kind");
        return SinkOption.filter((Level[]) resolve(candidates, prefix + "levels", key, null, "every level"), loggers,
                kinds);
    }

    /** Reports entries no setting asked for: unknown options of a sink, options of a sink with no path. */
    private void reportUnused(Map<String, List<Candidate>> candidates) {
        for (Map.Entry<String, List<Candidate>> entry : candidates.entrySet()) {
            if (resolved.contains(entry.getKey())) {
                continue;
            }
            ConfigKey key = ConfigKey.forName(entry.getKey());
            for (Candidate candidate : entry.getValue()) {
                try {
                    key.parseOrExplain(entry.getKey(), candidate.raw);
                    diagnostics.warn("key " + entry.getKey() + " in " + candidate.source + " has no effect here; ignored");
                } catch (IllegalArgumentException e) {
                    diagnostics.warn(e.getMessage() + " (in " + candidate.source + "); ignored");
                }
            }
        }
    }

    private Set<String> redactWords(Map<String, List<Candidate>> candidates) {
        @SuppressWarnings("unchecked")
        List<String> add = (List<String>) resolve(candidates, ConfigKey.REDACT_ADD.property(), ConfigKey.REDACT_ADD,
                List.of(), "no additions");
        @SuppressWarnings("unchecked")
        List<String> remove = (List<String>) resolve(candidates, ConfigKey.REDACT_REMOVE.property(),
                ConfigKey.REDACT_REMOVE, List.of(), "no removals");
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
        for (String key : dev.cairn.internal.layout.ReservedKeys.DEFAULTS) {
            finalNames.put(key, key);
        }
        Map<String, String> accepted = new HashMap<>();
        for (Map.Entry<String, String> rename : new TreeMap<>(renames).entrySet()) {
            String target = rename.getValue();
            boolean taken = target.equals(nestKey) || finalNames.entrySet().stream()
                    .anyMatch(e -> !e.getKey().equals(rename.getKey()) && e.getValue().equals(target));
            if (taken) {
                diagnostics.warn("invalid value \"" + target + "\" for " + ConfigKey.RENAME.property() + rename.getKey()
                        + ": another key is already written as " + target + "; using " + rename.getKey());
            } else {
                finalNames.put(rename.getKey(), target);
                accepted.put(rename.getKey(), target);
            }
        }
        return Map.copyOf(accepted);
    }

    /**
     * The value of {@code name}: the first valid candidate's, else {@code fallback}. Every invalid candidate, above or
     * below the winner, is reported with what is used instead ({@code fallbackText} names the fallback).
     */
    private Object resolve(Map<String, List<Candidate>> candidates, String name, ConfigKey key, Object fallback,
            String fallbackText) {
        resolved.add(name);
        Object value = null;
        Candidate winner = null;
        List<Candidate> rejected = new ArrayList<>();
        for (Candidate candidate : candidates.getOrDefault(name, List.of())) {
            try {
                Object parsed = key.parseOrExplain(name, candidate.raw);
                if (winner == null) {
                    winner = candidate;
                    value = parsed;
                }
            } catch (IllegalArgumentException e) {
                rejected.add(candidate);
            }
        }
        String used = winner == null ? fallbackText
                : "\"" + ConfigKey.printable(winner.raw) + "\" from " + winner.source;
        for (Candidate bad : rejected) {
            report(name, key, bad, used);
        }
        return winner == null ? fallback : value;
    }

    private void report(String name, ConfigKey key, Candidate bad, String used) {
        String problem;
        try {
            key.parseOrExplain(name, bad.raw);
            return;
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        if (problem.startsWith("invalid value")) {
            diagnostics.warn("invalid value \"" + ConfigKey.printable(bad.raw) + "\" for " + name + " from " + bad.source
                    + ": expected " + key.allowedFor(name) + "; using " + used);
        } else {
            diagnostics.warn(problem + " (in " + bad.source + "); ignored");
        }
    }

    private void collect(Map<String, List<Candidate>> candidates, Map<String, String> entries, String source) {
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            add(candidates, entry.getKey(), entry.getValue(), source);
        }
    }

    private void add(Map<String, List<Candidate>> candidates, String name, String raw, String source) {
        ConfigKey key = ConfigKey.forName(name);
        if (key == null) {
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

    private void collectEnvironment(Map<String, List<Candidate>> candidates) {
        Map<String, String> environment = sources.environment();
        Set<String> known = new LinkedHashSet<>();
        for (ConfigKey key : ConfigKey.values()) {
            for (String variable : key.environment()) {
                known.add(variable);
                String raw = environment.get(variable);
                if (raw != null) {
                    candidates.computeIfAbsent(key.property(), k -> new ArrayList<>())
                            .add(new Candidate(raw, "environment variable " + variable));
                }
            }
        }
        for (SinkOption option : SinkOption.values()) {
            List<String> fileVariables = new ArrayList<>();
            if (option.forDefaultFile()) {
                fileVariables.add(option.environmentName("file"));
            }
            if (option == SinkOption.MAX_BYTES) {
                fileVariables.addAll(List.of("CAIRN_MAX_BYTES", "LOG_MAX_BYTES"));
            } else if (option == SinkOption.BACKUPS) {
                fileVariables.addAll(List.of("CAIRN_BACKUP_COUNT", "LOG_BACKUP_COUNT"));
            }
            collectVariables(candidates, environment, known, fileVariables,
                    ConfigKey.FILE_OPTION.property() + option.suffix());
            if (option.forConsole()) {
                collectVariables(candidates, environment, known, List.of(option.environmentName("console")),
                        ConfigKey.CONSOLE_OPTION.property() + option.suffix());
            }
        }
        for (String variable : new TreeMap<>(environment).keySet()) {
            if (variable.startsWith("CAIRN_") && !known.contains(variable)) {
                diagnostics.warn("unknown environment variable " + variable + hint(variable) + "; ignored");
            }
        }
    }

    private static void collectVariables(Map<String, List<Candidate>> candidates, Map<String, String> environment,
            Set<String> known, List<String> variables, String property) {
        for (String variable : variables) {
            known.add(variable);
            String raw = environment.get(variable);
            if (raw != null) {
                candidates.computeIfAbsent(property, k -> new ArrayList<>())
                        .add(new Candidate(raw, "environment variable " + variable));
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
        URL resource = sources.classLoader() == null ? null : sources.classLoader().getResource(PROPERTIES_FILE);
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
            diagnostics.warn("cannot read configuration " + source + " (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); using the other sources");
        }
    }

    private void collectProperties(Map<String, List<Candidate>> candidates, Reader reader, String source)
            throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        for (Map.Entry<String, String> entry : new TreeMap<>(toMap(properties)).entrySet()) {
            if (entry.getKey().equals(ConfigKey.CONFIG.property())) {
                diagnostics.warn(ConfigKey.CONFIG.property() + " in " + source
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
        for (String known : ConfigKey.knownNames()) {
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

    private record Candidate(String raw, String source) {
    }
}
