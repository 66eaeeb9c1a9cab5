package dev.cairn.internal.layout;

import dev.cairn.Level;
import dev.cairn.context.ContextSnapshot;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordKind;

/**
 * The keys of logstash-logback-encoder's {@code LogstashEncoder} (and Spring Boot's {@code logstash} format):
 * {@code @timestamp} (UTC, milliseconds), {@code @version} {@code "1"}, {@code message}, {@code logger_name},
 * {@code thread_name}, {@code level}, {@code level_value} (Logback's numbers, FATAL 50000), {@code service} and
 * {@code host} when configured (as the encoder's custom fields), the call site as {@code caller_*}, the context fields
 * and key-values flat, {@code tags} ({@code ["flow"]} on flow records, as a marker would tag them), and
 * {@code stack_trace}.
 */
final class LogstashLayout extends SchemaLayout {

    private final TimestampFormat timestamps = new TimestampFormat(3);

    LogstashLayout(LayoutSettings settings, JsonValueWriter values) {
        super(settings, values);
    }

    @Override
    void write(LogRecord record, Utf8Output out, int max, boolean cut) {
        Throwable error = cut ? null : record.throwable();
        StringBuilder stack = error == null ? null : stackOf(error);
        out.append('{');
        key(out, "@timestamp", true).append('"');
        timestamps.append(out, record.epochSecond(), record.nanoOfSecond());
        out.append('"');
        key(out, "@version", false).append("\"1\"");
        key(out, "message", false);
        values.appendMessage(out, record, max);
        key(out, "logger_name", false);
        values.appendString(out, record.loggerName(), max);
        key(out, "thread_name", false);
        values.appendString(out, record.threadName(), max);
        key(out, "level", false).append('"').append(record.level().name()).append('"');
        key(out, "level_value", false).append(levelValue(record.level()));
        if (settings.service() != null) {
            key(out, "service", false);
            values.appendString(out, settings.service(), max);
        }
        if (settings.host() != null) {
            key(out, "host", false);
            values.appendString(out, settings.host(), max);
        }
        StackTraceElement site = settings.location() ? record.location() : null;
        if (site != null) {
            key(out, "caller_class_name", false);
            values.appendString(out, site.getClassName(), max);
            key(out, "caller_method_name", false);
            values.appendString(out, site.getMethodName(), max);
            if (site.getFileName() != null) {
                key(out, "caller_file_name", false);
                values.appendString(out, site.getFileName(), max);
            }
            key(out, "caller_line_number", false).append(site.getLineNumber());
        }
        if (cut) {
            key(out, "truncated", false);
            out.appendJsonString(cutReason(), Integer.MAX_VALUE);
            out.append("}\n");
            return;
        }
        boolean flow = record.kind() == RecordKind.FLOW;
        if (flow) {
            reserve("tags");
        }
        if (stack != null) {
            reserve("stack_trace");
        }
        ContextSnapshot context = record.context();
        for (int i = 0; i < context.size(); i++) {
            field(out, context.key(i), context.value(i));
        }
        for (int i = 0; i < record.fieldCount(); i++) {
            field(out, record, i);
        }
        if (flow) {
            out.append(",\"tags\":[\"flow\"]");
        }
        if (stack != null) {
            out.append(",\"stack_trace\":");
            values.appendString(out, stack, JsonLayout.stackLimit(max));
        }
        out.append("}\n");
    }

    private void field(Utf8Output out, String key, Object value) {
        out.append(',');
        values.appendString(out, claim(key), values.maxLength());
        out.append(':');
        values.appendField(out, key, value);
    }

    /** Writes field {@code index} of {@code record} as {@link #field(Utf8Output, String, Object)}, numbers unboxed. */
    private void field(Utf8Output out, LogRecord record, int index) {
        String key = record.fieldKey(index);
        out.append(',');
        values.appendString(out, claim(key), values.maxLength());
        out.append(':');
        if (values.isSensitive(key)) {
            values.appendMask(out);
        } else {
            values.appendFieldValue(out, record, index);
        }
    }

    /** Logback's level numbers, which LogstashEncoder writes: TRACE 5000 … ERROR 40000; FATAL 50000. */
    static int levelValue(Level level) {
        switch (level) {
            case TRACE:
                return 5000;
            case DEBUG:
                return 10000;
            case INFO:
                return 20000;
            case WARN:
                return 30000;
            case ERROR:
                return 40000;
            default:
                return 50000;
        }
    }
}
