package dev.cairn.bench.endtoend;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs {@link Slf4jWorkload} for Cairn in this JVM (or {@link CairnApiWorkload}) and prints the CPU time and the bytes
 * allocated per record by Cairn's writer thread, and the CPU time per record of the logging threads: on a machine
 * shared with other work these move far less than records per second, so two builds can be compared run against run.
 *
 * <p>Usage: the system properties of {@link Setup#CAIRN} and {@code -Dslf4j.provider=dev.cairn.slf4j.CairnServiceProvider},
 * then {@code WriterThreadCost <records> <threads> [CAIRN_API]}. The threads are sampled every 5 ms until the JVM
 * exits, so the figures leave out at most the writer's last 5 ms.
 */
public final class WriterThreadCost {

    private static final String WRITER = "cairn-writer";
    private static final String WORKER = "worker-";
    private static final long SAMPLE_MILLIS = 5;

    private WriterThreadCost() {}

    public static void main(String... args) throws InterruptedException {
        long records = Long.parseLong(args[0]);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpuByThread = new ConcurrentHashMap<>();
        /* The writer's CPU time and allocated bytes at the last sample. */
        long[] writer = new long[2];
        Thread sampler = new Thread(
                () -> {
                    while (true) {
                        for (Thread thread : Thread.getAllStackTraces().keySet()) {
                            long cpu = threads.getThreadCpuTime(thread.getId());
                            if (cpu <= 0) {
                                continue;
                            }
                            if (thread.getName().equals(WRITER)) {
                                writer[0] = cpu;
                                writer[1] = threads.getThreadAllocatedBytes(thread.getId());
                            } else if (thread.getName().startsWith(WORKER)) {
                                cpuByThread.put(thread.getId(), cpu);
                            }
                        }
                        try {
                            Thread.sleep(SAMPLE_MILLIS);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "writer-thread-cost");
        sampler.setDaemon(true);
        sampler.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long callers =
                    cpuByThread.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf(
                    Locale.ROOT,
                    "writer CPU %.1f ns/record, writer allocation %.2f B/record, callers' CPU %.1f ns/record%n",
                    writer[0] / (double) records,
                    writer[1] / (double) records,
                    callers / (double) records);
        }));
        if (args.length > 2 && Setup.valueOf(args[2]) == Setup.CAIRN_API) {
            CairnApiWorkload.main(Setup.CAIRN_API.name(), args[0], args[1]);
        } else {
            Slf4jWorkload.main(Setup.CAIRN.name(), args[0], args[1]);
        }
    }
}
