package dev.cairn.internal.layout;

import dev.cairn.context.ContextSnapshot;
import dev.cairn.Level;
import dev.cairn.internal.ObjectText;
import dev.cairn.spi.LogRecord;

/**
 * Writes a record for people: {@code timestamp LEVEL logger - message key=value ...}, then the stack trace on the
 * following lines, each indented. Everything that comes from the application is escaped with {@link TerminalText},
 * so no input can forge a line or drive the terminal; colors, when on, come only from Cairn.
 */
public final class TextLayout implements Layout {

    private static final String RESET = "\u001b[0m";

    private final boolean color;
    private final JsonValueWriter values;
    private final TimestampFormat timestamps = new TimestampFormat(3);

    public TextLayout(boolean color, JsonValueWriter values) {
        this.color = color;
        this.values = values;
    }

    @Override
    public void format(LogRecord record, StringBuilder out) {
        int max = values.maxLength();
        timestamps.append(out, record.epochSecond(), record.nanoOfSecond());
        out.append(' ');
        appendLevel(out, record.level());
        out.append(' ');
        TerminalText.append(out, record.loggerName(), max);
        out.append(" - ");
        TerminalText.append(out, record.message(), max);
        ContextSnapshot context = record.context();
        for (int i = 0; i < context.size(); i++) {
            appendField(out, context.key(i), context.value(i));
        }
        for (int i = 0; i < record.fieldCount(); i++) {
            appendField(out, record.fieldKey(i), record.fieldValue(i));
        }
        StackTraceElement site = record.location();
        if (site != null) {
            out.append(" at=");
            TerminalText.append(out, site.getClassName() + "." + site.getMethodName() + ":" + site.getLineNumber(), max);
        }
        out.append('\n');
        Throwable error = record.throwable();
        if (error != null) {
            appendStack(out, error, max);
        }
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

    private void appendField(StringBuilder out, String key, Object value) {
        int max = values.maxLength();
        out.append(' ');
        TerminalText.append(out, key, max);
        out.append('=');
        if (values.isSensitive(key)) {
            out.append(Redactor.MASK);
        } else if (value == null || (value instanceof Number && !isNonFinite(value)) || value instanceof Boolean
                || JsonValueWriter.isContainer(value)) {
            StringBuilder json = new StringBuilder();
            values.appendValue(json, value);
            TerminalText.append(out, json, Integer.MAX_VALUE);
        } else {
            String text = value instanceof String ? (String) value : ObjectText.of(value);
            if (TerminalText.needsQuotes(text)) {
                out.append('"');
                TerminalText.append(out, text, max, true);
                out.append('"');
            } else {
                TerminalText.append(out, text, max);
            }
        }
    }

    /** NaN and the infinities: JSON has them as strings, so they are shown as strings are ({@code NaN}, unquoted). */
    private static boolean isNonFinite(Object number) {
        return (number instanceof Double && !Double.isFinite((Double) number))
                || (number instanceof Float && !Float.isFinite((Float) number));
    }

    private static void appendStack(StringBuilder out, Throwable error, int max) {
        StringBuilder stack = new StringBuilder(1024);
        StackTraceText.append(stack, error);
        int limit = JsonLayout.stackLimit(max);
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
            TerminalText.append(out, text.subSequence(from, end), Integer.MAX_VALUE);
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
