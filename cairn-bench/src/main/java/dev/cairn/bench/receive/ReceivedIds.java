package dev.cairn.bench.receive;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ids ({@code order <id>} in the message) in the lines cairn receive wrote, read back after a run. */
final class ReceivedIds {

    private static final Pattern ORDER = Pattern.compile("\"order (\\d+)\"");

    final BitSet ids = new BitSet();
    long lines;
    long duplicates;

    static ReceivedIds read(Path file) throws IOException {
        ReceivedIds result = new ReceivedIds();
        if (!Files.exists(file)) {
            return result;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                result.lines++;
                Matcher m = ORDER.matcher(line);
                if (m.find()) {
                    int id = Integer.parseInt(m.group(1));
                    if (result.ids.get(id)) {
                        result.duplicates++;
                    }
                    result.ids.set(id);
                }
            }
        }
        return result;
    }

    /** Counts the lines of a growing file, reading only what was added since the last call. */
    static final class LineCounter {
        private final Path file;
        private long offset;
        private long lines;

        LineCounter(Path file) {
            this.file = file;
        }

        long lines() throws IOException {
            if (!Files.exists(file)) {
                return lines;
            }
            byte[] buffer = new byte[1 << 16];
            try (var channel = java.nio.channels.FileChannel.open(file)) {
                java.nio.ByteBuffer view = java.nio.ByteBuffer.wrap(buffer);
                int n;
                while ((n = channel.read(view.clear(), offset)) > 0) {
                    offset += n;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            return lines;
        }
    }
}
