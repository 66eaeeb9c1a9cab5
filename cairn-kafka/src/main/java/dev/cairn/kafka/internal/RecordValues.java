package dev.cairn.kafka.internal;

import dev.cairn.spi.LogRecord;

/** Reads an id such as {@code trace_id} from a record: its own field first, then the context. */
final class RecordValues {

    private RecordValues() {}

    /** The text of {@code key} in {@code record}, or null when neither a field nor the context has it. */
    static String text(LogRecord record, String key) {
        for (int i = 0; i < record.fieldCount(); i++) {
            if (key.equals(record.fieldKey(i))) {
                Object value = record.fieldValue(i);
                return value == null ? null : String.valueOf(value);
            }
        }
        Object value = record.context().get(key);
        return value == null ? null : String.valueOf(value);
    }
}
