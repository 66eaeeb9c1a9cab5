package dev.cairn.internal.layout;

/**
 * Runs of a record's header that follow from one string and a small number, such as {@code ","level":"INFO","logger":
 * "shop.orders","message":} from the logger's name and the level, kept as bytes so that a record repeating them copies
 * one run instead of several pieces (the writer's copying of pieces was a sixth of its samples in issue 19's workload).
 * A run is kept in one slot chosen by the string's hash code and matched by identity (the names come from the same
 * {@code Logger} and {@code Thread} instances record after record); a miss leaves the caller to write the pieces and
 * {@link #keep} them. Not thread-safe: one per layout.
 */
final class KeptRuns {

    private static final int SLOTS = 16;
    /** The longest run kept; a longer one is written in pieces every time. */
    static final int RUN_BYTES = 192;

    private final String[] strings = new String[SLOTS];
    private final int[] variants = new int[SLOTS];
    private final int[] lengths = new int[SLOTS];
    private final byte[] runs = new byte[SLOTS * RUN_BYTES];

    /** Appends the run kept for {@code text} and {@code variant} and returns true, or returns false when none is. */
    boolean append(Utf8Output out, String text, int variant) {
        int slot = slot(text, variant);
        if (strings[slot] == text && variants[slot] == variant) {
            out.append(runs, slot * RUN_BYTES, lengths[slot]);
            return true;
        }
        return false;
    }

    /** Keeps the bytes of {@code out} from {@code start} to its end as the run of {@code text} and {@code variant}. */
    void keep(Utf8Output out, int start, String text, int variant) {
        int length = out.length() - start;
        if (length > RUN_BYTES) {
            return;
        }
        int slot = slot(text, variant);
        System.arraycopy(out.array(), start, runs, slot * RUN_BYTES, length);
        lengths[slot] = length;
        variants[slot] = variant;
        strings[slot] = text;
    }

    private static int slot(String text, int variant) {
        int hash = text.hashCode() + variant;
        return (hash ^ hash >>> 16) & SLOTS - 1;
    }
}
