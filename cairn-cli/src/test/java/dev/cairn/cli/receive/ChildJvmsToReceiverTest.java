package dev.cairn.cli.receive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.testing.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Eight child JVMs, one of them over TLS, ship through the real tcp sink into one {@code cairn receive}. */
class ChildJvmsToReceiverTest {

    private static final int CHILDREN = 8;
    private static final int PER_CHILD = 50_000;
    private static final int TLS_CHILD = CHILDREN - 1;
    private static final String PASSWORD = "changeit-14";
    private static final Pattern STATS = Pattern.compile(
            ShippingChild.STATS + "delivered=(\\d+) maybeDuplicated=(\\d+) rejected=(\\d+) dropped=(\\d+)");

    @TempDir
    Path dir;

    @Test
    void eightChildJvms_oneOverTls_everyRecordExactlyOnce_acrossRotatedGzippedFiles() throws Exception {
        ReceiverKeyStore stores = ReceiverKeyStore.create(dir, PASSWORD);
        Path received = dir.resolve("received");
        long total = (long) CHILDREN * PER_CHILD;
        long maybeDuplicated = 0;
        try (ReceiverProcess receiver = ReceiverProcess.start(
                Map.of("CAIRN_RECEIVE_KEY_STORE_PASSWORD", PASSWORD),
                "--tcp",
                "127.0.0.1:0",
                "--tls",
                "127.0.0.1:0",
                "--tls-key-store",
                stores.keyStore().toString(),
                "--output",
                received.resolve("records.log").toString(),
                "--file-option",
                "max-bytes=8MB",
                "--file-option",
                "backups=1000",
                "--file-option",
                "compress=true")) {
            List<Process> children = new ArrayList<>();
            for (int child = 0; child < CHILDREN; child++) {
                children.add(startChild(child, receiver, stores.trustStore()));
            }
            for (int child = 0; child < CHILDREN; child++) {
                Process process = children.get(child);
                assertThat(process.waitFor(10, TimeUnit.MINUTES))
                        .as("child %d ended", child)
                        .isTrue();
                String stdout = Files.readString(dir.resolve("child-" + child + ".out"), StandardCharsets.UTF_8);
                String stderr = Files.readString(dir.resolve("child-" + child + ".err"), StandardCharsets.UTF_8);
                assertThat(process.exitValue())
                        .as("child %d exit: %s", child, stderr)
                        .isZero();
                assertThat(stderr).as("child %d diagnostics", child).isEmpty();
                Matcher stats = STATS.matcher(stdout.strip());
                assertThat(stats.matches())
                        .as("child %d stats: %s", child, stdout)
                        .isTrue();
                assertThat(Long.parseLong(stats.group(1))).as("delivered").isEqualTo(PER_CHILD);
                assertThat(Long.parseLong(stats.group(3))).as("rejected").isZero();
                assertThat(Long.parseLong(stats.group(4))).as("dropped").isZero();
                maybeDuplicated += Long.parseLong(stats.group(2));
            }
            assertThat(receiver.terminate()).isEqualTo(143);

            ReceivedFiles.Lines lines = ReceivedFiles.read(received, "records");
            assertThat(lines.unparsable()).isEmpty();
            BitSet seen = new BitSet();
            long duplicates = 0;
            for (JsonNode record : lines.records()) {
                int index = record.get("child").asInt() * PER_CHILD
                        + record.get("seq").asInt();
                if (seen.get(index)) {
                    duplicates++;
                }
                seen.set(index);
            }
            assertThat(seen.cardinality()).as("distinct (child, seq) pairs").isEqualTo(total);
            assertThat(duplicates).as("duplicates").isLessThanOrEqualTo(maybeDuplicated);
            assertThat(lines.records()).hasSize((int) (total + duplicates));

            List<Path> files;
            try (Stream<Path> listing = Files.list(received)) {
                files = listing.sorted().collect(Collectors.toList());
            }
            assertThat(files).as("rotated files").hasSizeGreaterThan(2);
            assertThat(files).as("gzipped backups").anyMatch(f -> f.toString().endsWith(".gz"));
            for (Path file : files) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .as(file.toString())
                        .isEqualTo("rw-------");
            }
            String stopped = "cairn receive: stopped: " + (total + duplicates) + " records accepted, 0 lines rejected";
            assertThat(receiver.stderr()).anyMatch(l -> l.startsWith(stopped));
        }
    }

    private Process startChild(int child, ReceiverProcess receiver, Path trustStore) throws Exception {
        boolean tls = child == TLS_CHILD;
        ChildJvm jvm = ChildJvm.main(ShippingChild.class)
                .in(dir)
                .jvmArguments("-Xmx64m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
                .stdoutTo(dir.resolve("child-" + child + ".out"))
                .stderrTo(dir.resolve("child-" + child + ".err"));
        if (tls) {
            return jvm.environment(Map.of("TRUST_PASSWORD", PASSWORD))
                    .arguments(
                            String.valueOf(child),
                            String.valueOf(PER_CHILD),
                            String.valueOf(receiver.port("tls")),
                            trustStore.toString())
                    .start();
        }
        return jvm.arguments(String.valueOf(child), String.valueOf(PER_CHILD), String.valueOf(receiver.port("tcp")))
                .start();
    }
}
