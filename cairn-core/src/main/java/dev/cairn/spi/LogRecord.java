package dev.cairn.spi;

import dev.cairn.Level;
import dev.cairn.context.ContextSnapshot;

/**
 * One record as captured on the calling thread: everything a {@link Sink} needs to write it.
 *
 * <p>Ownership: a record is immutable once handed to a sink, and the sink may read it only during the call that
 * received it (Cairn reuses the record object afterwards); a sink that needs the data later copies what it needs (or
 * encodes it with a {@link RecordEncoder}). Field values are the objects passed by the caller, mutable ones copied at the call when the
 * record is written later on another thread (asynchronous mode, sinks that {@link Sink#mayBlock()}); encoding them
 * (calling {@code toString()}, iterating a map) happens in the sink.
 */
public interface LogRecord {

    /** Ordinary record or flow record. */
    RecordKind kind();

    /** Seconds since the epoch of the moment the record was logged. */
    long epochSecond();

    /** Nanoseconds within {@link #epochSecond()}; the clock's precision may be coarser. */
    int nanoOfSecond();

    Level level();

    String loggerName();

    /** The message with its placeholders filled in; never null. */
    String message();

    /** The name of the thread that logged the record. */
    String threadName();

    /** The context fields in force when the record was logged. */
    ContextSnapshot context();

    /** The number of the record's own key-value fields. */
    int fieldCount();

    /** The key of field {@code index}, in the order given at the call site. */
    String fieldKey(int index);

    /** The value of field {@code index}; suppliers have already been evaluated. */
    Object fieldValue(int index);

    /** The record's exception, or null. */
    Throwable throwable();

    /** The call site, when source location capture is on; otherwise null. */
    StackTraceElement location();
}
