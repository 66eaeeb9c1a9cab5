package dev.cairn.cli.flows;

import dev.cairn.cli.stats.LatestLines;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Everything {@code flows} reports for one flow label. */
public final class FlowLabelStats {

    static final int SLOWEST = 5;
    /** The latest failed flows kept per label, for the report's failed-flows section. */
    static final int RECENT_FAILURES = 10;

    private final LatencyHistogram totalMs = new LatencyHistogram();
    private final Map<String, Long> failedAt = new HashMap<>();
    private final LatestLines slowest = new LatestLines(SLOWEST);
    private final LatestLines recentFailures = new LatestLines(RECENT_FAILURES);
    private long count;
    private long failures;

    void add(double ms, boolean failed, String failedStep, long micros, byte[] b, int from, int to) {
        count++;
        totalMs.add(ms);
        if (failed) {
            failures++;
            recentFailures.add(micros, b, from, to);
            if (failedStep != null && failedAt.size() < 10_000) {
                failedAt.merge(failedStep, 1L, Long::sum);
            }
        }
        if (!Double.isNaN(ms) && slowest.wants(ms)) {
            slowest.add(ms, b, from, to);
        }
    }

    void merge(FlowLabelStats other) {
        count += other.count;
        failures += other.failures;
        totalMs.merge(other.totalMs);
        other.failedAt.forEach((k, v) -> failedAt.merge(k, v, Long::sum));
        slowest.merge(other.slowest);
        recentFailures.merge(other.recentFailures);
    }

    public long count() {
        return count;
    }

    public long failures() {
        return failures;
    }

    public double failureRate() {
        return count == 0 ? 0 : (double) failures / count;
    }

    public LatencyHistogram totalMs() {
        return totalMs;
    }

    /** The step most flows failed at (ties by name), or null. */
    public String commonestFailedAt() {
        return failedAt.entrySet().stream()
                .min(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    public long failedAtCount(String step) {
        return failedAt.getOrDefault(step, 0L);
    }

    /** The latest failed flow_end lines (raw JSON, keyed by their time in microseconds), latest first. */
    public List<LatestLines.Line> recentFailures() {
        return recentFailures.descending();
    }

    /** The slowest flow_end lines (raw JSON), slowest first. */
    public List<LatestLines.Line> slowest() {
        return slowest.descending();
    }
}
