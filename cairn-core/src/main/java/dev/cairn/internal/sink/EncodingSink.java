package dev.cairn.internal.sink;

import dev.cairn.internal.layout.Layout;
import dev.cairn.internal.layout.Utf8Output;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.Sink;
import java.io.IOException;
import java.util.Arrays;

/**
 * A sink that encodes each record with a {@link Layout} into UTF-8 bytes held until {@link #flush()}, which hands them
 * to the destination in one call.
 *
 * <p>The layout writes each record's UTF-8 straight into the pending bytes, and the destination is handed that same
 * array: no text buffer, no second encoding pass, no copy.
 *
 * <p>Re-entry: if encoding a value logs (a {@code toString()} that logs), the nested record is encoded into a buffer
 * of its own and queued before the outer one, so the outer record's bytes are never interleaved with it.
 *
 * <p>Accounting ({@link RecordProgress}): the end of every pending record is kept, so when a hand-over fails the
 * records are split exactly into those whose bytes reached the destination (a {@link PartialWriteException} says how
 * many bytes did) and those dropped. Bytes of a failed hand-over are never handed over again, so no record is
 * written twice.
 */
public abstract class EncodingSink implements Sink, RecordProgress {

    /** Pending bytes handed to the destination mid-batch: writes stay large and the buffer never regrows. */
    private static final int WRITE_THRESHOLD = 64 * 1024;

    private final Layout layout;
    /** The records encoded and not yet handed over; the layout writes each straight into it. */
    private final Utf8Output pending = new Utf8Output();
    /** Records logged while one was being encoded, in the order they completed, to be queued before it. */
    private final Utf8Output nested = new Utf8Output(256);

    private boolean encoding;
    private int pendingHighestLevel = -1;
    /** End offset in {@link #pending} of each pending record, in order. */
    private int[] recordEnds = new int[256];

    private int pendingRecords;
    /** End offset in {@link #nested} of each nested record, and how many there are. */
    private int[] nestedEnds = new int[4];

    private int nestedRecords;
    private int nestedHighestLevel = -1;
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
        if (encoding) {
            encodeNested(record);
            return;
        }
        int start = pending.length();
        encoding = true;
        boolean encoded = false;
        try {
            layout.format(record, pending);
            encoded = true;
        } finally {
            encoding = false;
            if (!encoded) {
                // Nothing of a record whose encoding failed midway (out of memory) stays pending.
                pending.setLength(start);
            }
            if (nestedRecords > 0) {
                insertNested(start);
            }
        }
        addRecord(record.level().ordinal(), pending.length());
        appended(start, pending.length() - start);
        if (pending.length() >= WRITE_THRESHOLD) {
            writePendingBefore(pending.length());
        }
    }

    /**
     * A record logged while another is being encoded (a value's {@code toString()} that logs): encoded into a buffer
     * of its own, since the outer record's bytes are still being written at the end of the pending ones.
     */
    private void encodeNested(LogRecord record) {
        Utf8Output own = new Utf8Output(256);
        layout.format(record, own);
        nested.append(own.array(), 0, own.length());
        if (nestedRecords == nestedEnds.length) {
            nestedEnds = Arrays.copyOf(nestedEnds, nestedRecords * 2);
        }
        nestedEnds[nestedRecords++] = nested.length();
        nestedHighestLevel = Math.max(nestedHighestLevel, record.level().ordinal());
    }

    /** Queues the nested records at {@code start}, before the record that logged them. */
    private void insertNested(int start) {
        pending.insert(start, nested);
        for (int i = 0; i < nestedRecords; i++) {
            addRecord(nestedHighestLevel, start + nestedEnds[i]);
        }
        nested.reset();
        nestedRecords = 0;
        nestedHighestLevel = -1;
    }

    private void addRecord(int level, int end) {
        pendingHighestLevel = Math.max(pendingHighestLevel, level);
        if (pendingRecords == recordEnds.length) {
            recordEnds = Arrays.copyOf(recordEnds, pendingRecords * 2);
        }
        recordEnds[pendingRecords++] = end;
        accepted++;
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
        if (encoding) {
            // A record logged while encoding asked for a flush: the record being encoded is still being written at the
            // end of the pending bytes, so everything waits for the flush that follows it.
            return;
        }
        int highest = pendingHighestLevel;
        pendingHighestLevel = -1;
        try {
            if (pending.length() > 0) {
                hand(pending.length());
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
        if (pendingRecords == 0 || recordEnds[pendingRecords - 1] <= offset) {
            // Every hand-over but a rotation's takes all pending records: no scan. The scan's loop made C2 compile
            // hand() with the channel's write inlined (34 ms, 3.4 KB of code in the issue-19 run); now it stays in C1.
            return pendingRecords;
        }
        int n = 0;
        while (n < pendingRecords && recordEnds[n] <= offset) {
            n++;
        }
        return n;
    }

    private void forgetRecords(int records, int offset) {
        if (records == pendingRecords) {
            pendingRecords = 0;
            return;
        }
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
