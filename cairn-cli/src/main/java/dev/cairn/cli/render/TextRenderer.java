package dev.cairn.cli.render;

import dev.cairn.cli.json.JsonNumber;
import dev.cairn.cli.record.ErrorInfo;
import dev.cairn.cli.record.Level;
import dev.cairn.cli.record.LogRecord;
import dev.cairn.cli.record.Timestamps;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a record as the core's text layout does:
 * {@code <timestamp> <LEVEL> <logger> - <message> key=value ... at=Class.method:line}, then the
 * stack trace lines, each indented by two spaces (and leading tabs by four spaces each) so a
 * continuation can never pass for a record. Like the core, it leaves out thread, process, service
 * and host, and shows the call site as {@code at=}; a field appears under the key the JSON has (the
 * core's text shows a renamed {@code _key} as the JSON does). Everything taken from the input goes through {@link TextEscaper}.
 * Stateless apart from the color switch.
 */
public final class TextRenderer {

    /**
     * Fields the core writes itself and its text layout does not show (use {@code --output json}
     * for them): hidden only where the core writes them, ahead of the context and the record's own
     * fields, so a caller's field of the same name after them is shown.
     */
    private static final Set<String> HEADER = Set.of("process", "service", "host");

    private static final String RESET = "\u001b[0m";

    private final boolean color;

    public TextRenderer(boolean color) {
        this.color = color;
    }

    public static String levelColor(Level level) {
        return switch (level) {
            case TRACE -> "\u001b[2m";
            case DEBUG -> "\u001b[36m";
            case INFO -> "\u001b[32m";
            case WARN -> "\u001b[33m";
            case ERROR -> "\u001b[31m";
            case FATAL -> "\u001b[97;41m";
        };
    }

    /** Appends the record and its stack trace, each line ending in {@code \n}. */
    public void render(LogRecord r, StringBuilder sb) {
        sb.append(Timestamps.formatMillis(r.micros())).append(' ');
        String level = r.level().name();
        if (color) {
            sb.append(levelColor(r.level())).append(level).append(RESET);
        } else {
            sb.append(level);
        }
        sb.append(" ".repeat(6 - level.length()));
        TextEscaper.append(sb, r.logger());
        sb.append(" - ");
        TextEscaper.append(sb, r.message());
        appendFields(sb, r);
        sb.append('\n');
        if (r.error() != null) {
            appendError(sb, r.error());
        }
    }

    public String render(LogRecord r) {
        StringBuilder sb = new StringBuilder(256);
        render(r, sb);
        return sb.toString();
    }

    private void appendError(StringBuilder sb, ErrorInfo error) {
        if (error.stack() != null && !error.stack().isEmpty()) {
            for (String line : error.stack().split("\n", -1)) {
                if (line.isEmpty()) {
                    continue;
                }
                sb.append("  ");
                int from = 0;
                while (from < line.length() && line.charAt(from) == '\t') {
                    sb.append("    ");
                    from++;
                }
                TextEscaper.appendStackLine(sb, line.substring(from));
                sb.append('\n');
            }
            return;
        }
        String prefix = "";
        for (ErrorInfo e = error; e != null; e = e.cause(), prefix = "Caused by: ") {
            sb.append("  ").append(prefix);
            TextEscaper.append(sb, e.type() == null ? "error" : e.type());
            if (e.message() != null) {
                sb.append(": ");
                TextEscaper.append(sb, e.message());
            }
            sb.append('\n');
        }
    }

    /** Appends the fields the core's text layout shows, in order, then the call site. */
    private static void appendFields(StringBuilder sb, LogRecord r) {
        Map<String, Object> fields = r.fields();
        int location = locationIndex(fields);
        boolean header = true;
        int index = 0;
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            boolean atLocation = location >= 0 && index >= location && index < location + 3;
            header = header && (atLocation || HEADER.contains(field.getKey()));
            if (!header && !atLocation) {
                sb.append(' ');
                appendKeyValue(sb, field.getKey(), field.getValue());
            }
            index++;
        }
        if (location >= 0) {
            sb.append(" at=");
            TextEscaper.append(sb, fields.get("class") + "." + fields.get("method") + ":" + fields.get("line"));
        }
    }

    /**
     * Where the call site the core records starts: {@code class}, {@code method} and {@code line}
     * next to each other, the first two strings and the last a number; -1 if there is none.
     */
    private static int locationIndex(Map<String, Object> fields) {
        if (!(fields.get("class") instanceof String
                && fields.get("method") instanceof String
                && fields.get("line") instanceof JsonNumber)) {
            return -1;
        }
        String secondLast = null;
        String last = null;
        int index = 0;
        for (String key : fields.keySet()) {
            if (key.equals("line")) {
                return "class".equals(secondLast) && "method".equals(last) ? index - 2 : -1;
            }
            secondLast = last;
            last = key;
            index++;
        }
        return -1;
    }

    /**
     * Appends {@code key=value}: the key and a string value as tokens, quoted only when they would otherwise be
     * ambiguous; numbers, booleans, null, objects and arrays as compact JSON.
     */
    public static void appendKeyValue(StringBuilder sb, String key, Object value) {
        TextEscaper.appendToken(sb, key);
        sb.append('=');
        if (value == null || value instanceof JsonNumber || value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof Map<?, ?> || value instanceof List<?>) {
            StringBuilder json = new StringBuilder();
            LayoutJson.write(json, value);
            TextEscaper.appendJson(sb, json);
        } else {
            TextEscaper.appendToken(sb, value.toString());
        }
    }
}
