package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.testing.ChildJvm;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An asynchronous record with primitive fields (and string arguments), logged through Cairn's own API, costs its
 * caller no allocation once every slot of the queue has been used: the caller fills the record in place in its slot
 * (issue 19). Measured with the JVM's per-thread allocation counter of the calling thread, which counts bytes, not
 * time; the writer thread's allocations are not counted. The tolerance (under 1 byte per record on average) leaves
 * room for the counter's own reading, never for an object per record (16 bytes at least).
 *
 * <p>In a JVM of its own, as an application logs: on JDK 17 the clock's {@code Instant} is removed by C2's escape
 * analysis, which the profile of {@code Instant.create} decides, and other tests of this suite (fixed clocks at the
 * epoch) change that profile.
 */
class QueuedRecordAllocationTest {

    private static final int RECORDS = 100_000;
    private static final int MAX_ROUNDS = 40;
    private static final String ORDER = "o-1";
    private static final String USER = "alice";

    @TempDir
    Path dir;

    @Test
    void recordsWithPrimitiveFields_allocateNothingOnTheCallingThread() throws Exception {
        ChildJvm.Exit exit = ChildJvm.main(LogsOrders.class)
                .in(dir)
                .jvmArguments(
                        "-Xmx256m",
                        "-Dcairn.console=none",
                        "-Dcairn.file=app.json",
                        "-Dcairn.format=json",
                        "-Dcairn.file.max-bytes=0",
                        // A small queue, so that the rounds use every slot many times and the caller also waits on
                        // a full queue.
                        "-Dcairn.queue.size=1024")
                .run(Duration.ofSeconds(300));

        assertThat(exit.stderr()).isEmpty();
        List<String> report = exit.stdoutLines();
        assertThat(report).hasSize(2);
        int rounds = Integer.parseInt(report.get(0));
        double perRecord = Double.parseDouble(report.get(1));
        assertThat(perRecord)
                .as(
                        "bytes allocated per record by the calling thread, after %d rounds of %d records",
                        rounds, 2 * RECORDS)
                .isLessThan(1.0);

        int logged = rounds * RECORDS;
        List<String> lines = Files.readAllLines(dir.resolve("app.json"));
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

    /**
     * Logs rounds of records until the JIT has compiled the statements and every slot has its record and field arrays
     * (the round that shows it is the steady state), or {@link #MAX_ROUNDS}; prints the rounds, then the last round's
     * bytes per record.
     */
    public static final class LogsOrders {
        public static void main(String[] args) throws IOException {
            com.sun.management.ThreadMXBean threads =
                    (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long self = Thread.currentThread().getId();
            Logger log = Cairn.logger("orders");
            double perRecord = Double.MAX_VALUE;
            int rounds = 0;
            while (rounds < MAX_ROUNDS && perRecord >= 1.0) {
                long before = threads.getThreadAllocatedBytes(self);
                logOrders(log, rounds * RECORDS, (rounds + 1) * RECORDS);
                perRecord = (threads.getThreadAllocatedBytes(self) - before) / (2.0 * RECORDS);
                rounds++;
                Cairn.flush();
            }
            Cairn.shutdown();
            System.out.println(rounds);
            System.out.println(perRecord);
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
}
