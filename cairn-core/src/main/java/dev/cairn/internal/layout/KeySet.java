package dev.cairn.internal.layout;

import java.util.Collection;

/**
 * An immutable set of keys built once with a layout (the keys it writes itself), looked up for every field of every
 * record: open addressing with each key's hash kept beside it, so a miss — the usual answer — compares ints, not
 * strings, and a hit on the same key instance compares references.
 */
final class KeySet {

    private final String[] keys;
    private final int[] hashes;

    KeySet(Collection<String> members) {
        int capacity = Integer.highestOneBit(Math.max(4, members.size() * 4) - 1) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        for (String key : members) {
            if (!contains(key)) {
                int i = slot(key.hashCode());
                while (keys[i] != null) {
                    i = i + 1 & keys.length - 1;
                }
                keys[i] = key;
                hashes[i] = key.hashCode();
            }
        }
    }

    boolean contains(String key) {
        int hash = key.hashCode();
        for (int i = slot(hash); keys[i] != null; i = i + 1 & keys.length - 1) {
            if (hashes[i] == hash && (keys[i] == key || keys[i].equals(key))) {
                return true;
            }
        }
        return false;
    }

    private int slot(int hash) {
        return (hash ^ hash >>> 16) & keys.length - 1;
    }
}
