package dev.cairn.internal.sink;

import dev.cairn.internal.layout.Layout;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.Sink;
import java.io.IOException;

/**
 * A sink that encodes each record with a {@link Layout} into UTF-8 bytes held until {@link #flush()}, which hands them
 * to the destination in one call.
 *
 * <p>Re-entry: if encoding a value logs (a {@code toString()} that logs), the nested record is encoded into its own
 * text buffer and queued before the outer one, so the shared buffer is never overwritten mid-record.
 *
 * <p>Accounting ({@link RecordProgress}): the end of every pending record is kept, so when a hand-over fails the
 * records are split exactly into those whose bytes reached the destination (a {@link PartialWriteException} says how
 * many bytes did) and those dropped. Bytes of a failed hand-over are never handed over again, so no record is
 * written twice.
 */
public abstract class EncodingSink implements Sink, RecordProgress {

    private static final int RETAINED_CHARS = 64 * 1024;
    /** Pending bytes handed to the destination mid-batch: writes stay large and the buffer never regrows. */
    private static final int WRITE_THRESHOLD = 64 * 1024;

    private final Layout layout;
    private final Utf8Buffer pending = new Utf8Buffer();
    private StringBuilder text = new StringBuilder(1024);
    private boolean encoding;
    private int pendingHighestLevel = -1;
    /** End offset in {@link #pending} of each pending record, in order. */
    private int[] recordEnds = new int[256];

    private int pendingRecords;
    /** Read only under the caller's lock (the sink's slot), so not volatile: it changes with every record. */
    private long accepted;

    private volatile long handedOver;
    private volatile long bytesHandedOver;
    private volatile long dropped;

    protected EncodingSink(Layout layout) {
        this.layout = layout;
    }

    @Override
    public final void write(LogRecord record) throws IOException {
        int start = pending.size();
        if (encoding) {
            StringBuilder nested = new StringBuilder(256);
            layout.format(record, nested);
            appendWhole(nested);
        } else {
            encoding = true;
            try {
                layout.format(record, text);
                appendWhole(text);
            } finally {
                encoding = false;
                if (text.capacity() > RETAINED_CHARS) {
                    text = new StringBuilder(1024);
                } else {
                    text.setLength(0);
                }
            }
        }
        pendingHighestLevel = Math.max(pendingHighestLevel, record.level().ordinal());
        if (pendingRecords == recordEnds.length) {
            recordEnds = java.util.Arrays.copyOf(recordEnds, pendingRecords * 2);
        }
        recordEnds[pendingRecords++] = pending.size();
        accepted++;
        appended(start, pending.size() - start);
        if (pending.size() >= WRITE_THRESHOLD) {
            writePendingBefore(pending.size());
        }
    }

    /** Appends an encoded record, or nothing if that fails midway (out of memory), so no part of it stays pending. */
    private void appendWhole(CharSequence encoded) {
        int before = pending.size();
        try {
            pending.append(encoded);
        } catch (Throwable e) {
            pending.truncate(before);
            throw e;
        }
    }

    /**
     * Called after each record is encoded: the record's bytes start at {@code start} of the pending bytes and are
     * {@code length} long. A subclass may hand the bytes before it over with {@link #writePendingBefore(int)}.
     */
    protected void appended(int start, int length) throws IOException {}

    /** Hands the pending bytes before {@code offset} (whole records) to the destination and keeps the rest pending. */
    protected final void writePendingBefore(int offset) throws IOException {
        if (offset > 0) {
            try {
                hand(offset);
            } finally {
                pending.discardFirst(offset);
            }
        }
    }

    @Override
    public final void flush() throws IOException {
        int highest = pendingHighestLevel;
        pendingHighestLevel = -1;
        try {
            if (pending.size() > 0) {
                hand(pending.size());
            }
        } finally {
            pending.reset();
            pendingRecords = 0;
        }
        flushDestination(highest);
    }

    /** Writes the pending records before {@code offset} and counts them handed over, or split by what got through. */
    private void hand(int offset) throws IOException {
        int records = recordsEndingBy(offset);
        try {
            writeBytes(pending.array(), offset);
            handedOver += records;
            bytesHandedOver += offset;
        } catch (IOException | RuntimeException e) {
            int reached = e instanceof PartialWriteException
                    ? recordsEndingBy(((PartialWriteException) e).bytesWritten())
                    : 0;
            handedOver += reached;
            if (e instanceof PartialWriteException) {
                bytesHandedOver += ((PartialWriteException) e).bytesWritten();
            }
            dropped += records - reached;
            throw e;
        } finally {
            forgetRecords(records, offset);
        }
    }

    private int recordsEndingBy(int offset) {
        int n = 0;
        while (n < pendingRecords && recordEnds[n] <= offset) {
            n++;
        }
        return n;
    }

    private void forgetRecords(int records, int offset) {
        System.arraycopy(recordEnds, records, recordEnds, 0, pendingRecords - records);
        pendingRecords -= records;
        for (int i = 0; i < pendingRecords; i++) {
            recordEnds[i] -= offset;
        }
    }

    @Override
    public long accepted() {
        return accepted;
    }

    @Override
    public long handedOver() {
        return handedOver;
    }

    @Override
    public long bytesHandedOver() {
        return bytesHandedOver;
    }

    @Override
    public long dropped() {
        return dropped;
    }

    @Override
    public long cut() {
        return layout.cut();
    }

    /** Writes {@code length} bytes of whole records to the destination in one call where the destination allows. */
    protected abstract void writeBytes(byte[] bytes, int length) throws IOException;

    /**
     * Pushes anything the destination buffers to the operating system (or further).
     *
     * @param highestLevel the ordinal of the most severe level among the records just written, -1 if none
     */
    protected abstract void flushDestination(int highestLevel) throws IOException;
}
