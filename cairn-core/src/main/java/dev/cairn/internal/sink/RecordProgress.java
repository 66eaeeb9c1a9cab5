package dev.cairn.internal.sink;

/**
 * A sink that counts its records itself, exactly, through failures: how many it accepted, handed to the destination
 * whole, and dropped after accepting them. A batch a full disk cut is split between the two counts by the bytes that
 * reached the file.
 */
public interface RecordProgress {

    /** Records accepted by {@code write} (encoded and held), since the sink was built; read it under the sink's lock. */
    long accepted();

    /** Records whose bytes all reached the destination. */
    long handedOver();

    /** Records accepted but dropped because the destination failed. */
    long dropped();

    /** Bytes handed to the destination. */
    long bytesHandedOver();

    /** Records encoded cut because they were longer than {@code cairn.max-record-length}; read it under the sink's lock. */
    long cut();
}
