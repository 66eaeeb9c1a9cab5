package dev.cairn.bench;

import dev.cairn.LogSystem;
import dev.cairn.Logger;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cairn only: what a call that a limit skips costs, next to a disabled call. Every limited statement here has written
 * its one record before measurement starts, so every measured call is skipped; nothing reaches a sink.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LimitedCallBenchmark {

    private final Object argument = Long.valueOf(1001);
    private LogSystem system;
    private Logger log;
    private Logger rateLimited;

    @Setup
    public void open() {
        system = LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .classLoader(null)
                .shutdownHook(false)
                .configure(c -> c.set("cairn.console", "none")
                        .set("cairn.level", "INFO")
                        .set("cairn.limit.bench.limited", "1/h"))
                .build();
        log = system.logger("bench.calls");
        rateLimited = system.logger("bench.limited");
    }

    @TearDown
    public void close() {
        system.close();
    }

    @Benchmark
    public void disabledFluent() {
        log.atDebug().with("order_id", 1001L).log("order {}", argument);
    }

    @Benchmark
    public void skippedByEvery() {
        log.atInfo().every(Integer.MAX_VALUE).with("order_id", 1001L).log("order {}", argument);
    }

    @Benchmark
    public void skippedByAtMostEvery() {
        log.atInfo().atMostEvery(1, TimeUnit.HOURS).log("order {}", argument);
    }

    @Benchmark
    public void skippedByConfiguredRate() {
        rateLimited.info("order {}", argument);
    }
}
