package dev.cairn.cli.record;

import dev.cairn.cli.json.JsonNumber;
import java.util.Map;

/**
 * One log record in Cairn's terms, whatever shape the line had (Cairn, logstash or ECS).
 *
 * @param micros  timestamp in microseconds since the epoch
 * @param level   severity
 * @param logger  logger name, empty if the line had none
 * @param message the message, empty if the line had none
 * @param thread  thread name, or null
 * @param fields  every other field in line order (service, host, context, the record's own
 *                key-values, flow fields), values as {@link dev.cairn.cli.json.JsonParser} made them
 * @param error   the attached error, or null
 */
public record LogRecord(
        long micros,
        Level level,
        String logger,
        String message,
        String thread,
        Map<String, Object> fields,
        ErrorInfo error) {

    /** A field's value as text (strings as they are, numbers as written), or null if absent. */
    public String text(String key) {
        Object v = fields.get(key);
        return v == null ? null : v.toString();
    }

    /** A numeric field as a double, or NaN if absent or not a number. */
    public double number(String key) {
        Object v = fields.get(key);
        if (v instanceof JsonNumber n) {
            return n.doubleValue();
        }
        return Double.NaN;
    }
}
