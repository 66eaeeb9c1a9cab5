package dev.cairn.bench;

import dev.cairn.bench.subject.Format;
import dev.cairn.bench.subject.LoggingSubject;
import dev.cairn.bench.subject.Variant;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 3: what an asynchronous call costs its caller, sampled per call (p50, p99, p99.9). Each thread pauses about
 * 20 µs between calls, outside the timed region, so the offered load (at most 50,000 records/s per thread) stays
 * below every library's writer: queues never fill, and what is measured is the hand-off, not back-pressure, which
 * {@link AsyncThroughputBenchmark} measures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class AsyncCallerBenchmark {

    @Param({
        "CAIRN_ASYNC",
        "LOGBACK_ASYNC_APPENDER",
        "LOGBACK_ASYNC_TUNED",
        "LOG4J2_ASYNC_APPENDER",
        "LOG4J2_ASYNC_LOGGERS"
    })
    public Variant variant;

    private Path file;
    private LoggingSubject subject;

    @Setup(Level.Iteration)
    public void open() {
        file = LogFiles.fresh(variant.label());
        subject = variant.open(file, Format.JSON);
    }

    @TearDown(Level.Iteration)
    public void close() {
        subject.close();
        LogFiles.delete(file);
    }

    @Benchmark
    public void record(Caller caller) {
        subject.record(caller.nextOrderId());
    }

    /** A benchmark thread, inside the context field. */
    @State(Scope.Thread)
    public static class Caller extends CallingThread {
        private static final long PAUSE_NANOS = 20_000;

        @Setup(Level.Iteration)
        public void enter(AsyncCallerBenchmark benchmark) {
            enterContext(benchmark.subject);
        }

        @TearDown(Level.Iteration)
        public void leave() {
            leaveContext();
        }

        /** Paces the caller; JMH leaves invocation-level fixtures out of the sampled time. */
        @Setup(Level.Invocation)
        public void pause() {
            LockSupport.parkNanos(PAUSE_NANOS);
        }
    }
}
