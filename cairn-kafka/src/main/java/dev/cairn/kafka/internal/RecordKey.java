package dev.cairn.kafka.internal;

import dev.cairn.spi.LogRecord;
import java.util.Locale;

/**
 * What a record's Kafka key is, which decides its partition: records with the same key stay in order in one partition.
 */
public enum RecordKey {
    /** The record's {@code trace_id} (a field, else the context), so a flow's records stay together; none without. */
    TRACE_ID,
    /** The record's {@code request_id} (a field, else the context); none without. */
    REQUEST_ID,
    /** The service name: every record of the service in one partition, in order. */
    SERVICE,
    /** No key: the producer spreads batches over the partitions. */
    NONE;

    /** The key as configured: {@code trace_id}, {@code request_id}, {@code service} or {@code none}. */
    public static RecordKey parse(String configured) {
        return valueOf(configured.toUpperCase(Locale.ROOT));
    }

    /** The key of {@code record}, or null for none. */
    String of(LogRecord record, String service) {
        return switch (this) {
            case TRACE_ID -> RecordValues.text(record, "trace_id");
            case REQUEST_ID -> RecordValues.text(record, "request_id");
            case SERVICE -> service;
            case NONE -> null;
        };
    }
}
