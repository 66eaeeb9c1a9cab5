package dev.cairn.internal;

import dev.cairn.LogStats;
import dev.cairn.spi.Sink;
import java.util.function.Supplier;

/**
 * A sink as configured: its name (for reports and statistics), the sink, the records it receives, and, for a sink that
 * ships records off the machine, its delivery counters (null otherwise).
 */
public record SinkBinding(String name, Sink sink, RecordFilter filter, Supplier<LogStats.DeliveryStats> delivery) {

    /** A sink without delivery counters. */
    public SinkBinding(String name, Sink sink, RecordFilter filter) {
        this(name, sink, filter, null);
    }
}
