package dev.cairn.cli.json;

/** The kind of a JSON value found by {@link JsonLineScanner}. */
public enum JsonType {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL,
    OBJECT,
    ARRAY
}
