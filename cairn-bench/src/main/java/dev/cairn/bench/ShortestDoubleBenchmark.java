package dev.cairn.bench;

import dev.cairn.internal.layout.ShortestDouble;
import java.math.BigDecimal;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * A double to its shortest text: Cairn's {@code ShortestDouble} writing ASCII bytes into a reused array against
 * {@code Double.toString} (FloatingDecimal on JDK 17, Schubfach on JDK 19+), which returns a new {@code String}. Both
 * produce the same text on JDK 19+ (ShortestDoubleTest). Run with {@code -prof gc} for the bytes allocated per call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ShortestDoubleBenchmark {

    private static final int VALUES = 1024;

    /** {@code amounts}: two-decimal amounts such as 99.5 or 1234.56; {@code random}: uniformly random bit patterns. */
    @Param({"amounts", "random"})
    public String values;

    private final double[] doubles = new double[VALUES];
    private final byte[] out = new byte[ShortestDouble.MAX_LENGTH];
    private int next;

    @Setup
    public void fill() {
        SplittableRandom random = new SplittableRandom(19);
        for (int i = 0; i < VALUES; i++) {
            if (values.equals("amounts")) {
                doubles[i] =
                        BigDecimal.valueOf(random.nextLong(1, 1_000_000), 2).doubleValue();
            } else {
                double v;
                do {
                    v = Double.longBitsToDouble(random.nextLong());
                } while (!Double.isFinite(v));
                doubles[i] = v;
            }
        }
    }

    private double nextValue() {
        next = (next + 1) & (VALUES - 1);
        return doubles[next];
    }

    @Benchmark
    public int shortestDouble() {
        return ShortestDouble.write(nextValue(), out, 0);
    }

    @Benchmark
    public String doubleToString() {
        return Double.toString(nextValue());
    }
}
