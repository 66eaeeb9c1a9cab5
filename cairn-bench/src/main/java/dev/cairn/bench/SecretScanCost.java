package dev.cairn.bench;

import dev.cairn.LogSystem;
import dev.cairn.Logger;
import dev.cairn.bench.subject.Workload;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;

/**
 * The secret detectors' share of the writer's time per record, measured as thread CPU time rather than wall time, so
 * that other work on a shared machine does not count: the benchmark record written synchronously as JSON to a
 * stream that drops it (encoding plus scanning, no I/O, so the share is an upper bound of a file sink's), with
 * {@code cairn.secrets.detect=none} and {@code all} in alternating rounds in one JVM. Checks that both wrote the same
 * bytes and that nothing was masked. Prints the median CPU ns per record of each and the overhead.
 *
 * <pre>java -cp … dev.cairn.bench.SecretScanCost [records-per-round] [rounds]</pre>
 */
public final class SecretScanCost {

    private SecretScanCost() {}

    public static void main(String[] args) {
        int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        LogSystem off = system("none", OutputStream.nullOutputStream());
        LogSystem on = system("all", OutputStream.nullOutputStream());
        checkSameOutput();
        Logger offLog = off.logger(Workload.LOGGER);
        Logger onLog = on.logger(Workload.LOGGER);
        for (int i = 0; i < 3; i++) {
            write(offLog, perRound);
            write(onLog, perRound);
        }
        double[] offNs = new double[rounds];
        double[] onNs = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = cpu.getCurrentThreadCpuTime();
            write(offLog, perRound);
            long middle = cpu.getCurrentThreadCpuTime();
            write(onLog, perRound);
            long end = cpu.getCurrentThreadCpuTime();
            offNs[r] = (middle - start) / (double) perRound;
            onNs[r] = (end - middle) / (double) perRound;
        }
        if (on.stats().secretsMasked() != 0) {
            throw new IllegalStateException("the benchmark record holds no secret, yet something was masked");
        }
        off.close();
        on.close();
        double offMedian = median(offNs);
        double onMedian = median(onNs);
        System.out.printf(
                "records per round %d, rounds %d%ndetect=none  %.1f CPU ns/record (median)%ndetect=all   %.1f CPU"
                        + " ns/record (median)%noverhead     %.1f%%%n",
                perRound, rounds, offMedian, onMedian, (onMedian - offMedian) / offMedian * 100);
    }

    private static void checkSameOutput() {
        ByteArrayOutputStream offBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream onBytes = new ByteArrayOutputStream();
        try (LogSystem off = system("none", offBytes);
                LogSystem on = system("all", onBytes)) {
            write(off.logger(Workload.LOGGER), 1_000);
            write(on.logger(Workload.LOGGER), 1_000);
        }
        String a = offBytes.toString().replaceAll("\"timestamp\":\"[^\"]*\"", "");
        String b = onBytes.toString().replaceAll("\"timestamp\":\"[^\"]*\"", "");
        if (a.isEmpty() || !a.equals(b)) {
            throw new IllegalStateException("the two configurations wrote different records");
        }
    }

    private static void write(Logger log, int records) {
        for (int i = 0; i < records; i++) {
            log.atInfo()
                    .with(Workload.ORDER_ID, (long) i)
                    .with(Workload.AMOUNT, Workload.AMOUNT_VALUE)
                    .with(Workload.STATUS, Workload.STATUS_VALUE)
                    .log(Workload.MESSAGE);
        }
    }

    private static LogSystem system(String detect, OutputStream out) {
        return LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .classLoader(null)
                .shutdownHook(false)
                .configure(c -> c.service(Workload.SERVICE)
                        .set("cairn.async", "false")
                        .set("cairn.format", "json")
                        .set("cairn.secrets.detect", detect)
                        .consoleOutput(out))
                .build();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
