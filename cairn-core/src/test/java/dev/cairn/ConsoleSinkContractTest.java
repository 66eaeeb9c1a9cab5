package dev.cairn;

import dev.cairn.contract.SinkContract;
import dev.cairn.internal.layout.Layouts;
import dev.cairn.internal.sink.ConsoleSink;
import dev.cairn.spi.Sink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

class ConsoleSinkContractTest extends SinkContract {

    private final BreakableStream out = new BreakableStream();

    @Override
    protected Sink open(LogSystem system) {
        return new ConsoleSink(
                new Layouts(Map.of(), null, null, null, 1, false, Set.of(), 32_768, 1_048_576).json(), out);
    }

    @Override
    protected List<String> delivered() {
        synchronized (out) {
            return out.bytes.toString(StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Override
    protected void breakDestination() {
        out.broken = true;
    }

    /** A console stream that can be made to fail, as a closed pipe would. */
    private static final class BreakableStream extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        volatile boolean broken;

        @Override
        public synchronized void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            if (broken) {
                throw new IOException("Broken pipe");
            }
            bytes.write(b, off, len);
        }
    }
}
