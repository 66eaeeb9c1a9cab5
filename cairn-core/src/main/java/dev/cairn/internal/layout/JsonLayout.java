package dev.cairn.internal.layout;

import dev.cairn.Level;
import dev.cairn.context.ContextSnapshot;
import dev.cairn.spi.LogRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a record as one JSON object on one line, keys in the documented order (docs/schema.md): timestamp, level,
 * logger, message, thread, process, service and host when configured, source location when enabled, context fields,
 * the record's fields (or both under one nesting key), then error. A record longer than {@code cairn.max-record-length}
 * bytes is written cut ({@link #formatCut}): encoding stops at the bound, so no value can exhaust memory.
 */
public final class JsonLayout implements Layout {

    /** Levels of the {@code cause} chain written; the stack has them all. */
    static final int MAX_CAUSES = 8;
    /** The key a cut record says why under. */
    static final String TRUNCATED_KEY = "truncated";
    /** The longest logger, message and thread a cut record keeps. */
    static final int CUT_VALUE_LENGTH = 1024;

    private static final byte[] END = Utf8Output.ascii("}\n");
    private static final byte[] STACK_KEY = Utf8Output.ascii(",\"stack\":");
    private static final byte[] CAUSE_KEY = Utf8Output.ascii(",\"cause\":");
    private static final byte[] TYPE_KEY = Utf8Output.ascii("{\"type\":");
    private static final byte[] MESSAGE_KEY = Utf8Output.ascii(",\"message\":");

    private final ReservedKeys keys;
    private final String nestKey;
    private final String service;
    private final String host;
    private final long pid;
    private final boolean location;
    private final JsonValueWriter values;
    private final TimestampFormat timestamps;
    /** Logger and thread names and keys, encoded once per instance. */
    private final RecurringStrings recurring = new RecurringStrings();
    /** The level to the message key, by logger name and level, for whole records. */
    private final KeptRuns loggerRuns = new KeptRuns();
    /** The thread to the constant keys, by thread name, for whole records. */
    private final KeptRuns threadRuns = new KeptRuns();
    /** For each level: {@code ","level":"INFO","logger":}, the end of the timestamp to the logger's value. */
    private final byte[][] levelParts;

    private final byte[] messageKey;
    private final byte[] threadKey;
    /** The process, service and host keys with their values, which never change: for a whole and for a cut record. */
    private final byte[] constantPart;

    private final byte[] cutConstantPart;
    private final byte[] classKey;
    private final byte[] methodKey;
    private final byte[] lineKey;
    private final byte[] errorKey;
    /** {@code ,"nest":{} when the fields are nested under one key. */
    private final byte[] nestKeyPart;
    /** The end of a cut record: the reason under {@code truncated}. */
    private final byte[] cutPart;
    /** The keys written before the fields, by {@link ReservedKeys#writtenSet}. */
    private final List<KeySet> reservedSets;
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
        this.timestamps =
                new TimestampFormat(6, concat(Utf8Output.ascii("{"), keyPart(keys.timestamp), Utf8Output.ascii("\"")));
        this.levelParts = new byte[Level.values().length][];
        for (Level level : Level.values()) {
            levelParts[level.ordinal()] = concat(
                    Utf8Output.ascii("\","),
                    keyPart(keys.level),
                    Utf8Output.jsonString(level.name()),
                    commaKey(keys.logger));
        }
        this.messageKey = commaKey(keys.message);
        this.threadKey = commaKey(keys.thread);
        this.constantPart = constantPart(values.maxLength());
        this.cutConstantPart = constantPart(Math.min(values.maxLength(), CUT_VALUE_LENGTH));
        this.classKey = commaKey(keys.className);
        this.methodKey = commaKey(keys.method);
        this.lineKey = commaKey(keys.line);
        this.errorKey = commaKey(keys.error);
        this.reservedSets = keys.writtenSets(service != null, host != null);
        this.nestKeyPart = nestKey == null ? null : concat(commaKey(nestKey), Utf8Output.ascii("{"));
        Utf8Output cutEnd = new Utf8Output(256);
        cutEnd.append(commaKey(TRUNCATED_KEY))
                .appendJsonString(cutReason(maxRecordLength), Integer.MAX_VALUE)
                .append(END);
        this.cutPart = cutEnd.toByteArray();
    }

    private byte[] constantPart(int max) {
        Utf8Output out = new Utf8Output(256);
        out.append(commaKey(keys.process)).append(pid);
        if (service != null) {
            out.append(commaKey(keys.service)).appendJsonString(service, max);
        }
        if (host != null) {
            out.append(commaKey(keys.host)).appendJsonString(host, max);
        }
        return out.toByteArray();
    }

    /** {@code "name":} encoded. */
    private static byte[] keyPart(String name) {
        return concat(Utf8Output.jsonString(name), Utf8Output.ascii(":"));
    }

    /** {@code ,"name":} encoded. */
    static byte[] commaKey(String name) {
        return concat(Utf8Output.ascii(","), keyPart(name));
    }

    private static byte[] concat(byte[]... parts) {
        Utf8Output out = new Utf8Output(64);
        for (byte[] part : parts) {
            out.append(part);
        }
        return out.toByteArray();
    }

    @Override
    public void format(LogRecord record, Utf8Output out) {
        reentry++;
        int begin = out.length();
        int previousBound = values.bound((int) Math.min(Integer.MAX_VALUE, (long) begin + maxRecordLength));
        try {
            if (writtenKeys.size() == reentry) {
                writtenKeys.add(new WrittenKeys());
            }
            WrittenKeys written = writtenKeys.get(reentry);
            try {
                formatRecord(record, out, written);
            } catch (JsonValueWriter.RecordTooLong e) {
                out.setLength(begin);
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

    private void formatRecord(LogRecord record, Utf8Output out, WrittenKeys written) {
        int max = values.maxLength();
        StackTraceElement site = location ? record.location() : null;
        appendHeader(record, out, max, site, constantPart, true);
        ContextSnapshot context = record.context();
        int fieldCount = context.size() + record.fieldCount();
        if (fieldCount > 0) {
            boolean nested = nestKey != null;
            if (nested) {
                out.append(nestKeyPart);
                written.clear();
            } else {
                written.clear(reservedSets.get(ReservedKeys.writtenSet(site != null, record.throwable() != null)));
            }
            boolean first = nested;
            for (int i = 0; i < context.size(); i++) {
                field(out, context.key(i), context.value(i), written, first);
                first = false;
            }
            for (int i = 0; i < record.fieldCount(); i++) {
                field(out, record, i, written, first);
                first = false;
            }
            if (nested) {
                out.append('}');
            }
        }
        Throwable error = record.throwable();
        if (error != null) {
            out.append(errorKey);
            appendError(out, error, max);
        }
        values.checkBound(out);
        out.append(END);
    }

    /**
     * The keys every record starts with, from the brace and {@code timestamp} to the source location. A whole record copies the level
     * to the message key, and the thread to the constant keys, as one run each while its logger and thread recur.
     */
    private void appendHeader(
            LogRecord record, Utf8Output out, int max, StackTraceElement site, byte[] constants, boolean whole) {
        timestamps.append(out, record.epochSecond(), record.nanoOfSecond());
        String logger = record.loggerName();
        int level = record.level().ordinal();
        if (!whole || !loggerRuns.append(out, logger, level)) {
            int from = out.length();
            out.append(levelParts[level]);
            recurring.append(out, logger, max, values);
            out.append(messageKey);
            if (whole) {
                loggerRuns.keep(out, from, logger, level);
            }
        }
        values.appendMessage(out, record, max);
        String thread = record.threadName();
        if (!whole || !threadRuns.append(out, thread, 0)) {
            int from = out.length();
            out.append(threadKey);
            recurring.append(out, thread, max, values);
            out.append(constants);
            if (whole) {
                threadRuns.keep(out, from, thread, 0);
            }
        }
        values.checkBound(out);
        if (site != null) {
            out.append(classKey);
            recurring.append(out, site.getClassName(), max, values);
            out.append(methodKey);
            recurring.append(out, site.getMethodName(), max, values);
            out.append(lineKey).append(site.getLineNumber());
        }
    }

    /**
     * A record too long for {@code cairn.max-record-length}, written small: its header with strings cut to
     * {@link #CUT_VALUE_LENGTH} characters and a {@code truncated} key saying why, without fields and error.
     */
    private void formatCut(LogRecord record, Utf8Output out) {
        appendHeader(
                record,
                out,
                Math.min(values.maxLength(), CUT_VALUE_LENGTH),
                location ? record.location() : null,
                cutConstantPart,
                false);
        out.append(cutPart);
    }

    /** What a cut record's {@code truncated} key says, JSON or text: every layout bounds a record's UTF-8 bytes. */
    static String cutReason(int maxRecordLength) {
        return "the record was longer than cairn.max-record-length (" + maxRecordLength
                + " bytes): fields and error left out";
    }

    /**
     * Writes one context field or key-value under a key not yet written in this record (at the top level, the
     * {@code error} key that follows counts as written when the record has an exception).
     */
    private void field(Utf8Output out, String key, Object value, WrittenKeys written, boolean first) {
        if (appendKey(out, key, written, first)) {
            values.appendMask(out);
        } else {
            values.appendValue(out, value);
        }
    }

    /** Writes field {@code index} of {@code record} as {@link #field(Utf8Output, String, Object, WrittenKeys, boolean)}. */
    private void field(Utf8Output out, LogRecord record, int index, WrittenKeys written, boolean first) {
        if (appendKey(out, record.fieldKey(index), written, first)) {
            values.appendMask(out);
        } else {
            values.appendFieldValue(out, record, index);
        }
    }

    /**
     * Writes the comma unless {@code first}, then the name {@code key} is written under in this record and a colon,
     * and returns whether the value under {@code key} is redacted.
     */
    private boolean appendKey(Utf8Output out, String key, WrittenKeys written, boolean first) {
        String unique = written.claim(key);
        if (unique == key) {
            return recurring.appendKey(out, key, first, values.maxLength(), values);
        }
        if (!first) {
            out.append(',');
        }
        recurring.append(out, unique, values.maxLength(), values);
        out.append(':');
        return values.isSensitive(key);
    }

    private void appendError(Utf8Output out, Throwable error, int max) {
        appendThrowableSummary(out, error, max);
        out.append(STACK_KEY);
        StringBuilder stack = new StringBuilder(1024);
        StackTraceText.append(stack, error);
        values.appendString(out, stack, stackLimit(max));
        Throwable cause = error.getCause();
        int depth = 0;
        while (cause != null && cause != error && depth < MAX_CAUSES) {
            out.append(CAUSE_KEY);
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

    private static void appendThrowableSummary(Utf8Output out, Throwable throwable, int max) {
        out.append(TYPE_KEY);
        out.appendJsonString(throwable.getClass().getName(), max);
        out.append(MESSAGE_KEY);
        String message = messageOf(throwable);
        if (message == null) {
            out.appendNull();
        } else {
            out.appendJsonString(message, max);
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
}
