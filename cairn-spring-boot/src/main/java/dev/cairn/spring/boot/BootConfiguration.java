package dev.cairn.spring.boot;

import dev.cairn.Format;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.logging.LogFile;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.util.unit.DataSize;

/**
 * Boot's {@code logging.*} properties and the environment's {@code cairn.*} keys as Cairn configuration keys. Where
 * both say something about the same setting, Boot's property wins (it is what Boot's tools and the actuator manage);
 * Boot's defaults (rolling sizes, history) apply only where neither sets a value.
 */
final class BootConfiguration {

    /** The starter's own keys, read by the auto-configuration, not by Cairn's core. */
    private static final List<String> STARTER_PREFIXES =
            List.of("cairn.web.", "cairn.aop.", "cairn.health.", "cairn.micrometer.");

    private static final Set<String> SCHEMAS = Set.of("cairn", "ecs", "logstash", "gelf");

    /** Boot properties Cairn has no use for, with what to do instead. */
    private static final Map<String, String> NOT_USED = Map.of(
            "logging.pattern.console", "Cairn writes its own text or JSON layout (cairn.format)",
            "logging.pattern.file", "Cairn writes its own JSON or text layout (cairn.file.format)",
            "logging.pattern.level", "Cairn's layouts have no patterns",
            "logging.pattern.dateformat", "timestamps are ISO-8601 UTC",
            "logging.pattern.correlation", "request and trace ids are fields of every record",
            "logging.exception-conversion-word", "Cairn's layouts have no patterns",
            "logging.logback.rollingpolicy.clean-history-on-start", "Cairn prunes by cairn.file.max-age",
            "logging.charset.console", "Cairn writes UTF-8",
            "logging.charset.file", "Cairn writes UTF-8");

    private final Map<String, String> keys;
    private final List<String> problems;

    private BootConfiguration(Map<String, String> keys, List<String> problems) {
        this.keys = keys;
        this.problems = problems;
    }

    static BootConfiguration read(Environment environment, LogFile logFile, String configLocation) {
        Map<String, String> keys = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Iterable<PropertySource<?>> sources = environment instanceof ConfigurableEnvironment
                ? ((ConfigurableEnvironment) environment).getPropertySources()
                : java.util.List.of();
        for (PropertySource<?> source : sources) {
            if (source instanceof EnumerablePropertySource) {
                for (String name : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
                    if (name.startsWith("cairn.") && !isStarterKey(name) && !keys.containsKey(name)) {
                        String value = environment.getProperty(name);
                        if (value != null) {
                            keys.put(name, value);
                        }
                    }
                }
            }
        }
        String application = environment.getProperty("spring.application.name");
        if (application != null && !application.isBlank()) {
            keys.putIfAbsent("cairn.service", application);
        }
        if ("false".equalsIgnoreCase(environment.getProperty("logging.console.enabled"))) {
            keys.put("cairn.console", "none");
        }
        structured(
                environment, "logging.structured.format.console", "cairn.format", "cairn.json.schema", keys, problems);
        threshold(environment, "logging.threshold.console", "cairn.console.levels", keys);
        if (logFile != null) {
            keys.put("cairn.file", logFile.toString());
            rolling(environment, keys, problems);
            structured(
                    environment,
                    "logging.structured.format.file",
                    "cairn.file.format",
                    "cairn.file.json.schema",
                    keys,
                    problems);
            threshold(environment, "logging.threshold.file", "cairn.file.levels", keys);
        }
        if (configLocation != null && !configLocation.isBlank()) {
            problems.add("logging.config=" + configLocation + " is not used: Cairn reads cairn.* keys from the Spring"
                    + " environment and cairn.properties (docs/spring-boot.md); ignored");
        }
        NOT_USED.forEach((property, instead) -> {
            if (environment.getProperty(property) != null
                    && !(property.startsWith("logging.charset.")
                            && "UTF-8".equalsIgnoreCase(environment.getProperty(property)))) {
                problems.add(property + " is not used: " + instead + "; ignored");
            }
        });
        return new BootConfiguration(keys, problems);
    }

    /** The Cairn keys, in the order they are to be set. */
    Map<String, String> keys() {
        return Map.copyOf(keys);
    }

    /** One line per Boot property that Cairn cannot honour. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** Whether the console writes JSON: {@code cairn.format}, else the profile, else JSON unless on a terminal. */
    boolean consoleWritesJson(Environment environment) {
        String format = first(
                keys.get("cairn.format"),
                environment.getProperty("CAIRN_FORMAT"),
                environment.getProperty("LOG_FORMAT"));
        if (format == null) {
            String profile = first(keys.get("cairn.profile"), environment.getProperty("CAIRN_PROFILE"));
            format = "dev".equalsIgnoreCase(profile) ? "text" : "prod".equalsIgnoreCase(profile) ? "json" : "auto";
        }
        switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "json":
                return true;
            case "text":
                return false;
            default:
                return Format.AUTO.onConsole(System.getenv()) == Format.JSON;
        }
    }

    private static boolean isStarterKey(String name) {
        for (String prefix : STARTER_PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static void structured(
            Environment environment,
            String property,
            String formatKey,
            String schemaKey,
            Map<String, String> keys,
            List<String> problems) {
        String format = environment.getProperty(property);
        if (format == null || format.isBlank()) {
            return;
        }
        String schema = format.trim().toLowerCase(Locale.ROOT);
        if (!SCHEMAS.contains(schema)) {
            problems.add("invalid value \"" + format + "\" for " + property
                    + ": expected ecs, logstash, gelf or cairn (custom formatter classes are Logback's); ignored");
            return;
        }
        keys.put(formatKey, "json");
        if (!schema.equals("cairn")) {
            keys.put(schemaKey, schema);
        }
    }

    private static void threshold(
            Environment environment, String property, String levelsKey, Map<String, String> keys) {
        String level = environment.getProperty(property);
        if (level != null && !level.isBlank()) {
            keys.put(levelsKey, level.trim());
        }
    }

    /** Boot's rolling-file properties (Logback's names, the ones Boot documents) as Cairn's file options. */
    private static void rolling(Environment environment, Map<String, String> keys, List<String> problems) {
        String prefix = "logging.logback.rollingpolicy.";
        String pattern = environment.getProperty(prefix + "file-name-pattern", "${LOG_FILE}.%d{yyyy-MM-dd}.%i.gz");
        boolean hourly = pattern.matches(".*%d\\{[^}]*HH[^}]*}.*");
        bootDefault(
                keys,
                "cairn.file.rotate",
                hourly ? "hourly" : "daily",
                environment.containsProperty(prefix + "file-name-pattern"));
        bootDefault(
                keys,
                "cairn.file.compress",
                String.valueOf(pattern.endsWith(".gz") || pattern.endsWith(".zip")),
                environment.containsProperty(prefix + "file-name-pattern"));
        size(environment, prefix + "max-file-size", "10MB", "cairn.file.max-bytes", keys, problems);
        size(environment, prefix + "total-size-cap", "0B", "cairn.file.max-total-bytes", keys, problems);
        String history = environment.getProperty(prefix + "max-history", "7");
        try {
            int periods = Integer.parseInt(history.trim());
            String age = periods <= 0 ? "0" : periods + (hourly ? "h" : "d");
            bootDefault(keys, "cairn.file.max-age", age, environment.containsProperty(prefix + "max-history"));
        } catch (NumberFormatException e) {
            problems.add("invalid value \"" + history + "\" for " + prefix + "max-history: expected a whole number of"
                    + " days; ignored");
        }
        // Logback keeps every archive within the history; so does Cairn, up to its largest count.
        keys.putIfAbsent("cairn.file.backups", "100000");
    }

    private static void size(
            Environment environment,
            String property,
            String bootDefault,
            String key,
            Map<String, String> keys,
            List<String> problems) {
        String text = environment.getProperty(property, bootDefault);
        try {
            String bytes = String.valueOf(DataSize.parse(text.trim()).toBytes());
            bootDefault(keys, key, bytes, environment.containsProperty(property));
        } catch (IllegalArgumentException e) {
            problems.add("invalid value \"" + text + "\" for " + property + ": expected a size such as 10MB; ignored");
        }
    }

    /** A value Boot sets explicitly wins; Boot's default applies only where no {@code cairn.*} key sets one. */
    private static void bootDefault(Map<String, String> keys, String key, String value, boolean explicit) {
        if (explicit) {
            keys.put(key, value);
        } else {
            keys.putIfAbsent(key, value);
        }
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
