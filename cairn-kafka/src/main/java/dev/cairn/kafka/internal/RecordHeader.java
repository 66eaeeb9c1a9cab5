package dev.cairn.kafka.internal;

import dev.cairn.spi.LogRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Kafka record header Cairn can add, so consumers route or filter without parsing the JSON value. */
public enum RecordHeader {
    /** {@code level}: {@code INFO}, {@code WARN}, … */
    LEVEL,
    /** {@code service}: the log system's service name. */
    SERVICE,
    /** {@code trace_id}: the record's trace id, when it has one. */
    TRACE_ID;

    /** The header's name on the Kafka record. */
    String headerName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value for {@code record}, or null when the record has none (the header is then left out). */
    String of(LogRecord record, String service) {
        return switch (this) {
            case LEVEL -> record.level().name();
            case SERVICE -> service;
            case TRACE_ID -> RecordValues.text(record, "trace_id");
        };
    }

    /**
     * The headers {@code configured} names: {@code none}, or some of {@code level}, {@code service}, {@code trace_id}
     * separated by commas.
     *
     * @throws IllegalArgumentException for any other name, or a name given twice
     */
    public static List<RecordHeader> parseList(String configured) {
        List<RecordHeader> headers = new ArrayList<>();
        if (configured.trim().equalsIgnoreCase("none")) {
            return List.of();
        }
        for (String part : configured.split(",")) {
            RecordHeader header = valueOf(part.trim().toUpperCase(Locale.ROOT));
            if (headers.contains(header)) {
                throw new IllegalArgumentException("header " + part.trim() + " is named twice");
            }
            headers.add(header);
        }
        return List.copyOf(headers);
    }
}
