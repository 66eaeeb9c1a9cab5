package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.testing.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log file path or configuration path that names a symbolic link, a FIFO, a device or a directory: refused with
 * one clear line, never followed, chmodded, rotated or compressed, and never blocking the application.
 */
@DisabledOnOs(OS.WINDOWS)
class SpecialFilesTest {

    @TempDir
    Path dir;

    /** The program the child JVM runs: the first logger call, then a line saying it returned. */
    public static final class Child {
        public static void main(String[] args) {
            Cairn.logger("child").info("hello");
            System.out.println("returned");
        }
    }

    @Test
    void symlinkAtTheLogPath_isRefusedAndItsTargetLeftAlone() throws IOException {
        Path victim = victim();
        Path link = Files.createSymbolicLink(dir.resolve("app.log"), victim);
        try (TestLogs logs = TestLogs.json(c -> c.file(link))) {
            logs.logger("x").info("must not reach the target");
            assertThat(logs.diagnosticLines())
                    .singleElement()
                    .asString()
                    .startsWith("cairn: cannot open log file " + link)
                    .contains("is a symbolic link, not a regular file");
        }
        assertVictimUntouched(victim);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void symlinkSwappedInAfterOpening_isNeitherRotatedNorCompressed() throws IOException {
        Path victim = victim();
        Path file = dir.resolve("app.log");
        try (TestLogs logs = TestLogs.json(c -> c.file(file)
                .set("cairn.async", "false")
                .set("cairn.file.max-bytes", "1KB")
                .set("cairn.file.compress", "true"))) {
            logs.logger("x").info("before the swap");
            Files.delete(file);
            Files.createSymbolicLink(file, victim);
            for (int i = 0; i < 20; i++) {
                logs.logger("x").info("record {} {}", i, "x".repeat(100));
            }
        }
        assertVictimUntouched(victim);
        assertThat(Files.isSymbolicLink(file)).isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path entry : files.toList()) {
                if (!entry.equals(victim) && !entry.equals(file)) {
                    assertThat(Files.readAllBytes(entry)).as(entry.toString()).isNotEqualTo(Files.readAllBytes(victim));
                }
            }
        }
    }

    @Test
    void deviceDirectoryAndRoot_areRefusedWithOneClearLine() throws Exception {
        Path device = dir.resolve("null-device");
        boolean made = new ProcessBuilder("mknod", device.toString(), "c", "1", "3")
                        .start()
                        .waitFor()
                == 0;
        if (!made) {
            device = Path.of("/dev/null");
        }
        String before = PosixFilePermissions.toString(Files.getPosixFilePermissions(device));
        Path folder = Files.createDirectory(dir.resolve("folder"));
        for (Path[] target : new Path[][] {{device, null}, {folder, null}, {Path.of("/"), null}}) {
            Path path = target[0];
            try (TestLogs logs = TestLogs.json(c -> c.file(path))) {
                logs.logger("x").info("console only");
                assertThat(logs.single().get("message").asText()).isEqualTo("console only");
                assertThat(logs.diagnosticLines())
                        .singleElement()
                        .asString()
                        .startsWith("cairn: cannot open log file " + path)
                        .containsPattern("is a (character device|directory), not a regular file")
                        .doesNotContain("NullPointerException");
            }
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(device)))
                .isEqualTo(before);
    }

    @Test
    void fifoAsLogFile_isRefusedWithoutBlockingTheFirstLoggerCall() throws Exception {
        Path fifo = fifo();
        ChildResult child = runChild(Map.of("CAIRN_FILE", fifo.toString()));
        assertThat(child.out).contains("returned\n");
        assertThat(child.err).contains("cairn: cannot open log file " + fifo).contains("is a FIFO, not a regular file");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fifo)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void fifoAsConfiguration_isRefusedWithoutBlockingTheFirstLoggerCall() throws Exception {
        Path fifo = fifo();
        ChildResult child = runChild(Map.of("CAIRN_CONFIG", fifo.toString(), "CAIRN_CONSOLE", "none"));
        assertThat(child.out).contains("returned\n");
        assertThat(child.err)
                .contains("cairn: cannot read configuration file " + fifo)
                .contains("is not a regular file");
    }

    private Path victim() throws IOException {
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "not a log\n");
        Files.setPosixFilePermissions(victim, PosixFilePermissions.fromString("rw-r--r--"));
        return victim;
    }

    private static void assertVictimUntouched(Path victim) throws IOException {
        assertThat(Files.readString(victim)).isEqualTo("not a log\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(victim, LinkOption.NOFOLLOW_LINKS)))
                .isEqualTo("rw-r--r--");
    }

    private Path fifo() throws Exception {
        Path fifo = dir.resolve("pipe.log");
        assertThat(new ProcessBuilder("mkfifo", "-m", "644", fifo.toString())
                        .start()
                        .waitFor())
                .isZero();
        return fifo;
    }

    private record ChildResult(String out, String err) {}

    /** Runs {@link Child}; a child still running after 60 s (blocked on the FIFO) is killed and fails the test. */
    private ChildResult runChild(Map<String, String> environment) throws Exception {
        Process process = ChildJvm.main(Child.class)
                .in(dir)
                .environment(environment)
                .jvmArguments("-Xmx256m")
                .start();
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly().waitFor();
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(exited)
                .as("child returned from its first logger call; stderr: %s", err)
                .isTrue();
        return new ChildResult(out, err);
    }
}
