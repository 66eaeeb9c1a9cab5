package dev.cairn.cli.stats;

import dev.cairn.cli.json.JsonLineScanner;
import dev.cairn.cli.json.JsonType;
import dev.cairn.cli.record.FieldPath;
import dev.cairn.cli.record.Level;
import dev.cairn.cli.record.RecordDecoder;
import dev.cairn.cli.record.ScannedRecord;
import java.nio.charset.StandardCharsets;

/**
 * The statistics of one chunk, gathered on a worker thread from {@link ScannedRecord}s without
 * decoding strings, and merged into {@link Stats} afterwards.
 */
public final class ChunkStats {

    static final int LEVELS = Level.values().length;
    /** Distinct messages a chunk keeps as written: a chunk of 2 MiB holds about 6,000 records. */
    private static final int RAW_MESSAGES = 1024;

    static final byte[] NO_SERVICE = "-".getBytes(StandardCharsets.UTF_8);
    private static final FieldPath SERVICE = FieldPath.of("service");
    private static final FieldPath SERVICE_NAME = FieldPath.of("service.name");
    private static final FieldPath TRACE_ID = FieldPath.of("trace_id");
    private static final FieldPath ERROR_TYPE = FieldPath.of("error.type");
    private static final FieldPath STACK_TRACE = FieldPath.of("stack_trace");
    private static final FieldPath ERROR_STACK = FieldPath.of("error.stack_trace");

    final long[] levels = new long[LEVELS];
    final BytesCounter services = new BytesCounter(LEVELS);
    final BytesCounter loggers = new BytesCounter(1);
    /** Messages by pattern: those masked on the way, and after {@link #messages()} the distinct ones of {@link #rawMessages}. */
    private final BytesCounter messages = new BytesCounter(1);
    /**
     * Messages by their bytes as written, masked once each when the chunk is merged rather than once per record: a
     * log repeats its messages. Holds at most {@link #RAW_MESSAGES} keys; the messages of a chunk beyond them are masked
     * as they come.
     */
    private final BytesCounter rawMessages = new BytesCounter(1);

    final BytesCounter errorTypes = new BytesCounter(1);
    /** Errors by message pattern and exception type: the key is the pattern, {@link #ERROR_KEY_SEPARATOR}, the type. */
    final BytesCounter errorPatterns = new BytesCounter(1);

    final DistinctCounter traces = new DistinctCounter();
    final LatestLines recentErrors;
    final MinuteSeries perMinute = new MinuteSeries();
    private final MessagePattern pattern = new MessagePattern();
    private byte[] errorKey = new byte[256];
    long total;
    long firstMicros = Long.MAX_VALUE;
    long lastMicros = Long.MIN_VALUE;

    public ChunkStats(int recentErrorCount) {
        this.recentErrors = new LatestLines(recentErrorCount);
    }

    /** Counts one record; {@code b[from, to)} is its line, copied only if it is a recent error. */
    public void accept(ScannedRecord r, byte[] b, int from, int to) {
        total++;
        firstMicros = Math.min(firstMicros, r.micros());
        lastMicros = Math.max(lastMicros, r.micros());
        int level = r.level().ordinal();
        levels[level]++;
        perMinute.add(r.micros(), level);

        int f = r.locate(SERVICE);
        if (f < 0) {
            f = r.locate(SERVICE_NAME);
        }
        JsonLineScanner s = r.located();
        if (f >= 0 && s.type(f) == JsonType.STRING) {
            services.add(b, s.valueStart(f), s.valueEnd(f), level, 1);
        } else {
            services.add(NO_SERVICE, 0, NO_SERVICE.length, level, 1);
        }
        if (r.loggerStart() >= 0) {
            loggers.add(b, r.loggerStart(), r.loggerEnd(), 0, 1);
        } else {
            loggers.add(b, 0, 0, 0, 1);
        }
        if (!rawMessages.addUpTo(b, r.messageStart(), r.messageEnd(), RAW_MESSAGES)) {
            pattern.mask(b, r.messageStart(), r.messageEnd());
            messages.add(pattern.bytes(), 0, pattern.length(), 0, 1);
        }

        f = r.locate(TRACE_ID);
        s = r.located();
        if (f >= 0 && s.type(f) == JsonType.STRING && s.valueEnd(f) > s.valueStart(f)) {
            traces.add(b, s.valueStart(f), s.valueEnd(f));
        }
        int typeLength = countErrorType(r, b);
        if (typeLength >= 0 || r.level().isErrorOrWorse()) {
            pattern.mask(b, r.messageStart(), r.messageEnd());
            countErrorPattern(typeLength);
        }
        if (r.level().isErrorOrWorse() && recentErrors.wants(r.micros())) {
            recentErrors.add(r.micros(), b, from, to);
        }
    }

    /**
     * Counts the record's exception type, leaving it in {@link #errorKey} after the pattern's place; returns its
     * length, or -1 when the record has none.
     */
    private int countErrorType(ScannedRecord r, byte[] b) {
        int f = r.locate(ERROR_TYPE);
        JsonLineScanner s = r.located();
        if (f >= 0 && s.type(f) == JsonType.STRING) {
            errorTypes.add(b, s.valueStart(f), s.valueEnd(f), 0, 1);
            return keepType(b, s.valueStart(f), s.valueEnd(f));
        }
        f = r.locate(STACK_TRACE);
        if (f < 0) {
            f = r.locate(ERROR_STACK);
        }
        s = r.located();
        if (f >= 0 && s.type(f) == JsonType.STRING) {
            String type = RecordDecoder.typeFromStack(s.text(f));
            if (type != null) {
                byte[] tb = type.getBytes(StandardCharsets.UTF_8);
                errorTypes.add(tb, 0, tb.length, 0, 1);
                return keepType(tb, 0, tb.length);
            }
        }
        return -1;
    }

    private int keepType(byte[] b, int from, int to) {
        int n = to - from;
        if (errorKey.length < n) {
            errorKey = new byte[Math.max(n, errorKey.length * 2)];
        }
        System.arraycopy(b, from, errorKey, 0, n);
        return n;
    }

    /** Counts an error under its message's pattern (already in {@link #pattern}) and its type, if any. */
    private void countErrorPattern(int typeLength) {
        int type = Math.max(typeLength, 0);
        int total = pattern.length() + 1 + type;
        if (errorKey.length < total) {
            errorKey = java.util.Arrays.copyOf(errorKey, Math.max(total, errorKey.length * 2));
        }
        // The type sits at the start of errorKey: move it behind the pattern and the separator.
        System.arraycopy(errorKey, 0, errorKey, pattern.length() + 1, type);
        System.arraycopy(pattern.bytes(), 0, errorKey, 0, pattern.length());
        errorKey[pattern.length()] = ERROR_KEY_SEPARATOR;
        errorPatterns.add(errorKey, 0, total, 0, 1);
    }

    /** The messages by pattern; masks the distinct messages kept as written first, so call it once, to merge. */
    BytesCounter messages() {
        rawMessages.forEachKey((key, count) -> {
            pattern.mask(key, 0, key.length);
            messages.add(pattern.bytes(), 0, pattern.length(), 0, count);
        });
        return messages;
    }

    /** Separates pattern and type in {@link #errorPatterns}' keys; a control byte never raw in JSON content. */
    static final byte ERROR_KEY_SEPARATOR = 0x1f;
}
