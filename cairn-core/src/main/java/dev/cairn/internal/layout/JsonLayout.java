package dev.cairn.internal.layout;

import dev.cairn.context.ContextSnapshot;
import dev.cairn.spi.LogRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a record as one JSON object on one line, keys in the documented order (docs/schema.md): timestamp, level,
 * logger, message, thread, process, service and host when configured, source location when enabled, context fields,
 * the record's fields (or both under one nesting key), then error. A record longer than {@code cairn.max-record-length}
 * characters is written cut ({@link #formatCut}): encoding stops at the bound, so no value can exhaust memory.
 */
public final class JsonLayout implements Layout {

    /** Levels of the {@code cause} chain written; the stack has them all. */
    static final int MAX_CAUSES = 8;
    /** The key a cut record says why under. */
    static final String TRUNCATED_KEY = "truncated";
    /** The longest logger, message and thread a cut record keeps. */
    static final int CUT_VALUE_LENGTH = 1024;

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
    private final int maxRecordLength;
    private long cut;

    public JsonLayout(
            ReservedKeys keys,
            String nestKey,
            String service,
            String host,
            long pid,
            boolean location,
            JsonValueWriter values,
            int maxRecordLength) {
        this.maxRecordLength = maxRecordLength;
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
        int start = out.length();
        int previousBound = values.bound((int) Math.min(Integer.MAX_VALUE, (long) start + maxRecordLength));
        try {
            if (writtenKeys.size() == reentry) {
                writtenKeys.add(new WrittenKeys());
            }
            WrittenKeys written = writtenKeys.get(reentry);
            written.clear();
            try {
                formatRecord(record, out, written);
            } catch (JsonValueWriter.RecordTooLong e) {
                out.setLength(start);
                values.bound(Integer.MAX_VALUE);
                cut++;
                formatCut(record, out);
            }
        } finally {
            values.bound(previousBound);
            reentry--;
        }
    }

    @Override
    public long cut() {
        return cut;
    }

    private void formatRecord(LogRecord record, StringBuilder out, WrittenKeys written) {
        int max = values.maxLength();
        appendHeader(record, out, max);
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
        values.checkBound(out);
        out.append("}\n");
    }

    /** The keys every record starts with, from {@code timestamp} to the source location. */
    private void appendHeader(LogRecord record, StringBuilder out, int max) {
        out.append('{');
        key(out, keys.timestamp, true).append('"');
        timestamps.append(out, record.epochSecond(), record.nanoOfSecond());
        out.append('"');
        key(out, keys.level, false).append('"').append(record.level().name()).append('"');
        key(out, keys.logger, false);
        values.appendString(out, record.loggerName(), max);
        key(out, keys.message, false);
        values.appendString(out, record.message(), max);
        key(out, keys.thread, false);
        values.appendString(out, record.threadName(), max);
        key(out, keys.process, false).append(pid);
        if (service != null) {
            key(out, keys.service, false);
            values.appendString(out, service, max);
        }
        if (host != null) {
            key(out, keys.host, false);
            values.appendString(out, host, max);
        }
        StackTraceElement site = location ? record.location() : null;
        if (site != null) {
            key(out, keys.className, false);
            values.appendString(out, site.getClassName(), max);
            key(out, keys.method, false);
            values.appendString(out, site.getMethodName(), max);
            key(out, keys.line, false).append(site.getLineNumber());
        }
    }

    /**
     * A record too long for {@code cairn.max-record-length}, written small: its header with strings cut to
     * {@link #CUT_VALUE_LENGTH} characters and a {@code truncated} key saying why, without fields and error.
     */
    private void formatCut(LogRecord record, StringBuilder out) {
        appendHeader(record, out, Math.min(values.maxLength(), CUT_VALUE_LENGTH));
        out.append(",\"").append(TRUNCATED_KEY).append("\":");
        JsonText.appendString(out, cutReason(maxRecordLength), Integer.MAX_VALUE);
        out.append("}\n");
    }

    /** What a cut record's {@code truncated} key says. */
    static String cutReason(int maxRecordLength) {
        return "the record was longer than cairn.max-record-length (" + maxRecordLength
                + " characters): fields and error left out";
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
        values.appendString(out, unique, values.maxLength());
        out.append(':');
        values.appendField(out, key, value);
    }

    private void appendError(StringBuilder out, Throwable error, int max) {
        appendThrowableSummary(out, error, max);
        out.append(",\"stack\":");
        StringBuilder stack = new StringBuilder(1024);
        StackTraceText.append(stack, error);
        values.appendString(out, stack, stackLimit(max));
        Throwable cause = error.getCause();
        int depth = 0;
        while (cause != null && cause != error && depth < MAX_CAUSES) {
            out.append(",\"cause\":");
            appendThrowableSummary(out, cause, max);
            values.checkBound(out);
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
