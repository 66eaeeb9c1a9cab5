package dev.cairn.bench.endtoend;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The child JVM of {@link EndToEnd} for the SLF4J set-ups: logs issue 19's workload through the SLF4J 2 API on N
 * threads ({@link TimedWorkload}).
 *
 * <p>Usage: {@code Slf4jWorkload <setup> <records> <threads>}; the library is the one {@code -Dslf4j.provider} selects.
 */
public final class Slf4jWorkload {

    private Slf4jWorkload() {}

    public static void main(String... args) throws InterruptedException {
        Logger log = LoggerFactory.getLogger("bench.orders");
        TimedWorkload.run(args, (first, step, records) -> logShare(log, first, step, records));
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
}
