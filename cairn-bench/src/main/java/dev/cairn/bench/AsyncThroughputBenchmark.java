package dev.cairn.bench;

import dev.cairn.bench.subject.Format;
import dev.cairn.bench.subject.LoggingSubject;
import dev.cairn.bench.subject.Variant;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenarios 4 and 6: sustained asynchronous throughput, end to end. Each invocation logs a batch of records and then
 * waits until the file holds every record logged so far by any thread, so a score (records per second, summed over
 * threads) counts only records that reached the file, never records still in a queue or a buffer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class AsyncThroughputBenchmark {

    /** Large enough that the wait at its end is a small part of it, small enough for many batches per iteration. */
    static final int BATCH = 10_000;

    /** Not LOGBACK_ASYNC_TUNED: its records may stay in its buffer until it stops (the end-to-end harness runs it). */
    @Param({"CAIRN_ASYNC", "LOGBACK_ASYNC_APPENDER", "LOG4J2_ASYNC_APPENDER", "LOG4J2_ASYNC_LOGGERS"})
    public Variant variant;

    @Param({"JSON", "TEXT"})
    public Format format;

    private final AtomicLong logged = new AtomicLong();
    private Path file;
    private LoggingSubject subject;
    private WrittenLines written;

    @Setup(Level.Iteration)
    public void open() {
        file = LogFiles.fresh(variant.label());
        subject = variant.open(file, format);
        written = new WrittenLines(file);
        logged.set(0);
    }

    @TearDown(Level.Iteration)
    public void close() {
        written.close();
        subject.close();
        LogFiles.delete(file);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void recordsToFile(Caller caller) {
        for (int i = 0; i < BATCH; i++) {
            subject.record(caller.nextOrderId());
        }
        written.awaitAtLeast(logged.addAndGet(BATCH));
    }

    /** A benchmark thread, inside the context field. */
    @State(Scope.Thread)
    public static class Caller extends CallingThread {
        @Setup(Level.Iteration)
        public void enter(AsyncThroughputBenchmark benchmark) {
            enterContext(benchmark.subject);
        }

        @TearDown(Level.Iteration)
        public void leave() {
            leaveContext();
        }
    }
}
