package dev.cairn.internal.sink;

import dev.cairn.delivery.DeliveryChannel;
import dev.cairn.delivery.Transport;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordEncoder;
import dev.cairn.spi.Sink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * A sink of type {@code http}: encodes each record as a JSON line and offers it to its delivery channel.
 *
 * <p>Blocking budget: it does not {@link #mayBlock()}. Offering never waits on the peer (when the sender is behind,
 * the channel writes the batch to its spool, a local write), so the sink runs on the writer thread like a file sink
 * and its records never pass through a hand-off queue that drops when full.
 */
final class HttpSink implements Sink {

    private final RecordEncoder encoder;
    private final DeliveryChannel channel;
    private final Transport transport;

    HttpSink(RecordEncoder encoder, DeliveryChannel channel, Transport transport) {
        this.encoder = encoder;
        this.channel = channel;
        this.transport = transport;
    }

    @Override
    public void write(LogRecord record) throws IOException {
        // A buffer per record: a value that logs while this one is encoded writes a nested record meanwhile.
        ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        encoder.encode(record, line);
        channel.offer(line.toByteArray());
    }

    @Override
    public void flush() {
        channel.flush();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    @Override
    public String toString() {
        return "http sink, " + transport;
    }
}
