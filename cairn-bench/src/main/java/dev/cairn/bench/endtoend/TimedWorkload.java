package dev.cairn.bench.endtoend;

import java.util.concurrent.CountDownLatch;

/**
 * The frame every child JVM of {@link EndToEnd} shares: N threads released together each log their share of the
 * records, the library is stopped so that every record is on disk, and the nanoseconds from the release until then
 * are printed for the parent.
 */
final class TimedWorkload {

    /** The line the parent reads: this prefix, then the elapsed nanoseconds. */
    static final String RESULT = "first-call-to-disk-ns ";

    /** What one thread logs: the order ids {@code first, first + step, …} below {@code records}. */
    @FunctionalInterface
    interface Share {
        void log(long first, int step, long records);
    }

    private TimedWorkload() {}

    /** Runs {@code share} as the child's arguments say ({@code <setup> <records> <threads>}) and prints the time. */
    static void run(String[] args, Share share) throws InterruptedException {
        Setup setup = Setup.valueOf(args[0]);
        long records = Long.parseLong(args[1]);
        int threads = Integer.parseInt(args[2]);

        CountDownLatch start = new CountDownLatch(1);
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int first = t;
            workers[t] = new Thread(
                    () -> {
                        awaitQuietly(start);
                        share.log(first, threads, records);
                    },
                    "worker-" + t);
            workers[t].start();
        }
        long began = System.nanoTime();
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        setup.stop();
        long elapsed = System.nanoTime() - began;
        System.out.println(RESULT + elapsed);
    }

    private static void awaitQuietly(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
