package dev.cairn.internal.layout;

/**
 * A record that keeps numeric field values unboxed, so that a layout can write them without allocating a
 * {@code Long} or {@code Double} per field; {@link dev.cairn.spi.LogRecord#fieldValue} still returns them boxed for
 * every other reader. Internal rather than on the SPI: only Cairn's own layouts need the saving, and a third-party
 * sink keeps one way to read a field.
 */
public interface UnboxedFields {

    /** A field whose value is an object: read it with {@code fieldValue}. */
    int OBJECT = 0;

    /** A field whose value is a {@code long}: read it with {@link #longField}. */
    int LONG = 1;

    /** A field whose value is a {@code double}: read it with {@link #doubleField}. */
    int DOUBLE = 2;

    /** How field {@code index} is held: {@link #OBJECT}, {@link #LONG} or {@link #DOUBLE}. */
    int fieldType(int index);

    /** The value of field {@code index}, which is of type {@link #LONG}. */
    long longField(int index);

    /** The value of field {@code index}, which is of type {@link #DOUBLE}. */
    double doubleField(int index);
}
