package dev.cairn.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFollowerTest {

    @TempDir
    Path dir;

    private final List<String> seen = new ArrayList<>();

    private FileFollower follower(Path file) {
        return new FileFollower(
                file, (b, from, to, n) -> seen.add(n + ":" + new String(b, from, to - from, StandardCharsets.UTF_8)));
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void growth_isReadAndPartialLinesWaitForTheirNewline() throws Exception {
        Path f = dir.resolve("app.log");
        append(f, "one\ntw");
        try (FileFollower follower = follower(f)) {
            assertThat(follower.poll()).isTrue();
            assertThat(seen).containsExactly("1:one");
            assertThat(follower.poll()).isFalse();

            append(f, "o\nthree\n");
            assertThat(follower.poll()).isTrue();
            assertThat(seen).containsExactly("1:one", "2:two", "3:three");
        }
    }

    @Test
    void rotationByRename_drainsTheOldFileThenReadsTheNewOne() throws Exception {
        Path f = dir.resolve("app.log");
        append(f, "a1\n");
        try (FileFollower follower = follower(f)) {
            follower.poll();
            append(f, "a2\na3-no-newline");
            Files.move(f, dir.resolve("app.log.1"));
            append(f, "b1\n");

            follower.poll();
            assertThat(seen).containsExactly("1:a1", "2:a2", "3:a3-no-newline", "1:b1");

            append(f, "b2\n");
            follower.poll();
            assertThat(seen).endsWith("2:b2");
        }
    }

    @Test
    void truncation_restartsFromTheBeginning() throws Exception {
        Path f = dir.resolve("app.log");
        append(f, "long line number one\n");
        try (FileFollower follower = follower(f)) {
            follower.poll();
            Files.writeString(f, "new\n");
            follower.poll();
            assertThat(seen).containsExactly("1:long line number one", "1:new");
        }
    }

    @Test
    void copyTruncate_regrownPastTheOldPositionBeforeThePoll_isDetectedByContent() throws Exception {
        Path f = dir.resolve("app.log");
        append(f, "2026-01-01 old one\n2026-01-01 old two\n");
        try (FileFollower follower = follower(f)) {
            follower.poll();
            Object key = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class)
                    .fileKey();
            Files.writeString(f, "", StandardOpenOption.TRUNCATE_EXISTING);
            append(f, "2026-01-02 new one\n2026-01-02 new two\n2026-01-02 new three\n");
            assertThat(Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class)
                            .fileKey())
                    .as("truncated in place, same file")
                    .isEqualTo(key);

            follower.poll();
            assertThat(seen)
                    .containsExactly(
                            "1:2026-01-01 old one",
                            "2:2026-01-01 old two",
                            "1:2026-01-02 new one",
                            "2:2026-01-02 new two",
                            "3:2026-01-02 new three");
        }
    }

    @Test
    void copyTruncate_withTheSameFirstLine_isDetectedByTheBytesBeforeThePosition() throws Exception {
        Path f = dir.resolve("app.log");
        append(f, "header\nold record\n");
        try (FileFollower follower = follower(f)) {
            follower.poll();
            Files.writeString(f, "header\nnew record, longer\nand more\n", StandardOpenOption.TRUNCATE_EXISTING);
            follower.poll();
            assertThat(seen)
                    .containsExactly("1:header", "2:old record", "1:header", "2:new record, longer", "3:and more");
        }
    }

    @Test
    void missingFile_isWaitedFor() throws Exception {
        Path f = dir.resolve("later.log");
        try (FileFollower follower = follower(f)) {
            assertThat(follower.poll()).isFalse();
            append(f, "hello\n");
            assertThat(follower.poll()).isTrue();
            assertThat(seen).containsExactly("1:hello");
        }
    }
}
