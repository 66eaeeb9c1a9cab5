package dev.cairn.jdbc.internal;

/**
 * Makes text storable in any column of the table: PostgreSQL's {@code text} and {@code jsonb} refuse U+0000, and a
 * lone surrogate cannot be encoded as UTF-8, so both become U+FFFD; text longer than the log system's
 * {@code cairn.max-value-length} is cut, ending with {@code …[truncated N chars]} as in the JSON format. Counts the
 * values it changed, for the sink's reports.
 *
 * <p>Threading: used by the sink's writer thread only.
 */
final class StorableText {

    static final char REPLACEMENT = '\uFFFD';

    private final int maxLength;
    private long replaced;
    private long cut;

    StorableText(int maxLength) {
        this.maxLength = maxLength;
    }

    /** {@code text} made storable; null stays null. */
    String clean(String text) {
        return clean(text, maxLength);
    }

    /** {@code text} made storable, cut at {@code limit} characters rather than the value limit. */
    String clean(String text, int limit) {
        if (text == null) {
            return null;
        }
        int length = text.length();
        int kept = Math.min(length, limit);
        if (kept > 0 && kept < length && Character.isHighSurrogate(text.charAt(kept - 1))) {
            kept--; // never cut a pair in halves
        }
        StringBuilder out = null;
        for (int i = 0; i < kept; i++) {
            char c = text.charAt(i);
            boolean bad;
            if (c == '\0') {
                bad = true;
            } else if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1));
                if (!bad) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                bad = Character.isLowSurrogate(c);
            }
            if (bad && out == null) {
                out = new StringBuilder(kept + 32).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? REPLACEMENT : c);
            }
        }
        if (out != null) {
            replaced++;
        }
        if (kept == length) {
            return out == null ? text : out.toString();
        }
        cut++;
        if (out == null) {
            out = new StringBuilder(kept + 32).append(text, 0, kept);
        }
        return out.append("…[truncated ")
                .append(length - kept)
                .append(" chars]")
                .toString();
    }

    /** Values that had a NUL or a lone surrogate replaced, so far. */
    long replaced() {
        return replaced;
    }

    /** Values cut for length, so far. */
    long cut() {
        return cut;
    }
}
