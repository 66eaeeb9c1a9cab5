package dev.cairn;

import dev.cairn.internal.RecordFilter;
import dev.cairn.spi.RecordKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * Which records a sink added in code receives, as {@code cairn.sink.<name>.levels}, {@code .loggers} and
 * {@code .kinds} say for a configured one. Immutable; each method returns a narrowed copy.
 *
 * <pre>{@code
 * c.sink("audit", auditSink, SinkFilter.all().levels(Level.WARN, Level.FATAL).loggers("shop", "!shop.cache"));
 * }</pre>
 */
public final class SinkFilter {

    private static final SinkFilter ALL = new SinkFilter(RecordFilter.ALL);

    private final RecordFilter filter;

    private SinkFilter(RecordFilter filter) {
        this.filter = filter;
    }

    /** Every record. */
    public static SinkFilter all() {
        return ALL;
    }

    /** Only records from {@code min} to {@code max}, both included. */
    public SinkFilter levels(Level min, Level max) {
        if (max.ordinal() < min.ordinal()) {
            throw new IllegalArgumentException(
                    "invalid level range " + min + "-" + max + ": the first must not be" + " above the second");
        }
        return new SinkFilter(new RecordFilter(min, max, filter.includes(), filter.excludes(), filter.kinds()));
    }

    /**
     * Only records of loggers under one of {@code prefixes} (whole dotted segments: {@code shop} covers
     * {@code shop.cart}, not {@code shopping}); a prefix starting with {@code !} excludes its loggers instead.
     */
    public SinkFilter loggers(String... prefixes) {
        List<String> includes = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        for (String prefix : prefixes) {
            String name = Objects.requireNonNull(prefix, "prefix").trim();
            if (name.isEmpty() || name.equals("!")) {
                throw new IllegalArgumentException("invalid logger prefix \"" + prefix + "\": expected a logger name,"
                        + " optionally preceded by !");
            }
            if (name.startsWith("!")) {
                excludes.add(name.substring(1).trim());
            } else {
                includes.add(name);
            }
        }
        return new SinkFilter(new RecordFilter(filter.min(), filter.max(), includes, excludes, filter.kinds()));
    }

    /** Only records of {@code kinds}. */
    public SinkFilter kinds(RecordKind first, RecordKind... more) {
        return new SinkFilter(new RecordFilter(
                filter.min(), filter.max(), filter.includes(), filter.excludes(), EnumSet.of(first, more)));
    }

    RecordFilter recordFilter() {
        return filter;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SinkFilter && ((SinkFilter) other).filter.equals(filter);
    }

    @Override
    public int hashCode() {
        return filter.hashCode();
    }

    @Override
    public String toString() {
        return filter.toString();
    }
}
