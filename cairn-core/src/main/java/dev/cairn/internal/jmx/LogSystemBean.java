package dev.cairn.internal.jmx;

import dev.cairn.Level;
import dev.cairn.LogStats;
import dev.cairn.LogSystem;
import dev.cairn.management.LogSystemMXBean;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/** The MXBean of one log system: every figure read from a fresh {@link LogSystem#stats()}. */
final class LogSystemBean implements LogSystemMXBean {

    private final LogSystem system;
    private volatile String service;

    LogSystemBean(LogSystem system, String service) {
        this.system = system;
        this.service = service;
    }

    void service(String service) {
        this.service = service;
    }

    @Override
    public String getService() {
        return service;
    }

    @Override
    public long getRecordsTotal() {
        return system.stats().recordsTotal();
    }

    @Override
    public Map<String, Long> getRecordsByLevel() {
        Map<String, Long> levels = new LinkedHashMap<>();
        system.stats().recordsByLevel().forEach((level, n) -> levels.put(level.name(), n));
        return levels;
    }

    @Override
    public Map<String, Long> getRecords() {
        Map<String, Long> records = new LinkedHashMap<>();
        system.stats()
                .records()
                .forEach((name, levels) -> levels.forEach(
                        (level, n) -> records.put(name + "." + level.name().toLowerCase(Locale.ROOT), n)));
        return records;
    }

    @Override
    public Map<String, Long> getRecordsByLogger() {
        return system.stats().loggers();
    }

    @Override
    public Map<String, Long> getErrorsByType() {
        return system.stats().errors();
    }

    @Override
    public Map<String, Long> getDroppedByCause() {
        Map<String, Long> causes = new LinkedHashMap<>();
        system.stats()
                .droppedByCause()
                .forEach((cause, levels) -> causes.put(
                        cause,
                        levels.values().stream().mapToLong(Long::longValue).sum()));
        return causes;
    }

    @Override
    public Map<String, Long> getSuppressedByCause() {
        return new java.util.TreeMap<>(system.stats().suppressed());
    }

    @Override
    public int getQueueDepth() {
        return system.stats().queueDepth();
    }

    @Override
    public int getQueueCapacity() {
        return system.stats().queueCapacity();
    }

    @Override
    public int getQueueHighWater() {
        return system.stats().queueHighWater();
    }

    @Override
    public Map<String, Long> getSinkWritten() {
        return perSink(LogStats.SinkStats::written);
    }

    @Override
    public Map<String, Long> getSinkFailures() {
        return perSink(LogStats.SinkStats::failed);
    }

    @Override
    public Map<String, Long> getSinkDropped() {
        return perSink(LogStats.SinkStats::dropped);
    }

    @Override
    public Map<String, Long> getSinkBytes() {
        return perSink(LogStats.SinkStats::bytes);
    }

    @Override
    public Map<String, Long> getDelivery() {
        Map<String, Long> figures = new LinkedHashMap<>();
        for (LogStats.SinkStats sink : system.stats().sinks()) {
            LogStats.DeliveryStats d = sink.delivery();
            if (d != null) {
                String n = sink.name() + ".";
                figures.put(n + "delivered", d.delivered());
                figures.put(n + "retried", d.retried());
                figures.put(n + "spooled", d.spooled());
                figures.put(n + "replayed", d.replayed());
                figures.put(n + "rejected", d.rejected());
                figures.put(n + "dropped", d.dropped());
                figures.put(n + "in-flight", d.inFlight());
                figures.put(n + "in-spool", d.inSpool());
                figures.put(n + "maybe-duplicated", d.maybeDuplicated());
            }
        }
        return figures;
    }

    @Override
    public String getLoggerLevel(String logger) {
        dev.cairn.Logger named = system.logger(logger);
        for (Level level : Level.values()) {
            if (named.isEnabled(level)) {
                return level.name();
            }
        }
        return "OFF";
    }

    @Override
    public void setLoggerLevel(String logger, String level) {
        if (logger == null || logger.isEmpty()) {
            throw new IllegalArgumentException("setLoggerLevel needs a logger name, not \"" + logger + "\"");
        }
        system.setLevel(logger, Level.parse(level));
    }

    private Map<String, Long> perSink(ToLongFunction<LogStats.SinkStats> figure) {
        Map<String, Long> sinks = new LinkedHashMap<>();
        for (LogStats.SinkStats sink : system.stats().sinks()) {
            sinks.put(sink.name(), figure.applyAsLong(sink));
        }
        return sinks;
    }
}
