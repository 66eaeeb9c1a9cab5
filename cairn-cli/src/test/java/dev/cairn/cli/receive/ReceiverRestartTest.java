package dev.cairn.cli.receive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.LogStats;
import dev.cairn.LogSystem;
import dev.cairn.testing.Await;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.BitSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A receiver killed with SIGKILL mid-stream and started again: the sender's acknowledgements and spool lose nothing. */
class ReceiverRestartTest {

    private static final int THREADS = 4;
    private static final int PER_THREAD = 25_000;

    @TempDir
    Path dir;

    @Test
    void receiverKilledAndRestarted_everyRecordArrives_duplicatesAtMostMaybeDuplicated() throws Exception {
        Path received = dir.resolve("received");
        String output = received.resolve("records.log").toString();
        int total = THREADS * PER_THREAD;
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        LogStats.DeliveryStats stats;
        int port;
        try (ReceiverProcess first = ReceiverProcess.start(Map.of(), "--tcp", "127.0.0.1:0", "--output", output)) {
            port = first.port("tcp");
            try (LogSystem system = SenderLogs.build(
                    dir,
                    diagnostics,
                    c -> c.set("cairn.sink.net.type", "tcp")
                            .set("cairn.sink.net.host", "127.0.0.1")
                            .set("cairn.sink.net.port", String.valueOf(port))
                            .set("cairn.sink.net.batch.max-records", "200")
                            .set("cairn.sink.net.retry.initial-backoff", "50ms")
                            .set("cairn.sink.net.retry.max-backoff", "500ms")
                            .set(
                                    "cairn.sink.net.spool.dir",
                                    dir.resolve("spool").toString())
                            .set("cairn.shutdown.timeout", "60s"))) {
                Thread logging = new Thread(() -> {
                    try {
                        SenderLogs.logFromThreads(system, THREADS, PER_THREAD);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                logging.start();
                Await.until(
                        Duration.ofMinutes(1),
                        () -> system.stats().sink("net").delivery().delivered(),
                        delivered -> delivered >= 5_000,
                        () -> "a part delivered: " + system.stats().sink("net"));
                first.kill();
                long deliveredAtKill = system.stats().sink("net").delivery().delivered();
                assertThat(deliveredAtKill).as("killed mid-stream").isLessThan(total);

                try (ReceiverProcess second =
                        ReceiverProcess.start(Map.of(), "--tcp", "127.0.0.1:" + port, "--output", output)) {
                    logging.join();
                    stats = Await.until(
                            Duration.ofMinutes(3),
                            () -> system.stats().sink("net").delivery(),
                            s -> s.delivered() == total,
                            () -> "every record acknowledged: " + system.stats().sink("net"));
                    second.terminate();
                }
            }
        }
        ReceivedFiles.Lines lines = ReceivedFiles.read(received, "records");
        BitSet seen = new BitSet();
        long duplicates = TcpSinkToReceiverTest.markIds(lines.records(), seen);
        assertThat(seen.cardinality()).as("distinct records").isEqualTo(total);
        assertThat(duplicates).isLessThanOrEqualTo(stats.maybeDuplicated());
        assertThat(lines.unparsable()).as("at most the line cut by the kill").hasSizeLessThanOrEqualTo(1);
        assertThat(stats.dropped()).isZero();
        assertThat(stats.rejected()).isZero();
        assertThat(stats.retried()).isPositive();
    }
}
