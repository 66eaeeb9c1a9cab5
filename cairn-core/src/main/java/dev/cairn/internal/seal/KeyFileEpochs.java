package dev.cairn.internal.seal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Epochs from the writer's key file, moved forward one epoch each time an epoch is claimed. Before the state of epoch
 * {@code e} is handed out, the file is rewritten with the state of {@code e + 1} (owner-only, atomic rename, forced to
 * the device), so the file never again holds a state from which an epoch already used can be derived: a key stolen
 * later cannot read or forge earlier epochs. Claims are serialized within the process, so file sinks sharing a key file
 * never share an epoch; two processes must not share one key file.
 */
public final class KeyFileEpochs implements EpochSource {

    private static final Object LOCK = new Object();

    private final Path file;

    public KeyFileEpochs(Path file) {
        this.file = file;
    }

    @Override
    public Epoch claim(long atLeast) throws IOException {
        synchronized (LOCK) {
            SealingKey key = SealingKey.read(file);
            SealingKey current = FixedKeyEpochs.forwardTo(key, atLeast, describe());
            if (current != key) {
                key.erase();
            }
            SealingKey next = current.at(current.epoch() + 1);
            try {
                KeyFilePermissions.writeOwnerOnly(file, next.toText());
            } catch (IOException e) {
                current.erase();
                throw new IOException(
                        "cannot move key file " + file + " forward ("
                                + e.getClass().getSimpleName() + ": " + e.getMessage()
                                + "); the writer must be able to rewrite its key file",
                        e);
            } finally {
                next.erase();
            }
            return new Epoch(current.id(), current.epoch(), current.state(), current.signingKey());
        }
    }

    @Override
    public String keyId() throws IOException {
        SealingKey key = SealingKey.read(file);
        key.erase();
        return key.id();
    }

    @Override
    public String describe() {
        return "key file " + file;
    }
}
