package dev.cairn.internal.config;

import dev.cairn.Level;
import dev.cairn.internal.RecordFilter;
import dev.cairn.spi.RecordKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The options that choose which records a sink receives, common to every kind of sink. */
public final class FilterOptions {

    /** {@code levels}: a level and above, or a range such as {@code DEBUG-WARN}. */
    public static final SinkOption<LevelRange> LEVELS = SinkOption.withDefault(
            "levels",
            ValueType.of("a level (that level and above) or a range such as DEBUG-WARN", FilterOptions::levelRange),
            "TRACE",
            "every level");
    /** {@code loggers}: logger-name prefixes, {@code !} before one to exclude it. */
    public static final SinkOption<List<String>> LOGGERS = SinkOption.withDefault(
            "loggers",
            ValueType.of(
                    "comma-separated logger-name prefixes, each optionally preceded by ! to exclude it",
                    FilterOptions::loggerPrefixes),
            "",
            "every logger");
    /** {@code kinds}: ordinary records, flow records, or both. */
    public static final SinkOption<Set<RecordKind>> KINDS = SinkOption.withDefault(
            "kinds", ValueType.choice("log", "flow", "all").map(FilterOptions::kinds), "all", "every kind");

    /** The filter options, in the order error lines list them. */
    public static final SinkOptions ALL = SinkOptions.of(LEVELS, LOGGERS, KINDS);

    private FilterOptions() {}

    /** The filter a sink's options describe. */
    static RecordFilter read(OptionReader options) {
        List<String> loggers = options.get(LOGGERS);
        Set<RecordKind> kinds = options.get(KINDS);
        LevelRange levels = options.get(LEVELS);
        List<String> includes = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        for (String name : loggers) {
            if (name.startsWith("!")) {
                excludes.add(name.substring(1).trim());
            } else {
                includes.add(name);
            }
        }
        return new RecordFilter(levels.min(), levels.max(), includes, excludes, kinds);
    }

    private static LevelRange levelRange(String raw) {
        String[] bounds = raw.trim().split("\\s*(?:-|\\.\\.)\\s*", -1);
        if (bounds.length > 2) {
            throw new IllegalArgumentException();
        }
        Level min = Level.parse(bounds[0]);
        Level max = bounds.length == 2 ? Level.parse(bounds[1]) : Level.FATAL;
        if (max.ordinal() < min.ordinal()) {
            throw new IllegalArgumentException();
        }
        return new LevelRange(min, max);
    }

    private static List<String> loggerPrefixes(String raw) {
        List<String> names = new ArrayList<>();
        for (String part : raw.split(",")) {
            String name = part.trim();
            if (!name.isEmpty() && !name.equals("!")) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    private static Set<RecordKind> kinds(String kind) {
        return kind.equals("all")
                ? EnumSet.allOf(RecordKind.class)
                : EnumSet.of(kind.equals("log") ? RecordKind.LOG : RecordKind.FLOW);
    }
}
