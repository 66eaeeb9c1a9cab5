package dev.cairn.internal.layout;

import dev.cairn.spi.LogRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * The frame every consumer schema ({@code ecs}, {@code gelf}, {@code logstash}, {@code otel}) shares with Cairn's own
 * JSON layout: one pass per record into the caller's buffer, the same value writer (so the same redaction, escaping,
 * value limits and hostile-value guards), a bound of {@code cairn.max-record-length} after which the record is written
 * cut (its header only, with the reason), and re-entry from a value's {@code toString()} that logs.
 *
 * <p>Subclasses write their keys in {@link #write}; keys they write themselves go through {@link #key}, user fields
 * through {@link #claim}, so a user field never repeats a key: it gets the {@code _} prefix, as in Cairn's schema.
 */
abstract class SchemaLayout implements Layout {

    final LayoutSettings settings;
    final JsonValueWriter values;
    /** Keys written so far in the record being formatted, one set per re-entry depth. */
    private final List<WrittenKeys> writtenKeys = new ArrayList<>();

    private int reentry = -1;
    private long cut;

    SchemaLayout(LayoutSettings settings, JsonValueWriter values) {
        this.settings = settings;
        this.values = values;
    }

    @Override
    public final void format(LogRecord record, Utf8Output out) {
        reentry++;
        int start = out.length();
        int previousBound = values.bound((int) Math.min(Integer.MAX_VALUE, (long) start + settings.maxRecordLength()));
        try {
            if (writtenKeys.size() == reentry) {
                writtenKeys.add(new WrittenKeys());
            }
            writtenKeys.get(reentry).clear();
            try {
                write(record, out, values.maxLength(), false);
                values.checkBound(out);
            } catch (JsonValueWriter.RecordTooLong e) {
                out.setLength(start);
                values.bound(Integer.MAX_VALUE);
                writtenKeys.get(reentry).clear();
                cut++;
                write(record, out, Math.min(values.maxLength(), JsonLayout.CUT_VALUE_LENGTH), true);
            }
        } finally {
            values.bound(previousBound);
            reentry--;
        }
    }

    @Override
    public final long cut() {
        return cut;
    }

    /**
     * Writes {@code record} as one line ending with {@code \n}, strings cut to {@code max} characters; when {@code cut},
     * the record was too long: only the keys before the fields, and the reason under the schema's truncation key
     * ({@link JsonLayout#cutReason}), no fields and no error.
     */
    abstract void write(LogRecord record, Utf8Output out, int max, boolean cut);

    /** Appends {@code ,"name":} (no comma when {@code first}) and marks {@code name} as written. */
    final Utf8Output key(Utf8Output out, String name, boolean first) {
        if (!first) {
            out.append(',');
        }
        out.append('"').append(name).append("\":");
        writtenKeys.get(reentry).add(name);
        return out;
    }

    /** Marks {@code name} as written without writing it (a key the schema writes later in the line). */
    final void reserve(String name) {
        writtenKeys.get(reentry).add(name);
    }

    /** The name a user field is written under: {@code key}, or its first {@code _}-prefixed form not yet written. */
    final String claim(String key) {
        return writtenKeys.get(reentry).claim(key);
    }

    /** The reason a cut record carries. */
    final String cutReason() {
        return JsonLayout.cutReason(settings.maxRecordLength());
    }

    /** The exception's stack in the JDK's layout, as Cairn's {@code error.stack} has it. */
    static StringBuilder stackOf(Throwable error) {
        StringBuilder stack = new StringBuilder(1024);
        StackTraceText.append(stack, error);
        return stack;
    }

    /** The string value of {@code record}'s context field {@code name}, or null. */
    static String contextString(LogRecord record, String name) {
        var context = record.context();
        for (int i = 0; i < context.size(); i++) {
            if (context.key(i).equals(name) && context.value(i) instanceof String) {
                return (String) context.value(i);
            }
        }
        return null;
    }

    /** The value of the record's own field {@code name}, or null. */
    static Object field(LogRecord record, String name) {
        for (int i = 0; i < record.fieldCount(); i++) {
            if (record.fieldKey(i).equals(name)) {
                return record.fieldValue(i);
            }
        }
        return null;
    }
}
