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
 * record longer than {@code cairn.max-record-length} characters is written cut, as in the JSON layout.
 */
public final class TextLayout implements Layout {

    private static final String RESET = "\u001b[0m";
    private static final int RETAINED_CHARS = 64 * 1024;

    private final boolean color;
    private final ReservedKeys keys;
    private final boolean nested;
    private final boolean service;
    private final boolean host;
    private final boolean location;
    private final JsonValueWriter values;
    private final TimestampFormat timestamps = new TimestampFormat(3);
    /** The keys the JSON layout writes itself, by {@link ReservedKeys#writtenSet}. */
    private final List<KeySet> reservedSets;
    /** Keys shown so far in the record being formatted, one set per re-entry depth. */
    private final List<WrittenKeys> writtenKeys = new ArrayList<>();

    /** The line being formatted, one per re-entry depth. */
    private final List<StringBuilder> lines = new ArrayList<>();

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
        this.color = color;
        this.keys = keys;
        this.nested = nestKey != null;
        this.service = service != null;
        this.host = host != null;
        this.location = location;
        this.values = values;
        this.reservedSets = keys.writtenSets(this.service, this.host);
    }

    /**
     * Formats the line as text, then encodes it: the console layout is written for people, not for throughput, and
     * its escaping works on characters (see {@link TerminalText}).
     */
    @Override
    public void format(LogRecord record, Utf8Output out) {
        int depth = reentry + 1;
        StringBuilder text = depth < lines.size() ? lines.get(depth) : new StringBuilder(256);
        if (depth == lines.size()) {
            lines.add(text);
        }
        try {
            formatText(record, text);
            out.append(text);
        } finally {
            text.setLength(0);
            if (text.capacity() > RETAINED_CHARS) {
                lines.set(depth, new StringBuilder(256));
            }
        }
    }

    private void formatText(LogRecord record, StringBuilder out) {
        reentry++;
        int start = out.length();
        int previousEnd = recordEnd;
        recordEnd = (int) Math.min(Integer.MAX_VALUE, (long) start + maxRecordLength);
        try {
            if (writtenKeys.size() == reentry) {
                writtenKeys.add(new WrittenKeys());
            }
            WrittenKeys written = writtenKeys.get(reentry);
            try {
                formatRecord(record, out, written);
            } catch (JsonValueWriter.RecordTooLong e) {
                out.setLength(start);
                cut++;
                formatCut(record, out);
            }
        } finally {
            recordEnd = previousEnd;
            reentry--;
        }
    }

    @Override
    public long cut() {
        return cut;
    }

    /** A record too long for {@code cairn.max-record-length}: the head of its line and the reason, nothing else. */
    private void formatCut(LogRecord record, StringBuilder out) {
        int max = Math.min(values.maxLength(), JsonLayout.CUT_VALUE_LENGTH);
        appendHead(record, out, max);
        out.append(' ').append(JsonLayout.TRUNCATED_KEY).append('=');
        TerminalText.appendToken(out, JsonLayout.cutReason(maxRecordLength, "characters"), Integer.MAX_VALUE);
        out.append('\n');
    }

    /** Throws {@link JsonValueWriter.RecordTooLong} if {@code length} more characters would pass the record's bound. */
    private void reserve(StringBuilder out, int length) {
        if (length > recordEnd - out.length()) {
            throw JsonValueWriter.TOO_LONG;
        }
    }

    private void formatRecord(LogRecord record, StringBuilder out, WrittenKeys written) {
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
            appendField(out, written.claim(record.fieldKey(i)), record.fieldKey(i), record.fieldValue(i));
        }
        if (site != null) {
            out.append(" at=");
            TerminalText.append(
                    out, site.getClassName() + "." + site.getMethodName() + ":" + site.getLineNumber(), max);
        }
        out.append('\n');
        Throwable error = record.throwable();
        if (error != null) {
            appendStack(out, error, max);
        }
        reserve(out, 0);
    }

    /** {@code timestamp LEVEL logger - message}, with strings cut to {@code max} characters. */
    private void appendHead(LogRecord record, StringBuilder out, int max) {
        timestamps.append(out, record.epochSecond(), record.nanoOfSecond());
        out.append(' ');
        appendLevel(out, record.level());
        out.append(' ');
        TerminalText.append(out, record.loggerName(), max);
        out.append(" - ");
        TerminalText.append(out, record.message(), max);
    }

    private void appendLevel(StringBuilder out, Level level) {
        String name = level.name();
        if (color) {
            out.append(colorOf(level)).append(name).append(RESET);
        } else {
            out.append(name);
        }
        for (int i = name.length(); i < 5; i++) {
            out.append(' ');
        }
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

    /**
     * Appends {@code shownKey=value}: a string value as a token, any other value as the JSON layout writes it (a value
     * the JSON layout writes as a string, such as an enum or a marker, as a token of that string's text).
     */
    private void appendField(StringBuilder out, String shownKey, String key, Object value) {
        int max = values.maxLength();
        reserve(out, Math.min(shownKey.length(), max));
        out.append(' ');
        TerminalText.appendToken(out, shownKey, max);
        out.append('=');
        if (values.isSensitive(key)) {
            out.append(Redactor.MASK);
        } else if (value instanceof String) {
            reserve(out, Math.min(((String) value).length(), max));
            TerminalText.appendToken(out, (String) value, max);
        } else {
            Utf8Output json = new Utf8Output(64);
            int previousBound = values.bound(Math.max(0, recordEnd - out.length()));
            try {
                values.appendValue(json, value);
            } finally {
                values.bound(previousBound);
            }
            String jsonText = json.toString();
            if (jsonText.startsWith("\"")) {
                TerminalText.appendToken(out, JsonText.unquote(jsonText), Integer.MAX_VALUE);
            } else {
                TerminalText.appendJson(out, jsonText);
            }
        }
    }

    private void appendStack(StringBuilder out, Throwable error, int max) {
        StringBuilder stack = new StringBuilder(1024);
        StackTraceText.append(stack, error);
        int limit = JsonLayout.stackLimit(max);
        reserve(out, Math.min(stack.length(), limit));
        CharSequence text = stack.length() > limit ? stack.subSequence(0, JsonText.cutPoint(stack, limit)) : stack;
        int start = 0;
        while (start <= text.length()) {
            int end = indexOf(text, '\n', start);
            out.append("  ");
            int from = start;
            while (from < end && text.charAt(from) == '\t') {
                out.append("    ");
                from++;
            }
            TerminalText.appendKeepingBackslashes(out, text.subSequence(from, end));
            out.append('\n');
            start = end + 1;
        }
        if (text.length() < stack.length()) {
            out.append("  …[truncated ").append(stack.length() - text.length()).append(" chars]\n");
        }
    }

    private static int indexOf(CharSequence text, char c, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return text.length();
    }
}
