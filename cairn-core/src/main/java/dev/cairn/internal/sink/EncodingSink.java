package dev.cairn.internal.sink;

import dev.cairn.internal.layout.Layout;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.Sink;
import java.io.IOException;

/**
 * A sink that encodes each record with a {@link Layout} into UTF-8 bytes held until {@link #flush()}.
 *
 * <p>Re-entry: if encoding a value logs (a {@code toString()} that logs), the nested record is encoded into its own
 * text buffer and queued before the outer one, so the shared buffer is never overwritten mid-record.
 */
public abstract class EncodingSink implements Sink {

    private static final int RETAINED_CHARS = 64 * 1024;

    private final Layout layout;
    private final Utf8Buffer pending = new Utf8Buffer();
    private StringBuilder text = new StringBuilder(1024);
    private boolean encoding;

    protected EncodingSink(Layout layout) {
        this.layout = layout;
    }

    @Override
    public final void write(LogRecord record) throws IOException {
        if (encoding) {
            StringBuilder nested = new StringBuilder(256);
            layout.format(record, nested);
            pending.append(nested);
            return;
        }
        encoding = true;
        try {
            layout.format(record, text);
            pending.append(text);
        } finally {
            encoding = false;
            if (text.capacity() > RETAINED_CHARS) {
                text = new StringBuilder(1024);
            } else {
                text.setLength(0);
            }
        }
    }

    @Override
    public final void flush() throws IOException {
        if (pending.size() > 0) {
            try {
                writeBytes(pending.array(), pending.size());
            } finally {
                pending.reset();
            }
        }
        flushDestination();
    }

    /** Writes {@code length} bytes of whole records to the destination in one call where the destination allows. */
    protected abstract void writeBytes(byte[] bytes, int length) throws IOException;

    /** Pushes anything the destination buffers itself to the operating system. */
    protected abstract void flushDestination() throws IOException;
}
