package dev.cairn.spi;

/** What a record is, for routing: ordinary log records, or the {@code flow_start}/{@code flow_end} records of flows. */
public enum RecordKind {
    /** A record logged through a {@link dev.cairn.Logger}. */
    LOG,
    /** A flow's start or end record. */
    FLOW
}
