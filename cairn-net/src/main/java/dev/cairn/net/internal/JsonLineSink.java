package dev.cairn.net.internal;

import dev.cairn.delivery.DeliveryChannel;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordEncoder;
import dev.cairn.spi.Sink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * A sink that encodes each record as Cairn's JSON line and offers it to its delivery channel.
 *
 * <p>Blocking budget: it does not {@link #mayBlock()}: offering never waits on the peer (the channel spools when its
 * sender is behind), so it runs on the writer thread like a file sink.
 */
final class JsonLineSink implements Sink {

    private final RecordEncoder encoder;
    private final LineFit fit;
    private final DeliveryChannel channel;
    private final String description;

    /** {@code fit} may replace an encoded line before it is offered: the udp sink cuts one too large for a datagram. */
    JsonLineSink(RecordEncoder encoder, LineFit fit, DeliveryChannel channel, String description) {
        this.encoder = encoder;
        this.fit = fit;
        this.channel = channel;
        this.description = description;
    }

    @Override
    public void write(LogRecord record) throws IOException {
        // A buffer per record: a value that logs while this one is encoded writes a nested record meanwhile.
        ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        encoder.encode(record, line);
        channel.offer(fit.apply(line.toByteArray()));
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
            fit.reportTotal();
        }
    }

    /** Records cut to fit a datagram, shown as {@code cut} in the sink's statistics. */
    @Override
    public long cut() {
        return fit.cut();
    }

    @Override
    public String toString() {
        return description;
    }
}
