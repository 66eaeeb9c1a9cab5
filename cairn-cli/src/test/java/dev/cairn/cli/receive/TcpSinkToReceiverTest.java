package dev.cairn.cli.receive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.LogStats;
import dev.cairn.LogSystem;
import dev.cairn.testing.Await;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.BitSet;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real tcp sink into a real {@code cairn receive} (a child JVM) over loopback. */
class TcpSinkToReceiverTest {

    private static final int THREADS = 4;
    private static final int PER_THREAD = 50_000;

    @TempDir
    Path dir;

    /** Marks each record's id; returns how many ids came more than once. */
    static long markIds(Iterable<JsonNode> records, BitSet seen) {
        long duplicates = 0;
        for (JsonNode record : records) {
            if (!record.has("id")) {
                continue;
            }
            int id = record.get("id").asInt();
            if (seen.get(id)) {
                duplicates++;
            }
            seen.set(id);
        }
        return duplicates;
    }

    @Test
    void fourThreads_everyRecordArrivesExactlyOnce_acrossRotatedFiles() throws Exception {
        Path received = dir.resolve("received");
        try (ReceiverProcess receiver = ReceiverProcess.start(
                Map.of(),
                "--tcp",
                "127.0.0.1:0",
                "--output",
                received.resolve("records.log").toString(),
                "--file-option",
                "max-bytes=4MB",
                "--file-option",
                "backups=1000")) {
            ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
            LogStats.DeliveryStats stats;
            try (LogSystem system = SenderLogs.build(
                    dir,
                    diagnostics,
                    c -> c.set("cairn.sink.net.type", "tcp")
                            .set("cairn.sink.net.host", "127.0.0.1")
                            .set("cairn.sink.net.port", String.valueOf(receiver.port("tcp")))
                            .set("cairn.shutdown.timeout", "60s"))) {
                SenderLogs.logFromThreads(system, THREADS, PER_THREAD);
                stats = Await.until(
                        Duration.ofMinutes(3),
                        () -> system.stats().sink("net").delivery(),
                        s -> s.delivered() == THREADS * PER_THREAD,
                        () -> "every record acknowledged: " + system.stats().sink("net"));
            }
            assertThat(receiver.terminate()).isEqualTo(143);
            ReceivedFiles.Lines lines = ReceivedFiles.read(received, "records");
            BitSet seen = new BitSet();
            assertThat(markIds(lines.records(), seen)).as("duplicates").isZero();
            assertThat(seen.cardinality()).isEqualTo(THREADS * PER_THREAD);
            assertThat(lines.records()).hasSize(THREADS * PER_THREAD);
            assertThat(lines.unparsable()).isEmpty();
            assertThat(lines.records().get(0).get("message").asText()).startsWith("order ");
            try (Stream<Path> files = Files.list(received)) {
                assertThat(files.count()).as("rotated files").isGreaterThan(1);
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(received.resolve("records.log"))))
                    .isEqualTo("rw-------");
            assertThat(stats.rejected()).isZero();
            assertThat(stats.dropped()).isZero();
            assertThat(stats.maybeDuplicated()).isZero();
            assertThat(diagnostics.toString()).isEmpty();
            assertThat(receiver.stderr())
                    .anyMatch(l -> l.contains("(cairn protocol) disconnected")
                            && l.contains(THREADS * PER_THREAD + " records accepted, 0 rejected"))
                    .anyMatch(l -> l.startsWith(
                            "cairn receive: stopped: " + THREADS * PER_THREAD + " records accepted, 0 lines rejected"));
        }
    }
}
