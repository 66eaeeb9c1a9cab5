package dev.cairn.internal.seal;

/**
 * Epochs from an immutable key (an environment variable, a keystore entry), which cannot be moved forward where it is
 * kept: the state is hashed forward in memory only, and the state of an epoch handed out is replaced at once by the next
 * one's and erased. The key's holder can derive every epoch from the key's own, so this protects against tampering by
 * whoever lacks the key and against a later theft of the process's memory, not against a theft of the key itself
 * (docs/security.md, "Key handling").
 *
 * <p>Threads: claimed by one sealer, on one thread at a time.
 */
public final class FixedKeyEpochs implements EpochSource {

    /**
     * The most epochs a claim hashes forward: about a second of HMACs. A chain's last epoch further ahead of the key is
     * not one this key wrote (another key's chain, or a forged line) and is refused rather than computed for hours.
     */
    static final long MAX_FORWARD = 1_000_000;

    private final String source;
    private SealingKey next;

    /** Epochs of {@code key}, which was read from {@code source} (named in messages). */
    public FixedKeyEpochs(SealingKey key, String source) {
        this.next = key;
        this.source = source;
    }

    @Override
    public Epoch claim(long atLeast) {
        SealingKey current = forwardTo(next, atLeast, source);
        if (current != next) {
            next.erase();
        }
        next = current.at(current.epoch() + 1);
        return new Epoch(current.id(), current.epoch(), current.state(), current.signingKey());
    }

    @Override
    public String keyId() {
        return next.id();
    }

    @Override
    public String describe() {
        return source;
    }

    /**
     * {@code key} moved forward to {@code atLeast}, or {@code key} itself when it is there already.
     *
     * @throws IllegalArgumentException when that is more than {@link #MAX_FORWARD} epochs ahead
     */
    static SealingKey forwardTo(SealingKey key, long atLeast, String source) {
        if (atLeast <= key.epoch()) {
            return key;
        }
        if (atLeast - key.epoch() > MAX_FORWARD) {
            throw new IllegalArgumentException("the log's last record is at key epoch " + (atLeast - 1) + ", more than "
                    + MAX_FORWARD + " epochs after the epoch of " + source + " (" + key.epoch()
                    + "); a key that far behind did not write that log (another key's log, or a forged line)");
        }
        return key.at(atLeast);
    }
}
