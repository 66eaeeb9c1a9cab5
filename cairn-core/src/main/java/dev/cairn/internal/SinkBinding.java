package dev.cairn.internal;

import dev.cairn.spi.Sink;

/** A sink as configured: its name (for reports and statistics), the sink, and the records it receives. */
public record SinkBinding(String name, Sink sink, RecordFilter filter) {}
