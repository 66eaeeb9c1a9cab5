package dev.cairn.internal.seal;

import java.io.IOException;
import java.security.PrivateKey;
import java.util.Arrays;

/**
 * Hands a {@link Sealer} the key epochs it seals with, each at most once, never going back: from a key file moved
 * forward on disk ({@link KeyFileEpochs}), or from an immutable key held in memory and hashed forward there
 * ({@link FixedKeyEpochs}).
 */
public interface EpochSource {

    /**
     * The first epoch at or after both {@code atLeast} and every epoch handed out before.
     *
     * @throws IllegalArgumentException when the key cannot be used (not owner-only, not a sealing key, too far behind)
     * @throws IOException when the key cannot be read or moved forward
     */
    Epoch claim(long atLeast) throws IOException;

    /**
     * The key's id, to tell whether a log's last epoch is this key's.
     *
     * @throws IllegalArgumentException when the key cannot be used
     * @throws IOException when the key cannot be read
     */
    String keyId() throws IOException;

    /** Where the key comes from, for messages: a path, a variable's or keystore's name, never the key. */
    String describe();

    /** One claimed epoch: its state (the caller erases it after deriving) and the checkpoint signing key. */
    record Epoch(String id, long epoch, byte[] state, PrivateKey signing) {
        void erase() {
            Arrays.fill(state, (byte) 0);
        }
    }
}
