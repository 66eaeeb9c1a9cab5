package dev.cairn.internal.seal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where a chain goes on: the number after the last chain entry at the end of a file, and that entry's link. A writer
 * that starts on an existing file continues its chain, so a restart is not a break. Only the last 1 MiB is read.
 */
record ChainTail(long next, byte[] link) {

    private static final int WINDOW = 1 << 20;

    static ChainTail genesis() {
        return new ChainTail(0, new byte[KeySchedule.KEY_BYTES]);
    }

    static ChainTail of(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return genesis();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            long size = channel.size();
            int length = (int) Math.min(size, WINDOW);
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining() && channel.read(buffer, size - length + buffer.position()) > 0) {
                // reads the window
            }
            byte[] bytes = buffer.array();
            int end = length;
            while (end > 0) {
                int start = end - 1;
                while (start > 0 && bytes[start - 1] != '\n') {
                    start--;
                }
                int lineEnd = bytes[end - 1] == '\n' ? end - 1 : end;
                boolean whole = end < length || bytes[length - 1] == '\n';
                if (whole && lineEnd > start) {
                    SealedLine line = SealedLine.parse(bytes, start, lineEnd - start);
                    if (line.isChainEntry()) {
                        return new ChainTail(line.number() + 1, KeySchedule.link(bytes, start, lineEnd - start));
                    }
                }
                end = start;
            }
        }
        return genesis();
    }
}
