package dev.cairn.internal;

import dev.cairn.Level;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordKind;
import java.util.List;
import java.util.Set;

/**
 * Which records a sink receives: a level range, logger-name prefixes to include and exclude (matched by whole dotted
 * segments, so {@code shop} covers {@code shop.cart} but not {@code shopping}), and record kinds.
 *
 * @param includes prefixes a record's logger must match one of; empty means every logger
 * @param excludes prefixes a record's logger must match none of
 */
public record RecordFilter(Level min, Level max, List<String> includes, List<String> excludes, Set<RecordKind> kinds) {

    /** Every record. */
    public static final RecordFilter ALL =
            new RecordFilter(Level.TRACE, Level.FATAL, List.of(), List.of(), Set.of(RecordKind.values()));

    public RecordFilter {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        kinds = Set.copyOf(kinds);
    }

    /** Whether every record passes, so that a sink need not ask about each one. */
    public boolean acceptsAll() {
        return min == Level.TRACE
                && max == Level.FATAL
                && includes.isEmpty()
                && excludes.isEmpty()
                && kinds.size() == RecordKind.values().length;
    }

    /** Whether a sink with this filter receives {@code record}. */
    public boolean accepts(LogRecord record) {
        int level = record.level().ordinal();
        if (level < min.ordinal() || level > max.ordinal() || !kinds.contains(record.kind())) {
            return false;
        }
        String logger = record.loggerName();
        if (!includes.isEmpty() && !matchesAny(logger, includes)) {
            return false;
        }
        return excludes.isEmpty() || !matchesAny(logger, excludes);
    }

    private static boolean matchesAny(String logger, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (logger.startsWith(prefix)
                    && (logger.length() == prefix.length() || logger.charAt(prefix.length()) == '.')) {
                return true;
            }
        }
        return false;
    }
}
