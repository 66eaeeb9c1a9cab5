package dev.cairn.otlp.internal;

import dev.cairn.context.ContextSnapshot;
import dev.cairn.spi.LogRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps a Cairn record to an OTLP log record, following the OpenTelemetry semantic conventions: severity number and
 * text, body = message, the record's key-values then its context fields as attributes (a key given twice keeps the
 * record's own value), {@code trace_id}/{@code span_id} from the context as the record's trace and span ids,
 * {@code thread.name}, {@code exception.*} and {@code code.*}.
 */
final class LogMapping {

    private static final int[] SEVERITY = {1, 5, 9, 13, 17, 21};

    private final Values values;

    LogMapping(Values values) {
        this.values = values;
    }

    LogEntry map(LogRecord record) {
        long time = record.epochSecond() * 1_000_000_000L + record.nanoOfSecond();
        List<Attribute> attributes =
                new ArrayList<>(record.fieldCount() + record.context().size() + 4);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < record.fieldCount(); i++) {
            String key = record.fieldKey(i);
            if (keys.add(key)) {
                attributes.add(values.attribute(key, record.fieldValue(i)));
            }
        }
        ContextSnapshot context = record.context();
        byte[] traceId = Hex.parse(context.get("trace_id"), 16);
        byte[] spanId = Hex.parse(context.get("span_id"), 8);
        boolean traced = traceId != null && spanId != null;
        for (int i = 0; i < context.size(); i++) {
            String key = context.key(i);
            boolean carriedAsIds = traced && (key.equals("trace_id") || key.equals("span_id"));
            if (!carriedAsIds && keys.add(key)) {
                attributes.add(values.attribute(key, context.value(i)));
            }
        }
        attributes.add(Attribute.text("thread.name", record.threadName()));
        Throwable throwable = record.throwable();
        if (throwable != null) {
            attributes.add(Attribute.text("exception.type", throwable.getClass().getName()));
            String message = safeMessage(throwable);
            if (message != null) {
                attributes.add(new Attribute("exception.message", values.text(message)));
            }
            attributes.add(new Attribute("exception.stacktrace", values.text(stackTrace(throwable))));
        }
        StackTraceElement location = record.location();
        if (location != null) {
            attributes.add(
                    Attribute.text("code.function.name", location.getClassName() + "." + location.getMethodName()));
            if (location.getFileName() != null) {
                attributes.add(Attribute.text("code.file.path", location.getFileName()));
            }
            if (location.getLineNumber() > 0) {
                attributes.add(Attribute.integer("code.line.number", location.getLineNumber()));
            }
        }
        return new LogEntry(
                time,
                time,
                SEVERITY[record.level().ordinal()],
                record.level().name(),
                values.text(record.message()),
                attributes,
                traced ? traceId : null,
                traced ? spanId : null);
    }

    private static String safeMessage(Throwable throwable) {
        try {
            return throwable.getMessage();
        } catch (RuntimeException e) {
            return "[unwritable message: " + e.getClass().getName() + "]";
        }
    }

    /** The stack trace as {@link Throwable#printStackTrace()} writes it, causes and suppressed included. */
    static String stackTrace(Throwable throwable) {
        StringWriter out = new StringWriter();
        try (PrintWriter writer = new PrintWriter(out)) {
            throwable.printStackTrace(writer);
        } catch (RuntimeException e) {
            return throwable.getClass().getName() + " [stack trace unwritable: "
                    + e.getClass().getName() + "]";
        }
        return out.toString();
    }
}
