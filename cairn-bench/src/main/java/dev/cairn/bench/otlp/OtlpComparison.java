package dev.cairn.bench.otlp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 *       more arrived for 10 s). Both libraries may drop what their queues cannot hold, so "lost" is counted too;
 *   <li>{@code outage RATE BEFORE DOWN AFTER}: one thread logs RATE records/s for BEFORE + DOWN + AFTER seconds; the
 *       receiver's port is closed during the DOWN seconds; then each library gets up to {@link #DRAIN_LIMIT_NANOS} to
 *       deliver what it kept. Lost = logged − distinct records received.
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

    /** One library's figures in one measurement. */
    public record Result(String library, long logged, long loggedDuringOutage, long delivered, double seconds) {

        public long lost() {
            return logged - delivered;
        }

        public double deliveredPerSecond() {
            return delivered / seconds;
        }
    }

    /** A library under measurement: its name in the tables and how to open it on a receiver's endpoint. */
    public record Library(String name, Function<String, Exporter> open) {}

    /** Cairn with its defaults, Cairn without compression (as the SDK sends), the SDK with its defaults. */
    public static final List<Library> LIBRARIES = List.of(
            new Library("Cairn otlp sink (gzip, its default)", endpoint -> new CairnExporter(endpoint, "gzip")),
            new Library("Cairn otlp sink (compression none)", endpoint -> new CairnExporter(endpoint, "none")),
            new Library("OpenTelemetry SDK 1.68.0 (defaults)", SdkExporter::new));

    /** Long enough for a sender backing off or replaying its spool on a loaded machine. */
    private static final long QUIET_NANOS = 10_000_000_000L;

    private static final long DRAIN_LIMIT_NANOS = 60_000_000_000L;

    private OtlpComparison() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("throughput")) {
            int seconds = Integer.parseInt(args[1]);
            System.out.println("| library | logged | delivered | lost | records/s delivered |");
            System.out.println("|---|---:|---:|---:|---:|");
            for (Library library : LIBRARIES) {
                Result result = throughput(library, seconds, 50_000);
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %,d | %,d | %,d | %,.0f |%n",
                        result.library(),
                        result.logged(),
                        result.delivered(),
                        result.lost(),
                        result.deliveredPerSecond());
            }
        } else if (args.length == 5 && args[0].equals("outage")) {
            int rate = Integer.parseInt(args[1]);
            int before = Integer.parseInt(args[2]);
            int down = Integer.parseInt(args[3]);
            int after = Integer.parseInt(args[4]);
            System.out.println("| library | logged | logged during the outage | delivered | lost | lost % |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            for (Result result : outage(rate, before, down, after)) {
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %,d | %,d | %,d | %,d | %.1f %% |%n",
                        result.library(),
                        result.logged(),
                        result.loggedDuringOutage(),
                        result.delivered(),
                        result.lost(),
                        100.0 * result.lost() / result.logged());
            }
        } else {
            System.err.println("usage: OtlpComparison throughput SECONDS | outage RATE BEFORE_S DOWN_S AFTER_S");
            System.exit(2);
        }
    }

    /** One thread logs flat out for {@code seconds} after {@code warmUp} records to another receiver. */
    public static Result throughput(Library library, int seconds, int warmUp) throws IOException {
        warmUp(library, warmUp);
        CountingReceiver receiver = CountingReceiver.onFreePort();
        receiver.start();
        try (Exporter exporter = library.open().apply(receiver.endpoint())) {
            long start = System.nanoTime();
            long until = start + seconds * 1_000_000_000L;
            int logged = 0;
            while ((logged & 1023) != 0 || System.nanoTime() < until) {
                exporter.log(logged++);
            }
            exporter.flush();
            long end = waitForDelivery(receiver, logged, QUIET_NANOS);
            return new Result(library.name(), logged, 0, receiver.distinct(), (end - start) / 1e9);
        } finally {
            receiver.stop();
        }
    }

    /** Every library through the same outage, one after the other. */
    public static List<Result> outage(int rate, int before, int down, int after) throws IOException {
        List<Result> results = new ArrayList<>();
        for (Library library : LIBRARIES) {
            results.add(outage(library, rate, before, down, after));
        }
        return results;
    }

    private static void warmUp(Library library, int records) throws IOException {
        CountingReceiver receiver = CountingReceiver.onFreePort();
        receiver.start();
        try (Exporter exporter = library.open().apply(receiver.endpoint())) {
            for (int seq = 0; seq < records; seq++) {
                exporter.log(seq);
            }
            exporter.flush();
            waitForDelivery(receiver, records, QUIET_NANOS);
        } finally {
            receiver.stop();
        }
    }

    /**
     * {@code rate} records/s for {@code before + down + after} seconds, the receiver's port closed during the
     * {@code down} seconds; then up to 60 s to deliver (no early end on a quiet spell: either library may be backing
     * off).
     */
    public static Result outage(Library library, int rate, int before, int down, int after) throws IOException {
        CountingReceiver receiver = CountingReceiver.onFreePort();
        receiver.start();
        int total = rate * (before + down + after);
        int outageFrom = rate * before;
        int outageTo = rate * (before + down);
        try (Exporter exporter = library.open().apply(receiver.endpoint())) {
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
            long end = waitForDelivery(receiver, total, DRAIN_LIMIT_NANOS);
            return new Result(library.name(), total, outageTo - outageFrom, receiver.distinct(), (end - start) / 1e9);
        } finally {
            receiver.stop();
        }
    }

    /**
     * Waits until {@code expected} distinct records arrived, or none arrived for {@code quiet}, at most 60 s; returns
     * when the last one did.
     */
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
