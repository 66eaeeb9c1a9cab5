package dev.cairn.internal;

import java.util.Arrays;

/**
 * The fields of a fluent record being built, reused from one record to the next on a thread: primitive values are kept
 * unboxed until the record is written ({@link #addTo}), so a record that a limit skips allocates nothing.
 */
final class PendingFields {

    private static final byte OBJECT = 0;
    private static final byte LONG = 1;
    private static final byte DOUBLE = 2;

    private String[] keys = new String[4];
    private Object[] objects = new Object[4];
    private long[] longs = new long[4];
    private double[] doubles = new double[4];
    private byte[] kinds = new byte[4];
    private int size;

    void add(String key, Object value) {
        int index = next(key, OBJECT);
        objects[index] = value;
    }

    void add(String key, long value) {
        int index = next(key, LONG);
        longs[index] = value;
    }

    void add(String key, double value) {
        int index = next(key, DOUBLE);
        doubles[index] = value;
    }

    private int next(String key, byte kind) {
        if (size == keys.length) {
            int grown = size * 2;
            keys = Arrays.copyOf(keys, grown);
            objects = Arrays.copyOf(objects, grown);
            longs = Arrays.copyOf(longs, grown);
            doubles = Arrays.copyOf(doubles, grown);
            kinds = Arrays.copyOf(kinds, grown);
        }
        keys[size] = key;
        kinds[size] = kind;
        return size++;
    }

    int size() {
        return size;
    }

    /** Adds the fields to {@code fields}, primitives boxed. */
    void addTo(FieldList fields) {
        for (int i = 0; i < size; i++) {
            switch (kinds[i]) {
                case LONG:
                    fields.add(keys[i], longs[i]);
                    break;
                case DOUBLE:
                    fields.add(keys[i], doubles[i]);
                    break;
                default:
                    fields.add(keys[i], objects[i]);
            }
        }
    }

    /** Forgets every field, letting go of the values. */
    void clear() {
        Arrays.fill(objects, 0, size, null);
        Arrays.fill(keys, 0, size, null);
        size = 0;
    }
}
