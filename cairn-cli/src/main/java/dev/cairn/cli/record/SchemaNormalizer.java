package dev.cairn.cli.record;

import dev.cairn.cli.json.JsonNumber;
import dev.cairn.cli.json.JsonParser;
import dev.cairn.cli.json.JsonWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a line of a consumer schema the core can write ({@code cairn.json.schema}: {@code gelf}, {@code otel},
 * {@code ecs}) as a line of Cairn's own schema, so every command reads it with the one fast scanner: GELF's
 * {@code short_message}, syslog {@code level} and {@code _}-prefixed fields; an OTLP/JSON request's resource, scope
 * and log records (one Cairn line per log record); ECS's {@code trace.id}, {@code span.id} and
 * {@code transaction.id} as the flow's {@code trace_id}, {@code span_id} and {@code flow_id}. Cairn and logstash lines
 * are read as they are (the scanner knows logstash's names), so the common case costs one byte comparison.
 */
public final class SchemaNormalizer {

    private static final byte[] CAIRN = bytes("{\"timestamp\"");
    private static final byte[] OTEL = bytes("{\"resourceLogs\"");
    private static final byte[] GELF = bytes("{\"version\":\"1.1\"");
    private static final byte[] AT_TIMESTAMP = bytes("{\"@timestamp\"");
    private static final byte[] ECS_VERSION = bytes("\"ecs");

    private SchemaNormalizer() {}

    /**
     * The line in Cairn's schema: null when it needs no rewriting (Cairn's, logstash's, or not JSON at all: the
     * scanner rejects those), else one line per record it holds, possibly none.
     */
    public static List<byte[]> normalize(byte[] b, int from, int to) {
        if (isCairn(b, from, to)) {
            return null;
        }
        try {
            if (startsWith(b, from, to, OTEL)) {
                return otel(JsonParser.parseObject(b, from, to));
            }
            if (startsWith(b, from, to, GELF)) {
                return List.of(line(gelf(JsonParser.parseObject(b, from, to))));
            }
            if (startsWith(b, from, to, AT_TIMESTAMP) && contains(b, from, to, ECS_VERSION)) {
                Map<String, Object> json = JsonParser.parseObject(b, from, to);
                return json.containsKey("ecs") || json.containsKey("ecs.version") ? List.of(line(ecs(json))) : null;
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /** Whether the line at {@code b[from, to)} starts as a line of Cairn's schema does, so it needs no rewriting. */
    public static boolean isCairn(byte[] b, int from, int to) {
        return startsWith(b, from, to, CAIRN);
    }

    private static Map<String, Object> gelf(Map<String, Object> json) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("timestamp", rfc3339(seconds(json.get("timestamp"))));
        Object levelName = json.get("_level_name");
        out.put("level", levelName != null ? levelName.toString() : syslogLevel(json.get("level")));
        out.put("logger", firstText(json, "_log_logger", "_logger", "_logger_name", "_facility"));
        out.put("message", text(json.get("short_message")));
        out.put("thread", firstText(json, "_process_thread_name", "_thread", "_thread_name"));
        putIfPresent(out, "process", json.get("_process_pid"));
        putIfPresent(out, "service", json.get("_service"));
        putIfPresent(out, "host", json.get("host"));
        Object type = json.get("_error_type");
        Map<String, Object> error = null;
        if (type != null) {
            error = new LinkedHashMap<>();
            error.put("type", type.toString());
            error.put("message", json.get("_error_message"));
            String full = text(json.get("full_message"));
            String message = text(json.get("short_message"));
            if (full != null && message != null && full.startsWith(message + "\n\n")) {
                full = full.substring(message.length() + 2);
            }
            error.put("stack", full);
        }
        for (Map.Entry<String, Object> entry : json.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith("_") && !CAIRN_GELF_KEYS.contains(key)) {
                out.putIfAbsent(key.equals("_id_") ? "id" : key.substring(1), container(entry.getValue()));
            }
        }
        if (error != null) {
            out.put("error", error);
        }
        return out;
    }

    private static final List<String> CAIRN_GELF_KEYS = List.of(
            "_level_name",
            "_log_logger",
            "_process_thread_name",
            "_process_pid",
            "_service",
            "_error_type",
            "_error_message");

    private static List<byte[]> otel(Map<String, Object> json) {
        List<byte[]> lines = new ArrayList<>();
        for (Object resourceLogs : list(json.get("resourceLogs"))) {
            Map<String, Object> resource = map(map(resourceLogs).get("resource"));
            Map<String, Object> resourceAttributes = attributes(resource.get("attributes"));
            for (Object scopeLogs : list(map(resourceLogs).get("scopeLogs"))) {
                String scope = text(map(map(scopeLogs).get("scope")).get("name"));
                for (Object logRecord : list(map(scopeLogs).get("logRecords"))) {
                    lines.add(line(otelRecord(map(logRecord), scope, resourceAttributes)));
                }
            }
        }
        return lines;
    }

    private static Map<String, Object> otelRecord(
            Map<String, Object> log, String scope, Map<String, Object> resourceAttributes) {
        Map<String, Object> out = new LinkedHashMap<>();
        Object time = log.get("timeUnixNano");
        if (time == null || "0".equals(text(time))) {
            time = log.get("observedTimeUnixNano");
        }
        BigDecimal nanos = new BigDecimal(text(time) == null ? "0" : text(time));
        out.put("timestamp", rfc3339(nanos.movePointLeft(9)));
        Object severityText = log.get("severityText");
        out.put("level", severityText != null ? severityText.toString() : otelLevel(log.get("severityNumber")));
        out.put("logger", scope == null ? "" : scope);
        Object body = anyValue(log.get("body"));
        out.put("message", body instanceof String s ? s : body == null ? "" : JsonWriter.toJson(body));
        Map<String, Object> attributes = attributes(log.get("attributes"));
        out.put("thread", attributes.remove("thread.name"));
        putIfPresent(out, "process", resourceAttributes.get("process.pid"));
        putIfPresent(out, "service", resourceAttributes.get("service.name"));
        putIfPresent(out, "host", resourceAttributes.get("host.name"));
        putIfPresent(out, "trace_id", emptyToNull(log.get("traceId")));
        putIfPresent(out, "span_id", emptyToNull(log.get("spanId")));
        Object type = attributes.remove("exception.type");
        Object message = attributes.remove("exception.message");
        Object stack = attributes.remove("exception.stacktrace");
        out.putAll(attributes);
        if (type != null || stack != null) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("type", type != null ? type.toString() : RecordDecoder.typeFromStack(text(stack)));
            error.put("message", message);
            error.put("stack", stack);
            out.put("error", error);
        }
        return out;
    }

    private static Map<String, Object> ecs(Map<String, Object> json) {
        Map<String, Object> rest = new LinkedHashMap<>(json);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("timestamp", text(rest.remove("@timestamp")));
        out.put("level", take(rest, "log", "level"));
        out.put("logger", take(rest, "log", "logger"));
        out.put("message", text(rest.remove("message")));
        Object thread = take(rest, "process", "thread.name");
        out.put("thread", thread != null ? thread : take(rest, "process", "thread", "name"));
        putIfPresent(out, "process", take(rest, "process", "pid"));
        putIfPresent(out, "service", take(rest, "service", "name"));
        putIfPresent(out, "host", take(rest, "host", "name"));
        putIfPresent(out, "trace_id", take(rest, "trace", "id"));
        putIfPresent(out, "span_id", take(rest, "span", "id"));
        putIfPresent(out, "flow_id", take(rest, "transaction", "id"));
        Object type = take(rest, "error", "type");
        Object message = take(rest, "error", "message");
        Object stack = take(rest, "error", "stack_trace");
        take(rest, "ecs", "version");
        for (String derived : List.of("kind", "action", "outcome", "duration")) {
            take(rest, "event", derived);
        }
        rest.values().removeIf(v -> v instanceof Map<?, ?> m && m.isEmpty());
        out.putAll(rest);
        if (type != null || stack != null) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("type", type != null ? type.toString() : RecordDecoder.typeFromStack(text(stack)));
            error.put("message", message);
            error.put("stack", stack);
            out.put("error", error);
        }
        return out;
    }

    /** Removes and returns {@code group.path} written dotted ({@code "log.level"}) or nested. */
    private static Object take(Map<String, Object> json, String group, String... path) {
        String dotted = group + "." + String.join(".", path);
        if (json.containsKey(dotted)) {
            return json.remove(dotted);
        }
        Object at = json.get(group);
        Map<String, Object> parent = null;
        for (String part : path) {
            if (!(at instanceof Map<?, ?>)) {
                return null;
            }
            parent = map(at);
            at = parent.get(part);
        }
        if (parent != null && at != null) {
            parent.remove(path[path.length - 1]);
        }
        return at;
    }

    private static Map<String, Object> attributes(Object list) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Object item : list(list)) {
            Map<String, Object> kv = map(item);
            String key = text(kv.get("key"));
            if (key != null) {
                out.put(key, container(anyValue(kv.get("value"))));
            }
        }
        return out;
    }

    /** An OTLP {@code AnyValue} as the value it holds. */
    private static Object anyValue(Object value) {
        Map<String, Object> any = map(value);
        if (any.containsKey("stringValue")) {
            return any.get("stringValue");
        }
        if (any.containsKey("boolValue")) {
            return any.get("boolValue");
        }
        if (any.containsKey("intValue")) {
            return new JsonNumber(text(any.get("intValue")));
        }
        if (any.containsKey("doubleValue")) {
            Object d = any.get("doubleValue");
            return d instanceof JsonNumber ? d : text(d);
        }
        if (any.containsKey("arrayValue")) {
            List<Object> out = new ArrayList<>();
            for (Object v : list(map(any.get("arrayValue")).get("values"))) {
                out.add(anyValue(v));
            }
            return out;
        }
        if (any.containsKey("kvlistValue")) {
            return attributes(map(any.get("kvlistValue")).get("values"));
        }
        return any.containsKey("bytesValue") ? any.get("bytesValue") : null;
    }

    /**
     * A map or list that the core wrote as its JSON text (GELF and OTel attribute values hold no containers), back as
     * the container, so that a flow's {@code timeline} reads as in Cairn's schema; any other value as it is.
     */
    private static Object container(Object value) {
        if (value instanceof String text
                && text.length() > 1
                && (text.charAt(0) == '[' && text.charAt(text.length() - 1) == ']'
                        || text.charAt(0) == '{' && text.charAt(text.length() - 1) == '}')) {
            byte[] json = text.getBytes(StandardCharsets.UTF_8);
            try {
                return JsonParser.parse(json, 0, json.length);
            } catch (RuntimeException e) {
                return value;
            }
        }
        return value;
    }

    private static String syslogLevel(Object level) {
        int n = level instanceof JsonNumber number ? (int) number.doubleValue() : 6;
        if (n <= 2) {
            return "FATAL";
        }
        return n == 3 ? "ERROR" : n == 4 ? "WARN" : n <= 6 ? "INFO" : "DEBUG";
    }

    private static String otelLevel(Object severity) {
        int n = severity instanceof JsonNumber number ? (int) number.doubleValue() : 9;
        String[] names = {"TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"};
        return n <= 0 ? "INFO" : names[Math.min(5, (n - 1) / 4)];
    }

    private static BigDecimal seconds(Object timestamp) {
        return new BigDecimal(text(timestamp) == null ? "0" : text(timestamp));
    }

    /** RFC 3339 with microseconds, as Cairn writes it. */
    private static String rfc3339(BigDecimal seconds) {
        BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.FLOOR);
        long micros = seconds.subtract(whole).movePointRight(6).longValue();
        Instant instant = Instant.ofEpochSecond(whole.longValueExact(), micros * 1000);
        String text = instant.toString();
        // Instant.toString drops zero fractions: pad to six digits.
        int dot = text.indexOf('.');
        String fraction = dot < 0 ? "" : text.substring(dot + 1, text.length() - 1);
        String head = dot < 0 ? text.substring(0, text.length() - 1) : text.substring(0, dot);
        return head + "." + (fraction + "000000").substring(0, 6) + "Z";
    }

    private static byte[] line(Map<String, Object> record) {
        record.values().removeIf(v -> v == null);
        return JsonWriter.toJson(record).getBytes(StandardCharsets.UTF_8);
    }

    private static void putIfPresent(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value);
        }
    }

    private static Object emptyToNull(Object value) {
        return value == null || value.toString().isEmpty() ? null : value;
    }

    private static String firstText(Map<String, Object> json, String... keys) {
        for (String key : keys) {
            if (json.get(key) != null) {
                return json.get(key).toString();
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : new LinkedHashMap<>();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List<?> ? (List<Object>) value : List.of();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static boolean startsWith(byte[] b, int from, int to, byte[] prefix) {
        if (to - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] b, int from, int to, byte[] needle) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (b[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
