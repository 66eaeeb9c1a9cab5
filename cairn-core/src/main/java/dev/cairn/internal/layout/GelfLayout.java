package dev.cairn.internal.layout;

import dev.cairn.Level;
import dev.cairn.context.ContextSnapshot;
import dev.cairn.spi.LogRecord;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * GELF 1.1 (Graylog): {@code version}, {@code host}, {@code short_message}, {@code full_message} (the message and the
 * stack trace, when there is an exception), {@code timestamp} in epoch seconds with milliseconds, the syslog
 * {@code level}, then additional fields: Cairn's own with Spring Boot's names ({@code _level_name},
 * {@code _process_pid}, {@code _process_thread_name}, {@code _log_logger}, {@code _service}, {@code _error_type},
 * {@code _error_message}), then the context fields and key-values. Every additional field name is {@code _} and the
 * key with characters outside {@code [\w.\-]} replaced by {@code _}; {@code id} (GELF reserves {@code _id}) is written
 * {@code _id_}. GELF values are strings and numbers: booleans are written as strings, maps and lists as their JSON
 * text, a null value is left out.
 */
final class GelfLayout extends SchemaLayout {

    /** How many slots from a key's home slot may keep its name. */
    private static final int NAME_PROBES = 4;

    private final String host;
    /** A reused buffer for a field's sanitized name. */
    private final StringBuilder name = new StringBuilder(64);

    private final String[] cachedKeys = new String[64];
    private final String[] cachedNames = new String[64];
    private int nextVictim;

    GelfLayout(LayoutSettings settings, JsonValueWriter values, String machineName) {
        super(settings, values);
        this.host = settings.host() != null ? settings.host() : machineName;
    }

    @Override
    void write(LogRecord record, Utf8Output out, int max, boolean cut) {
        Throwable error = cut ? null : record.throwable();
        String errorMessage = error == null ? null : JsonLayout.messageOf(error);
        StringBuilder stack = error == null ? null : stackOf(error);
        out.append('{');
        key(out, "version", true).append("\"1.1\"");
        key(out, "host", false);
        values.appendString(out, host, max);
        key(out, "short_message", false);
        values.appendMessage(out, record, max);
        if (stack != null) {
            key(out, "full_message", false);
            // As Spring Boot writes it: the message, a blank line, the stack trace.
            StringBuilder full = new StringBuilder(record.message().length() + 2 + stack.length());
            full.append(record.message()).append("\n\n").append(stack);
            values.appendString(out, full, JsonLayout.stackLimit(max));
        }
        key(out, "timestamp", false).append(record.epochSecond()).append('.');
        int millis = record.nanoOfSecond() / 1_000_000;
        out.append((char) ('0' + millis / 100))
                .append((char) ('0' + millis / 10 % 10))
                .append((char) ('0' + millis % 10));
        key(out, "level", false).append(syslogSeverity(record.level()));
        key(out, "_level_name", false).append('"').append(record.level().name()).append('"');
        key(out, "_process_pid", false).append(settings.pid());
        key(out, "_process_thread_name", false);
        values.appendString(out, record.threadName(), max);
        key(out, "_log_logger", false);
        values.appendString(out, record.loggerName(), max);
        if (settings.service() != null) {
            key(out, "_service", false);
            values.appendString(out, settings.service(), max);
        }
        if (settings.serviceVersion() != null) {
            key(out, "_service_version", false);
            values.appendString(out, settings.serviceVersion(), max);
        }
        if (settings.environment() != null) {
            key(out, "_service_environment", false);
            values.appendString(out, settings.environment(), max);
        }
        StackTraceElement site = settings.location() ? record.location() : null;
        if (site != null) {
            key(out, "_class", false);
            values.appendString(out, site.getClassName(), max);
            key(out, "_method", false);
            values.appendString(out, site.getMethodName(), max);
            key(out, "_line", false).append(site.getLineNumber());
        }
        if (cut) {
            key(out, "_truncated", false);
            out.appendJsonString(cutReason(), Integer.MAX_VALUE);
            out.append("}\n");
            return;
        }
        if (error != null) {
            key(out, "_error_type", false);
            values.appendString(out, error.getClass().getName(), max);
            if (errorMessage != null) {
                key(out, "_error_message", false);
                values.appendString(out, errorMessage, max);
            }
        }
        ContextSnapshot context = record.context();
        for (int i = 0; i < context.size(); i++) {
            field(out, context.key(i), context.value(i));
        }
        for (int i = 0; i < record.fieldCount(); i++) {
            if (JsonValueWriter.fieldType(record, i) == UnboxedFields.OBJECT) {
                field(out, record.fieldKey(i), record.fieldValue(i));
            } else {
                numberField(out, record, i);
            }
        }
        out.append("}\n");
    }

    private void field(Utf8Output out, String key, Object value) {
        if (value == null) {
            return;
        }
        out.append(',');
        values.appendString(out, claim(additionalName(key)), values.maxLength());
        out.append(':');
        if (values.isSensitive(key)) {
            out.appendJsonString(Redactor.MASK, values.maxLength());
        } else if (isNumber(value)) {
            values.appendValue(out, value);
        } else if (JsonValueWriter.isContainer(value)) {
            Utf8Output json = new Utf8Output(64);
            int bound = values.bound(settings.maxRecordLength());
            try {
                values.appendValue(json, value);
            } finally {
                values.bound(bound);
            }
            values.appendString(out, json.toString(), values.maxLength());
        } else if (value instanceof Boolean) {
            out.append('"').append(value.toString()).append('"');
        } else {
            values.appendValue(out, value);
        }
    }

    /** Writes field {@code index} of {@code record}, a number it keeps unboxed, as {@link #field} writes a number. */
    private void numberField(Utf8Output out, LogRecord record, int index) {
        String key = record.fieldKey(index);
        out.append(',');
        values.appendString(out, claim(additionalName(key)), values.maxLength());
        out.append(':');
        if (values.isSensitive(key)) {
            out.appendJsonString(Redactor.MASK, values.maxLength());
        } else {
            values.appendFieldValue(out, record, index);
        }
    }

    /**
     * {@code _} and {@code key} with characters GELF does not allow replaced by {@code _}; {@code id} is {@code _id_}.
     * Keys are nearly always the same literals: the names of recent keys are kept, in a few slots from the key's home
     * slot (its {@link String#hashCode}), so that two keys of a record sharing a home slot do not make each other's name
     * again, and allocate, every record.
     */
    private String additionalName(String key) {
        int mask = cachedKeys.length - 1;
        int hash = key.hashCode();
        int home = (hash ^ hash >>> 16) & mask;
        int free = -1;
        for (int probe = 0; probe < NAME_PROBES; probe++) {
            int slot = home + probe & mask;
            String kept = cachedKeys[slot];
            if (kept == key || kept != null && kept.equals(key)) {
                return cachedNames[slot];
            }
            if (kept == null && free < 0) {
                free = slot;
            }
        }
        name.setLength(0);
        name.append('_');
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '.' || c == '-') {
                name.append(c);
            } else {
                name.append('_');
            }
        }
        if (name.length() == 1) {
            name.append('_');
        }
        if (name.length() == 3 && name.charAt(1) == 'i' && name.charAt(2) == 'd') {
            name.append('_');
        }
        String additional = name.toString();
        int slot = free >= 0 ? free : home + (nextVictim++ & NAME_PROBES - 1) & mask;
        cachedKeys[slot] = key;
        cachedNames[slot] = additional;
        return additional;
    }

    private static boolean isNumber(Object value) {
        return value instanceof Integer
                || value instanceof Long
                || value instanceof Double
                || value instanceof Float
                || value instanceof Short
                || value instanceof Byte
                || value instanceof AtomicInteger
                || value instanceof AtomicLong
                || value instanceof java.math.BigInteger
                || value instanceof java.math.BigDecimal;
    }

    /** The syslog severity GELF's {@code level} holds: TRACE and DEBUG 7, INFO 6, WARN 4, ERROR 3, FATAL 2. */
    static int syslogSeverity(Level level) {
        switch (level) {
            case TRACE:
            case DEBUG:
                return 7;
            case INFO:
                return 6;
            case WARN:
                return 4;
            case ERROR:
                return 3;
            default:
                return 2;
        }
    }
}
