package dev.cairn.spring.boot;

import dev.cairn.Cairn;
import dev.cairn.LogStats;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The details of Cairn's health: the queue's backlog, records lost or dropped, and each sink's counters, from
 * {@code LogSystem.stats()}. Logging never takes an application down, so the status is always UP.
 */
final class SinkHealth {

    private SinkHealth() {}

    static Map<String, Object> details() {
        LogStats stats = Cairn.system().stats();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("async", stats.async());
        details.put("queueDepth", stats.queueDepth());
        details.put("queueCapacity", stats.queueCapacity());
        details.put("dropped", stats.droppedTotal());
        details.put("lost", stats.lost());
        Map<String, Object> sinks = new LinkedHashMap<>();
        for (LogStats.SinkStats sink : stats.sinks()) {
            Map<String, Object> counters = new LinkedHashMap<>();
            counters.put("written", sink.written());
            counters.put("failed", sink.failed());
            counters.put("dropped", sink.dropped());
            counters.put("cut", sink.cut());
            sinks.put(sink.name(), counters);
        }
        details.put("sinks", sinks);
        details.put("records", stats.recordsTotal());
        details.put("queueHighWater", stats.queueHighWater());
        Map<String, Long> droppedByCause = new LinkedHashMap<>();
        stats.droppedByCause()
                .forEach((cause, levels) -> droppedByCause.put(
                        cause,
                        levels.values().stream().mapToLong(Long::longValue).sum()));
        details.put("droppedByCause", droppedByCause);
        return details;
    }
}
