package dev.cairn.bench.receive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Records shipped over TCP on loopback into {@code cairn receive} (a child JVM writing a file), by Cairn's tcp sink,
 * Logback's logstash TCP appender and Log4j2's SocketAppender, one after another in the same run:
 *
 * <ol>
 *   <li>throughput: {@code records} records from one thread, timed from the first call until the receiver's file
 *       holds them all (or nothing arrived for 10 s); records/s counts the records that arrived;
 *   <li>loss across an outage: 1,000 records/s for 30 s; the receiver is killed with SIGKILL after 5 s and started
 *       again on the same port {@code outage} seconds later; lost = ids that never reach the file after the library
 *       is shut down as at exit.
 * </ol>
 *
 * <p>Usage: {@code ReceiveComparison <records> <outage-seconds> <work-dir> [cairn,logback,log4j2]}. Output is a Markdown table.
 */
public final class ReceiveComparison {

    private static final int RATE = 1_000;
    private static final int SECONDS = 30;
    private static final int KILL_AT = 5;

    private ReceiveComparison() {}

    public static void main(String[] args) throws Exception {
        int records = Integer.parseInt(args[0]);
        int outage = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        Files.createDirectories(dir);
        List<String> names = args.length > 3 ? List.of(args[3].split(",")) : List.of("cairn", "logback", "log4j2");
        System.out.println("| library | records/s arrived at cairn receive | lost of " + records + " | lost of "
                + RATE * SECONDS + " across a " + outage + " s receiver outage | duplicated |");
        System.out.println("|---|---|---|---|---|");
        for (String name : names) {
            IntFunction<Shipper> shipper = port -> switch (name) {
                case "cairn" -> new CairnShipper(port, dir.resolve(name + "-spool-" + System.nanoTime()));
                case "logback" -> new LogbackShipper(port);
                default -> new Log4j2Shipper(port);
            };
            double perSecond;
            long lostFast;
            String label;
            Path fast = dir.resolve(name + "-throughput.log");
            Files.deleteIfExists(fast);
            ReceiverChild receiver = new ReceiverChild(fast);
            int port = receiver.start(0);
            long end;
            long[] begin = new long[1];
            try (Shipper s = shipper.apply(port)) {
                label = s.name();
                long start = System.nanoTime();
                begin[0] = start;
                for (int i = 0; i < records; i++) {
                    s.log(i);
                }
                end = awaitLines(fast, records, start);
            }
            receiver.stop();
            int arrived = ReceivedIds.read(fast).ids.cardinality();
            perSecond = arrived / ((end - begin[0]) / 1e9);
            lostFast = records - arrived;

            Path slow = dir.resolve(name + "-outage.log");
            Files.deleteIfExists(slow);
            ReceiverChild outageReceiver = new ReceiverChild(slow);
            int outagePort = outageReceiver.start(0);
            int total = RATE * SECONDS;
            try (Shipper s = shipper.apply(outagePort)) {
                long start = System.nanoTime();
                boolean killed = false;
                boolean restarted = false;
                for (int i = 0; i < total; i++) {
                    long due = start + TimeUnit.SECONDS.toNanos(1) * i / RATE;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    long elapsed = System.nanoTime() - start;
                    if (!killed && elapsed >= TimeUnit.SECONDS.toNanos(KILL_AT)) {
                        outageReceiver.kill();
                        killed = true;
                    }
                    if (killed && !restarted && elapsed >= TimeUnit.SECONDS.toNanos(KILL_AT + outage)) {
                        outageReceiver.start(outagePort);
                        restarted = true;
                    }
                    s.log(i);
                }
                awaitLines(slow, total, System.nanoTime());
            }
            awaitLines(slow, total, System.nanoTime());
            outageReceiver.stop();
            ReceivedIds ids = ReceivedIds.read(slow);
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %,.0f | %,d | %,d | %,d |%n",
                    label,
                    perSecond,
                    lostFast,
                    total - ids.ids.cardinality(),
                    ids.duplicates);
        }
    }

    /** Waits until {@code file} has {@code expected} lines or none came for 10 s; returns when the last one came. */
    private static long awaitLines(Path file, long expected, long since) throws Exception {
        ReceivedIds.LineCounter counter = new ReceivedIds.LineCounter(file);
        long last = counter.lines();
        long lastChange = System.nanoTime();
        while (last < expected && System.nanoTime() - lastChange < TimeUnit.SECONDS.toNanos(10)) {
            Thread.sleep(20);
            long now = counter.lines();
            if (now != last) {
                last = now;
                lastChange = System.nanoTime();
            }
        }
        return Math.max(since, lastChange);
    }
}
