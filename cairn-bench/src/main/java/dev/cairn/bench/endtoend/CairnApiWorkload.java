package dev.cairn.bench.endtoend;

import dev.cairn.Cairn;
import dev.cairn.Logger;
import dev.cairn.context.LogContext;

/**
 * The child JVM of {@link EndToEnd} for {@link Setup#CAIRN_API}: issue 19's workload through Cairn's own API on N
 * threads ({@link TimedWorkload}), as a Cairn user writes it: a context scope per request of 100 records, primitive
 * field values.
 *
 * <p>Usage: {@code CairnApiWorkload CAIRN_API <records> <threads>}, configured by {@code -Dcairn.*} properties.
 */
public final class CairnApiWorkload {

    /** Records logged inside one request's context scope, as often as the SLF4J workload puts a new request id. */
    private static final int RECORDS_PER_REQUEST = 100;

    private CairnApiWorkload() {}

    public static void main(String... args) throws InterruptedException {
        Logger log = Cairn.logger("bench.orders");
        TimedWorkload.run(args, (first, step, records) -> logShare(log, first, step, records));
    }

    /** Logs the order ids {@code first, first + step, …} below {@code records}, a new request scope every 100. */
    private static void logShare(Logger log, long first, int step, long records) {
        long perRequest = (long) RECORDS_PER_REQUEST * step;
        for (long request = first; request < records; request += perRequest) {
            long end = Math.min(records, request + perRequest);
            try (LogContext.Scope scope =
                    LogContext.with("request_id", "r-" + request).open()) {
                for (long i = request; i < end; i += step) {
                    log.atInfo()
                            .with("order_id", i)
                            .with("amount", 99.5)
                            .with("user", "u" + (i & 255))
                            .log("order {} placed", i);
                }
            }
        }
    }
}
