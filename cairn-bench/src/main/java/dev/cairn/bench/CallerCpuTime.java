package dev.cairn.bench;

import dev.cairn.Cairn;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * CPU time of the calling thread alone per asynchronous record, for {@link CallerAllocation}'s three statements: on a
 * loaded machine wall-clock samples mostly measure scheduling, while a thread's CPU time does not count the time it
 * waits for a core. Logs rounds of records below the queue's capacity (the caller never waits for the writer),
 * flushing between rounds outside the measurement, and prints the median and the lowest of the last two thirds of the
 * rounds, after the JIT has compiled the statements.
 *
 * <p>Usage: {@code java -Dslf4j.provider=dev.cairn.slf4j.CairnServiceProvider … dev.cairn.bench.CallerCpuTime}
 * (Cairn's default queue of 16,384 records; 300 rounds of 10,000 records of each statement).
 */
public final class CallerCpuTime {

    private static final int ROUNDS = 300;
    private static final int RECORDS = 10_000;

    private CallerCpuTime() {}

    public static void main(String... args) {
        Path file = LogFiles.fresh("caller-cpu-time");
        Cairn.configure(c -> c.set("cairn.console", "none")
                .file(file)
                .set("cairn.file.max-bytes", "0")
                .service("bench")
                .set("cairn.level", "INFO"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CallerRounds rounds = new CallerRounds(RECORDS, threads::getCurrentThreadCpuTime);
        double[] slf4jNanos = new double[ROUNDS];
        double[] cairnNanos = new double[ROUNDS];
        double[] workloadNanos = new double[ROUNDS];
        try {
            for (int round = 0; round < ROUNDS; round++) {
                slf4jNanos[round] = rounds.slf4jFluent();
                cairnNanos[round] = rounds.cairnPrimitives();
                workloadNanos[round] = rounds.cairnWorkload();
            }
            print("slf4jFluent    ", slf4jNanos);
            print("cairnPrimitives", cairnNanos);
            print("cairnWorkload  ", workloadNanos);
        } finally {
            Cairn.shutdown();
            LogFiles.delete(file);
        }
    }

    private static void print(String statement, double[] nanos) {
        double[] steady = Arrays.copyOfRange(nanos, ROUNDS / 3, ROUNDS);
        Arrays.sort(steady);
        System.out.printf(
                "%s %.0f ns CPU per record on the calling thread (median; lowest %.0f)%n",
                statement, steady[steady.length / 2], steady[0]);
    }
}
