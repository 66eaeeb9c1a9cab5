package dev.cairn.test;

import dev.cairn.Level;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One record captured during a test: its data as logged, and the JSON and text lines Cairn's own layouts made of it
 * with the process's configuration (so redaction and renames apply as in production).
 */
public final class CapturedRecord {

    private final Instant timestamp;
    private final Level level;
    private final String logger;
    private final String message;
    private final String thread;
    private final Map<String, Object> context;
    private final Map<String, Object> fields;
    private final Throwable throwable;
    private final String json;
    private final String text;
    private final Predicate<String> redacts;

    CapturedRecord(
            Instant timestamp,
            Level level,
            String logger,
            String message,
            String thread,
            Map<String, Object> context,
            Map<String, Object> fields,
            Throwable throwable,
            String json,
            String text,
            Predicate<String> redacts) {
        this.timestamp = timestamp;
        this.level = level;
        this.logger = logger;
        this.message = message;
        this.thread = thread;
        this.context = Collections.unmodifiableMap(new LinkedHashMap<>(context));
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.throwable = throwable;
        this.json = json;
        this.text = text;
        this.redacts = redacts;
    }

    /** When the record was logged. */
    public Instant timestamp() {
        return timestamp;
    }

    public Level level() {
        return level;
    }

    /** The name of the logger that wrote the record. */
    public String logger() {
        return logger;
    }

    /** The message with its placeholders filled in. */
    public String message() {
        return message;
    }

    /** The name of the thread that logged the record. */
    public String thread() {
        return thread;
    }

    /** The context fields in force when the record was logged (MDC and {@code LogContext}), in order. */
    public Map<String, Object> context() {
        return context;
    }

    /** The record's own key-value fields, in the order given; values are the objects the caller passed. */
    public Map<String, Object> fields() {
        return fields;
    }

    /** The record's exception, or null. */
    public Throwable throwable() {
        return throwable;
    }

    /** The record as Cairn's JSON layout writes it, one line without the line break. */
    public String json() {
        return json;
    }

    /** The record as Cairn's text layout writes it, stack trace lines included, without the final line break. */
    public String text() {
        return text;
    }

    /** Whether the log system writes values under {@code key} as {@code [REDACTED]}. */
    boolean redacts(String key) {
        return redacts.test(key);
    }

    /** The fields as failure messages show them: values under redacted keys masked. */
    Map<String, Object> shownFields() {
        return FieldValues.shown(fields, redacts);
    }

    /** The context as failure messages show it: values under redacted keys masked. */
    Map<String, Object> shownContext() {
        return FieldValues.shown(context, redacts);
    }

    /** Level, logger, message and fields, values under redacted keys masked as the log system writes them. */
    @Override
    public String toString() {
        return level + " " + logger + " - " + message + (fields.isEmpty() ? "" : " " + shownFields())
                + (throwable == null ? "" : " " + throwable);
    }
}
