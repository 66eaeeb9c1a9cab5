package dev.cairn.bench;

import dev.cairn.LogSystem;
import dev.cairn.Logger;
import dev.cairn.bench.subject.Workload;
import dev.cairn.internal.seal.KeyFilePermissions;
import dev.cairn.internal.seal.SealingKey;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
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
 * The cost of sealing (docs/security.md): Cairn's synchronous JSON file sink writing the benchmark record in clear,
 * with integrity only (HMAC chain), and encrypted (AES-256-GCM chain), in the same run. The default checkpoints (an
 * Ed25519 signature every 10,000 records) and key epochs (every 100,000 records, each rewriting the key file) are part
 * of the cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SealedFileBenchmark {

    /** How the file is written. */
    public enum Sealing {
        PLAIN,
        INTEGRITY,
        ENCRYPT
    }

    @Param({"PLAIN", "INTEGRITY", "ENCRYPT"})
    public Sealing sealing;

    private Path file;
    private Path keyFile;
    private LogSystem system;
    private Logger log;

    @Setup(Level.Iteration)
    public void open() throws IOException {
        file = LogFiles.fresh("sealed-" + sealing);
        keyFile = Path.of(file + ".key");
        KeyFilePermissions.writeOwnerOnly(
                keyFile, SealingKey.generate(new SecureRandom()).toText());
        system = LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .classLoader(null)
                .shutdownHook(false)
                .configure(c -> {
                    c.set("cairn.console", "none")
                            .file(file)
                            .set("cairn.file.max-bytes", "0")
                            .service(Workload.SERVICE)
                            .set("cairn.async", "false");
                    if (sealing != Sealing.PLAIN) {
                        c.set("cairn.file.encryption.key-file", keyFile.toString())
                                .set(
                                        "cairn.file.encryption.mode",
                                        sealing == Sealing.ENCRYPT ? "encrypt" : "integrity");
                    }
                })
                .build();
        log = system.logger(Workload.LOGGER);
    }

    @TearDown(Level.Iteration)
    public void close() {
        system.close();
        LogFiles.delete(file);
        LogFiles.delete(keyFile);
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
