package dev.cairn.linesink;

import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordEncoder;
import dev.cairn.spi.Sink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * A sink of the {@code test-lines} type: encodes with Cairn's encoder, buffers until flush, then delivers whole lines
 * to a {@link LineChannels.Channel}. With {@code stall=forever} its first write never returns, like a peer that stopped
 * reading.
 */
final class LineChannelSink implements Sink {

    private final RecordEncoder encoder;
    private final LineChannels.Channel channel;
    private final boolean mayBlock;
    private final boolean stallForever;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    LineChannelSink(RecordEncoder encoder, LineChannels.Channel channel, boolean mayBlock, boolean stallForever) {
        this.encoder = encoder;
        this.channel = channel;
        this.mayBlock = mayBlock;
        this.stallForever = stallForever;
    }

    @Override
    public void write(LogRecord record) throws IOException {
        if (stallForever) {
            channel.stalled.countDown();
            while (true) {
                LockSupport.park(this);
            }
        }
        try {
            channel.awaitGate();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stalled", e);
        }
        if (channel.isFailing()) {
            throw new IOException("channel is failing");
        }
        encoder.encode(record, pending);
    }

    @Override
    public void flush() throws IOException {
        if (channel.isFailing()) {
            pending.reset();
            throw new IOException("channel is failing");
        }
        String text = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        if (!text.isEmpty()) {
            channel.add(List.of(text.split("\n")));
        }
    }

    @Override
    public void close() throws IOException {
        flush();
        channel.markClosed();
    }

    @Override
    public boolean mayBlock() {
        return mayBlock;
    }
}
