package dev.cairn.internal.seal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Arrays;

/**
 * The writer's key file, moved forward one epoch each time an epoch is claimed. Before the state of epoch {@code e} is
 * handed out, the file is rewritten with the state of {@code e + 1} (owner-only, atomic rename, forced to the device),
 * so the file never again holds a state from which an epoch already used can be derived. Claims are serialized within
 * the process, so file sinks sharing a key file never share an epoch; two processes must not share one key file.
 */
final class KeyFile {

    private static final Object LOCK = new Object();

    private KeyFile() {}

    /** What a claim hands out: the epoch's state (the caller erases it after deriving) and the signing key. */
    record Claim(String id, long epoch, byte[] state, PrivateKey signing) {
        void erase() {
            Arrays.fill(state, (byte) 0);
        }
    }

    /**
     * Claims the file's current epoch and moves the file forward.
     *
     * @throws IllegalArgumentException when the file is not owner-only or not a sealing key
     * @throws IOException when it cannot be read or rewritten
     */
    static Claim claim(Path file) throws IOException {
        synchronized (LOCK) {
            SealingKey key = SealingKey.read(file);
            SealingKey next = key.at(key.epoch() + 1);
            try {
                KeyFilePermissions.writeOwnerOnly(file, next.toText());
            } catch (IOException e) {
                key.erase();
                throw new IOException(
                        "cannot move key file " + file + " forward ("
                                + e.getClass().getSimpleName() + ": " + e.getMessage()
                                + "); the writer must be able to rewrite its key file",
                        e);
            } finally {
                next.erase();
            }
            return new Claim(key.id(), key.epoch(), key.state(), key.signingKey());
        }
    }
}
