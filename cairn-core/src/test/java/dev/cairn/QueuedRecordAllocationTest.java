package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An asynchronous record with primitive fields (and string arguments), logged through Cairn's own API, costs its
 * caller no allocation once every slot of the queue has been used: the caller fills the record in place in its slot
 * (issue 19). Measured with
 * the JVM's per-thread allocation counter of the calling thread, which counts bytes, not time; the writer thread's
 * allocations are not counted. The tolerance (under 1 byte per record on average) leaves room for the counter's own
 * reading and a rare JIT deoptimisation, never for an object per record (16 bytes at least).
 */
class QueuedRecordAllocationTest {

    private static final int RECORDS = 100_000;
    private static final int MAX_ROUNDS = 40;
    private static final String ORDER = "o-1";
    private static final String USER = "alice";
    /** A small queue, so that the warm-up uses every slot many times and the caller also waits on a full queue. */
    private static final String QUEUE_SIZE = "1024";

    @TempDir
    Path dir;

    @Test
    void recordsWithPrimitiveFields_allocateNothingOnTheCallingThread() throws IOException {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        Path file = dir.resolve("app.json");
        int logged;
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.console", "none")
                .file(file)
                .set("cairn.file.max-bytes", "0")
                .set("cairn.queue.size", QUEUE_SIZE))) {
            Logger log = logs.logger("orders");
            // Rounds until the JIT has compiled the statement (escape analysis then removes the clock's Instant) and
            // every slot has its record and field arrays; the round that shows it is the steady state.
            double perRecord = Double.MAX_VALUE;
            int rounds = 0;
            while (rounds < MAX_ROUNDS && perRecord >= 1.0) {
                long before = threads.getThreadAllocatedBytes(self);
                logOrders(log, rounds * RECORDS, (rounds + 1) * RECORDS);
                perRecord = (threads.getThreadAllocatedBytes(self) - before) / (2.0 * RECORDS);
                rounds++;
                logs.system.flush();
            }

            assertThat(perRecord)
                    .as(
                            "bytes allocated per record by the calling thread, after %d rounds of %d records",
                            rounds, 2 * RECORDS)
                    .isLessThan(1.0);
            logged = rounds * RECORDS;
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2 * logged);
        ObjectMapper json = new ObjectMapper();
        JsonNode paid = json.readTree(lines.get(lines.size() - 1));
        assertThat(paid.get("message").asText()).isEqualTo("order o-1 paid by alice");
        assertThat(paid.get("order_id").asLong()).isEqualTo(logged - 1);
        JsonNode last = json.readTree(lines.get(lines.size() - 2));
        assertThat(last.get("message").asText()).isEqualTo("order placed");
        assertThat(last.get("order_id").isIntegralNumber()).isTrue();
        assertThat(last.get("order_id").asLong()).isEqualTo(logged - 1);
        assertThat(last.get("amount").asDouble()).isEqualTo(99.5);
        assertThat(last.get("user_id").asLong()).isEqualTo(7_000_000_000L + logged - 1);
        assertThat(last.get("paid").asBoolean()).isTrue();
    }

    private static void logOrders(Logger log, int from, int to) {
        for (int i = from; i < to; i++) {
            log.atInfo()
                    .with("order_id", i)
                    .with("amount", 99.5)
                    .with("user_id", 7_000_000_000L + i)
                    .with("paid", true)
                    .log("order placed");
            log.atInfo().with("order_id", i).log("order {} paid by {}", ORDER, USER);
        }
    }
}
