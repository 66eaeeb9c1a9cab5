package dev.cairn.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkExecutorTest {

    private static final int THREADS = 3;

    @Test
    void reusesChunkBuffersAndEveryLineArrivesIntactInOrder(@TempDir Path dir) throws IOException {
        // About 40 minimum-size chunks of distinct lines: a buffer handed back while a worker still read it, or
        // refilled under it, would garble or reorder lines.
        StringBuilder text = new StringBuilder();
        int n = 0;
        while (text.length() < 40 * ChunkExecutor.MIN_CHUNK) {
            text.append("{\"line\":")
                    .append(n++)
                    .append(",\"pad\":\"")
                    .append("x".repeat(n % 97))
                    .append("\"}\n");
        }
        Path file = dir.resolve("app.log");
        Files.writeString(file, text);
        Set<byte[]> buffers = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

        StringBuilder read = new StringBuilder();
        int chunks = 0;
        try (ChunkExecutor executor = new ChunkExecutor(THREADS, ChunkExecutor.MIN_CHUNK, new BadLineLog());
                ChunkExecutor.Results<List<String>> results = executor.open(Input.file(file), chunk -> {
                    buffers.add(chunk.data());
                    List<String> lines = new ArrayList<>();
                    LineTally tally = chunk.forEachLine((b, from, to) -> {
                        lines.add(new String(b, from, to - from, StandardCharsets.UTF_8));
                        return true;
                    });
                    return new Processed<>(lines, tally);
                })) {
            for (List<String> lines = results.next(); lines != null; lines = results.next()) {
                lines.forEach(l -> read.append(l).append('\n'));
                chunks++;
            }
        }

        assertThat(read.toString()).isEqualTo(text.toString());
        assertThat(chunks).isGreaterThanOrEqualTo(40);
        // In flight, being filled, just handed back: a handful of buffers serve every chunk.
        assertThat(buffers).hasSizeLessThanOrEqualTo(ChunkExecutor.chunksInFlight(THREADS) + 2);
    }
}
