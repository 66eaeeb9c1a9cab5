package dev.cairn.cli.record;

import dev.cairn.cli.json.JsonParser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a parsed JSON line to a {@link LogRecord}: Cairn's own schema, logstash-logback-encoder
 * ({@code @timestamp}, {@code logger_name}, {@code thread_name}, {@code stack_trace}) and ECS
 * ({@code log.level}, {@code log.logger}, {@code error.*}, dotted or nested).
 */
public final class RecordDecoder {

    private RecordDecoder() {}

    /** Parses and maps one line; empty if it is not JSON or lacks a timestamp, a level or a message. */
    public static Optional<LogRecord> decode(byte[] b, int from, int to) {
        Map<String, Object> json;
        try {
            json = JsonParser.parseObject(b, from, to);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return decode(json);
    }

    public static Optional<LogRecord> decode(Map<String, Object> json) {
        Map<String, Object> rest = new LinkedHashMap<>(json);
        String ts = takeText(rest, "timestamp", "@timestamp");
        Level level = Level.parse(takeText(rest, "level", "log.level", "severity"));
        String message = takeText(rest, "message");
        if (ts == null || level == null || message == null) {
            return Optional.empty();
        }
        long micros = Timestamps.parseMicros(ts);
        if (micros == Timestamps.NONE) {
            return Optional.empty();
        }
        String logger = orEmpty(takeText(rest, "logger", "logger_name", "log.logger"));
        String thread = takeText(rest, "thread", "thread_name", "process.thread.name");
        ErrorInfo error = error(rest);
        Map<String, Object> fields = new LinkedHashMap<>();
        renameNested(rest, "process.pid", "process", fields);
        renameNested(rest, "service.name", "service", fields);
        renameNested(rest, "host.name", "host", fields);
        fields.putAll(rest);
        fields.remove("@version");
        fields.remove("level_value");
        dropEmptyObjects(fields);
        return Optional.of(new LogRecord(micros, level, logger, message, thread, fields, error));
    }

    private static ErrorInfo error(Map<String, Object> rest) {
        Object e = rest.get("error");
        if (e instanceof Map<?, ?> m && (m.containsKey("type") || m.containsKey("message") || m.containsKey("stack"))) {
            rest.remove("error");
            return errorOf(m, 0);
        }
        String type = takeText(rest, "error.type");
        String message = takeText(rest, "error.message");
        String stack = takeText(rest, "error.stack_trace", "stack_trace");
        if (e instanceof Map<?, ?> m && m.containsKey("stack_trace")) {
            stack = textOf(m.get("stack_trace"));
        }
        if (type == null && message == null && stack == null) {
            return null;
        }
        if (type == null) {
            type = typeFromStack(stack);
        }
        return new ErrorInfo(type, message, stack, null);
    }

    private static ErrorInfo errorOf(Map<?, ?> m, int depth) {
        Object cause = m.get("cause");
        ErrorInfo c = cause instanceof Map<?, ?> cm && depth < 32 ? errorOf(cm, depth + 1) : null;
        String stack = textOf(m.get("stack"));
        if (stack == null) {
            stack = textOf(m.get("stack_trace"));
        }
        String type = textOf(m.get("type"));
        return new ErrorInfo(type == null ? typeFromStack(stack) : type, textOf(m.get("message")), stack, c);
    }

    /** The exception class name opening a Java stack trace ("a.b.Ex: message"), or null. */
    public static String typeFromStack(String stack) {
        if (stack == null || stack.isEmpty()) {
            return null;
        }
        int end = stack.indexOf('\n');
        String first = end < 0 ? stack : stack.substring(0, end);
        int colon = first.indexOf(':');
        return (colon < 0 ? first : first.substring(0, colon)).trim();
    }

    /** Removes and returns the first present key of {@code keys} (dotted keys may also be nested objects). */
    private static String takeText(Map<String, Object> map, String... keys) {
        for (String key : keys) {
            if (map.containsKey(key)) {
                return textOf(map.remove(key));
            }
            int dot = key.indexOf('.');
            if (dot > 0 && map.get(key.substring(0, dot)) instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) nested;
                String v = takeText(inner, key.substring(dot + 1));
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    /**
     * Moves an ECS value ({@code service.name}, dotted or nested) to {@code front} under its Cairn name, so it leads
     * the fields as Cairn's own {@code service}, {@code host} and {@code process} do.
     */
    private static void renameNested(Map<String, Object> map, String path, String flatKey, Map<String, Object> front) {
        if (map.containsKey(flatKey) && !(map.get(flatKey) instanceof Map)) {
            return;
        }
        int dot = path.indexOf('.');
        Object direct = map.remove(path);
        if (direct != null) {
            front.put(flatKey, direct);
            return;
        }
        if (map.get(path.substring(0, dot)) instanceof Map<?, ?> nested) {
            Object v = nested.remove(path.substring(dot + 1));
            if (v != null) {
                map.remove(flatKey);
                front.put(flatKey, v);
            }
        }
    }

    private static void dropEmptyObjects(Map<String, Object> map) {
        map.values().removeIf(v -> v instanceof Map<?, ?> m && m.isEmpty());
    }

    private static String textOf(Object v) {
        return v == null ? null : v.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
