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
        return new FileFollower(file, (b, from, to, n) -> seen.add(n + ":" + new String(b, from, to - from, StandardCharsets.UTF_8)));
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
