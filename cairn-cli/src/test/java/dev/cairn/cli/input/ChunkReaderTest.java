package dev.cairn.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkReaderTest {

    private static List<String> lines(String input, int chunkSize, int maxLine, List<Integer> badPerChunk)
            throws IOException {
        ChunkReader reader =
                new ChunkReader(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), chunkSize, maxLine);
        List<String> out = new ArrayList<>();
        for (Chunk c = reader.next(); c != null; c = reader.next()) {
            LineTally t = c.forEachLine((b, from, to) -> {
                out.add(new String(b, from, to - from, StandardCharsets.UTF_8));
                return !out.get(out.size() - 1).startsWith("bad");
            });
            badPerChunk.add(t.badCount());
        }
        return out;
    }

    @Test
    void chunksEndAtLineBoundaries() throws IOException {
        List<Integer> bad = new ArrayList<>();
        assertThat(lines("aaaa\nbbbb\ncccc\ndd\n", 8, 1024, bad)).containsExactly("aaaa", "bbbb", "cccc", "dd");
    }

    @Test
    void aLineLongerThanTheChunkGrowsTheBuffer() throws IOException {
        String longLine = "x".repeat(100);
        assertThat(lines("a\n" + longLine + "\nb", 8, 1024, new ArrayList<>())).containsExactly("a", longLine, "b");
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedAndCountedBad() throws IOException {
        List<Integer> bad = new ArrayList<>();
        List<String> seen = lines("a\n" + "y".repeat(200) + "\nb\n", 8, 64, bad);
        assertThat(seen).containsExactly("a", "b");
        assertThat(bad.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
    }

    @Test
    void blankLinesAreNeitherRecordsNorBad() throws IOException {
        List<Integer> bad = new ArrayList<>();
        assertThat(lines("a\n\n  \r\nbad\n", 1024, 1024, bad)).containsExactly("a", "bad");
        assertThat(bad).containsExactly(1);
    }
}
