package dev.cairn;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.contract.MutableClock;
import dev.cairn.testing.JsonLines;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class FileRotationTest {

    private static final Pattern BACKUP =
            Pattern.compile("app\\.(\\d{4}-\\d{2}-\\d{2}(?:-\\d{2})?)\\.(\\d+)\\.log(\\.gz)?");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

    private LogSystem system(MutableClock clock, Consumer<ConfigBuilder> configuration) {
        LogSystem.Builder builder = LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .classLoader(null)
                .shutdownHook(false)
                .diagnostics(new PrintStream(diagnostics, true, StandardCharsets.UTF_8))
                .configure(
                        c -> configuration.accept(c.set("cairn.console", "none").file(Path.of("logs/app.log"))));
        if (clock != null) {
            builder.clock(clock);
        }
        return builder.build();
    }

    private Path logs() {
        return dir.resolve("logs");
    }

    /** Backups oldest first, then the active file. */
    private List<Path> filesInOrder() throws IOException {
        List<Path> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(logs())) {
            files.filter(p -> BACKUP.matcher(p.getFileName().toString()).matches())
                    .forEach(backups::add);
        }
        backups.sort(Comparator.comparing((Path p) -> label(p)).thenComparingInt(p -> index(p)));
        Path active = logs().resolve("app.log");
        if (Files.exists(active)) {
            backups.add(active);
        }
        return backups;
    }

    private static String label(Path backup) {
        Matcher matcher = BACKUP.matcher(backup.getFileName().toString());
        return matcher.matches() ? matcher.group(1) : "";
    }

    private static int index(Path backup) {
        Matcher matcher = BACKUP.matcher(backup.getFileName().toString());
        return matcher.matches() ? Integer.parseInt(matcher.group(2)) : 0;
    }

    private static List<String> lines(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 65536) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 65536)) {
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
            return lines;
        }
    }

    @Test
    void eightThreadsWithSizeRotationAndGzip_keepEveryRecordOnceAndInOrder() throws Exception {
        int threads = 8;
        int perThread = 200_000;
        try (LogSystem system = system(
                null,
                c -> c.set("cairn.file.max-bytes", "1MB")
                        .set("cairn.file.compress", "true")
                        .set("cairn.file.backups", "100000")
                        .set("cairn.shutdown.timeout", "120s"))) {
            Logger log = system.logger("stress");
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                workers.add(new Thread(() -> {
                    for (int i = 0; i < perThread; i++) {
                        log.atInfo().with("t", thread).with("seq", i).log("stress record");
                    }
                }));
            }
            workers.forEach(Thread::start);
            for (Thread worker : workers) {
                worker.join();
            }
        }
        List<Path> files = filesInOrder();
        assertThat(files.size()).isGreaterThan(100);
        assertThat(files.subList(0, files.size() - 1))
                .allSatisfy(f -> assertThat(f.toString()).endsWith(".log.gz"));
        long[] next = new long[threads];
        long total = 0;
        for (Path file : files) {
            for (String line : lines(file)) {
                JsonNode record = JsonLines.parse(line);
                int thread = record.get("t").asInt();
                assertThat(record.get("seq").asLong())
                        .as("thread %d in %s", thread, file)
                        .isEqualTo(next[thread]++);
                total++;
            }
        }
        assertThat(total).isEqualTo((long) threads * perThread);
        assertThat(next).containsOnly(perThread);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void everyFileCreatedRotatedAndCompressed_isOwnerOnly() throws Exception {
        try (LogSystem system = system(
                null,
                c -> c.set("cairn.file.max-bytes", "2KB")
                        .set("cairn.file.compress", "true")
                        .set("cairn.file.backups", "3"))) {
            for (int i = 0; i < 100; i++) {
                system.logger("a").info("record {}", i, kv("padding", "x".repeat(100)));
            }
            system.flush();
            for (int i = 0; i < 10; i++) {
                system.logger("a").info("record {}", i);
            }
        }
        List<Path> files = filesInOrder();
        assertThat(files).hasSize(4);
        assertThat(files).filteredOn(f -> f.toString().endsWith(".gz")).hasSize(3);
        for (Path file : files) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .as(file.toString())
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void rotationFasterThanCompression_failsNothingAndLeavesNoPartialFiles() throws Exception {
        for (int run = 0; run < 3; run++) {
            try (LogSystem system = system(
                    null,
                    c -> c.set("cairn.file.max-bytes", "2KB")
                            .set("cairn.file.compress", "true")
                            .set("cairn.file.backups", "3")
                            .set("cairn.async", "false"))) {
                for (int i = 0; i < 3000; i++) {
                    system.logger("a").info("record {}", i, kv("padding", "x".repeat(100)));
                }
            }
            assertThat(diagnostics.toString(StandardCharsets.UTF_8))
                    .as("run %d", run)
                    .isEmpty();
            try (Stream<Path> files = Files.list(logs())) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .as("run %d", run)
                        .noneMatch(name -> name.endsWith(".partial"))
                        .allMatch(name -> name.equals("app.log") || name.endsWith(".log.gz"));
            }
            for (Path file : filesInOrder()) {
                assertThat(lines(file)).allSatisfy(line -> JsonLines.parse(line));
            }
        }
    }

    @Test
    void partialCompressionsLeftByAnEarlierProcess_areRemovedAndTheirBackupsCompressed() throws Exception {
        Files.createDirectories(logs());
        Path backup = Files.writeString(logs().resolve("app.2026-01-01.1.log"), "{\"message\":\"old\"}\n");
        Path partial = Files.writeString(logs().resolve("app.2026-01-01.1.log.gz.partial"), "cut gzip");
        Path orphan = Files.writeString(logs().resolve("app.2026-01-01.2.log.gz.partial"), "cut gzip");
        try (LogSystem system = system(null, c -> c.set("cairn.file.compress", "true"))) {
            system.logger("a").info("new");
        }
        assertThat(partial).doesNotExist();
        assertThat(orphan).doesNotExist();
        assertThat(backup).doesNotExist();
        assertThat(lines(logs().resolve("app.2026-01-01.1.log.gz"))).containsExactly("{\"message\":\"old\"}");
    }

    @Test
    void backupsBeyondTheCount_areDeletedOldestFirst() throws Exception {
        try (LogSystem system = system(
                null,
                c -> c.set("cairn.file.max-bytes", "1KB")
                        .set("cairn.file.backups", "2")
                        .set("cairn.async", "false"))) {
            for (int i = 0; i < 200; i++) {
                system.logger("a").info("record {}", i, kv("padding", "y".repeat(100)));
            }
        }
        List<Path> files = filesInOrder();
        assertThat(files).hasSize(3);
        assertThat(recordNumber(lines(files.get(0)).get(0))).isGreaterThan(180);
        assertThat(lines(files.get(2))).last().asString().contains("record 199");
    }

    @Test
    void backupsBeyondTheTotalSize_areDeletedOldestFirst() throws Exception {
        try (LogSystem system = system(
                null,
                c -> c.set("cairn.file.max-bytes", "1KB")
                        .set("cairn.file.backups", "1000")
                        .set("cairn.file.max-total-bytes", "3KB")
                        .set("cairn.async", "false"))) {
            for (int i = 0; i < 200; i++) {
                system.logger("a").info("record {}", i, kv("padding", "y".repeat(100)));
            }
        }
        List<Path> files = filesInOrder();
        long backupBytes = 0;
        for (Path file : files.subList(0, files.size() - 1)) {
            backupBytes += Files.size(file);
        }
        assertThat(backupBytes).isLessThanOrEqualTo(3 * 1024).isGreaterThan(1024);
        assertThat(recordNumber(lines(files.get(0)).get(0))).isGreaterThan(170);
    }

    private static int recordNumber(String line) {
        String message = JsonLines.parse(line).get("message").asText();
        return Integer.parseInt(message.substring("record ".length()));
    }

    @Test
    void dailyRotation_rollsAtMidnightInTheConfiguredZoneAndNamesTheBackupByItsDay() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-21T23:59:58Z"));
        try (LogSystem system = system(
                clock,
                c -> c.set("cairn.file.rotate", "daily")
                        .set("cairn.file.rotate.zone", "utc")
                        .set("cairn.async", "false"))) {
            Logger log = system.logger("a");
            log.info("late on the 21st");
            clock.advance(Duration.ofSeconds(3));
            log.info("early on the 22nd");
            clock.advance(Duration.ofHours(24));
            log.info("on the 23rd");
        }
        assertThat(filesInOrder())
                .extracting(p -> p.getFileName().toString())
                .containsExactly("app.2026-11-21.1.log", "app.2026-11-22.1.log", "app.log");
        assertThat(lines(logs().resolve("app.2026-11-21.1.log")))
                .singleElement()
                .asString()
                .contains("late on the 21st");
        assertThat(lines(logs().resolve("app.2026-11-22.1.log")))
                .singleElement()
                .asString()
                .contains("early on the 22nd");
        assertThat(lines(logs().resolve("app.log"))).singleElement().asString().contains("on the 23rd");
    }

    @Test
    void hourlyRotation_andAFileLeftFromAnEarlierHour_isRolledAtStart() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:30:00Z"));
        try (LogSystem system =
                system(clock, c -> c.set("cairn.file.rotate", "hourly").set("cairn.file.rotate.zone", "utc"))) {
            system.logger("a").info("at 10:30");
        }
        Files.setLastModifiedTime(
                logs().resolve("app.log"),
                java.nio.file.attribute.FileTime.from(Instant.parse("2026-11-21T10:30:00Z")));
        clock.set(Instant.parse("2026-11-21T12:05:00Z"));
        try (LogSystem system =
                system(clock, c -> c.set("cairn.file.rotate", "hourly").set("cairn.file.rotate.zone", "utc"))) {
            system.logger("a").info("at 12:05");
        }
        assertThat(filesInOrder())
                .extracting(p -> p.getFileName().toString())
                .containsExactly("app.2026-11-21-10.1.log", "app.log");
    }

    @Test
    void backupsOlderThanMaxAge_areDeleted() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-01T00:00:00Z"));
        Files.createDirectories(logs());
        Path old = Files.writeString(logs().resolve("app.2026-10-01.1.log"), "{}\n");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(Instant.parse("2026-10-01T00:00:00Z")));
        Path recent = Files.writeString(logs().resolve("app.2026-10-30.1.log"), "{}\n");
        Files.setLastModifiedTime(recent, java.nio.file.attribute.FileTime.from(Instant.parse("2026-10-30T00:00:00Z")));
        try (LogSystem system = system(
                clock,
                c -> c.set("cairn.file.max-bytes", "200")
                        .set("cairn.file.max-age", "7d")
                        .set("cairn.async", "false"))) {
            system.logger("a").info("one", kv("padding", "z".repeat(150)));
            system.logger("a").info("two", kv("padding", "z".repeat(150)));
        }
        assertThat(old).doesNotExist();
        assertThat(recent).exists();
    }

    @Test
    void seedVariables_configureRotation() throws Exception {
        try (LogSystem system = LogSystem.builder()
                .environment(Map.of(
                        "LOG_FILE",
                        "logs/app.log",
                        "LOG_MAX_BYTES",
                        "1024",
                        "LOG_BACKUP_COUNT",
                        "1",
                        "CAIRN_CONSOLE",
                        "none",
                        "CAIRN_ASYNC",
                        "false"))
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .classLoader(null)
                .shutdownHook(false)
                .build()) {
            for (int i = 0; i < 50; i++) {
                system.logger("a").info("record {}", i, kv("padding", "w".repeat(100)));
            }
        }
        assertThat(filesInOrder()).hasSize(2);
        assertThat(Files.size(logs().resolve("app.log"))).isLessThanOrEqualTo(1024);
    }
}
