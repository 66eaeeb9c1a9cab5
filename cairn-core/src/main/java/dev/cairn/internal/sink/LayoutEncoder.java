package dev.cairn.internal.sink;

import dev.cairn.Format;
import dev.cairn.internal.layout.Layout;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordEncoder;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The public encoder over a layout: formats into a reused text buffer, UTF-8-encodes into a reused byte buffer and
 * writes both out in one call. A nested record (a value's {@code toString()} that logs) gets buffers of its own.
 */
public final class LayoutEncoder implements RecordEncoder {

    private static final int RETAINED_CHARS = 64 * 1024;

    private final Layout layout;
    private final Format format;
    private final Utf8Buffer bytes = new Utf8Buffer();
    private StringBuilder text = new StringBuilder(1024);
    private boolean encoding;

    public LayoutEncoder(Layout layout, Format format) {
        this.layout = layout;
        this.format = format;
    }

    @Override
    public Format format() {
        return format;
    }

    @Override
    public void encode(LogRecord record, OutputStream out) throws IOException {
        if (encoding) {
            StringBuilder nested = new StringBuilder(256);
            layout.format(record, nested);
            Utf8Buffer nestedBytes = new Utf8Buffer();
            nestedBytes.append(nested);
            out.write(nestedBytes.array(), 0, nestedBytes.size());
            return;
        }
        encoding = true;
        try {
            layout.format(record, text);
            bytes.append(text);
            out.write(bytes.array(), 0, bytes.size());
        } finally {
            encoding = false;
            bytes.reset();
            if (text.capacity() > RETAINED_CHARS) {
                text = new StringBuilder(1024);
            } else {
                text.setLength(0);
            }
        }
    }
}
