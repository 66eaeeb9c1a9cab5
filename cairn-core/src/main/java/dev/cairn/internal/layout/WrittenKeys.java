package dev.cairn.internal.layout;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys already written in one record (or in one nested object), so that a repeated key gets a fresh name: the key
 * prefixed with {@code _}, repeated until unique. The keys a layout writes itself come as a set built once with the
 * layout ({@link #clear(KeySet)}); the record's own keys go to an open-addressing table emptied in constant time by a new
 * generation stamp, so a record allocates nothing and no claim searches a list. The last name given to each repeated
 * key is remembered so the search resumes there, and each claim costs constant time plus the length of that name.
 *
 * <p>Shape: most records of a call site add and claim the same key instances in the same order. That sequence, as far
 * as the last record got without a rename, is kept; while a record repeats it, each step is one reference comparison,
 * with no hashing and no store into the table (a reference store into a long-lived array pays the garbage collector's
 * write barrier, which showed in issue 19's profile), and gives the same answer, the same steps from the same start
 * leading to the same table. At the first step that differs, the keys so far go into the table and the record goes on
 * there.
 */
final class WrittenKeys {

    private static final int INITIAL = 32;
    /** Tables grown past this by one record are dropped when cleared, so one huge record costs no later one. */
    private static final int RETAINED = 1024;

    private static final KeySet NONE = new KeySet(List.of());
    /** The most keys a shape holds; the keys of a record with more go through the table from there. */
    private static final int MAX_SHAPE = 64;

    private KeySet reserved = NONE;
    private String[] table = new String[INITIAL];
    /** The generation each slot of {@link #table} was filled in; a slot is in use when it holds the current one. */
    private int[] stamps = new int[INITIAL];

    private int stamp = 1;
    private int count;
    /** For each key renamed in this record, the last name it was given: every shorter prefixed form is taken. */
    private Map<String, String> lastNames;

    /** The keys added or claimed (unrenamed) in order since the record started with {@link #shapeReserved}. */
    private final String[] shape = new String[MAX_SHAPE];
    /** For each step of {@link #shape}, whether it was {@link #add} rather than {@link #claim}. */
    private final boolean[] shapeAdds = new boolean[MAX_SHAPE];

    private int shapeLength;
    private KeySet shapeReserved = NONE;
    /** How many keys this record has added or claimed, and whether all of them were the shape's (none in the table). */
    private int steps;

    private boolean onShape = true;

    /** Forgets every key. */
    void clear() {
        clear(NONE);
    }

    /** Forgets every key and starts over with {@code reserved} (keys the layout writes) as already written. */
    void clear(KeySet reserved) {
        if (reserved != shapeReserved) {
            shapeReserved = reserved;
            shapeLength = 0;
        }
        steps = 0;
        onShape = true;
        this.reserved = reserved;
        count = 0;
        lastNames = null;
        if (table.length > RETAINED) {
            table = new String[INITIAL];
            stamps = new int[INITIAL];
            stamp = 1;
        } else if (++stamp == 0) {
            Arrays.fill(stamps, 0);
            stamp = 1;
        }
    }

    /** Records {@code key} as written. */
    void add(String key) {
        if (onShape) {
            if (steps < shapeLength && shape[steps] == key && shapeAdds[steps]) {
                steps++;
                return;
            }
            leaveShape();
        }
        put(key);
        extendShape(key, true);
        steps++;
    }

    /** Enters {@code key} in the table, growing it when half full. */
    private void put(String key) {
        if (2 * (count + 1) > table.length) {
            grow();
        }
        insert(key);
        count++;
    }

    /** Records and returns {@code key}, or the first {@code _}-prefixed form of it not yet written. */
    String claim(String key) {
        if (onShape) {
            if (steps < shapeLength && shape[steps] == key && !shapeAdds[steps]) {
                steps++;
                return key;
            }
            leaveShape();
        }
        String name = claimInTable(key);
        if (name == key) {
            extendShape(key, false);
        }
        steps++;
        return name;
    }

    /** Puts this record's keys, all the shape's so far, into the table, and cuts the shape to them. */
    private void leaveShape() {
        onShape = false;
        for (int i = 0; i < steps; i++) {
            put(shape[i]);
        }
        shapeLength = steps;
    }

    /** Appends the step about to be counted to the shape, if every step of this record so far is in it. */
    private void extendShape(String key, boolean added) {
        if (shapeLength == steps && steps < MAX_SHAPE) {
            shape[steps] = key;
            shapeAdds[steps] = added;
            shapeLength++;
        }
    }

    /**
     * {@link #claim} through the table. A key not yet written (nearly always) costs one probe sequence: it goes into the
     * free slot that ends the search.
     */
    private String claimInTable(String key) {
        if (!reserved.contains(key)) {
            if (2 * (count + 1) > table.length) {
                grow();
            }
            int mask = table.length - 1;
            int i = slot(key, mask);
            while (stamps[i] == stamp) {
                String written = table[i];
                if (written == key || written.equals(key)) {
                    return rename(key);
                }
                i = i + 1 & mask;
            }
            table[i] = key;
            stamps[i] = stamp;
            count++;
            return key;
        }
        return rename(key);
    }

    /** Records and returns the first {@code _}-prefixed form of the written {@code key} not yet written. */
    private String rename(String key) {
        if (lastNames == null) {
            lastNames = new HashMap<>();
        }
        String name = lastNames.getOrDefault(key, key);
        do {
            name = "_" + name;
        } while (contains(name));
        lastNames.put(key, name);
        put(name);
        return name;
    }

    private boolean contains(String key) {
        if (reserved.contains(key)) {
            return true;
        }
        int mask = table.length - 1;
        for (int i = slot(key, mask); stamps[i] == stamp; i = i + 1 & mask) {
            String written = table[i];
            if (written == key || written.equals(key)) {
                return true;
            }
        }
        return false;
    }

    private void insert(String key) {
        int mask = table.length - 1;
        int i = slot(key, mask);
        while (stamps[i] == stamp) {
            i = i + 1 & mask;
        }
        table[i] = key;
        stamps[i] = stamp;
    }

    private void grow() {
        String[] oldTable = table;
        int[] oldStamps = stamps;
        int current = stamp;
        table = new String[oldTable.length * 2];
        stamps = new int[oldTable.length * 2];
        stamp = 1;
        for (int i = 0; i < oldTable.length; i++) {
            if (oldStamps[i] == current) {
                insert(oldTable[i]);
            }
        }
    }

    private static int slot(String key, int mask) {
        int h = key.hashCode();
        return (h ^ h >>> 16) & mask;
    }
}
