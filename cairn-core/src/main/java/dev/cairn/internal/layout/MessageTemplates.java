package dev.cairn.internal.layout;

/**
 * The text of the message templates records repeat, JSON-escaped and cut into its pieces between placeholders, kept per
 * template: writing a message then copies the pieces around its arguments instead of searching the template for
 * placeholders and escaping its text again, which was a fifth of the writer thread's samples in issue 19's end-to-end
 * run. The message formatter fills an entry once per template by walking it ({@link #start}, {@link #text}, {@link
 * #placeholder}, {@link #end}); a template whose pieces do not fit an entry is kept as such, so that it is not walked
 * twice per record. Entries are looked up and evicted as in {@link RecurringStrings}, and neither a hit nor a miss
 * allocates. Not thread-safe: one per layout.
 */
public final class MessageTemplates {

    private static final int SLOTS = 64;
    private static final int PROBES = 4;
    /** The longest template kept, and the most bytes its escaped pieces may take. */
    static final int SLOT_BYTES = 128;
    /** The most placeholders a kept template has. */
    static final int MAX_PLACEHOLDERS = 7;

    private static final int PIECES = MAX_PLACEHOLDERS + 1;

    private final String[] templates = new String[SLOTS];
    private final int[] hashes = new int[SLOTS];
    private final int[] placeholders = new int[SLOTS];
    /** For each slot, where each of its pieces ends in {@link #encoded}, counted from the slot's start. */
    private final int[] ends = new int[SLOTS * PIECES];

    private final byte[] encoded = new byte[SLOTS * SLOT_BYTES];
    /** The pieces of the template being kept, escaped. */
    private final Utf8Output scratch = new Utf8Output(SLOT_BYTES);

    private int nextVictim;
    /** The slot the template being kept goes to. */
    private int filling;
    /** Whether the pieces of the template being kept have outgrown its slot. */
    private boolean overflowed;

    private String fillingTemplate;
    private int fillingHash;

    /** The slot keeping the pieces of {@code template}, or -1 when none does. */
    public int find(String template) {
        int hash = template.hashCode();
        int home = home(hash);
        for (int probe = 0; probe < PROBES; probe++) {
            int slot = home + probe & SLOTS - 1;
            String kept = templates[slot];
            if (kept == template || hashes[slot] == hash && template.equals(kept)) {
                return slot;
            }
        }
        return -1;
    }

    /**
     * Starts keeping {@code template}, whose pieces follow through {@link #text} and {@link #placeholder}, and returns
     * true; returns false, keeping nothing, when it is too long for a slot.
     */
    public boolean start(String template) {
        if (template.length() > SLOT_BYTES) {
            return false;
        }
        int hash = template.hashCode();
        int home = home(hash);
        int slot = -1;
        for (int probe = 0; probe < PROBES && slot < 0; probe++) {
            if (templates[home + probe & SLOTS - 1] == null) {
                slot = home + probe & SLOTS - 1;
            }
        }
        if (slot < 0) {
            slot = home + (nextVictim++ & PROBES - 1) & SLOTS - 1;
        }
        templates[slot] = null;
        placeholders[slot] = 0;
        scratch.setLength(0);
        fillingTemplate = template;
        fillingHash = hash;
        filling = slot;
        overflowed = false;
        return true;
    }

    /** Adds the chars of {@code text} from {@code from} to {@code to}, escaped, to the piece being kept. */
    public void text(String text, int from, int to) {
        if (!overflowed) {
            scratch.appendJsonEscaped(text, from, to);
            overflowed = scratch.length() > SLOT_BYTES;
        }
    }

    /** Ends the piece being kept at a placeholder. */
    public void placeholder() {
        if (!overflowed) {
            int count = placeholders[filling];
            if (count == MAX_PLACEHOLDERS) {
                overflowed = true;
                return;
            }
            ends[filling * PIECES + count] = scratch.length();
            placeholders[filling] = count + 1;
        }
    }

    /** Ends the template started and returns the slot that keeps it. */
    public int end() {
        int slot = filling;
        if (overflowed) {
            placeholders[slot] = -1;
        } else {
            ends[slot * PIECES + placeholders[slot]] = scratch.length();
            System.arraycopy(scratch.array(), 0, encoded, slot * SLOT_BYTES, scratch.length());
        }
        hashes[slot] = fillingHash;
        templates[slot] = fillingTemplate;
        fillingTemplate = null;
        return slot;
    }

    /** The number of placeholders of the template {@code slot} keeps, or -1 when its pieces did not fit the slot. */
    public int placeholders(int slot) {
        return placeholders[slot];
    }

    /** Appends piece {@code piece} of the template {@code slot} keeps: the text before that placeholder, or the end. */
    public void appendPiece(Utf8Output out, int slot, int piece) {
        int from = piece == 0 ? 0 : ends[slot * PIECES + piece - 1];
        out.append(encoded, slot * SLOT_BYTES + from, ends[slot * PIECES + piece] - from);
    }

    private static int home(int hash) {
        return (hash ^ hash >>> 16) & SLOTS - 1;
    }
}
