package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(JsonLines.parse(Files.readAllLines(file).get(0)).get("message").asText()).isEqualTo("hello");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void existingFileWithWiderPermissions_isNarrowedAndThatIsReported() throws IOException {
        Path file = dir.resolve("app.log");
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        try (TestLogs logs = TestLogs.json(c -> c.file(file))) {
            logs.logger("x").info("hello");
            assertThat(logs.diagnosticLines()).containsExactly("cairn: narrowed the permissions of " + file
                    + " from rw-r--r-- to rw-------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
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
            assertThat(logs.diagnosticLines()).singleElement().asString()
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
