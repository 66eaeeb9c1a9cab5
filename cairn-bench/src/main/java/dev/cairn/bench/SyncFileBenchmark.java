package dev.cairn.bench;

import dev.cairn.bench.subject.Format;
import dev.cairn.bench.subject.LoggingSubject;
import dev.cairn.bench.subject.Variant;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * Scenarios 2 and 6: the caller writes each record to the file itself and flushes it (each library's default), as JSON
 * or text. A fresh file per iteration keeps the files small.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SyncFileBenchmark {

    @Param({"CAIRN", "LOGBACK", "LOG4J2"})
    public Variant variant;

    @Param({"JSON", "TEXT"})
    public Format format;

    private Path file;
    private LoggingSubject subject;

    @Setup(Level.Iteration)
    public void open() {
        file = LogFiles.fresh(variant.label());
        subject = variant.open(file, format);
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
        @Setup(Level.Iteration)
        public void enter(SyncFileBenchmark benchmark) {
            enterContext(benchmark.subject);
        }

        @TearDown(Level.Iteration)
        public void leave() {
            leaveContext();
        }
    }
}
