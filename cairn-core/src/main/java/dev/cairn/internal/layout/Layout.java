package dev.cairn.internal.layout;

import dev.cairn.spi.LogRecord;

/**
 * Turns a record into one line of UTF-8, written straight into the caller's byte buffer. Implementations are built once from the configuration and then only write;
 * they are called by one thread at a time but may be re-entered on that thread (a value's {@code toString()} that logs).
 */
public interface Layout {

    /**
     * Appends the record, ending with a newline, to {@code out}; a record longer than {@code cairn.max-record-length}
     * (in UTF-8 bytes, JSON or text) is appended cut, with the reason (docs/schema.md).
     */
    void format(LogRecord record, Utf8Output out);

    /** Records this layout has written cut because they were longer than {@code cairn.max-record-length}. */
    long cut();
}
