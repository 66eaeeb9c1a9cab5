package dev.cairn.internal;

import java.util.Arrays;

/** A growable list of key-value fields in call order; keys are never null. */
public final class FieldList {

    private String[] keys;
    private Object[] values;
    private int size;

    public FieldList() {
        this(4);
    }

    public FieldList(int capacity) {
        keys = new String[Math.max(capacity, 1)];
        values = new Object[keys.length];
    }

    public void add(String key, Object value) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key == null ? "null" : key;
        values[size] = value;
        size++;
    }

    public int size() {
        return size;
    }

    public String key(int index) {
        return keys[index];
    }

    public Object value(int index) {
        return values[index];
    }

    void setValue(int index, Object value) {
        values[index] = value;
    }
}
