package dev.cairn.bench.endtoend;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The child JVM of {@link EndToEnd}: logs issue 19's workload through the SLF4J 2 API on N threads, stops the library
 * so that every record is on disk, and prints the nanoseconds from the first log call until then.
 *
 * <p>Usage: {@code Slf4jWorkload <setup> <records> <threads>}; the library is the one {@code -Dslf4j.provider} selects.
 */
public final class Slf4jWorkload {

    /** The line the parent reads: this prefix, then the elapsed nanoseconds. */
    static final String RESULT = "first-call-to-disk-ns ";

    private Slf4jWorkload() {}

    public static void main(String... args) throws InterruptedException {
        Setup setup = Setup.valueOf(args[0]);
        long records = Long.parseLong(args[1]);
        int threads = Integer.parseInt(args[2]);
        Logger log = LoggerFactory.getLogger("bench.orders");

        CountDownLatch start = new CountDownLatch(1);
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int first = t;
            workers[t] = new Thread(
                    () -> {
                        awaitQuietly(start);
                        logShare(log, first, threads, records);
                    },
                    "worker-" + t);
            workers[t].start();
        }
        long began = System.nanoTime();
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        stop(setup);
        long elapsed = System.nanoTime() - began;
        System.out.println(RESULT + elapsed);
    }

    /** Logs the order ids {@code first, first + step, …} below {@code records}, a new request id every 100 records. */
    private static void logShare(Logger log, long first, int step, long records) {
        long written = 0;
        for (long i = first; i < records; i += step) {
            if (written++ % 100 == 0) {
                MDC.put("request_id", "r-" + i);
            }
            log.atInfo()
                    .addKeyValue("order_id", i)
                    .addKeyValue("amount", 99.5)
                    .addKeyValue("user", "u" + (i & 255))
                    .log("order {} placed", i);
        }
        MDC.remove("request_id");
    }

    /** Stops the library the way its users shut it down, which drains its queue and flushes and closes the file. */
    private static void stop(Setup setup) {
        switch (setup) {
            case CAIRN -> dev.cairn.Cairn.shutdown();
            case LOGBACK_TUNED, LOGBACK_DEFAULT ->
                ((ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory()).stop();
            case LOG4J2_ASYNC -> org.apache.logging.log4j.LogManager.shutdown();
        }
    }

    private static void awaitQuietly(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
