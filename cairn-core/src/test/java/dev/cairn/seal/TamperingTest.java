package dev.cairn.seal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.internal.seal.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each kind of tampering, detected at the right place by the secret key and by the public key alone. */
class TamperingTest {

    enum By {
        KEY,
        PUBLIC_KEY
    }

    @TempDir
    Path dir;

    private SealedLogs logs;
    private List<Path> files;

    @BeforeEach
    void writeSealedFiles() throws IOException {
        logs = new SealedLogs(dir);
        logs.write(
                0,
                400,
                c -> c.set("cairn.file.max-bytes", "16KB")
                        .set("cairn.file.backups", "1000")
                        .set("cairn.file.encryption.checkpoint.records", "50"));
        files = logs.files();
        assertThat(files).hasSizeGreaterThan(4);
        assertThat(logs.verifyWithKey(logs.readerKey, null).intact()).isTrue();
        assertThat(logs.verifyWithPublicKey().intact()).isTrue();
    }

    private Verdict verify(By by) throws IOException {
        Verdict verdict = by == By.KEY ? logs.verifyWithKey(logs.readerKey, null) : logs.verifyWithPublicKey();
        assertThat(verdict.intact()).as("tampering detected").isFalse();
        assertThat(verdict.wrongKey()).isFalse();
        return verdict;
    }

    private static List<String> lines(Path file) throws IOException {
        return new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static long number(String line) {
        int at = line.indexOf("\"n\":") + 4;
        return Long.parseLong(line.substring(at, line.indexOf(',', at)));
    }

    @ParameterizedTest
    @EnumSource(By.class)
    void flipOneByte_isReportedAtThatLine(By by) throws IOException {
        Path file = files.get(2);
        List<String> lines = lines(file);
        String line = lines.get(9);
        assertThat(line).startsWith("{\"seal\":\"r\"");
        int at = line.indexOf("\"c\":\"") + 20;
        lines.set(9, line.substring(0, at) + (line.charAt(at) == 'A' ? 'B' : 'A') + line.substring(at + 1));
        write(file, lines);

        assertThat(verify(by).problems().get(0))
                .startsWith(file + ":10: record " + number(line))
                .contains(by == By.KEY ? "fails authentication" : "was changed");
    }

    @ParameterizedTest
    @EnumSource(By.class)
    void deletedLine_isReportedWhereItIsMissing(By by) throws IOException {
        Path file = files.get(2);
        List<String> lines = lines(file);
        long deleted = number(lines.get(9));
        lines.remove(9);
        write(file, lines);

        assertThat(verify(by).problems().get(0))
                .isEqualTo(file + ":10: record " + (deleted + 1) + " comes where record " + deleted
                        + " was expected: record " + deleted + " is missing (deleted, or moved elsewhere)");
    }

    @ParameterizedTest
    @EnumSource(By.class)
    void swappedLines_areReportedWhereTheOrderBreaks(By by) throws IOException {
        Path file = files.get(1);
        List<String> lines = lines(file);
        long first = number(lines.get(9));
        String tenth = lines.get(9);
        lines.set(9, lines.get(10));
        lines.set(10, tenth);
        write(file, lines);

        List<String> problems = verify(by).problems();
        assertThat(problems.get(0)).startsWith(file + ":10: record " + (first + 1) + " comes where record " + first);
        assertThat(problems.get(1)).startsWith(file + ":11: record " + first + " is out of order or repeated");
    }

    @ParameterizedTest
    @EnumSource(By.class)
    void insertedCopyOfALine_isReportedAsRepeated(By by) throws IOException {
        Path file = files.get(3);
        List<String> lines = lines(file);
        String copy = lines.get(4);
        lines.add(10, copy);
        write(file, lines);

        assertThat(verify(by).problems().get(0))
                .startsWith(file + ":11: record " + number(copy) + " is out of order or repeated");
    }

    @ParameterizedTest
    @EnumSource(By.class)
    void last100BytesCut_isReportedAsACutLineAndAnUnsignedTail(By by) throws IOException {
        Path active = logs.logs().resolve("app.log");
        byte[] bytes = Files.readAllBytes(active);
        Files.write(active, Arrays.copyOf(bytes, bytes.length - 100));
        int lineCount = lines(active).size();

        Verdict verdict = verify(by);
        assertThat(verdict.problems())
                .containsExactly(active + ":" + lineCount
                        + ": the file ends inside a line (cut; the line is not a whole record)");
        assertThat(verdict.notes()).anySatisfy(note -> assertThat(note).contains("after the last checkpoint"));
    }

    @ParameterizedTest
    @EnumSource(By.class)
    void deletedMiddleRotatedFile_isReportedAsAMissingFile(By by) throws IOException {
        Path deleted = files.get(2);
        long firstMissing = number(lines(deleted).get(1));
        Files.delete(deleted);

        assertThat(verify(by).problems().get(0))
                .startsWith(files.get(3) + ":2: record ")
                .contains("comes where record " + firstMissing + " was expected")
                .endsWith("(a file between " + files.get(1) + " and " + files.get(3) + " is missing, or was cut)");
    }

    @ParameterizedTest
    @EnumSource(By.class)
    void renamedFiles_areReportedAsReordered(By by) throws IOException {
        Path first = files.get(1);
        Path second = files.get(2);
        Path aside = dir.resolve("aside");
        Files.move(first, aside);
        Files.move(second, first);
        Files.move(aside, second);

        assertThat(verify(by).problems().get(0))
                .startsWith(second + ": holds records ")
                .endsWith("which come before those of " + first
                        + ", but its name places it after that file: files were renamed or reordered");
    }
}
