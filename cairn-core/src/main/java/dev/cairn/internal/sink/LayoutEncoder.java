package dev.cairn.internal.sink;

import dev.cairn.Format;
import dev.cairn.internal.layout.Layout;
import dev.cairn.internal.layout.Utf8Output;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordEncoder;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The public encoder over a layout: the layout writes UTF-8 into a reused byte buffer, which is written out in one
 * call. A nested record (a value's {@code toString()} that logs) gets buffers of its own.
 */
public final class LayoutEncoder implements RecordEncoder {

    private final Layout layout;
    private final Format format;
    private final Utf8Output bytes = new Utf8Output();
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
            Utf8Output nested = new Utf8Output(256);
            layout.format(record, nested);
            out.write(nested.array(), 0, nested.length());
            return;
        }
        encoding = true;
        try {
            layout.format(record, bytes);
            out.write(bytes.array(), 0, bytes.length());
        } finally {
            encoding = false;
            bytes.reset();
        }
    }
}
