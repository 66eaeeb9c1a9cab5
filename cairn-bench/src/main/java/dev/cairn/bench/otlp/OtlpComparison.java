package dev.cairn.bench.otlp;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Cairn's otlp sink against the OpenTelemetry SDK ({@code BatchLogRecordProcessor} + {@code OtlpHttpLogRecordExporter},
 * defaults), the same records to a loopback OTLP/HTTP receiver in the same run. Two measurements:
 *
 * <ul>
 *   <li>{@code throughput SECONDS}: one thread logs as fast as it can for SECONDS seconds; records/s delivered =
 *       distinct records the receiver decoded / time from the first call until the last record arrived (or nothing
 *       more arrived for 2 s). Both libraries drop what their queues cannot hold, so "lost" is counted too;
 *   <li>{@code outage RATE BEFORE DOWN AFTER}: one thread logs RATE records/s for BEFORE + DOWN + AFTER seconds; the
 *       receiver's port is closed during the DOWN seconds; then each library gets up to 60 s to deliver what it kept
 *       (waiting ends when nothing arrived for 15 s).
 *       Lost = logged − distinct records received.
 * </ul>
 *
 * Run from the repository root after {@code mvn -B -pl cairn-bench -am package -DskipTests}:
 *
 * <pre>
 * java -cp "cairn-bench/target/classes:$(cat cairn-bench/target/classpath.txt)" \
 *     dev.cairn.bench.otlp.OtlpComparison throughput 20
 * java -cp "cairn-bench/target/classes:$(cat cairn-bench/target/classpath.txt)" \
 *     dev.cairn.bench.otlp.OtlpComparison outage 1000 10 60 20
 * </pre>
 */
public final class OtlpComparison {

    private static final long QUIET_NANOS = 2_000_000_000L;
    /** After an outage, the SDK's retries back off up to 5 s: wait longer for nothing more to come. */
    private static final long OUTAGE_QUIET_NANOS = 15_000_000_000L;

    private static final long DRAIN_LIMIT_NANOS = 60_000_000_000L;

    private OtlpComparison() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("throughput")) {
            int seconds = Integer.parseInt(args[1]);
            System.out.println("| library | logged | delivered | lost | records/s delivered |");
            System.out.println("|---|---:|---:|---:|---:|");
            throughput("Cairn otlp sink", CairnExporter::new, seconds);
            throughput("OpenTelemetry SDK 1.68.0", SdkExporter::new, seconds);
        } else if (args.length == 5 && args[0].equals("outage")) {
            int rate = Integer.parseInt(args[1]);
            int before = Integer.parseInt(args[2]);
            int down = Integer.parseInt(args[3]);
            int after = Integer.parseInt(args[4]);
            System.out.println("| library | logged | logged during the outage | delivered | lost | lost % |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            outage("Cairn otlp sink", CairnExporter::new, rate, before, down, after);
            outage("OpenTelemetry SDK 1.68.0", SdkExporter::new, rate, before, down, after);
        } else {
            System.err.println("usage: OtlpComparison throughput SECONDS | outage RATE BEFORE_S DOWN_S AFTER_S");
            System.exit(2);
        }
    }

    private static void throughput(String name, Function<String, Exporter> open, int seconds) throws IOException {
        warmUp(open);
        CountingReceiver receiver = CountingReceiver.onFreePort();
        receiver.start();
        try (Exporter exporter = open.apply(receiver.endpoint())) {
            long start = System.nanoTime();
            long until = start + seconds * 1_000_000_000L;
            int logged = 0;
            while ((logged & 1023) != 0 || System.nanoTime() < until) {
                exporter.log(logged++);
            }
            exporter.flush();
            long end = waitForDelivery(receiver, logged, QUIET_NANOS);
            long delivered = receiver.distinct();
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %,d | %,d | %,d | %,.0f |%n",
                    name,
                    logged,
                    delivered,
                    logged - delivered,
                    delivered / ((end - start) / 1e9));
        } finally {
            receiver.stop();
        }
    }

    private static void warmUp(Function<String, Exporter> open) throws IOException {
        CountingReceiver receiver = CountingReceiver.onFreePort();
        receiver.start();
        try (Exporter exporter = open.apply(receiver.endpoint())) {
            for (int seq = 0; seq < 50_000; seq++) {
                exporter.log(seq);
            }
            exporter.flush();
            waitForDelivery(receiver, 50_000, QUIET_NANOS);
        } finally {
            receiver.stop();
        }
    }

    private static void outage(String name, Function<String, Exporter> open, int rate, int before, int down, int after)
            throws IOException {
        CountingReceiver receiver = CountingReceiver.onFreePort();
        receiver.start();
        int total = rate * (before + down + after);
        int outageFrom = rate * before;
        int outageTo = rate * (before + down);
        try (Exporter exporter = open.apply(receiver.endpoint())) {
            long start = System.nanoTime();
            long interval = 1_000_000_000L / rate;
            for (int seq = 0; seq < total; seq++) {
                if (seq == outageFrom) {
                    receiver.stop();
                } else if (seq == outageTo) {
                    receiver.start();
                }
                long due = start + seq * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                exporter.log(seq);
            }
            exporter.flush();
            waitForDelivery(receiver, total, OUTAGE_QUIET_NANOS);
            long delivered = receiver.distinct();
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %,d | %,d | %,d | %,d | %.1f %% |%n",
                    name,
                    total,
                    outageTo - outageFrom,
                    delivered,
                    total - delivered,
                    100.0 * (total - delivered) / total);
        } finally {
            receiver.stop();
        }
    }

    /** Waits until {@code expected} distinct records arrived, or none arrived for {@code quiet}; returns when the last did. */
    private static long waitForDelivery(CountingReceiver receiver, long expected, long quiet) {
        long limit = System.nanoTime() + DRAIN_LIMIT_NANOS;
        long last = receiver.received();
        long lastChange = System.nanoTime();
        while (receiver.distinct() < expected && System.nanoTime() - lastChange < quiet && System.nanoTime() < limit) {
            LockSupport.parkNanos(10_000_000L);
            long now = receiver.received();
            if (now != last) {
                last = now;
                lastChange = System.nanoTime();
            }
        }
        return receiver.distinct() >= expected ? System.nanoTime() : lastChange;
    }
}
