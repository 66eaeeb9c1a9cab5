package dev.cairn.spi;

import java.io.IOException;

/**
 * A destination for records: the console, a file, a collector.
 *
 * <p>Threading: Cairn never calls one sink from two threads at once, so an implementation needs no locking of its own;
 * a sink may be called from different threads over time. A record may reach the sink from inside its own
 * {@code write}, when encoding a value logs (a {@code toString()} that logs): an implementation that reuses a buffer
 * must allow for that.
 *
 * <p>Errors: an exception thrown by any method is caught by Cairn, counted against this sink and reported on the
 * diagnostic channel; it never reaches the application and never stops other sinks.
 */
public interface Sink extends AutoCloseable {

    /** Writes one record; the record must not be used after this call returns. It may stay buffered until {@link #flush()}. */
    void write(LogRecord record) throws IOException;

    /** Hands every record written so far to the destination (for a file, to the operating system). */
    void flush() throws IOException;

    /** Flushes and releases the destination; Cairn calls nothing on the sink afterwards. */
    @Override
    void close() throws IOException;
}
