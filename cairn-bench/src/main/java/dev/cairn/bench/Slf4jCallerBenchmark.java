package dev.cairn.bench;

import dev.cairn.Cairn;
import dev.cairn.Logger;
import dev.cairn.context.LogContext;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Issue 19's caller cost: what one asynchronous Cairn record costs the thread that logs it, sampled per call (p50,
 * p99), through SLF4J 2's fluent API with issue 19's workload ({@code MDC.put} once per 100 records) and through
 * Cairn's own fluent API with primitive values only. Cairn's defaults (asynchronous, lossless) writing JSON to one
 * file. As in {@link AsyncCallerBenchmark}, each thread pauses about 20 µs between calls outside the timed region so
 * that the queue never fills: the hand-off is measured, not back-pressure. {@code -prof gc}'s bytes per record
 * ({@code gc.alloc.rate.norm}) count every thread of the fork, Cairn's writer included; {@link CallerAllocation}
 * measures the calling thread's share alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dslf4j.provider=dev.cairn.slf4j.CairnServiceProvider"})
public class Slf4jCallerBenchmark {

    private static final String LOGGER = "bench.orders";

    private Path file;
    private org.slf4j.Logger slf4j;
    private Logger cairn;

    @Setup(Level.Trial)
    public void open() {
        file = LogFiles.fresh("slf4j-caller");
        Cairn.configure(c -> c.set("cairn.console", "none")
                .file(file)
                .set("cairn.file.max-bytes", "0")
                .service("bench")
                .set("cairn.level", "INFO"));
        slf4j = LoggerFactory.getLogger(LOGGER);
        cairn = Cairn.logger(LOGGER);
    }

    @TearDown(Level.Trial)
    public void close() {
        Cairn.shutdown();
        LogFiles.delete(file);
    }

    /** Issue 19's statement, as an SLF4J 2 user writes it. */
    @Benchmark
    public void slf4jFluent(Caller caller) {
        long i = caller.next();
        if (i % 100 == 0) {
            MDC.put("request_id", caller.requestId());
        }
        slf4j.atInfo()
                .addKeyValue("order_id", i)
                .addKeyValue("amount", 99.5)
                .addKeyValue("user", caller.user())
                .log("order {} placed", i);
    }

    /** The same fields through Cairn's API, every value a primitive and the message constant. */
    @Benchmark
    public void cairnPrimitives(Caller caller) {
        long i = caller.next();
        cairn.atInfo()
                .with("order_id", i)
                .with("amount", 99.5)
                .with("user_id", i & 255)
                .log("order placed");
    }

    /**
     * A benchmark thread: its order ids, and the MDC values and user names made ahead (issue 19's workload builds them
     * in the statement; here they are made outside the timed call, so only the library's allocation is counted).
     */
    @State(Scope.Thread)
    public static class Caller {
        private static final long PAUSE_NANOS = 20_000;

        private final String[] users = new String[256];
        private final String[] requestIds = new String[256];
        private long orderId;
        private LogContext.Scope context;

        @Setup(Level.Iteration)
        public void enter() {
            for (int u = 0; u < users.length; u++) {
                users[u] = "u" + u;
                requestIds[u] = "r-" + u;
            }
            context = LogContext.with("thread_role", "caller").open();
        }

        @TearDown(Level.Iteration)
        public void leave() {
            context.close();
            MDC.clear();
        }

        /** Paces the caller; JMH leaves invocation-level fixtures out of the sampled time. */
        @Setup(Level.Invocation)
        public void pause() {
            LockSupport.parkNanos(PAUSE_NANOS);
        }

        long next() {
            return ++orderId;
        }

        String user() {
            return users[(int) (orderId & 255)];
        }

        String requestId() {
            return requestIds[(int) ((orderId / 100) & 255)];
        }
    }
}
