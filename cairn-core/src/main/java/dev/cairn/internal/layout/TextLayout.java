package dev.cairn.internal.layout;

import dev.cairn.Level;
import dev.cairn.context.ContextSnapshot;
import dev.cairn.spi.LogRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a record for people: {@code timestamp LEVEL logger - message key=value ...}, then the stack trace on the
 * following lines, each indented. Everything that comes from the application is escaped with {@link TerminalText},
 * so no input can forge a line or drive the terminal; colors, when on, come only from Cairn. A field is shown under
 * the key the JSON layout gives it (a key colliding with a reserved key or an earlier field gets its {@code _}
 * prefix), and its value as the JSON layout writes it, so {@code cairn view} of the JSON prints the same text. A
 * record longer than {@code cairn.max-record-length} bytes is written cut, as in the JSON layout.
 *
 * <p>Written in one pass straight into the record's UTF-8, escaped as it is encoded, as the JSON layouts are: a value
 * that is not a string is written by the JSON layout's value writer into the same buffer and fixed up there, so no
 * field builds a {@code String}. Measured against formatting chars and encoding the line afterwards: half the CPU per
 * record and no allocation for a record of strings and numbers (docs/benchmarks.md, "Text layout to bytes").
 */
public final class TextLayout implements Layout {

    private static final byte[] MESSAGE_SEPARATOR = Utf8Output.ascii(" - ");
    private static final byte[] LOCATION_KEY = Utf8Output.ascii(" at=");
    private static final byte[] MASK = Utf8Output.ascii(Redactor.MASK);
    private static final byte[] STACK_INDENT = Utf8Output.ascii("  ");
    private static final byte[] FRAME_INDENT = Utf8Output.ascii("    ");
    /** What the longest line number, its colon and the dot between class and method take, at most. */
    private static final int LOCATION_PUNCTUATION = 13;

    private final boolean nested;
    private final boolean location;
    private final JsonValueWriter values;
    private final TimestampFormat timestamps = new TimestampFormat(3);
    /** For each level: the space after the timestamp, the level (colored when on) padded to five, and a space. */
    private final byte[][] levelParts;
    /** The end of a cut record: the reason under {@code truncated}, and the newline. */
    private final byte[] cutPart;
    /** The keys the JSON layout writes itself, by {@link ReservedKeys#writtenSet}. */
    private final List<KeySet> reservedSets;
    /** Keys shown so far in the record being formatted, one set per re-entry depth. */
    private final List<WrittenKeys> writtenKeys = new ArrayList<>();

    private int reentry = -1;
    private final int maxRecordLength;
    /** The length {@code out} may reach while the current record is written. */
    private int recordEnd = Integer.MAX_VALUE;

    private long cut;

    /** The keys, nesting, service, host and location are those of the JSON layout: they decide how a key is renamed. */
    public TextLayout(
            boolean color,
            ReservedKeys keys,
            String nestKey,
            String service,
            String host,
            boolean location,
            JsonValueWriter values,
            int maxRecordLength) {
        this.maxRecordLength = maxRecordLength;
        this.nested = nestKey != null;
        this.location = location;
        this.values = values;
        this.reservedSets = keys.writtenSets(service != null, host != null);
        this.levelParts = new byte[Level.values().length][];
        for (Level level : Level.values()) {
            levelParts[level.ordinal()] = levelPart(level, color);
        }
        Utf8Output cutEnd = new Utf8Output(256);
        cutEnd.append(' ').append(JsonLayout.TRUNCATED_KEY).append('=');
        TerminalText.appendToken(cutEnd, JsonLayout.cutReason(maxRecordLength), Integer.MAX_VALUE);
        this.cutPart = cutEnd.append('\n').toByteArray();
    }

    private static byte[] levelPart(Level level, boolean color) {
        String name = level.name();
        StringBuilder part = new StringBuilder(" ");
        if (color) {
            part.append(colorOf(level)).append(name).append("\u001b[0m");
        } else {
            part.append(name);
        }
        for (int i = name.length(); i < 5; i++) {
            part.append(' ');
        }
        return Utf8Output.ascii(part.append(' ').toString());
    }

    private static String colorOf(Level level) {
        switch (level) {
            case TRACE:
                return "\u001b[2m";
            case DEBUG:
                return "\u001b[36m";
            case INFO:
                return "\u001b[32m";
            case WARN:
                return "\u001b[33m";
            case ERROR:
                return "\u001b[31m";
            default:
                return "\u001b[97;41m";
        }
    }

    @Override
    public void format(LogRecord record, Utf8Output out) {
        reentry++;
        int begin = out.length();
        int previousEnd = recordEnd;
        recordEnd = (int) Math.min(Integer.MAX_VALUE, (long) begin + maxRecordLength);
        int previousBound = values.bound(recordEnd);
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
            recordEnd = previousEnd;
            reentry--;
        }
    }

    @Override
    public long cut() {
        return cut;
    }

    /** A record too long for {@code cairn.max-record-length}: the head of its line and the reason, nothing else. */
    private void formatCut(LogRecord record, Utf8Output out) {
        appendHead(record, out, Math.min(values.maxLength(), JsonLayout.CUT_VALUE_LENGTH));
        out.append(cutPart);
    }

    /** Throws {@link JsonValueWriter.RecordTooLong} if {@code length} more bytes would pass the record's bound. */
    private void reserve(Utf8Output out, int length) {
        if (length > recordEnd - out.length()) {
            throw JsonValueWriter.TOO_LONG;
        }
    }

    private void formatRecord(LogRecord record, Utf8Output out, WrittenKeys written) {
        int max = values.maxLength();
        StackTraceElement site = location ? record.location() : null;
        if (nested) {
            written.clear();
        } else {
            written.clear(reservedSets.get(ReservedKeys.writtenSet(site != null, record.throwable() != null)));
        }
        reserve(
                out,
                Math.min(record.loggerName().length(), max)
                        + Math.min(record.message().length(), max));
        appendHead(record, out, max);
        ContextSnapshot context = record.context();
        for (int i = 0; i < context.size(); i++) {
            appendField(out, written.claim(context.key(i)), context.key(i), context.value(i));
        }
        for (int i = 0; i < record.fieldCount(); i++) {
            String key = record.fieldKey(i);
            if (JsonValueWriter.fieldType(record, i) == UnboxedFields.OBJECT) {
                appendField(out, written.claim(key), key, record.fieldValue(i));
            } else {
                appendNumberField(out, written.claim(key), key, record, i);
            }
        }
        if (site != null) {
            out.append(LOCATION_KEY);
            appendLocation(out, site, max);
        }
        out.append('\n');
        Throwable error = record.throwable();
        if (error != null) {
            appendStack(out, error, max);
        }
        reserve(out, 0);
    }

    /** {@code timestamp LEVEL logger - message}, with strings cut to {@code max} characters. */
    private void appendHead(LogRecord record, Utf8Output out, int max) {
        timestamps.append(out, record.epochSecond(), record.nanoOfSecond());
        out.append(levelParts[record.level().ordinal()]);
        TerminalText.append(out, record.loggerName(), max);
        out.append(MESSAGE_SEPARATOR);
        TerminalText.append(out, record.message(), max);
    }

    /** {@code class.method:line}, cut to {@code max} characters as one text. */
    private static void appendLocation(Utf8Output out, StackTraceElement site, int max) {
        String className = site.getClassName();
        String method = site.getMethodName();
        if (className.length() + method.length() + LOCATION_PUNCTUATION > max) {
            TerminalText.append(out, className + "." + method + ":" + site.getLineNumber(), max);
            return;
        }
        TerminalText.append(out, className, max);
        out.append('.');
        TerminalText.append(out, method, max);
        out.append(':').append(site.getLineNumber());
    }

    /**
     * Appends {@code shownKey=value}: a string value as a token, any other value as the JSON layout writes it (a value
     * the JSON layout writes as a string, such as an enum or a marker, as a token of that string's text).
     */
    private void appendField(Utf8Output out, String shownKey, String key, Object value) {
        int max = values.maxLength();
        reserve(out, Math.min(shownKey.length(), max));
        out.append(' ');
        TerminalText.appendToken(out, shownKey, max);
        out.append('=');
        if (values.isSensitive(key)) {
            out.append(MASK);
        } else if (value instanceof String) {
            reserve(out, Math.min(((String) value).length(), max));
            TerminalText.appendToken(out, (String) value, max);
        } else {
            int start = out.length();
            values.appendValue(out, value);
            TerminalText.showJsonValue(out, start);
        }
    }

    /** Appends field {@code index} of {@code record}, a number it keeps unboxed, as {@link #appendField} does. */
    private void appendNumberField(Utf8Output out, String shownKey, String key, LogRecord record, int index) {
        reserve(out, Math.min(shownKey.length(), values.maxLength()));
        out.append(' ');
        TerminalText.appendToken(out, shownKey, values.maxLength());
        out.append('=');
        if (values.isSensitive(key)) {
            out.append(MASK);
        } else {
            int start = out.length();
            values.appendFieldValue(out, record, index);
            TerminalText.showJsonValue(out, start);
        }
    }

    private void appendStack(Utf8Output out, Throwable error, int max) {
        StringBuilder stack = new StringBuilder(1024);
        StackTraceText.append(stack, error);
        int limit = JsonLayout.stackLimit(max);
        reserve(out, Math.min(stack.length(), limit));
        int length = stack.length() > limit ? JsonText.cutPoint(stack, limit) : stack.length();
        int start = 0;
        while (start <= length) {
            int end = lineEnd(stack, start, length);
            out.append(STACK_INDENT);
            int from = start;
            while (from < end && stack.charAt(from) == '\t') {
                out.append(FRAME_INDENT);
                from++;
            }
            TerminalText.appendKeepingBackslashes(out, stack, from, end);
            out.append('\n');
            start = end + 1;
        }
        if (length < stack.length()) {
            out.append("  …[truncated ").append(stack.length() - length).append(" chars]\n");
        }
    }

    /** The index of the first {@code \n} from {@code from}, or {@code end}. */
    private static int lineEnd(CharSequence text, int from, int end) {
        for (int i = from; i < end; i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return end;
    }
}
