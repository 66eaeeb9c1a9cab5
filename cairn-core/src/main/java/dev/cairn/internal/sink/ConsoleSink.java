package dev.cairn.internal.sink;

import dev.cairn.internal.layout.Layout;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes records to a console stream. The stream is not closed with the sink: it belongs to the process (or to
 * whoever passed it in).
 */
public final class ConsoleSink extends EncodingSink {

    private final OutputStream out;

    public ConsoleSink(Layout layout, OutputStream out) {
        super(layout);
        this.out = out;
    }

    @Override
    protected void writeBytes(byte[] bytes, int length) throws IOException {
        out.write(bytes, 0, length);
    }

    @Override
    protected void flushDestination(int highestLevel) throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    @Override
    public String toString() {
        return "console";
    }
}
