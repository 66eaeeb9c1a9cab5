package dev.cairn.cli.bytes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A 64-bit hash of a byte range, eight bytes per step, for counting keys and estimating distinct
 * trace ids on the hot path. Not cryptographic: hostile input can force collisions, which costs
 * speed (longer probe chains), never correctness.
 */
public final class ByteHash {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    private ByteHash() {}

    public static long hash(byte[] b, int from, int to) {
        long h = 0x27D4EB2F165667C5L ^ (to - from);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            h = Long.rotateLeft(h ^ (long) LONGS.get(b, i), 29) * MULTIPLIER;
        }
        long tail = 0;
        int rest = to - i;
        if (rest > 0 && to - from >= 8) {
            // The last rest bytes as one little-endian word: the eight bytes ending at to, shifted down.
            tail = (long) LONGS.get(b, to - 8) >>> (8 * (8 - rest));
        } else {
            for (int k = to - 1; k >= i; k--) {
                tail = tail << 8 | (b[k] & 0xFF);
            }
        }
        h = Long.rotateLeft(h ^ tail, 29) * MULTIPLIER;
        // MurmurHash3's finalizer: every input bit affects every output bit.
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
