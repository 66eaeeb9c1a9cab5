package dev.cairn.internal;

import dev.cairn.spi.LogRecord;

/**
 * Where the dispatcher's writer thread (and a caller that must not wait for it) hands records: the current sinks.
 * The engine implements it; the dispatcher knows nothing else of the engine.
 */
interface RecordWriter {

    /** Writes and flushes {@code record} on this thread. */
    void writeNow(LogRecord record);

    /** The writer thread's way to the sinks, batch by batch; for the calling thread only. */
    Batches batches();

    /** Reports that the writer thread caught {@code cause} outside any record's write and went on; never throws. */
    void writerRecovered(Throwable cause);

    /**
     * Writes the records of one batch after another. Between two flushes the thread stays counted in the current
     * pipeline, so a queued record costs no entry of its own; a flush ends the batch and leaves the pipeline, and must
     * come before the thread waits for anything.
     */
    interface Batches {

        /** Writes {@code record}, flushing the sinks when {@code flush} is set; counts and reports what is thrown. */
        void write(LogRecord record, boolean flush);

        /** Flushes what the batch wrote and ends the batch; counts and reports whatever is thrown. */
        void flush();
    }
}
