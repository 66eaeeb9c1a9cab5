package dev.cairn.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark with every parameter once, briefly, in a forked JVM on two threads, so that none can rot
 * unnoticed: it asserts only that each one ran to completion and measured something, never how fast (timings on a
 * shared CI machine mean nothing). About 45 seconds.
 */
class BenchmarkSmokeTest {

    /**
     * 3 disabled-call + 6 synchronous + 3 exception + 5 caller-cost + 8 throughput + 3 sealed-file + 4 limited-call
     * + 4 secret-detector + 4 shortest-double + 2 SLF4J caller-cost parameter sets.
     */
    private static final int PARAMETER_SETS = 42;

    @TempDir
    Path logs;

    @Test
    void everyBenchmarkRuns() throws RunnerException {
        Options options = new OptionsBuilder()
                .include("dev\\.cairn\\.bench\\.\\w+Benchmark\\.")
                .forks(1)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(300))
                .threads(2)
                .jvmArgsAppend("-Dcairn.bench.dir=" + logs)
                .shouldFailOnError(true)
                // JMH's progress goes to a file; a failure still fails the run with its stack trace.
                .output("target/jmh-smoke.txt")
                .build();

        Collection<RunResult> results = new Runner(options).run();

        assertThat(results).hasSize(PARAMETER_SETS);
        assertThat(results)
                .allSatisfy(result ->
                        assertThat(result.getPrimaryResult().getSampleCount()).isPositive());
    }
}
