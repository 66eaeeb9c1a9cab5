package dev.cairn.internal;

import dev.cairn.spi.LogRecord;

/**
 * Where the dispatcher's writer thread (and a caller that must not wait for it) hands records: the current sinks.
 * The engine implements it; the dispatcher knows nothing else of the engine.
 */
interface RecordWriter {

    /** Writes and flushes {@code record} on this thread. */
    void writeNow(LogRecord record);

    /** Writes {@code record}, flushing the sinks when {@code flush} is set. */
    void writeQueued(LogRecord record, boolean flush);

    /** Flushes what was written. */
    void flushQueued();

    /** Reports that the writer thread caught {@code cause} outside any record's write and went on; never throws. */
    void writerRecovered(Throwable cause);
}
