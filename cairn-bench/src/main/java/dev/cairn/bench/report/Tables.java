package dev.cairn.bench.report;

import dev.cairn.bench.subject.Variant;
import java.util.List;
import java.util.Optional;

/** The Markdown tables of one run, one per scenario. */
final class Tables {

    static final List<String> SYNC = List.of("CAIRN", "LOGBACK", "LOG4J2");
    static final List<String> ASYNC = List.of(
            "CAIRN_ASYNC",
            "LOGBACK_ASYNC_APPENDER",
            "LOGBACK_ASYNC_TUNED",
            "LOG4J2_ASYNC_APPENDER",
            "LOG4J2_ASYNC_LOGGERS");
    static final int[] THREADS = {1, 2, 4};

    static final String DISABLED = "DisabledCallBenchmark.disabledCall";
    static final String SYNC_FILE = "SyncFileBenchmark.record";
    static final String EXCEPTION = "ExceptionBenchmark.recordWithError";
    static final String CALLER = "AsyncCallerBenchmark.record";
    static final String THROUGHPUT = "AsyncThroughputBenchmark.recordsToFile";

    private final Results results;

    Tables(Results results) {
        this.results = results;
    }

    /** Score ± error at 1, 2 and 4 threads, then B/op at 1 and 4 threads. */
    String byThreads(String benchmark, List<String> variants, String format, String unit) {
        StringBuilder table = new StringBuilder("| library | 1 thread | 2 threads | 4 threads | B/op (1 thread) "
                + "| B/op (4 threads) |\n|---|--:|--:|--:|--:|--:|\n");
        for (String variant : variants) {
            if (!measured(benchmark, variant, format)) {
                continue;
            }
            table.append("| ").append(label(variant));
            for (int threads : THREADS) {
                table.append(" | ")
                        .append(results.find(benchmark, variant, format, threads)
                                .map(m -> Numbers.withError(m.score(), m.error()))
                                .orElse("–"));
            }
            table.append(" | ").append(bytes(benchmark, variant, format, 1));
            table.append(" | ").append(bytes(benchmark, variant, format, 4)).append(" |\n");
        }
        return table.append("\nUnit: ")
                .append(unit)
                .append(". ± is JMH's 99.9% confidence half-width.\n")
                .toString();
    }

    /** Sampled caller cost: percentiles per thread count. */
    String callerCost() {
        StringBuilder table = new StringBuilder(
                "| library | threads | p50 | p99 | p99.9 | mean | B/op |\n" + "|---|--:|--:|--:|--:|--:|--:|\n");
        for (int threads : THREADS) {
            for (String variant : ASYNC) {
                Optional<Measurement> found = results.find(CALLER, variant, "JSON", threads);
                if (found.isEmpty()) {
                    continue;
                }
                Measurement m = found.get();
                table.append("| ")
                        .append(label(variant))
                        .append(" | ")
                        .append(threads)
                        .append(" | ")
                        .append(Numbers.format(m.percentile("50.0")))
                        .append(" | ")
                        .append(Numbers.format(m.percentile("99.0")))
                        .append(" | ")
                        .append(Numbers.format(m.percentile("99.9")))
                        .append(" | ")
                        .append(Numbers.format(m.score()))
                        .append(" | ")
                        .append(Numbers.format(m.bytesPerOp()))
                        .append(" |\n");
            }
        }
        return table.append("\nUnit: ns per call, sampled by JMH's sample mode.\n")
                .toString();
    }

    private String bytes(String benchmark, String variant, String format, int threads) {
        return results.find(benchmark, variant, format, threads)
                .map(m -> Numbers.format(m.bytesPerOp()))
                .orElse("–");
    }

    /** Whether the run has {@code benchmark} for {@code variant} at any thread count (not every set-up runs all). */
    boolean measured(String benchmark, String variant, String format) {
        for (int threads : THREADS) {
            if (results.find(benchmark, variant, format, threads).isPresent()) {
                return true;
            }
        }
        return false;
    }

    static String label(String variant) {
        return Variant.valueOf(variant).label();
    }
}
