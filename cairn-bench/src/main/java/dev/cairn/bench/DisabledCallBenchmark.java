package dev.cairn.bench;

import dev.cairn.bench.subject.Format;
import dev.cairn.bench.subject.LoggingSubject;
import dev.cairn.bench.subject.Variant;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * Scenario 1: a parameterized DEBUG call under an INFO threshold, the same {@code debug(String, Object)} call in each
 * library, with an argument that already exists (boxing it would be the caller's cost, not the library's).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DisabledCallBenchmark {

    @Param({"CAIRN", "LOGBACK", "LOG4J2"})
    public Variant variant;

    private final Object argument = Long.valueOf(1001);
    private Path file;
    private LoggingSubject subject;

    @Setup
    public void open() {
        file = LogFiles.fresh(variant.label());
        subject = variant.open(file, Format.JSON);
    }

    @TearDown
    public void close() {
        subject.close();
        LogFiles.delete(file);
    }

    @Benchmark
    public void disabledCall() {
        subject.disabled(argument);
    }
}
