package dev.cairn.bench.report;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/** The targets, each checked against the same run: met or missed, and by how much. */
final class Targets {

    private final Results results;
    private final StringBuilder table =
            new StringBuilder("| target | threads | Cairn | reference | met |\n" + "|---|--:|--:|--:|:-:|\n");

    Targets(Results results) {
        this.results = results;
    }

    String check() {
        for (int threads : Tables.THREADS) {
            disabledCall(threads);
        }
        for (int threads : new int[] {1, 4}) {
            callerPercentile(threads, "50.0", "p50");
            callerPercentile(threads, "99.0", "p99");
        }
        for (int threads : Tables.THREADS) {
            throughput(threads, "LOGBACK_ASYNC_APPENDER", 2.0);
            throughput(threads, fasterLog4j2(threads), 1.5);
        }
        allocation();
        return table.toString();
    }

    private void disabledCall(int threads) {
        Optional<Measurement> cairn = results.find(Tables.DISABLED, "CAIRN", "JSON", threads);
        OptionalDouble fastest = Tables.SYNC.stream()
                .flatMap(v -> results.find(Tables.DISABLED, v, "JSON", threads).stream())
                .mapToDouble(Measurement::score)
                .min();
        if (cairn.isPresent() && fastest.isPresent()) {
            double score = cairn.get().score();
            row(
                    "disabled call within 1 ns of the fastest, 0 B/op",
                    threads,
                    Numbers.format(score) + " ns, " + Numbers.format(cairn.get().bytesPerOp()) + " B/op",
                    "fastest " + Numbers.format(fastest.getAsDouble()) + " ns",
                    score <= fastest.getAsDouble() + 1 && cairn.get().bytesPerOp() < 0.5);
        }
    }

    private void callerPercentile(int threads, String percent, String name) {
        Optional<Measurement> cairn = results.find(Tables.CALLER, "CAIRN_ASYNC", "JSON", threads);
        Optional<Measurement> log4j2 = results.find(Tables.CALLER, "LOG4J2_ASYNC_LOGGERS", "JSON", threads);
        if (cairn.isPresent() && log4j2.isPresent()) {
            double ours = cairn.get().percentile(percent);
            double theirs = log4j2.get().percentile(percent);
            row(
                    "async caller " + name + " ≤ log4j2 async loggers",
                    threads,
                    Numbers.format(ours) + " ns",
                    Numbers.format(theirs) + " ns",
                    ours <= theirs);
        }
    }

    private void throughput(int threads, String reference, double factor) {
        Optional<Measurement> cairn = results.find(Tables.THROUGHPUT, "CAIRN_ASYNC", "JSON", threads);
        Optional<Measurement> other = results.find(Tables.THROUGHPUT, reference, "JSON", threads);
        if (cairn.isPresent() && other.isPresent()) {
            double ratio = cairn.get().score() / other.get().score();
            row(
                    "sustained JSON throughput ≥ " + factor + "× " + Tables.label(reference),
                    threads,
                    Numbers.format(cairn.get().score()) + " rec/s (" + Numbers.ratio(ratio) + ")",
                    Numbers.format(other.get().score()) + " rec/s",
                    ratio >= factor);
        }
    }

    /** The faster of Log4j2's two asynchronous set-ups at that thread count, so the target is against its best. */
    private String fasterLog4j2(int threads) {
        ToDoubleFunction<String> score = v -> results.find(Tables.THROUGHPUT, v, "JSON", threads)
                .map(Measurement::score)
                .orElse(0.0);
        return List.of("LOG4J2_ASYNC_APPENDER", "LOG4J2_ASYNC_LOGGERS").stream()
                .max((a, b) -> Double.compare(score.applyAsDouble(a), score.applyAsDouble(b)))
                .orElseThrow();
    }

    /**
     * Judged on the throughput benchmark, whose B/op is the steady-state allocation of the whole pipeline per record.
     * The caller-cost benchmark's B/op also counts what writer threads allocate each time they wake up between paced
     * calls, which says more about idle wake-ups than about the call.
     */
    private void allocation() {
        Optional<Measurement> cairn = results.find(Tables.THROUGHPUT, "CAIRN_ASYNC", "JSON", 1);
        Optional<Measurement> log4j2 = results.find(Tables.THROUGHPUT, "LOG4J2_ASYNC_LOGGERS", "JSON", 1);
        if (cairn.isPresent() && log4j2.isPresent()) {
            double ours = cairn.get().bytesPerOp();
            row(
                    "allocation per enabled async record ≤ log4j2 async loggers",
                    1,
                    Numbers.format(ours) + " B/op",
                    Numbers.format(log4j2.get().bytesPerOp()) + " B/op",
                    ours <= log4j2.get().bytesPerOp());
            row(
                    "0 B/op per enabled async record (primitive key-values)",
                    1,
                    Numbers.format(ours) + " B/op",
                    "0 B/op",
                    ours < 0.5);
        }
    }

    private void row(String target, int threads, String cairn, String reference, boolean met) {
        table.append("| ")
                .append(target)
                .append(" | ")
                .append(threads)
                .append(" | ")
                .append(cairn)
                .append(" | ")
                .append(reference)
                .append(" | ")
                .append(met ? "yes" : "**no**")
                .append(" |\n");
    }
}
