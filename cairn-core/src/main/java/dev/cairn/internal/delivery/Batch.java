package dev.cairn.internal.delivery;

import java.util.List;

/**
 * Records sent together, and where they came from: {@code origin} is the spool entry they were read from, to be
 * acknowledged once the peer has answered for them (null for live records, and for the first half of a split entry).
 */
record Batch(List<byte[]> items, Spool.Position origin) {

    int size() {
        return items.size();
    }

    /** The two halves of this batch, the spool entry acknowledged with the second. */
    Batch[] halves() {
        int middle = items.size() / 2;
        return new Batch[] {
            new Batch(items.subList(0, middle), null), new Batch(items.subList(middle, items.size()), origin)
        };
    }
}
