package dev.cairn.internal.stats;

import dev.cairn.Level;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The records a log system logged, counted on the thread that logs them: by service and level, by logger and by
 * exception type, and the records lost before any sink received them, by cause and level.
 *
 * <p>Concurrency: every counter is a {@link LongAdder}, so callers never share a lock or contend on one cache line;
 * counting a record allocates nothing once its service, logger and exception type have been seen. The service is the
 * one configured when the record is logged ({@link #service(String)}); a reconfiguration to another service starts a
 * new row and keeps the old one.
 */
public final class RecordCounts {

    /** The service name counted when {@code cairn.service} is not set, as the preset names its files. */
    public static final String NO_SERVICE = "app";

    private static final Level[] LEVELS = Level.values();

    private final ConcurrentHashMap<String, LongAdder[]> byService = new ConcurrentHashMap<>();
    private volatile LongAdder[] current;
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
        current = byService.computeIfAbsent(name, s -> adders());
        this.service = name;
    }

    /** The service records are counted under now. */
    public String service() {
        return service;
    }

    /** Counts one record logged at {@code level} by {@code logger}, carrying {@code thrown} (or null). */
    public void count(Level level, String logger, Throwable thrown) {
        current[level.ordinal()].increment();
        loggers.increment(logger);
        if (thrown != null) {
            errors.increment(thrown.getClass().getName());
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
        Map<String, Map<Level, Long>> services = sums(byService);
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
        new java.util.TreeMap<>(counters).forEach((name, adders) -> result.put(name, byLevel(adders)));
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
