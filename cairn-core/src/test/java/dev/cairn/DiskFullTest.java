package dev.cairn;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cairn.contract.MutableClock;
import dev.cairn.testing.JsonLines;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: a 256 KiB tmpfs mounted for the test (needs root; skipped otherwise), filled by the log itself,
 * then given space again.
 */
@EnabledOnOs(OS.LINUX)
class DiskFullTest {

    @TempDir
    Path dir;

    private Path mount;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        mount = Files.createDirectory(dir.resolve("small-disk"));
        boolean mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mount.toString())
                        .redirectErrorStream(true)
                        .start()
                        .waitFor()
                == 0;
        assumeTrue(mounted, "needs permission to mount a tmpfs");
    }

    @AfterEach
    void unmount() throws Exception {
        new ProcessBuilder("umount", mount.toString()).start().waitFor();
    }

    @Test
    void fullDisk_leavesNoCutRecordCountsExactlyAndReportsTheFinalCountAtClose() throws Exception {
        Path file = mount.resolve("app.log");
        Path filler = Files.write(mount.resolve("filler"), new byte[128 * 1024]);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        LogStats.SinkStats stats;
        try (LogSystem system = LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .classLoader(null)
                .shutdownHook(false)
                .clock(clock)
                .diagnostics(new PrintStream(diagnostics, true, StandardCharsets.UTF_8))
                .configure(c -> c.set("cairn.console", "none")
                        .set("cairn.async", "false")
                        .file(file))
                .build()) {
            Logger log = system.logger("disk");
            for (int i = 0; i < 2_000; i++) {
                log.info("before {}", i, kv("padding", "p".repeat(137)));
            }
            assertThat(system.stats().sinks())
                    .anySatisfy(s -> assertThat(s.failed()).isPositive());
            Files.delete(filler);
            clock.advance(Duration.ofSeconds(2));
            for (int i = 0; i < 10; i++) {
                log.info("after {}", i);
            }
            stats = system.stats().sinks().get(0);
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).allSatisfy(JsonLines::parse);
        assertThat(lines)
                .last()
                .satisfies(
                        line -> assertThat(JsonLines.parse(line).get("message").asText())
                                .isEqualTo("after 9"));
        assertThat(stats.written()).as("written").isEqualTo(lines.size());
        assertThat(stats.failed()).as("lost").isEqualTo(2_010 - lines.size());
        assertThat(diagnostics.toString(StandardCharsets.UTF_8))
                .contains("cairn: sink file closed: " + stats.failed() + " records lost in all, " + stats.written()
                        + " written\n");
    }

    @Test
    void fullDiskUnderTheQueue_countsExactlyWritesNoRecordTwiceAndNoCutRecord() throws Exception {
        Path file = mount.resolve("app.log");
        Path filler = Files.write(mount.resolve("filler"), new byte[128 * 1024]);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
        LogStats.SinkStats stats;
        try (LogSystem system = LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .classLoader(null)
                .shutdownHook(false)
                .clock(clock)
                .diagnostics(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .configure(c -> c.set("cairn.console", "none")
                        .set("cairn.queue.full", "block")
                        .file(file))
                .build()) {
            Logger log = system.logger("disk");
            for (int round = 0; round < 20; round++) {
                for (int i = 0; i < 500; i++) {
                    log.info("record", kv("seq", round * 500 + i), kv("padding", "p".repeat(137)));
                }
                system.flush();
                if (round == 10) {
                    Files.delete(filler);
                    clock.advance(Duration.ofSeconds(2));
                }
            }
            stats = system.stats().sinks().get(0);
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).allSatisfy(JsonLines::parse);
        List<Integer> seqs = lines.stream()
                .map(line -> JsonLines.parse(line).get("seq").asInt())
                .toList();
        assertThat(seqs).doesNotHaveDuplicates();
        assertThat(seqs).as("records after the disk had room again").anyMatch(seq -> seq >= 5_500);
        assertThat(stats.written()).as("written").isEqualTo(lines.size());
        assertThat(stats.failed()).as("lost").isEqualTo(10_000 - lines.size());
    }
}
