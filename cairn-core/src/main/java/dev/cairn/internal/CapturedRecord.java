package dev.cairn.internal;

import dev.cairn.Level;
import dev.cairn.context.ContextSnapshot;
import dev.cairn.internal.layout.MessageTemplates;
import dev.cairn.internal.layout.TemplateMessage;
import dev.cairn.internal.layout.Utf8Output;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordKind;

/**
 * A record as captured on the calling thread. The message is formatted on first use and kept, so every sink sees the
 * same text and the template is formatted once; until then a JSON layout may write it straight from the template.
 */
public final class CapturedRecord implements LogRecord, TemplateMessage {

    private static final String[] NO_KEYS = new String[0];

    private final RecordKind kind;
    private final long epochSecond;
    private final int nanoOfSecond;
    private final Level level;
    private final String loggerName;
    private final String template;
    private final Object[] args;
    private final int argCount;
    private final String threadName;
    private final ContextSnapshot context;
    /** Set by the thread that freezes the record, before the record is handed to another thread. */
    private boolean frozen;

    private final FieldList fields;
    private final Throwable throwable;
    private final StackTraceElement location;
    private String message;

    CapturedRecord(
            RecordKind kind,
            long epochSecond,
            int nanoOfSecond,
            Level level,
            String loggerName,
            String template,
            Object[] args,
            int argCount,
            String threadName,
            ContextSnapshot context,
            FieldList fields,
            Throwable throwable,
            StackTraceElement location) {
        this.kind = kind;
        this.epochSecond = epochSecond;
        this.nanoOfSecond = nanoOfSecond;
        this.level = level;
        this.loggerName = loggerName;
        this.template = template;
        this.args = args;
        this.argCount = argCount;
        this.threadName = threadName;
        this.context = context;
        this.fields = fields;
        this.throwable = throwable;
        this.location = location;
    }

    /**
     * Makes the record independent of objects the caller may change after the call, before it goes to the writer
     * thread: the message is formatted now unless every argument is immutable, and mutable field values are copied.
     * Freezing twice does nothing.
     */
    void freezeAtCallTime() {
        if (frozen) {
            return;
        }
        frozen = true;
        for (int i = 0; i < argCount; i++) {
            if (!CallTimeValues.isImmutable(args[i])) {
                message();
                break;
            }
        }
        if (fields != null) {
            for (int i = 0; i < fields.size(); i++) {
                Object value = fields.value(i);
                if (!CallTimeValues.isImmutable(value)) {
                    fields.setValue(i, CallTimeValues.copy(value));
                }
            }
        }
    }

    /**
     * Marks the record frozen without checking its values, which the caller has already made independent of the log
     * call; {@code message} is its text when already formatted, else null.
     */
    void frozenWith(String message) {
        frozen = true;
        this.message = message;
    }

    @Override
    public RecordKind kind() {
        return kind;
    }

    @Override
    public long epochSecond() {
        return epochSecond;
    }

    @Override
    public int nanoOfSecond() {
        return nanoOfSecond;
    }

    @Override
    public Level level() {
        return level;
    }

    @Override
    public String loggerName() {
        return loggerName;
    }

    @Override
    public String message() {
        String text = message;
        if (text == null) {
            text = MessageFormatter.format(template, args, argCount);
            message = text;
        }
        return text;
    }

    @Override
    public boolean appendJsonString(Utf8Output out, int maxLength, MessageTemplates templates) {
        return message == null
                && MessageFormatter.appendJsonString(template, args, argCount, out, maxLength, templates);
    }

    @Override
    public String threadName() {
        return threadName;
    }

    @Override
    public ContextSnapshot context() {
        return context;
    }

    @Override
    public int fieldCount() {
        return fields == null ? 0 : fields.size();
    }

    @Override
    public String fieldKey(int index) {
        return fields == null ? NO_KEYS[index] : fields.key(index);
    }

    @Override
    public Object fieldValue(int index) {
        return fields == null ? NO_KEYS[index] : fields.value(index);
    }

    @Override
    public Throwable throwable() {
        return throwable;
    }

    @Override
    public StackTraceElement location() {
        return location;
    }

    @Override
    public String toString() {
        return level + " " + loggerName + " - " + message();
    }
}
