package dev.cairn.otlp.internal;

import java.util.List;

/** An OTLP {@code AnyValue}: what an attribute or a log body holds, typed as the collector reads it. */
sealed interface Value {

    /** A string value. */
    record Text(String value) implements Value {}

    /** A boolean value. */
    record Bool(boolean value) implements Value {}

    /** A 64-bit integer value. */
    record Int(long value) implements Value {}

    /** A double value. */
    record Real(double value) implements Value {}

    /** An array of values. */
    record Array(List<Value> values) implements Value {}

    /** A list of key-value pairs (a nested map). */
    record KeyValues(List<Attribute> entries) implements Value {}

    /** No value (a null). */
    record Empty() implements Value {}
}
