package dev.cairn.net.internal;

import dev.cairn.delivery.DeliveryChannel;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordEncoder;
import dev.cairn.spi.Sink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.UnaryOperator;

/**
 * A sink that encodes each record as Cairn's JSON line and offers it to its delivery channel.
 *
 * <p>Blocking budget: it does not {@link #mayBlock()}: offering never waits on the peer (the channel spools when its
 * sender is behind), so it runs on the writer thread like a file sink.
 */
final class JsonLineSink implements Sink {

    private final RecordEncoder encoder;
    private final UnaryOperator<byte[]> shape;
    private final DeliveryChannel channel;
    private final String description;
    private final Runnable afterClose;

    /**
     * {@code shape} may replace an encoded line before it is offered (the udp sink cuts one too large);
     * {@code afterClose} runs once the channel is closed (the udp sink reports its count of cut records).
     */
    JsonLineSink(
            RecordEncoder encoder,
            UnaryOperator<byte[]> shape,
            DeliveryChannel channel,
            String description,
            Runnable afterClose) {
        this.encoder = encoder;
        this.shape = shape;
        this.channel = channel;
        this.description = description;
        this.afterClose = afterClose;
    }

    @Override
    public void write(LogRecord record) throws IOException {
        // A buffer per record: a value that logs while this one is encoded writes a nested record meanwhile.
        ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        encoder.encode(record, line);
        channel.offer(shape.apply(line.toByteArray()));
    }

    @Override
    public void flush() {
        channel.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            afterClose.run();
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
