package dev.cairn.internal.layout;

import dev.cairn.context.ContextSnapshot;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordKind;

/**
 * Elastic Common Schema 8.x, as Elastic's ECS loggers and Spring Boot write it: {@code @timestamp}, {@code log.level},
 * {@code log.logger}, {@code process.pid}, {@code process.thread.name}, {@code service.*}, {@code host.name},
 * {@code message}, the flow's {@code trace.id}, {@code span.id} and {@code transaction.id} (from the context fields
 * {@code trace_id}, {@code span_id} and {@code flow_id}), a flow record's {@code event.*}, the user fields as they are,
 * {@code error.*}, {@code ecs.version}. Names are nested objects or dotted keys ({@link EcsStyle}); both forms of every
 * name written are reserved, so a user field {@code service.name} is written {@code _service.name} in either style.
 */
final class EcsLayout extends SchemaLayout {

    /** The ECS version written, as Spring Boot 3.5 writes it. */
    static final String VERSION = "8.11";

    private static final String[] GROUPS = {
        "log", "process", "service", "host", "trace", "span", "transaction", "event", "error", "ecs"
    };
    private static final String[] DOTTED = {
        "log.level",
        "log.logger",
        "log.origin.function",
        "log.origin.file.name",
        "log.origin.file.line",
        "process.pid",
        "process.thread.name",
        "service.name",
        "service.version",
        "service.environment",
        "host.name",
        "trace.id",
        "span.id",
        "transaction.id",
        "event.kind",
        "event.action",
        "event.outcome",
        "event.duration",
        "error.type",
        "error.message",
        "error.stack_trace",
        "ecs.version",
        "cairn.truncated"
    };

    private final TimestampFormat timestamps = new TimestampFormat(6);
    private final boolean nested;
    /** The objects open, outermost first: nested, their names; dotted, the prefix of the keys written. */
    private final String[] path = new String[4];
    /** Per open object: whether its next member is its first (nested style). */
    private final boolean[] first = new boolean[4];

    private int depth;

    EcsLayout(LayoutSettings settings, JsonValueWriter values) {
        super(settings, values);
        this.nested = settings.ecsStyle() == EcsStyle.NESTED;
    }

    @Override
    void write(LogRecord record, Utf8Output out, int max, boolean cut) {
        depth = 0;
        out.append('{');
        key(out, "@timestamp", true).append('"');
        timestamps.append(out, record.epochSecond(), record.nanoOfSecond());
        out.append('"');
        reserveAll();
        open(out, "log");
        member(out, "level").append('"').append(record.level().name()).append('"');
        member(out, "logger");
        values.appendString(out, record.loggerName(), max);
        StackTraceElement site = settings.location() ? record.location() : null;
        if (site != null) {
            open(out, "origin");
            member(out, "function");
            values.appendString(out, site.getMethodName(), max);
            open(out, "file");
            if (site.getFileName() != null) {
                member(out, "name");
                values.appendString(out, site.getFileName(), max);
            }
            member(out, "line").append(site.getLineNumber());
            close(out);
            close(out);
        }
        close(out);
        open(out, "process");
        member(out, "pid").append(settings.pid());
        open(out, "thread");
        member(out, "name");
        values.appendString(out, record.threadName(), max);
        close(out);
        close(out);
        if (settings.service() != null || settings.serviceVersion() != null || settings.environment() != null) {
            open(out, "service");
            optional(out, "name", settings.service(), max);
            optional(out, "version", settings.serviceVersion(), max);
            optional(out, "environment", settings.environment(), max);
            close(out);
        }
        if (settings.host() != null) {
            open(out, "host");
            optional(out, "name", settings.host(), max);
            close(out);
        }
        key(out, "message", false);
        values.appendMessage(out, record, max);
        if (cut) {
            key(out, "cairn.truncated", false);
            out.appendJsonString(cutReason(), Integer.MAX_VALUE);
        } else {
            String traceId = contextString(record, "trace_id");
            String spanId = contextString(record, "span_id");
            String flowId = contextString(record, "flow_id");
            single(out, "trace", "id", traceId, max);
            single(out, "span", "id", spanId, max);
            single(out, "transaction", "id", flowId, max);
            if (record.kind() == RecordKind.FLOW) {
                appendFlowEvent(record, out);
            }
            appendFields(record, out, traceId, spanId, flowId);
            Throwable error = record.throwable();
            if (error != null) {
                // Message and stack first: a getMessage() that logs re-enters this layout outside any open object.
                String message = JsonLayout.messageOf(error);
                StringBuilder stack = stackOf(error);
                open(out, "error");
                member(out, "type");
                values.appendString(out, error.getClass().getName(), max);
                if (message != null) {
                    member(out, "message");
                    values.appendString(out, message, max);
                }
                member(out, "stack_trace");
                values.appendString(out, stack, JsonLayout.stackLimit(max));
                close(out);
            }
        }
        single(out, "ecs", "version", VERSION, max);
        out.append("}\n");
    }

    /**
     * A flow record as an ECS event: {@code event.kind} {@code event}, {@code event.action} its {@code flow_type};
     * a {@code flow_end} also has {@code event.outcome} ({@code success}, {@code failure}, or {@code unknown} when
     * abandoned) and {@code event.duration} in nanoseconds, from {@code total_ms}.
     */
    private void appendFlowEvent(LogRecord record, Utf8Output out) {
        Object type = field(record, "flow_type");
        if (!(type instanceof String)) {
            return;
        }
        open(out, "event");
        member(out, "kind").append("\"event\"");
        member(out, "action");
        values.appendString(out, (String) type, values.maxLength());
        Object status = field(record, "flow_status");
        if (status != null) {
            member(out, "outcome")
                    .append(
                            "success".equals(status)
                                    ? "\"success\""
                                    : "failed".equals(status) ? "\"failure\"" : "\"unknown\"");
        }
        Object total = field(record, "total_ms");
        if (total instanceof Number) {
            member(out, "duration").append(Math.round(((Number) total).doubleValue() * 1_000_000d));
        }
        close(out);
    }

    /** Context fields (less the three ids written as ECS names) and key-values, at the top level, as they are. */
    private void appendFields(LogRecord record, Utf8Output out, String traceId, String spanId, String flowId) {
        ContextSnapshot context = record.context();
        for (int i = 0; i < context.size(); i++) {
            String name = context.key(i);
            Object value = context.value(i);
            if (value != null && (value == traceId || value == spanId || value == flowId) && isFlowId(name)) {
                continue;
            }
            userField(out, name, value);
        }
        for (int i = 0; i < record.fieldCount(); i++) {
            userField(out, record, i);
        }
    }

    private static boolean isFlowId(String name) {
        return name.equals("trace_id") || name.equals("span_id") || name.equals("flow_id");
    }

    private void userField(Utf8Output out, String name, Object value) {
        out.append(',');
        values.appendString(out, claim(name), values.maxLength());
        out.append(':');
        values.appendField(out, name, value);
    }

    /** Writes field {@code index} of {@code record} as {@link #userField(Utf8Output, String, Object)}, numbers unboxed. */
    private void userField(Utf8Output out, LogRecord record, int index) {
        String name = record.fieldKey(index);
        out.append(',');
        values.appendString(out, claim(name), values.maxLength());
        out.append(':');
        if (values.isSensitive(name)) {
            values.appendMask(out);
        } else {
            values.appendFieldValue(out, record, index);
        }
    }

    private void reserveAll() {
        for (String name : GROUPS) {
            reserve(name);
        }
        for (String name : DOTTED) {
            reserve(name);
        }
        reserve("message");
    }

    private void single(Utf8Output out, String group, String name, String value, int max) {
        if (value != null) {
            open(out, group);
            member(out, name);
            values.appendString(out, value, max);
            close(out);
        }
    }

    private void optional(Utf8Output out, String name, String value, int max) {
        if (value != null) {
            member(out, name);
            values.appendString(out, value, max);
        }
    }

    /** Opens object {@code name} inside the open one (or at the top level): nested, or a prefix of dotted keys. */
    private void open(Utf8Output out, String name) {
        if (nested) {
            if (depth == 0 || !first[depth - 1]) {
                out.append(',');
            }
            if (depth > 0) {
                first[depth - 1] = false;
            }
            out.append('"').append(name).append("\":{");
        }
        path[depth] = name;
        first[depth] = true;
        depth++;
    }

    /** Writes the key of {@code name} inside the open object. */
    private Utf8Output member(Utf8Output out, String name) {
        if (nested) {
            if (!first[depth - 1]) {
                out.append(',');
            }
            first[depth - 1] = false;
            return out.append('"').append(name).append("\":");
        }
        out.append(",\"");
        for (int i = 0; i < depth; i++) {
            out.append(path[i]).append('.');
        }
        return out.append(name).append("\":");
    }

    private void close(Utf8Output out) {
        depth--;
        if (nested) {
            out.append('}');
        }
    }
}
