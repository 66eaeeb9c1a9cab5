package dev.cairn.internal.stats;

import dev.cairn.Level;
import dev.cairn.LogStats;
import dev.cairn.Ticker;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * {@code cairn.metrics.interval}: once per interval of the log system's ticker, the fields of one {@code metrics}
 * record with the counts since the previous one (the first counts since the log system was built).
 *
 * <p>When: the daemon thread {@code cairn-metrics} checks the ticker every 100 ms, and {@code LogSystem.flush()}
 * checks it too, so a test that moves a manual ticker gets its record on the next flush without sleeping. One record
 * per check at most: after a long pause the next record covers the whole pause ({@code interval_ms} says how long).
 */
public final class MetricsRecords {

    private static final long CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final long intervalNanos;
    private final Ticker ticker;
    private final Supplier<LogStats> stats;
    private final Consumer<Map<String, Object>> write;
    private final Thread checker;
    private volatile boolean closed;
    /** Guarded by this. */
    private long last;
    /** Guarded by this. */
    private LogStats previous;

    /** Starts counting now, and the checker thread. */
    public MetricsRecords(
            long intervalNanos, Ticker ticker, Supplier<LogStats> stats, Consumer<Map<String, Object>> write) {
        this.intervalNanos = intervalNanos;
        this.ticker = ticker;
        this.stats = stats;
        this.write = write;
        this.last = ticker.nanoTime();
        this.previous = null;
        this.checker = new Thread(this::checkUntilClosed, "cairn-metrics");
        checker.setDaemon(true);
        checker.start();
    }

    /** The interval in nanoseconds. */
    public long intervalNanos() {
        return intervalNanos;
    }

    /** Writes a record if an interval has passed since the last one. */
    public void check() {
        Map<String, Object> fields;
        synchronized (this) {
            long now = ticker.nanoTime();
            long elapsed = now - last;
            if (closed || elapsed < intervalNanos) {
                return;
            }
            LogStats current = stats.get();
            fields = fields(previous, current, elapsed);
            previous = current;
            last = now;
        }
        write.accept(fields);
    }

    /** Stops the checker thread; no record is written afterwards. */
    public void close() {
        closed = true;
        LockSupport.unpark(checker);
    }

    private void checkUntilClosed() {
        while (!closed) {
            LockSupport.parkNanos(this, CHECK_NANOS);
            try {
                check();
            } catch (Throwable e) {
                // Writing never throws (the engine counts and reports its failures); the checker goes on.
            }
        }
    }

    /** The fields of one record: what changed between {@code before} (null: nothing yet) and {@code now}. */
    static Map<String, Object> fields(LogStats before, LogStats now, long elapsedNanos) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", "metrics");
        fields.put("interval_ms", TimeUnit.NANOSECONDS.toMillis(elapsedNanos));
        fields.put("records", since(records(before), records(now)));
        fields.put("records_by_level", since(byLevel(before), byLevel(now)));
        fields.put("loggers", since(before == null ? Map.of() : before.loggers(), now.loggers()));
        fields.put("errors", since(before == null ? Map.of() : before.errors(), now.errors()));
        fields.put("dropped", since(dropped(before), dropped(now)));
        fields.put("suppressed", since(before == null ? Map.of() : before.suppressed(), now.suppressed()));
        fields.put(
                "sink_written",
                since(perSink(before, LogStats.SinkStats::written), perSink(now, LogStats.SinkStats::written)));
        fields.put(
                "sink_failed",
                since(perSink(before, LogStats.SinkStats::failed), perSink(now, LogStats.SinkStats::failed)));
        fields.put(
                "sink_bytes",
                since(perSink(before, LogStats.SinkStats::bytes), perSink(now, LogStats.SinkStats::bytes)));
        fields.put("queue_depth", (long) now.queueDepth());
        fields.put("queue_high_water", (long) now.queueHighWater());
        return fields;
    }

    /** {@code now} minus {@code before} per name, names with no change left out. */
    private static Map<String, Long> since(Map<String, Long> before, Map<String, Long> now) {
        Map<String, Long> changes = new LinkedHashMap<>();
        now.forEach((name, count) -> {
            long change = count - before.getOrDefault(name, 0L);
            if (change > 0) {
                changes.put(name, change);
            }
        });
        return changes;
    }

    private static Map<String, Long> records(LogStats stats) {
        Map<String, Long> records = new LinkedHashMap<>();
        if (stats != null) {
            stats.records()
                    .forEach((service, levels) -> levels.forEach((level, n) ->
                            records.put(service + "." + level.name().toLowerCase(Locale.ROOT), n)));
        }
        return records;
    }

    private static Map<String, Long> byLevel(LogStats stats) {
        Map<String, Long> levels = new LinkedHashMap<>();
        if (stats != null) {
            for (Map.Entry<Level, Long> entry : stats.recordsByLevel().entrySet()) {
                levels.put(entry.getKey().name(), entry.getValue());
            }
        }
        return levels;
    }

    private static Map<String, Long> dropped(LogStats stats) {
        Map<String, Long> causes = new LinkedHashMap<>();
        if (stats != null) {
            stats.droppedByCause()
                    .forEach((cause, levels) -> causes.put(
                            cause,
                            levels.values().stream().mapToLong(Long::longValue).sum()));
        }
        return causes;
    }

    private static Map<String, Long> perSink(LogStats stats, ToLongFunction<LogStats.SinkStats> figure) {
        Map<String, Long> sinks = new LinkedHashMap<>();
        if (stats != null) {
            for (LogStats.SinkStats sink : stats.sinks()) {
                sinks.put(sink.name(), figure.applyAsLong(sink));
            }
        }
        return sinks;
    }
}
