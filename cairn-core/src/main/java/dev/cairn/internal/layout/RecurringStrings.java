package dev.cairn.internal.layout;

/**
 * The quoted JSON form of short strings every record repeats (logger and thread names, field keys): escaping them again
 * was a fifth of the writer thread's time in issue 19's workload. A string is looked up in a few slots from its home
 * slot by its hash code, matched by identity (nearly always the same instance from record to record) or else by
 * content; a miss encodes it as usual and copies the bytes into the slot, so neither a hit nor a miss allocates. The
 * home slot comes from {@link String#hashCode}, kept in the string, rather than {@link System#identityHashCode}, which
 * the interpreter and C1 (the writer's first hundred thousands of records) reach through a native call. A field key's slot also keeps
 * whether its values are redacted ({@link #appendKey}), so that one lookup per key serves both. Not thread-safe: one per
 * layout.
 */
final class RecurringStrings {

    private static final int SLOTS = 64;
    private static final int PROBES = 4;
    /** The longest encoding kept, quotes included; longer strings are encoded every time. */
    static final int SLOT_BYTES = 64;

    private static final byte UNKNOWN = 0;
    private static final byte PLAIN = 1;
    private static final byte SENSITIVE = 2;

    private final String[] strings = new String[SLOTS];
    private final int[] hashes = new int[SLOTS];
    private final int[] lengths = new int[SLOTS];
    /** For each slot, its key's redaction verdict: {@link #UNKNOWN}, {@link #PLAIN} or {@link #SENSITIVE}. */
    private final byte[] verdicts = new byte[SLOTS];

    private final byte[] encoded = new byte[SLOTS * SLOT_BYTES];
    private int nextVictim;

    /**
     * Appends {@code text} as {@link JsonValueWriter#appendString} does, from the bytes kept for this instance when
     * there are; a string longer than {@code max} is always encoded afresh (its cut depends on {@code max}).
     */
    void append(Utf8Output out, String text, int max, JsonValueWriter values) {
        appendKept(out, text, max, values);
    }

    /**
     * Appends {@code key} as {@link #append} does and returns whether values under it are redacted ({@link
     * JsonValueWriter#isSensitive}), the verdict kept with the key's bytes.
     */
    boolean appendKey(Utf8Output out, String key, int max, JsonValueWriter values) {
        int slot = appendKept(out, key, max, values);
        if (slot < 0) {
            return values.isSensitive(key);
        }
        byte verdict = verdicts[slot];
        if (verdict == UNKNOWN) {
            verdict = values.isSensitive(key) ? SENSITIVE : PLAIN;
            verdicts[slot] = verdict;
        }
        return verdict == SENSITIVE;
    }

    /** Appends {@code text} as {@link #append} does and returns the slot that keeps it, or -1 when none does. */
    private int appendKept(Utf8Output out, String text, int max, JsonValueWriter values) {
        if (text.length() > max || text.length() > SLOT_BYTES) {
            values.appendString(out, text, max);
            return -1;
        }
        int mask = SLOTS - 1;
        int hash = text.hashCode();
        int home = (hash ^ hash >>> 16) & mask;
        int free = -1;
        for (int probe = 0; probe < PROBES; probe++) {
            int slot = home + probe & mask;
            String kept = strings[slot];
            if (kept == text || hashes[slot] == hash && text.equals(kept)) {
                out.append(encoded, slot * SLOT_BYTES, lengths[slot]);
                values.checkBound(out);
                return slot;
            }
            if (kept == null && free < 0) {
                free = slot;
            }
        }
        int start = out.length();
        values.appendString(out, text, max);
        int length = out.length() - start;
        if (length > SLOT_BYTES) {
            return -1;
        }
        int slot = free >= 0 ? free : home + (nextVictim++ & PROBES - 1) & mask;
        System.arraycopy(out.array(), start, encoded, slot * SLOT_BYTES, length);
        lengths[slot] = length;
        verdicts[slot] = UNKNOWN;
        hashes[slot] = hash;
        strings[slot] = text;
        return slot;
    }
}
