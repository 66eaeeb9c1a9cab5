package dev.cairn.internal.layout;

import dev.cairn.Level;
import dev.cairn.context.ContextSnapshot;
import dev.cairn.spi.LogRecord;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The OpenTelemetry log data model as the OTLP file exporter writes it: one OTLP/JSON {@code ExportLogsServiceRequest}
 * per line, with one resource ({@code service.name}, {@code service.version}, {@code deployment.environment.name},
 * {@code host.name}, {@code process.pid}), one scope (the logger's name) and one log record: {@code timeUnixNano} and
 * {@code observedTimeUnixNano} (64-bit integers as strings, as the OTLP/JSON mapping says), {@code severityNumber},
 * {@code severityText}, {@code body}, {@code attributes} ({@code thread.name}, the call site as {@code code.*}, the
 * context fields and key-values, {@code exception.type}, {@code exception.message}, {@code exception.stacktrace}), and
 * the flow's {@code traceId} and {@code spanId} (hex) from the context fields {@code trace_id} and {@code span_id}.
 *
 * <p>Attribute values are {@code AnyValue}s: strings, booleans, whole numbers ({@code intValue}, as a string) and
 * decimals ({@code doubleValue}) as themselves; maps, lists and arrays as their JSON text in a {@code stringValue}.
 * The resource part is the same for every record and is written once, at construction.
 */
final class OtelLayout extends SchemaLayout {

    private final byte[] resourcePrefix;

    OtelLayout(LayoutSettings settings, JsonValueWriter values) {
        super(settings, values);
        Utf8Output prefix = new Utf8Output(256).append("{\"resourceLogs\":[{\"resource\":{\"attributes\":[");
        boolean first = true;
        first = resourceString(prefix, "service.name", settings.service(), first);
        first = resourceString(prefix, "service.version", settings.serviceVersion(), first);
        first = resourceString(prefix, "deployment.environment.name", settings.environment(), first);
        first = resourceString(prefix, "host.name", settings.host(), first);
        if (!first) {
            prefix.append(',');
        }
        prefix.append("{\"key\":\"process.pid\",\"value\":{\"intValue\":\"")
                .append(settings.pid())
                .append("\"}}");
        prefix.append("]},\"scopeLogs\":[{\"scope\":{\"name\":");
        this.resourcePrefix = prefix.toByteArray();
    }

    private static boolean resourceString(Utf8Output out, String key, String value, boolean first) {
        if (value == null) {
            return first;
        }
        if (!first) {
            out.append(',');
        }
        out.append("{\"key\":\"").append(key).append("\",\"value\":{\"stringValue\":");
        out.appendJsonString(value, Integer.MAX_VALUE);
        out.append("}}");
        return false;
    }

    @Override
    void write(LogRecord record, Utf8Output out, int max, boolean cut) {
        Throwable error = cut ? null : record.throwable();
        String errorMessage = error == null ? null : JsonLayout.messageOf(error);
        StringBuilder stack = error == null ? null : stackOf(error);
        out.append(resourcePrefix);
        values.appendString(out, record.loggerName(), max);
        out.append("},\"logRecords\":[{");
        key(out, "timeUnixNano", true).append('"');
        appendNanos(out, record.epochSecond(), record.nanoOfSecond());
        out.append('"');
        key(out, "observedTimeUnixNano", false).append('"');
        appendNanos(out, record.epochSecond(), record.nanoOfSecond());
        out.append('"');
        key(out, "severityNumber", false).append(severityNumber(record.level()));
        key(out, "severityText", false)
                .append('"')
                .append(record.level().name())
                .append('"');
        key(out, "body", false).append("{\"stringValue\":");
        values.appendMessage(out, record, max);
        out.append("},\"attributes\":[");
        stringAttribute(out, "thread.name", record.threadName(), max, true);
        StackTraceElement site = settings.location() ? record.location() : null;
        if (site != null) {
            stringAttribute(out, "code.namespace", site.getClassName(), max, false);
            stringAttribute(out, "code.function", site.getMethodName(), max, false);
            out.append(",{\"key\":\"code.lineno\",\"value\":{\"intValue\":\"")
                    .append(site.getLineNumber())
                    .append("\"}}");
            claim("code.lineno");
        }
        String traceId = null;
        String spanId = null;
        if (cut) {
            stringAttribute(out, "cairn.truncated", cutReason(), Integer.MAX_VALUE, false);
        } else {
            traceId = hexId(contextString(record, "trace_id"), 32);
            spanId = hexId(contextString(record, "span_id"), 16);
            ContextSnapshot context = record.context();
            for (int i = 0; i < context.size(); i++) {
                String name = context.key(i);
                Object value = context.value(i);
                if (value != null
                        && (value == traceId && name.equals("trace_id") || value == spanId && name.equals("span_id"))) {
                    continue;
                }
                attribute(out, name, value);
            }
            for (int i = 0; i < record.fieldCount(); i++) {
                if (JsonValueWriter.fieldType(record, i) == UnboxedFields.OBJECT) {
                    attribute(out, record.fieldKey(i), record.fieldValue(i));
                } else {
                    numberAttribute(out, record, i);
                }
            }
            if (error != null) {
                stringAttribute(out, "exception.type", error.getClass().getName(), max, false);
                if (errorMessage != null) {
                    stringAttribute(out, "exception.message", errorMessage, max, false);
                }
                stringAttribute(out, "exception.stacktrace", stack, JsonLayout.stackLimit(max), false);
            }
        }
        out.append(']');
        if (traceId != null) {
            out.append(",\"traceId\":\"").append(traceId).append('"');
        }
        if (spanId != null) {
            out.append(",\"spanId\":\"").append(spanId).append('"');
        }
        out.append("}]}]}]}\n");
    }

    /** A string attribute Cairn writes itself; its key is claimed so a user field of that name gets the prefix. */
    private void stringAttribute(Utf8Output out, String key, CharSequence value, int max, boolean first) {
        claim(key);
        if (!first) {
            out.append(',');
        }
        out.append("{\"key\":\"").append(key).append("\",\"value\":{\"stringValue\":");
        values.appendString(out, value, max);
        out.append("}}");
    }

    /** Writes field {@code index} of {@code record}, a number it keeps unboxed, as {@link #attribute} writes a number. */
    private void numberAttribute(Utf8Output out, LogRecord record, int index) {
        String key = record.fieldKey(index);
        out.append(",{\"key\":");
        values.appendString(out, claim(key), values.maxLength());
        out.append(",\"value\":");
        if (values.isSensitive(key)) {
            out.append("{\"stringValue\":");
            out.appendJsonString(Redactor.MASK, values.maxLength());
            out.append('}');
        } else if (JsonValueWriter.fieldType(record, index) == UnboxedFields.LONG) {
            out.append("{\"intValue\":\"")
                    .append(((UnboxedFields) record).longField(index))
                    .append("\"}");
        } else {
            out.append("{\"doubleValue\":");
            values.appendFieldValue(out, record, index);
            out.append('}');
        }
        out.append('}');
    }

    private void attribute(Utf8Output out, String key, Object value) {
        out.append(",{\"key\":");
        values.appendString(out, claim(key), values.maxLength());
        out.append(",\"value\":");
        if (value == null) {
            out.append("{}");
        } else if (values.isSensitive(key)) {
            out.append("{\"stringValue\":");
            out.appendJsonString(Redactor.MASK, values.maxLength());
            out.append('}');
        } else if (value instanceof Boolean) {
            out.append("{\"boolValue\":")
                    .append(((Boolean) value).booleanValue())
                    .append('}');
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte
                || value instanceof AtomicInteger
                || value instanceof AtomicLong) {
            out.append("{\"intValue\":\"").append(((Number) value).longValue()).append("\"}");
        } else if (value instanceof Double || value instanceof Float) {
            out.append("{\"doubleValue\":");
            values.appendValue(out, value);
            out.append('}');
        } else if (JsonValueWriter.isContainer(value)) {
            Utf8Output json = new Utf8Output(64);
            int bound = values.bound(settings.maxRecordLength());
            try {
                values.appendValue(json, value);
            } finally {
                values.bound(bound);
            }
            out.append("{\"stringValue\":");
            values.appendString(out, json.toString(), values.maxLength());
            out.append('}');
        } else if (value instanceof Number) {
            out.append("{\"stringValue\":");
            values.appendString(out, value.toString(), values.maxLength());
            out.append('}');
        } else {
            out.append("{\"stringValue\":");
            values.appendValue(out, value);
            out.append('}');
        }
        out.append('}');
    }

    /** {@code id} when it is {@code length} lowercase hex digits and not all zero (W3C), else null. */
    private static String hexId(String id, int length) {
        if (id == null || id.length() != length) {
            return null;
        }
        boolean nonZero = false;
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return null;
            }
            nonZero |= c != '0';
        }
        return nonZero ? id : null;
    }

    private static void appendNanos(Utf8Output out, long epochSecond, int nanoOfSecond) {
        out.append(epochSecond);
        int divisor = 100_000_000;
        while (divisor > 0) {
            out.append((char) ('0' + nanoOfSecond / divisor % 10));
            divisor /= 10;
        }
    }

    /** OpenTelemetry's severity numbers: TRACE 1, DEBUG 5, INFO 9, WARN 13, ERROR 17, FATAL 21. */
    static int severityNumber(Level level) {
        return level.ordinal() * 4 + 1;
    }
}
