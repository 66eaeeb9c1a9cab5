package dev.cairn.internal.layout;

import dev.cairn.context.ContextSnapshot;
import dev.cairn.spi.LogRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a record as one JSON object on one line, keys in the documented order (docs/schema.md): timestamp, level,
 * logger, message, thread, process, service and host when configured, source location when enabled, context fields,
 * the record's fields (or both under one nesting key), then error.
 */
public final class JsonLayout implements Layout {

    /** Levels of the {@code cause} chain written; the stack has them all. */
    static final int MAX_CAUSES = 8;

    private final ReservedKeys keys;
    private final String nestKey;
    private final String service;
    private final String host;
    private final long pid;
    private final boolean location;
    private final JsonValueWriter values;
    private final TimestampFormat timestamps = new TimestampFormat(6);
    /** Keys written so far in the record being formatted, one set per re-entry depth. */
    private final List<WrittenKeys> writtenKeys = new ArrayList<>();
    private int reentry = -1;

    public JsonLayout(ReservedKeys keys, String nestKey, String service, String host, long pid, boolean location,
            JsonValueWriter values) {
        this.keys = keys;
        this.nestKey = nestKey;
        this.service = service;
        this.host = host;
        this.pid = pid;
        this.location = location;
        this.values = values;
    }

    @Override
    public void format(LogRecord record, StringBuilder out) {
        reentry++;
        try {
            if (writtenKeys.size() == reentry) {
                writtenKeys.add(new WrittenKeys());
            }
            WrittenKeys written = writtenKeys.get(reentry);
            written.clear();
            formatRecord(record, out, written);
        } finally {
            reentry--;
        }
    }

    private void formatRecord(LogRecord record, StringBuilder out, WrittenKeys written) {
        int max = values.maxLength();
        out.append('{');
        key(out, keys.timestamp, true).append('"');
        timestamps.append(out, record.epochSecond(), record.nanoOfSecond());
        out.append('"');
        key(out, keys.level, false).append('"').append(record.level().name()).append('"');
        key(out, keys.logger, false);
        JsonText.appendString(out, record.loggerName(), max);
        key(out, keys.message, false);
        JsonText.appendString(out, record.message(), max);
        key(out, keys.thread, false);
        JsonText.appendString(out, record.threadName(), max);
        key(out, keys.process, false).append(pid);
        if (service != null) {
            key(out, keys.service, false);
            JsonText.appendString(out, service, max);
        }
        if (host != null) {
            key(out, keys.host, false);
            JsonText.appendString(out, host, max);
        }
        StackTraceElement site = location ? record.location() : null;
        if (site != null) {
            key(out, keys.className, false);
            JsonText.appendString(out, site.getClassName(), max);
            key(out, keys.method, false);
            JsonText.appendString(out, site.getMethodName(), max);
            key(out, keys.line, false).append(site.getLineNumber());
        }
        ContextSnapshot context = record.context();
        int fieldCount = context.size() + record.fieldCount();
        if (fieldCount > 0) {
            boolean nested = nestKey != null;
            if (nested) {
                key(out, nestKey, false).append('{');
                written.clear();
            } else if (record.throwable() != null) {
                written.add(keys.error);
            }
            boolean first = nested;
            for (int i = 0; i < context.size(); i++) {
                field(out, context.key(i), context.value(i), written, first);
                first = false;
            }
            for (int i = 0; i < record.fieldCount(); i++) {
                field(out, record.fieldKey(i), record.fieldValue(i), written, first);
                first = false;
            }
            if (nested) {
                out.append('}');
            }
        }
        Throwable error = record.throwable();
        if (error != null) {
            key(out, keys.error, false);
            appendError(out, error, max);
        }
        out.append("}\n");
    }

    /**
     * Writes one context field or key-value under a key not yet written in this record (at the top level, the
     * {@code error} key that follows counts as written when the record has an exception).
     */
    private void field(StringBuilder out, String key, Object value, WrittenKeys written, boolean first) {
        String unique = written.claim(key);
        if (!first) {
            out.append(',');
        }
        JsonText.appendString(out, unique, values.maxLength());
        out.append(':');
        values.appendField(out, key, value);
    }

    private void appendError(StringBuilder out, Throwable error, int max) {
        appendThrowableSummary(out, error, max);
        out.append(",\"stack\":");
        StringBuilder stack = new StringBuilder(1024);
        StackTraceText.append(stack, error);
        JsonText.appendString(out, stack, stackLimit(max));
        Throwable cause = error.getCause();
        int depth = 0;
        while (cause != null && cause != error && depth < MAX_CAUSES) {
            out.append(",\"cause\":");
            appendThrowableSummary(out, cause, max);
            depth++;
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        for (int i = 0; i < depth; i++) {
            out.append('}');
        }
        out.append('}');
    }

    private static void appendThrowableSummary(StringBuilder out, Throwable throwable, int max) {
        out.append("{\"type\":");
        JsonText.appendString(out, throwable.getClass().getName(), max);
        out.append(",\"message\":");
        String message = messageOf(throwable);
        if (message == null) {
            out.append("null");
        } else {
            JsonText.appendString(out, message, max);
        }
    }

    /** The stack may be longer than a value: four times the value limit. */
    static int stackLimit(int maxValueLength) {
        return maxValueLength > Integer.MAX_VALUE / 4 ? Integer.MAX_VALUE : maxValueLength * 4;
    }

    static String messageOf(Throwable throwable) {
        try {
            return throwable.getMessage();
        } catch (RuntimeException e) {
            return "[getMessage() threw " + e.getClass().getName() + "]";
        }
    }

    private StringBuilder key(StringBuilder out, String key, boolean first) {
        if (!first) {
            out.append(',');
        }
        out.append('"').append(key).append("\":");
        writtenKeys.get(reentry).add(key);
        return out;
    }
}
