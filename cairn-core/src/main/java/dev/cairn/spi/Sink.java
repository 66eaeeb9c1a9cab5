package dev.cairn.spi;

import java.io.IOException;

/**
 * A destination for records: the console, a file, a collector.
 *
 * <p>Threading: Cairn never calls one sink from two threads at once, so an implementation needs no locking of its own;
 * a sink may be called from different threads over time. A record may reach the sink from inside its own
 * {@code write}, when encoding a value logs (a {@code toString()} that logs): an implementation that reuses a buffer
 * must allow for that. Such nesting goes one level deep at most: what a nested record's values log is not written.
 *
 * <p>Blocking budget: a sink that returns false from {@link #mayBlock()} (the default) is called on the thread that
 * writes every such sink, so each of its calls must finish in about the time of a local write. A sink that may wait on
 * something outside the process (a network peer, a pipe) returns true: it then gets a delivery thread and a bounded
 * hand-off queue of its own, records it cannot take in time are dropped and counted against it, and it never delays
 * the other sinks or the application.
 *
 * <p>Errors: anything thrown by any method, {@code Error}s included, is caught by Cairn, counted against this sink and
 * reported on the diagnostic channel; it never reaches the application and never stops other sinks or the thread
 * writing them.
 */
public interface Sink extends AutoCloseable {

    /**
     * Writes one record. The sink reads the record only during this call (copy what is needed later); for a sink that
     * {@link #mayBlock()}, Cairn keeps the record, with mutable values copied at the call, until its delivery thread
     * makes this call. It may stay buffered until {@link #flush()}.
     */
    void write(LogRecord record) throws IOException;

    /** Hands every record written so far to the destination (for a file, to the operating system). */
    void flush() throws IOException;

    /**
     * Flushes and releases the destination; Cairn calls nothing on the sink afterwards. At shutdown a sink that does
     * not finish within {@code cairn.shutdown.timeout} is abandoned and its unwritten records reported.
     */
    @Override
    void close() throws IOException;

    /**
     * Whether a call may wait on something outside the process, such as a network peer; such a sink is called on a
     * delivery thread of its own. Cairn asks once, when the sink is installed.
     */
    default boolean mayBlock() {
        return false;
    }

    /**
     * Records this sink cut to fit its destination since it was created (a datagram's size, say), shown as {@code cut}
     * in its statistics; called from any thread. Cairn counts the cuts of {@code cairn.max-record-length} itself.
     */
    default long cut() {
        return 0;
    }
}
