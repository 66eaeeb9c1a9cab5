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
    final BytesCounter messages = new BytesCounter(1);
    final BytesCounter errorTypes = new BytesCounter(1);
    final DistinctCounter traces = new DistinctCounter();
    final LatestLines recentErrors;
    final MinuteSeries perMinute = new MinuteSeries();
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
        messages.add(b, r.messageStart(), r.messageEnd(), 0, 1);

        f = r.locate(TRACE_ID);
        s = r.located();
        if (f >= 0 && s.type(f) == JsonType.STRING && s.valueEnd(f) > s.valueStart(f)) {
            traces.add(b, s.valueStart(f), s.valueEnd(f));
        }
        countErrorType(r, b);
        if (r.level().isErrorOrWorse() && recentErrors.wants(r.micros())) {
            recentErrors.add(r.micros(), b, from, to);
        }
    }

    private void countErrorType(ScannedRecord r, byte[] b) {
        int f = r.locate(ERROR_TYPE);
        JsonLineScanner s = r.located();
        if (f >= 0 && s.type(f) == JsonType.STRING) {
            errorTypes.add(b, s.valueStart(f), s.valueEnd(f), 0, 1);
            return;
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
            }
        }
    }
}
