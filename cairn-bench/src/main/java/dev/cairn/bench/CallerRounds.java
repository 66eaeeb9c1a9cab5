package dev.cairn.bench;

import dev.cairn.Cairn;
import dev.cairn.Logger;
import dev.cairn.context.LogContext;
import java.util.function.LongSupplier;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Issue 19's statements, the SLF4J fluent one, the same fields through Cairn's API with primitive values, and the
 * end-to-end workload's through Cairn's API ({@code endtoend.CairnApiWorkload}), logged in rounds on the calling
 * thread, each round measured by a counter of that thread (its allocated bytes, its CPU time) and followed by a flush
 * outside the measurement. User names and request ids are made ahead, so only the library's work is counted. Shared
 * by {@link CallerAllocation} and {@link CallerCpuTime}.
 */
final class CallerRounds {

    private final org.slf4j.Logger slf4j = LoggerFactory.getLogger("bench.orders");
    private final Logger cairn = Cairn.logger("bench.orders");
    private final String[] users = new String[256];
    private final String[] requestIds = new String[256];
    private final int records;
    private final LongSupplier counter;

    /** Rounds of {@code records} records, measured by {@code counter} of the calling thread. */
    CallerRounds(int records, LongSupplier counter) {
        this.records = records;
        this.counter = counter;
        for (int u = 0; u < users.length; u++) {
            users[u] = "u" + u;
            requestIds[u] = "r-" + u;
        }
    }

    /** One round of the SLF4J statement ({@code MDC.put} every 100 records); the counter's increase per record. */
    double slf4jFluent() {
        long before = counter.getAsLong();
        for (long i = 0; i < records; i++) {
            if (i % 100 == 0) {
                MDC.put("request_id", requestIds[(int) ((i / 100) & 255)]);
            }
            slf4j.atInfo()
                    .addKeyValue("order_id", i)
                    .addKeyValue("amount", 99.5)
                    .addKeyValue("user", users[(int) (i & 255)])
                    .log("order {} placed", i);
        }
        return perRecord(before);
    }

    /** One round of the statement through Cairn's API with primitive values; the counter's increase per record. */
    double cairnPrimitives() {
        long before = counter.getAsLong();
        for (long i = 0; i < records; i++) {
            cairn.atInfo()
                    .with("order_id", i)
                    .with("amount", 99.5)
                    .with("user_id", i & 255)
                    .log("order placed");
        }
        return perRecord(before);
    }

    /**
     * One round of the end-to-end workload's statement through Cairn's API: a context scope per 100 records and the
     * order id also as the message argument; the counter's increase per record.
     */
    double cairnWorkload() {
        long before = counter.getAsLong();
        for (long request = 0; request < records; request += 100) {
            try (LogContext.Scope scope = LogContext.with("request_id", requestIds[(int) ((request / 100) & 255)])
                    .open()) {
                for (long i = request; i < request + 100 && i < records; i++) {
                    cairn.atInfo()
                            .with("order_id", i)
                            .with("amount", 99.5)
                            .with("user", users[(int) (i & 255)])
                            .log("order {} placed", i);
                }
            }
        }
        return perRecord(before);
    }

    private double perRecord(long before) {
        double perRecord = (counter.getAsLong() - before) / (double) records;
        Cairn.flush();
        return perRecord;
    }
}
