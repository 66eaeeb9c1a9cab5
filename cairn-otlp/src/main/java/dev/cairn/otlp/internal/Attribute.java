package dev.cairn.otlp.internal;

/** An OTLP {@code KeyValue}: one attribute of a resource, record or span, or one entry of a key-value list. */
record Attribute(String key, Value value) {

    static Attribute text(String key, String value) {
        return new Attribute(key, new Value.Text(value));
    }

    static Attribute integer(String key, long value) {
        return new Attribute(key, new Value.Int(value));
    }
}
