package dev.cairn.cli.stats;

import dev.cairn.cli.record.Level;
import java.util.List;
import java.util.Map;

/** Statistics over all inputs, merged from {@link ChunkStats} in input order on one thread. */
public final class Stats {

    private static final int KEY_CAP = 10_000;
    private static final int TOP_MESSAGES = 1_000;

    private final long[] levels = new long[ChunkStats.LEVELS];
    private final CappedCounts services = new CappedCounts(ChunkStats.LEVELS, KEY_CAP);
    private final CappedCounts loggers = new CappedCounts(1, KEY_CAP);
    private final CappedCounts errorTypes = new CappedCounts(1, KEY_CAP);
    private final TopCounter messages = new TopCounter(TOP_MESSAGES);
    private final TopCounter errorPatterns = new TopCounter(TOP_MESSAGES);
    private final DistinctCounter traces = new DistinctCounter();
    private final LatestLines recentErrors;
    private final MinuteSeries perMinute = new MinuteSeries();
    private long total;
    private long firstMicros = Long.MAX_VALUE;
    private long lastMicros = Long.MIN_VALUE;

    public Stats(int recentErrorCount) {
        this.recentErrors = new LatestLines(recentErrorCount);
    }

    public void merge(ChunkStats c) {
        total += c.total;
        firstMicros = Math.min(firstMicros, c.firstMicros);
        lastMicros = Math.max(lastMicros, c.lastMicros);
        for (int k = 0; k < levels.length; k++) {
            levels[k] += c.levels[k];
        }
        c.services.forEach(services::add);
        c.loggers.forEach(loggers::add);
        c.errorTypes.forEach(errorTypes::add);
        c.messages().forEach((k, v) -> messages.add(k, v[0]));
        c.errorPatterns.forEach((k, v) -> errorPatterns.add(k, v[0]));
        traces.merge(c.traces);
        recentErrors.merge(c.recentErrors);
        perMinute.merge(c.perMinute);
    }

    public long total() {
        return total;
    }

    /** Earliest record time in microseconds; meaningful only when {@link #total()} is positive. */
    public long firstMicros() {
        return firstMicros;
    }

    public long lastMicros() {
        return lastMicros;
    }

    public long count(Level level) {
        return levels[level.ordinal()];
    }

    /** Share of ERROR and FATAL records, 0 when there are none. */
    public double errorRate() {
        return total == 0 ? 0 : (double) (count(Level.ERROR) + count(Level.FATAL)) / total;
    }

    /** Per service, counts per level (index = {@link Level#ordinal()}); "-" for records without a service. */
    public List<Map.Entry<String, long[]>> services() {
        return services.sorted();
    }

    public List<Map.Entry<String, long[]>> loggers() {
        return loggers.sorted();
    }

    public List<Map.Entry<String, long[]>> errorTypes() {
        return errorTypes.sorted();
    }

    /**
     * Errors (ERROR and FATAL records, and records of any level with an exception) by message pattern and exception
     * type: each key is the pattern, the character U+001F, and the type (empty when there is none).
     */
    public TopCounter errorPatterns() {
        return errorPatterns;
    }

    /** Message patterns ({@link MessagePattern}) by count. */
    public TopCounter messages() {
        return messages;
    }

    /** Distinct trace ids (estimated, see {@link DistinctCounter}). */
    public long activeTraces() {
        return traces.estimate();
    }

    /** The most recent ERROR/FATAL lines, newest first, as raw JSON lines. */
    public List<LatestLines.Line> recentErrors() {
        return recentErrors.descending();
    }

    public MinuteSeries perMinute() {
        return perMinute;
    }
}
