package dev.cairn.bench;

import dev.cairn.LogSystem;
import dev.cairn.Logger;
import dev.cairn.bench.subject.Workload;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
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
 * The cost of the secret detectors ({@code cairn.secrets.detect}, docs/security.md): Cairn's synchronous JSON file
 * sink writing the benchmark record (which holds no secret, so every detector scans and none matches) with every
 * detector on and with none, in the same run. Synchronous, so the time per record is the writer's work: encode, scan,
 * write. {@code discard} writes to a console stream that drops the bytes, leaving only encoding and scanning, so the
 * detectors' share of it is an upper bound of their share of a real sink's time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SecretDetectorBenchmark {

    @Param({"none", "all"})
    public String detect;

    /** {@code file}: a JSON file; {@code discard}: JSON to a stream that drops it. */
    @Param({"file", "discard"})
    public String target;

    private Path file;
    private LogSystem system;
    private Logger log;

    @Setup(Level.Iteration)
    public void open() throws IOException {
        file = LogFiles.fresh("secrets-" + detect);
        system = LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .classLoader(null)
                .shutdownHook(false)
                .configure(c -> {
                    c.service(Workload.SERVICE).set("cairn.async", "false").set("cairn.secrets.detect", detect);
                    if (target.equals("file")) {
                        c.set("cairn.console", "none").file(file).set("cairn.file.max-bytes", "0");
                    } else {
                        c.set("cairn.console", "stdout")
                                .set("cairn.format", "json")
                                .consoleOutput(OutputStream.nullOutputStream());
                    }
                })
                .build();
        log = system.logger(Workload.LOGGER);
    }

    @TearDown(Level.Iteration)
    public void close() {
        system.close();
        LogFiles.delete(file);
    }

    @Benchmark
    public void record(Orders orders) {
        log.atInfo()
                .with(Workload.ORDER_ID, orders.next++)
                .with(Workload.AMOUNT, Workload.AMOUNT_VALUE)
                .with(Workload.STATUS, Workload.STATUS_VALUE)
                .log(Workload.MESSAGE);
    }

    /** The order ids of one benchmark thread. */
    @State(Scope.Thread)
    public static class Orders {
        long next;
    }
}
