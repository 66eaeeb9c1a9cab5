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
 * and host. Everything taken from the input goes through {@link TextEscaper}. Stateless apart
 * from the color switch.
 */
public final class TextRenderer {

    /** Fields the core's text layout does not show, or shows as {@code at=} (use {@code --output json} for them). */
    private static final Set<String> HIDDEN = Set.of("thread", "process", "service", "host", "class", "method", "line");

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
        for (Map.Entry<String, Object> e : r.fields().entrySet()) {
            if (HIDDEN.contains(e.getKey())) {
                continue;
            }
            sb.append(' ');
            appendKeyValue(sb, e.getKey(), e.getValue());
        }
        appendLocation(sb, r.fields());
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

    /** The call site the core records ({@code class}, {@code method}, {@code line}) as the core's text shows it. */
    private static void appendLocation(StringBuilder sb, Map<String, Object> fields) {
        Object className = fields.get("class");
        if (className instanceof String && fields.get("method") instanceof String method) {
            sb.append(" at=");
            TextEscaper.append(sb, className + "." + method + ":" + fields.get("line"));
        }
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
