package dev.cairn.internal.config;

import dev.cairn.Level;
import dev.cairn.internal.RecordFilter;
import dev.cairn.internal.sink.FileOptions;
import dev.cairn.spi.RecordKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options of one sink, written after the sink's prefix: {@code cairn.file.max-bytes} for the default file,
 * {@code cairn.console.levels} for the console, {@code cairn.sink.<name>.path} for a named file sink.
 */
public enum SinkOption {
    PATH("path", "a file path", false, false) {
        @Override
        Object parse(String raw) {
            String path = raw.trim();
            if (path.isEmpty() || path.indexOf('\0') >= 0) {
                throw new IllegalArgumentException();
            }
            return path;
        }
    },
    FORMAT("format", "json or text", false, true) {
        @Override
        Object parse(String raw) {
            return choice(raw, "json", "text");
        }
    },
    LEVELS("levels", "a level (that level and above) or a range such as DEBUG-WARN", true, true) {
        @Override
        Object parse(String raw) {
            String[] bounds = raw.trim().split("\\s*(?:-|\\.\\.)\\s*", -1);
            if (bounds.length > 2) {
                throw new IllegalArgumentException();
            }
            Level min = Level.parse(bounds[0]);
            Level max = bounds.length == 2 ? Level.parse(bounds[1]) : Level.FATAL;
            if (max.ordinal() < min.ordinal()) {
                throw new IllegalArgumentException();
            }
            return new Level[] {min, max};
        }
    },
    LOGGERS("loggers", "comma-separated logger-name prefixes, each optionally preceded by ! to exclude it", true, true) {
        @Override
        Object parse(String raw) {
            List<String> names = new ArrayList<>();
            for (String part : raw.split(",")) {
                String name = part.trim();
                if (name.isEmpty() || name.equals("!")) {
                    continue;
                }
                names.add(name);
            }
            return List.copyOf(names);
        }
    },
    KINDS("kinds", "log, flow or all", true, true) {
        @Override
        Object parse(String raw) {
            String kind = (String) choice(raw, "log", "flow", "all");
            return kind.equals("all") ? EnumSet.allOf(RecordKind.class)
                    : EnumSet.of(kind.equals("log") ? RecordKind.LOG : RecordKind.FLOW);
        }
    },
    MAX_BYTES("max-bytes", "a size in bytes such as 10485760, 10MB or 512KB (KB = 1024 bytes); 0 for no size rotation",
            false, true) {
        @Override
        Object parse(String raw) {
            return size(raw);
        }
    },
    BACKUPS("backups", "a whole number from 0 to 100000", false, true) {
        @Override
        Object parse(String raw) {
            int count = Integer.parseInt(raw.trim());
            if (count < 0 || count > 100_000) {
                throw new IllegalArgumentException();
            }
            return count;
        }
    },
    ROTATE("rotate", "none, hourly or daily", false, true) {
        @Override
        Object parse(String raw) {
            return FileOptions.Rotation.valueOf(((String) choice(raw, "none", "hourly", "daily")).toUpperCase(Locale.ROOT));
        }
    },
    ROTATE_ZONE("rotate.zone", "local or utc", false, true) {
        @Override
        Object parse(String raw) {
            return choice(raw, "local", "utc");
        }
    },
    MAX_TOTAL_BYTES("max-total-bytes", "a size in bytes such as 1GB; 0 for no limit", false, true) {
        @Override
        Object parse(String raw) {
            return size(raw);
        }
    },
    MAX_AGE("max-age", "a duration such as 7d, 12h, 30m or 0 for no limit", false, true) {
        @Override
        Object parse(String raw) {
            return duration(raw);
        }
    },
    COMPRESS("compress", "true or false", false, true) {
        @Override
        Object parse(String raw) {
            return bool(raw);
        }
    },
    FSYNC("fsync", "never, interval, on-error or always", false, true) {
        @Override
        Object parse(String raw) {
            return FileOptions.Fsync.valueOf(((String) choice(raw, "never", "interval", "on-error", "always"))
                    .replace('-', '_').toUpperCase(Locale.ROOT));
        }
    },
    FSYNC_INTERVAL("fsync.interval", "a duration such as 1s or 500ms, at least 1ms", false, true) {
        @Override
        Object parse(String raw) {
            Duration interval = duration(raw);
            if (interval.toMillis() < 1) {
                throw new IllegalArgumentException();
            }
            return interval;
        }
    };

    private static final Pattern SIZE = Pattern.compile("(\\d{1,15})\\s*(|B|K|KB|KIB|M|MB|MIB|G|GB|GIB)");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,12})\\s*(MS|S|M|H|D)");

    private final String suffix;
    private final String allowed;
    private final boolean forConsole;
    private final boolean forFile;

    SinkOption(String suffix, String allowed, boolean forConsole, boolean forFile) {
        this.suffix = suffix;
        this.allowed = allowed;
        this.forConsole = forConsole;
        this.forFile = forFile;
    }

    /** The option's name after the sink prefix, e.g. {@code max-bytes}. */
    public String suffix() {
        return suffix;
    }

    String allowed() {
        return allowed;
    }

    abstract Object parse(String raw);

    /** The option called {@code suffix}, or null. */
    static SinkOption forSuffix(String suffix) {
        for (SinkOption option : values()) {
            if (option.suffix.equals(suffix)) {
                return option;
            }
        }
        return null;
    }

    /** Whether the option applies to the console ({@code cairn.console.*}). */
    boolean forConsole() {
        return forConsole;
    }

    /** Whether the option applies to the default file ({@code cairn.file.*}); named sinks take every option. */
    boolean forDefaultFile() {
        return forFile;
    }

    /** The environment variable that sets this option of the default file or the console, e.g. CAIRN_FILE_MAX_BYTES. */
    String environmentName(String sink) {
        return "CAIRN_" + sink.toUpperCase(Locale.ROOT) + "_" + suffix.replace('-', '_').replace('.', '_')
                .toUpperCase(Locale.ROOT);
    }

    /** Builds a filter from parsed option values (null where unset). */
    static RecordFilter filter(Level[] levels, List<String> loggers, Set<RecordKind> kinds) {
        List<String> includes = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        if (loggers != null) {
            for (String name : loggers) {
                if (name.startsWith("!")) {
                    excludes.add(name.substring(1).trim());
                } else {
                    includes.add(name);
                }
            }
        }
        return new RecordFilter(levels == null ? Level.TRACE : levels[0], levels == null ? Level.FATAL : levels[1],
                includes, excludes, kinds == null ? EnumSet.allOf(RecordKind.class) : kinds);
    }

    static Object choice(String raw, String... allowed) {
        String value = raw.trim().toLowerCase(Locale.ROOT);
        for (String option : allowed) {
            if (option.equals(value)) {
                return value;
            }
        }
        throw new IllegalArgumentException();
    }

    static Boolean bool(String raw) {
        return Boolean.valueOf((String) choice(raw, "true", "false"));
    }

    static long size(String raw) {
        Matcher matcher = SIZE.matcher(raw.trim().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException();
        }
        long value = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2);
        int shift = unit.startsWith("G") ? 30 : unit.startsWith("M") ? 20 : unit.startsWith("K") ? 10 : 0;
        if (value > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException();
        }
        return value << shift;
    }

    static Duration duration(String raw) {
        String text = raw.trim().toUpperCase(Locale.ROOT);
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        if (text.startsWith("P")) {
            try {
                return Duration.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(e);
            }
        }
        Matcher matcher = DURATION.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException();
        }
        long value = Long.parseLong(matcher.group(1));
        switch (matcher.group(2)) {
            case "MS":
                return Duration.ofMillis(value);
            case "S":
                return Duration.ofSeconds(value);
            case "M":
                return Duration.ofMinutes(value);
            case "H":
                return Duration.ofHours(value);
            default:
                return Duration.ofDays(value);
        }
    }
}
