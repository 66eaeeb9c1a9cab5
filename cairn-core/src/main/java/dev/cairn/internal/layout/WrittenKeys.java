package dev.cairn.internal.layout;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The keys already written in one record (or in one nested object), so that a repeated key gets a fresh name: the key
 * prefixed with {@code _}, repeated until unique. Each claim costs constant time plus the length of the name it
 * returns, however often a key repeats: a few keys are scanned in an array, more go to a hash set, and the last name
 * given to each repeated key is remembered so the search resumes there.
 */
final class WrittenKeys {

    private static final int SCANNED = 16;

    private final String[] scanned = new String[SCANNED];
    private int count;
    /** All keys once there are more than {@link #SCANNED}; dropped when cleared, so one huge record costs no later one. */
    private Set<String> hashed;
    /** For each key renamed in this record, the last name it was given: every shorter prefixed form is taken. */
    private Map<String, String> lastNames;

    void clear() {
        Arrays.fill(scanned, 0, Math.min(count, SCANNED), null);
        count = 0;
        hashed = null;
        lastNames = null;
    }

    /** Records {@code key} as written. */
    void add(String key) {
        if (hashed != null) {
            hashed.add(key);
        } else if (count < SCANNED) {
            scanned[count] = key;
        } else {
            hashed = new HashSet<>(Arrays.asList(scanned));
            hashed.add(key);
        }
        count++;
    }

    /** Records and returns {@code key}, or the first {@code _}-prefixed form of it not yet written. */
    String claim(String key) {
        if (!contains(key)) {
            add(key);
            return key;
        }
        if (lastNames == null) {
            lastNames = new HashMap<>();
        }
        String name = lastNames.getOrDefault(key, key);
        do {
            name = "_" + name;
        } while (contains(name));
        lastNames.put(key, name);
        add(name);
        return name;
    }

    private boolean contains(String key) {
        if (hashed != null) {
            return hashed.contains(key);
        }
        for (int i = 0; i < count; i++) {
            if (scanned[i].equals(key)) {
                return true;
            }
        }
        return false;
    }
}
