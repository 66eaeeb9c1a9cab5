package dev.cairn.internal.layout;

/**
 * The quoted JSON form of short strings every record repeats (logger and thread names, field keys): escaping them again
 * was a fifth of the writer thread's time in issue 19's workload. A string is looked up in a few slots from its home
 * slot by its hash code, matched by identity (nearly always the same instance from record to record) or else by
 * content; a miss encodes it as usual and copies the bytes into the slot, so neither a hit nor a miss allocates. The
 * home slot comes from {@link String#hashCode}, kept in the string, rather than {@link System#identityHashCode}, which
 * the interpreter and C1 (the writer's first hundred thousands of records) reach through a native call.
 *
 * <p>A field key ({@link #appendKey}) is kept with the comma before it and the colon after it, {@code ,"key":}, so a
 * record copies the three in one piece, and its slot also keeps whether its values are redacted, so that one lookup
 * per key serves both; a slot matches only strings kept the same way. Not thread-safe: one per layout.
 */
final class RecurringStrings {

    private static final int SLOTS = 64;
    private static final int PROBES = 4;
    /** The longest encoding kept, quotes (and a key's comma and colon) included; longer are encoded every time. */
    static final int SLOT_BYTES = 64;

    private static final byte UNKNOWN = 0;
    private static final byte PLAIN = 1;
    private static final byte SENSITIVE = 2;

    private final String[] strings = new String[SLOTS];
    private final int[] hashes = new int[SLOTS];
    private final int[] lengths = new int[SLOTS];
    /** For each slot, whether it keeps a field key's {@code ,"key":} rather than a quoted string. */
    private final boolean[] keys = new boolean[SLOTS];
    /** For each slot, its key's redaction verdict: {@link #UNKNOWN}, {@link #PLAIN} or {@link #SENSITIVE}. */
    private final byte[] verdicts = new byte[SLOTS];

    private final byte[] encoded = new byte[SLOTS * SLOT_BYTES];
    private int nextVictim;

    /**
     * Appends {@code text} as {@link JsonValueWriter#appendString} does, from the bytes kept for this instance when
     * there are; a string longer than {@code max} is always encoded afresh (its cut depends on {@code max}).
     */
    void append(Utf8Output out, String text, int max, JsonValueWriter values) {
        if (text.length() > max || text.length() > SLOT_BYTES) {
            values.appendString(out, text, max);
            return;
        }
        int hash = text.hashCode();
        int slot = find(text, hash, false);
        if (slot >= 0) {
            out.append(encoded, slot * SLOT_BYTES, lengths[slot]);
            values.checkBound(out);
            return;
        }
        int start = out.length();
        values.appendString(out, text, max);
        keep(out, start, text, hash, false, false);
    }

    /**
     * Appends a comma unless {@code first}, then {@code key} as {@link #append} does and a colon, and returns whether
     * values under it are redacted ({@link JsonValueWriter#isSensitive}), the verdict kept with the key's bytes.
     */
    boolean appendKey(Utf8Output out, String key, boolean first, int max, JsonValueWriter values) {
        if (key.length() > max || key.length() > SLOT_BYTES) {
            appendKeyAfresh(out, key, first, max, values);
            return values.isSensitive(key);
        }
        int hash = key.hashCode();
        int slot = find(key, hash, true);
        if (slot < 0) {
            int start = out.length();
            appendKeyAfresh(out, key, first, max, values);
            slot = keep(out, start, key, hash, true, first);
            if (slot < 0) {
                return values.isSensitive(key);
            }
        } else {
            int skip = first ? 1 : 0;
            out.append(encoded, slot * SLOT_BYTES + skip, lengths[slot] - skip);
            values.checkBound(out);
        }
        byte verdict = verdicts[slot];
        if (verdict == UNKNOWN) {
            verdict = values.isSensitive(key) ? SENSITIVE : PLAIN;
            verdicts[slot] = verdict;
        }
        return verdict == SENSITIVE;
    }

    private static void appendKeyAfresh(Utf8Output out, String key, boolean first, int max, JsonValueWriter values) {
        if (!first) {
            out.append(',');
        }
        values.appendString(out, key, max);
        out.append(':');
    }

    /** The slot keeping {@code text} (the same way: a key or not), or -1. */
    private int find(String text, int hash, boolean key) {
        int mask = SLOTS - 1;
        int home = (hash ^ hash >>> 16) & mask;
        for (int probe = 0; probe < PROBES; probe++) {
            int slot = home + probe & mask;
            String kept = strings[slot];
            if ((kept == text || hashes[slot] == hash && text.equals(kept)) && keys[slot] == key) {
                return slot;
            }
        }
        return -1;
    }

    /**
     * Keeps the bytes of {@code out} from {@code start} to its end, after a comma when {@code comma} (a key written
     * first), as the encoding of {@code text} and returns their slot, or -1 when they are too long to keep.
     */
    private int keep(Utf8Output out, int start, String text, int hash, boolean key, boolean comma) {
        int written = out.length() - start;
        int length = comma ? written + 1 : written;
        if (length > SLOT_BYTES) {
            return -1;
        }
        int mask = SLOTS - 1;
        int home = (hash ^ hash >>> 16) & mask;
        int slot = -1;
        for (int probe = 0; probe < PROBES && slot < 0; probe++) {
            if (strings[home + probe & mask] == null) {
                slot = home + probe & mask;
            }
        }
        if (slot < 0) {
            slot = home + (nextVictim++ & PROBES - 1) & mask;
        }
        int at = slot * SLOT_BYTES;
        if (comma) {
            encoded[at++] = ',';
        }
        System.arraycopy(out.array(), start, encoded, at, written);
        lengths[slot] = length;
        verdicts[slot] = UNKNOWN;
        keys[slot] = key;
        hashes[slot] = hash;
        strings[slot] = text;
        return slot;
    }
}
