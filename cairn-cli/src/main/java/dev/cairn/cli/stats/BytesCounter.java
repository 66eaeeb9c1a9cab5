package dev.cairn.cli.stats;

import dev.cairn.cli.bytes.ByteHash;
import dev.cairn.cli.bytes.ByteSearch;
import dev.cairn.cli.json.JsonStrings;
import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * Counts occurrences of byte strings (raw JSON string contents) without allocating for keys
 * already seen: an open-addressing table hashing the bytes in place. Each key has {@code width}
 * counters (e.g. one per level). Per-chunk scratch state, used by one thread.
 */
final class BytesCounter {

    private final int width;
    private byte[][] keys = new byte[64][];
    private int[] hashes = new int[64];
    private long[] counts;
    private int size;

    BytesCounter(int width) {
        this.width = width;
        this.counts = new long[64 * width];
    }

    /** Adds {@code n} to counter {@code column} of the key {@code b[from, to)}. */
    void add(byte[] b, int from, int to, int column, long n) {
        int h = hash(b, from, to);
        int i = slot(b, from, to, h);
        boolean added = keys[i] == null;
        if (added) {
            keys[i] = Arrays.copyOfRange(b, from, to);
            hashes[i] = h;
        }
        counts[i * width + column] += n;
        if (added && ++size * 2 > keys.length) {
            grow();
        }
    }

    /**
     * Adds 1 to the single counter of the key {@code b[from, to)} if it is counted already or fewer than
     * {@code maxKeys} keys are; returns false, counting nothing, otherwise.
     */
    boolean addUpTo(byte[] b, int from, int to, int maxKeys) {
        int h = hash(b, from, to);
        int i = slot(b, from, to, h);
        boolean added = keys[i] == null;
        if (added) {
            if (size >= maxKeys) {
                return false;
            }
            keys[i] = Arrays.copyOfRange(b, from, to);
            hashes[i] = h;
        }
        counts[i]++;
        if (added && ++size * 2 > keys.length) {
            grow();
        }
        return true;
    }

    /** The slot holding the key {@code b[from, to)}, whose hash is {@code h}, or the free slot where it goes. */
    private int slot(byte[] b, int from, int to, int h) {
        int mask = keys.length - 1;
        int i = h & mask;
        while (true) {
            byte[] k = keys[i];
            if (k == null || hashes[i] == h && k.length == to - from && ByteSearch.sameBytes(k, 0, b, from, k.length)) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /** Receives a key's raw bytes and its single counter. */
    @FunctionalInterface
    interface KeyCount {
        void accept(byte[] key, long count);
    }

    /** Hands every key, as its raw bytes (not to be changed), and its first counter to {@code sink}. */
    void forEachKey(KeyCount sink) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                sink.accept(keys[i], counts[i * width]);
            }
        }
    }

    /** Hands every key (decoded from JSON string content) and its counters to {@code sink}. */
    void forEach(BiConsumer<String, long[]> sink) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                sink.accept(
                        JsonStrings.decode(keys[i], 0, keys[i].length),
                        Arrays.copyOfRange(counts, i * width, i * width + width));
            }
        }
    }

    private void grow() {
        byte[][] oldKeys = keys;
        int[] oldHashes = hashes;
        long[] oldCounts = counts;
        keys = new byte[oldKeys.length * 2][];
        hashes = new int[keys.length];
        counts = new long[keys.length * width];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == null) {
                continue;
            }
            int i = oldHashes[j] & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = oldKeys[j];
            hashes[i] = oldHashes[j];
            System.arraycopy(oldCounts, j * width, counts, i * width, width);
        }
    }

    private static int hash(byte[] b, int from, int to) {
        return (int) ByteHash.hash(b, from, to);
    }
}
