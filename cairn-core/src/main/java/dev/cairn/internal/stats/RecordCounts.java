package dev.cairn.internal.stats;

import dev.cairn.Level;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The records a log system logged, counted on the thread that logs them: by service and level, by logger and by
 * exception type, and the records lost before any sink received them, by cause and level.
 *
 * <p>Concurrency: each thread counts in a row of its own ({@link StripedCounts}, made up front), so callers never share
 * a lock or contend on one cache line; counting a record allocates nothing once its service, logger and exception type
 * have been seen. Lost records, rare, are counted in {@link LongAdder}s. The service is the
 * one configured when the record is logged ({@link #service(String)}); a reconfiguration to another service starts a
 * new row and keeps the old one.
 */
public final class RecordCounts {

    /** The service name counted when {@code cairn.service} is not set, as the preset names its files. */
    public static final String NO_SERVICE = "app";

    private static final Level[] LEVELS = Level.values();

    /** Records logged, by service, then by level's ordinal. */
    private final ConcurrentHashMap<String, StripedCounts> byService = new ConcurrentHashMap<>();

    private volatile StripedCounts current;
    private volatile String service;
    private final BoundedCounts loggers = new BoundedCounts();
    private final BoundedCounts errors = new BoundedCounts();
    private final ConcurrentHashMap<String, LongAdder[]> lost = new ConcurrentHashMap<>();

    public RecordCounts() {
        service(null);
    }

    /** Counts the records logged from now on under {@code service} (null: {@link #NO_SERVICE}). */
    public void service(String service) {
        String name = service == null ? NO_SERVICE : service;
        current = byService.computeIfAbsent(name, s -> new StripedCounts(LEVELS.length));
        this.service = name;
    }

    /** The service records are counted under now. */
    public String service() {
        return service;
    }

    /**
     * Counts one record logged at {@code level} by {@code logger}, carrying {@code thrown} (or null), in the rows of
     * {@code stripe}: a number telling the logging thread from others.
     */
    public void count(Level level, String logger, Throwable thrown, int stripe) {
        current.increment(stripe, level.ordinal());
        loggers.increment(stripe, logger);
        if (thrown != null) {
            errors.increment(stripe, thrown.getClass().getName());
        }
    }

    /** Counts one record at {@code level} lost for {@code cause}, one of a few fixed words. */
    public void lost(String cause, Level level) {
        LongAdder[] counters = lost.get(cause);
        if (counters == null) {
            counters = lost.computeIfAbsent(cause, c -> adders());
        }
        counters[level.ordinal()].increment();
    }

    /** Records logged, by service then level (every level present); a service that logged nothing is left out. */
    public Map<String, Map<Level, Long>> byService() {
        Map<String, Map<Level, Long>> services = new LinkedHashMap<>();
        new TreeMap<>(byService).forEach((name, counts) -> {
            Map<Level, Long> levels = new EnumMap<>(Level.class);
            for (Level level : LEVELS) {
                levels.put(level, counts.sum(level.ordinal()));
            }
            services.put(name, levels);
        });
        services.values().removeIf(levels -> levels.values().stream().allMatch(n -> n == 0));
        return services;
    }

    /** Records lost before any sink received them, by cause then level (every level present). */
    public Map<String, Map<Level, Long>> lost() {
        return sums(lost);
    }

    /** Records logged by the {@code top} busiest loggers, then {@code other}. */
    public Map<String, Long> loggers(int top) {
        return loggers.top(top);
    }

    /** Records that carried an exception, by the {@code top} most frequent exception classes, then {@code other}. */
    public Map<String, Long> errors(int top) {
        return errors.top(top);
    }

    private static LongAdder[] adders() {
        LongAdder[] adders = new LongAdder[LEVELS.length];
        for (int i = 0; i < adders.length; i++) {
            adders[i] = new LongAdder();
        }
        return adders;
    }

    private static Map<String, Map<Level, Long>> sums(Map<String, LongAdder[]> counters) {
        Map<String, Map<Level, Long>> result = new LinkedHashMap<>();
        new TreeMap<>(counters).forEach((name, adders) -> result.put(name, byLevel(adders)));
        return result;
    }

    static Map<Level, Long> byLevel(LongAdder[] adders) {
        Map<Level, Long> levels = new EnumMap<>(Level.class);
        for (Level level : LEVELS) {
            levels.put(level, adders[level.ordinal()].sum());
        }
        return levels;
    }
}
