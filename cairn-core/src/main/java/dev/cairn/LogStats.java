package dev.cairn;

import java.util.List;
import java.util.Map;

/**
 * Counters of a log system at one moment, from {@link LogSystem#stats()}: the queue and, per sink, how many records
 * reached the destination and how many were lost to failures.
 *
 * @param async whether records are written by the background writer thread
 * @param queueDepth records waiting in the queue
 * @param queueCapacity the queue's capacity (0 when not asynchronous)
 * @param dropped records dropped because the queue was full, by level (only with {@code cairn.queue.full=drop})
 * @param sinks one entry per sink, in configuration order
 */
public record LogStats(boolean async, int queueDepth, int queueCapacity, Map<Level, Long> dropped,
        List<SinkStats> sinks) {

    public LogStats {
        dropped = Map.copyOf(dropped);
        sinks = List.copyOf(sinks);
    }

    /** Records dropped at every level. */
    public long droppedTotal() {
        return dropped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The counters of the sink named {@code name} ({@code console}, {@code file}, or a configured name). */
    public SinkStats sink(String name) {
        return sinks.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sink named " + name + "; sinks: " + sinks));
    }

    /**
     * @param name the sink's name
     * @param written records handed to the destination (for a file: written to the operating system)
     * @param failed records lost because the sink failed
     */
    public record SinkStats(String name, long written, long failed) {
    }
}
