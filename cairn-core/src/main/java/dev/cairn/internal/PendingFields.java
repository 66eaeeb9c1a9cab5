package dev.cairn.internal;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The fields of a fluent record being built, reused from one record to the next on a thread: primitive values are kept
 * unboxed, so a record that a limit skips allocates nothing, and neither does one copied into a queue slot
 * ({@link #copyTo}); they are boxed only for a record made whole ({@link #toFieldList}).
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

    /**
     * Makes the values independent of the log call, before they go to another thread: suppliers are called and mutable
     * values copied ({@link CallTimeValues}), in place.
     */
    void freezeAtCallTime() {
        for (int i = 0; i < size; i++) {
            if (kinds[i] == OBJECT) {
                Object value = objects[i];
                if (CallTimeValues.isImmutable(value)) {
                    continue;
                }
                if (value instanceof Supplier) {
                    value = ObjectText.call((Supplier<?>) value);
                }
                objects[i] = CallTimeValues.isImmutable(value) ? value : CallTimeValues.copy(value);
            }
        }
    }

    /** Adds the fields to the record filled in {@code slot}, primitives unboxed. */
    void copyTo(SlotRecord slot) {
        for (int i = 0; i < size; i++) {
            switch (kinds[i]) {
                case LONG:
                    slot.add(keys[i], longs[i]);
                    break;
                case DOUBLE:
                    slot.add(keys[i], doubles[i]);
                    break;
                default:
                    slot.add(keys[i], objects[i]);
            }
        }
    }

    /**
     * The fields as a list, primitives boxed, after a {@code suppressed} field when {@code suppressed > 0}; null when
     * there are none.
     */
    FieldList toFieldList(long suppressed) {
        if (suppressed <= 0 && size == 0) {
            return null;
        }
        FieldList list = new FieldList(size + 1);
        if (suppressed > 0) {
            list.add("suppressed", suppressed);
        }
        addTo(list);
        return list;
    }

    /** Adds the fields to {@code fields}, primitives boxed. */
    private void addTo(FieldList fields) {
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
