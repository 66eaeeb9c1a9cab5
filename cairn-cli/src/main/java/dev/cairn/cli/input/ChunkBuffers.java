package dev.cairn.cli.input;

import java.util.concurrent.ArrayBlockingQueue;

/**
 * The chunk buffers of one input, handed back by the workers once a chunk is processed and reused for the next.
 *
 * <p>Why: a new buffer per chunk made the JVM zero as many bytes as the input holds before the read overwrote them,
 * and each 2 MiB buffer is a humongous allocation for G1, placed in the old generation. Only buffers of the standard
 * size are kept, at most {@code capacity} of them, so the memory held is what the chunks in flight hold anyway; a
 * longer buffer (a line longer than a chunk) is left to the collector.
 */
final class ChunkBuffers {

    private final int size;
    private final ArrayBlockingQueue<byte[]> free;

    ChunkBuffers(int size, int capacity) {
        this.size = size;
        this.free = new ArrayBlockingQueue<>(capacity);
    }

    /** The standard buffer size. */
    int size() {
        return size;
    }

    /** A buffer of the standard size, reused when one has been handed back. */
    byte[] take() {
        byte[] b = free.poll();
        return b != null ? b : new byte[size];
    }

    /** Hands a chunk's buffer back for reuse; the chunk must no longer be read. */
    void give(byte[] b) {
        if (b.length == size) {
            free.offer(b);
        }
    }
}
