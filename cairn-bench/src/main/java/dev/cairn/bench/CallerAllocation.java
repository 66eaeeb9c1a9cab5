package dev.cairn.bench;

import dev.cairn.Cairn;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * Bytes allocated by the calling thread alone per asynchronous record, for {@link Slf4jCallerBenchmark}'s two
 * statements and the end-to-end workload's statement through Cairn's API ({@link CallerRounds#cairnWorkload}): JMH's {@code -prof gc} counts every thread of the fork, Cairn's writer thread included, so it cannot
 * tell the caller's share. Logs rounds of records below the queue's capacity (the caller never waits), flushing
 * between rounds, and prints the last round's bytes per record after the JIT has compiled the statement.
 *
 * <p>Usage: {@code java -Dslf4j.provider=dev.cairn.slf4j.CairnServiceProvider … dev.cairn.bench.CallerAllocation}
 */
public final class CallerAllocation {

    private static final int ROUNDS = 20;
    private static final int RECORDS = 100_000;

    private CallerAllocation() {}

    public static void main(String... args) {
        Path file = LogFiles.fresh("caller-allocation");
        Cairn.configure(c -> c.set("cairn.console", "none")
                .file(file)
                .set("cairn.file.max-bytes", "0")
                .service("bench")
                .set("cairn.level", "INFO")
                .set("cairn.queue.size", Integer.toString(4 * RECORDS)));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        CallerRounds rounds = new CallerRounds(RECORDS, () -> threads.getThreadAllocatedBytes(self));
        try {
            double slf4jBytes = 0;
            double cairnBytes = 0;
            double workloadBytes = 0;
            for (int round = 0; round < ROUNDS; round++) {
                slf4jBytes = rounds.slf4jFluent();
                cairnBytes = rounds.cairnPrimitives();
                workloadBytes = rounds.cairnWorkload();
            }
            System.out.printf("slf4jFluent     %.1f bytes per record on the calling thread%n", slf4jBytes);
            System.out.printf("cairnPrimitives %.1f bytes per record on the calling thread%n", cairnBytes);
            System.out.printf("cairnWorkload   %.1f bytes per record on the calling thread%n", workloadBytes);
        } finally {
            Cairn.shutdown();
            LogFiles.delete(file);
        }
    }
}
