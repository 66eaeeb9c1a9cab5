package dev.cairn.cli.record;

import dev.cairn.cli.json.JsonLineScanner;
import dev.cairn.cli.json.JsonType;
import java.nio.charset.StandardCharsets;

/**
 * The standard fields of one line, read through {@link JsonLineScanner} under every supported
 * spelling (Cairn, logstash, ECS dotted or nested) without building a {@link LogRecord}.
 * One instance per thread, reused line after line.
 */
public final class ScannedRecord {

    private static final byte[][] TIMESTAMP = keys("timestamp", "@timestamp");
    private static final byte[][] LEVEL = keys("level", "log.level", "severity");
    private static final byte[][] LOGGER = keys("logger", "logger_name", "log.logger");
    private static final byte[][] MESSAGE = keys("message");
    private static final byte[][] NESTED_LEVEL = keys("level");
    private static final byte[][] NESTED_LOGGER = keys("logger");
    private static final byte[] LOG = bytes("log");

    private final JsonLineScanner top = new JsonLineScanner();
    private final JsonLineScanner nested = new JsonLineScanner();
    private final JsonLineScanner[] pathScanners = {new JsonLineScanner(), new JsonLineScanner(), new JsonLineScanner()
    };
    private JsonLineScanner located;
    private final TimestampReader timestamps = new TimestampReader();

    private long micros;
    private Level level;
    private int logger;
    private boolean nestedLogger;
    private int message;

    /**
     * Scans a line.
     *
     * @return true if it is a JSON object carrying a readable timestamp, a level and a message
     */
    public boolean scan(byte[] b, int from, int to) {
        return top.scan(b, from, to) && readFields(b);
    }

    /**
     * Scans the line that starts at {@code from} and ends at the first {@code \n} before {@code limit} (or at
     * {@code limit}), finding its end in the same pass ({@link JsonLineScanner#scanLine}).
     *
     * @return the index of the line's end if it is a record {@link #scan} accepts, else -1
     */
    public int scanLine(byte[] b, int from, int limit) {
        int end = top.scanLine(b, from, limit);
        return end >= 0 && readFields(b) ? end : -1;
    }

    /** Reads the standard fields of the line {@link #top} holds; returns whether it is a record. */
    private boolean readFields(byte[] b) {
        int ts = top.findAny(TIMESTAMP);
        micros = ts >= 0 && top.type(ts) == JsonType.STRING
                ? timestamps.parseMicros(b, top.valueStart(ts), top.valueEnd(ts))
                : Timestamps.NONE;
        message = top.findAny(MESSAGE);
        logger = top.findAny(LOGGER);
        nestedLogger = false;
        int lv = top.findAny(LEVEL);
        if (lv >= 0) {
            level = levelOf(top, lv);
        } else {
            level = null;
            int log = top.find(LOG);
            if (log >= 0
                    && top.type(log) == JsonType.OBJECT
                    && nested.scan(b, top.valueStart(log), top.valueEnd(log))) {
                int nl = nested.findAny(NESTED_LEVEL);
                level = nl >= 0 ? levelOf(nested, nl) : null;
                if (logger < 0) {
                    logger = nested.findAny(NESTED_LOGGER);
                    nestedLogger = logger >= 0;
                }
            }
        }
        return micros != Timestamps.NONE && level != null && message >= 0;
    }

    private static Level levelOf(JsonLineScanner s, int field) {
        if (s.type(field) != JsonType.STRING) {
            return null;
        }
        return s.isEscaped(field)
                ? Level.parse(s.text(field))
                : Level.parse(s.buffer(), s.valueStart(field), s.valueEnd(field));
    }

    public long micros() {
        return micros;
    }

    public Level level() {
        return level;
    }

    public JsonLineScanner fields() {
        return top;
    }

    /** The logger name, or "" if the line has none. */
    public String logger() {
        if (logger < 0) {
            return "";
        }
        return (nestedLogger ? nested : top).text(logger);
    }

    /** Start of the logger's raw bytes (JSON string content), or -1 if the line has no logger. */
    public int loggerStart() {
        return logger < 0 ? -1 : (nestedLogger ? nested : top).valueStart(logger);
    }

    public int loggerEnd() {
        return logger < 0 ? -1 : (nestedLogger ? nested : top).valueEnd(logger);
    }

    /** Raw bytes of the message value; check {@link #messageEscaped()} before comparing them as text. */
    public int messageStart() {
        return top.valueStart(message);
    }

    public int messageEnd() {
        return top.valueEnd(message);
    }

    public boolean messageEscaped() {
        return top.isEscaped(message);
    }

    /**
     * Finds a field by key: the exact key at top level first (ECS writes dotted keys), then a
     * dotted path into nested objects, at most three levels deep.
     *
     * @return the field's index in {@link #located()}, or -1
     */
    public int locate(FieldPath path) {
        int f = top.find(path.whole());
        if (f >= 0 || path.segments().length == 1) {
            located = top;
            return f;
        }
        JsonLineScanner at = top;
        byte[][] segments = path.segments();
        for (int k = 0; k < segments.length - 1 && k < pathScanners.length; k++) {
            int obj = at.find(segments[k]);
            if (obj < 0 || at.type(obj) != JsonType.OBJECT) {
                return -1;
            }
            JsonLineScanner inner = pathScanners[k];
            if (!inner.scan(at.buffer(), at.valueStart(obj), at.valueEnd(obj))) {
                return -1;
            }
            at = inner;
            if (k == segments.length - 2) {
                located = at;
                return at.find(segments[k + 1]);
            }
        }
        return -1;
    }

    /** The scanner holding the field last found by {@link #locate}. */
    public JsonLineScanner located() {
        return located;
    }

    private static byte[][] keys(String... names) {
        byte[][] out = new byte[names.length][];
        for (int k = 0; k < names.length; k++) {
            out[k] = bytes(names[k]);
        }
        return out;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
