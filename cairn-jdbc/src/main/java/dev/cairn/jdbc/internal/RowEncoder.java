package dev.cairn.jdbc.internal;

import dev.cairn.context.ContextSnapshot;
import dev.cairn.spi.LogRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns a record into its {@link Row}: {@code trace_id} and {@code request_id} (the first context field or key-value
 * of that name) go to their columns, every other context field and key-value into {@code fields} (a JSON object,
 * {@code {}} when there are none; a repeated key is written with a {@code _} prefix, as the JSON format does), the
 * exception into {@code error}. Every string is {@link StorableText storable}.
 *
 * <p>Threading: used by the sink's writer thread only; re-entrant (a value's {@code toString()} may log).
 */
final class RowEncoder {

    private static final int MAX_CAUSES = 8;

    private final StorableText text;
    private final FieldsJson json;
    private final EventIds ids = new EventIds();
    private final String service;
    private final int maxStackLength;

    RowEncoder(int maxValueLength, Predicate<String> sensitive, String service) {
        this.text = new StorableText(maxValueLength);
        this.json = new FieldsJson(text, sensitive);
        this.service = service;
        this.maxStackLength = maxValueLength > Integer.MAX_VALUE / 4 ? Integer.MAX_VALUE : maxValueLength * 4;
    }

    Row encode(LogRecord record) {
        String traceId = null;
        String requestId = null;
        Set<String> written = new HashSet<>();
        StringBuilder fields = new StringBuilder(128).append('{');
        ContextSnapshot context = record.context();
        for (int i = 0; i < context.size(); i++) {
            String key = context.key(i);
            Object value = context.value(i);
            if (traceId == null && key.equals("trace_id") && value != null) {
                traceId = text.clean(String.valueOf(value));
            } else if (requestId == null && key.equals("request_id") && value != null) {
                requestId = text.clean(String.valueOf(value));
            } else {
                json.member(fields, written.isEmpty(), unique(key, written), value);
            }
        }
        for (int i = 0; i < record.fieldCount(); i++) {
            String key = record.fieldKey(i);
            Object value = record.fieldValue(i);
            if (traceId == null && key.equals("trace_id") && value != null) {
                traceId = text.clean(String.valueOf(value));
            } else if (requestId == null && key.equals("request_id") && value != null) {
                requestId = text.clean(String.valueOf(value));
            } else {
                json.member(fields, written.isEmpty(), unique(key, written), value);
            }
        }
        fields.append('}');
        long epochMilli = record.epochSecond() * 1000 + record.nanoOfSecond() / 1_000_000;
        return new Row(
                ids.next(epochMilli),
                record.epochSecond(),
                record.nanoOfSecond(),
                record.level().name(),
                text.clean(record.loggerName()),
                text.clean(record.message()),
                text.clean(record.threadName()),
                service,
                traceId,
                requestId,
                fields.toString(),
                error(record.throwable()));
    }

    /** Values that had a NUL or a lone surrogate replaced, so far. */
    long replaced() {
        return text.replaced();
    }

    /** Values cut for length, so far. */
    long cut() {
        return text.cut();
    }

    private static String unique(String key, Set<String> written) {
        String name = key;
        while (!written.add(name)) {
            name = "_" + name;
        }
        return name;
    }

    /** The exception as the JSON format's {@code error} object: type, message, stack and the chain of causes. */
    private String error(Throwable throwable) {
        if (throwable == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(1024).append('{');
        json.member(out, true, "type", throwable.getClass().getName());
        json.member(out, false, "message", throwable.getMessage());
        StringWriter stack = new StringWriter();
        try (PrintWriter printer = new PrintWriter(stack)) {
            throwable.printStackTrace(printer);
        } catch (RuntimeException e) {
            stack.write("[unprintable stack: " + e + "]");
        }
        out.append(",\"stack\":");
        json.string(out, stack.toString(), maxStackLength);
        Throwable cause = throwable.getCause();
        int opened = 0;
        while (cause != null && cause != throwable && opened < MAX_CAUSES) {
            out.append(",\"cause\":{");
            json.member(out, true, "type", cause.getClass().getName());
            json.member(out, false, "message", cause.getMessage());
            opened++;
            cause = cause.getCause();
        }
        out.append("}".repeat(opened)).append('}');
        return out.toString();
    }
}
