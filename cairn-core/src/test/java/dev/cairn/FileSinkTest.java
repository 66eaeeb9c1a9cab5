package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cairn.testing.JsonLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class FileSinkTest {

    @TempDir
    Path dir;

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void file_isCreatedOwnerOnlyWithItsFolders() throws IOException {
        Path file = dir.resolve("a/b/c/app.log");
        try (TestLogs logs = TestLogs.json(c -> c.file(file))) {
            logs.logger("x").info("hello");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(JsonLines.parse(Files.readAllLines(file).get(0))
                        .get("message")
                        .asText())
                .isEqualTo("hello");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void existingFileWithWiderPermissions_isNarrowedAndThatIsReported() throws IOException {
        Path file = dir.resolve("app.log");
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        try (TestLogs logs = TestLogs.json(c -> c.file(file))) {
            logs.logger("x").info("hello");
            assertThat(logs.diagnosticLines())
                    .containsExactly("cairn: narrowed the permissions of " + file + " from rw-r--r-- to rw-------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    /** The program the child JVM runs as another user: two records, the second after the file was reopened. */
    public static final class OtherUser {
        public static void main(String[] args) {
            Logger log = Cairn.logger("other");
            log.info("first");
            Cairn.configure(c -> c.service("reconfigured"));
            log.info("second");
            Cairn.shutdown();
        }
    }

    /**
     * A file owned by another user and writable to us cannot be narrowed ({@code chmod} fails with EPERM). As root
     * the only way to get that failure is to stop being root: the child JVM runs as {@code nobody} (setpriv), on a
     * file root owns with mode 0666, and only with cairn-core's and this test's classes on its class path.
     */
    @Test
    @DisabledOnOs(OS.WINDOWS)
    void fileThatCannotBeNarrowed_isWrittenAnywayAndThatIsSaidOnce() throws Exception {
        assumeTrue(
                "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "needs root and setpriv to run a child as another user");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path file = Files.writeString(dir.resolve("shared.log"), "{\"message\":\"owner's record\"}\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        String classPath = Path.of(Cairn.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                + java.io.File.pathSeparator
                + Path.of(OtherUser.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI());
        ProcessBuilder builder = new ProcessBuilder(
                        "/usr/bin/setpriv",
                        "--reuid=65534",
                        "--regid=65534",
                        "--clear-groups",
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx128m",
                        "-cp",
                        classPath,
                        OtherUser.class.getName())
                .directory(dir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CAIRN_") || name.startsWith("LOG_"));
        builder.environment().put("CAIRN_FILE", file.toString());
        builder.environment().put("CAIRN_CONSOLE", "none");
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();

        assertThat(err.lines().filter(line -> line.startsWith("cairn: ")))
                .singleElement()
                .asString()
                .startsWith("cairn: cannot narrow the permissions of " + file + " from rw-rw-rw- to rw------- (")
                .contains("Operation not permitted")
                .endsWith("); writing to it with its permissions as they are");
        assertThat(Files.readAllLines(file))
                .hasSize(3)
                .extracting(line -> JsonLines.parse(line).get("message").asText())
                .containsExactly("owner's record", "first", "second");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-rw-rw-");
    }

    @Test
    void fileCutMidRecord_getsANewlineBeforeNewRecords() throws IOException {
        Path file = dir.resolve("app.log");
        Files.writeString(file, "{\"message\":\"complete\"}\n{\"message\":\"cut by a cra");
        try (TestLogs logs = TestLogs.json(c -> c.file(file))) {
            logs.logger("x").info("after restart");
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).isEqualTo("{\"message\":\"cut by a cra");
        assertThat(JsonLines.parse(lines.get(2)).get("message").asText()).isEqualTo("after restart");
    }

    @Test
    void unwritableFile_isReportedAndTheConsoleStillWrites() throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        try (TestLogs logs = TestLogs.json(c -> c.file(blocker.resolve("app.log")))) {
            logs.logger("x").info("still here");
            assertThat(logs.single().get("message").asText()).isEqualTo("still here");
            assertThat(logs.diagnosticLines())
                    .singleElement()
                    .asString()
                    .startsWith("cairn: cannot open log file " + blocker.resolve("app.log"))
                    .endsWith("records are not written to it");
        }
    }

    @Test
    void textFileFormat_canBeChosen() throws IOException {
        Path file = dir.resolve("app.txt");
        try (TestLogs logs = TestLogs.json(c -> c.file(file).set("cairn.file.format", "text"))) {
            logs.logger("x").info("readable");
        }
        assertThat(Files.readString(file)).matches("\\S+Z INFO  x - readable\n");
    }
}
