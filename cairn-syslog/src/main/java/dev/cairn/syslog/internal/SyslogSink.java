package dev.cairn.syslog.internal;

import dev.cairn.delivery.DeliveryChannel;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.Sink;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * A sink of type {@code syslog}: encodes each record as one RFC 5424 message and offers it to its delivery channel,
 * cut to {@code max-message-size} first (a {@link MessageCut valid cut}) when it goes out as a UDP datagram.
 *
 * <p>Blocking budget: it does not {@link #mayBlock()}, like the {@code http} sink: offering never waits on the server
 * (the channel spools when its sender is behind), so records never pass through a hand-off queue that drops when full.
 *
 * <p>Cuts are counted; the first, the 10th, the 100th (and so on) are reported on the diagnostic channel at once, and
 * the total when the sink closes.
 */
public final class SyslogSink implements Sink {

    private final Rfc5424Encoder encoder;
    private final DeliveryChannel channel;
    private final int maxMessageSize;
    private final Consumer<String> report;
    private final String description;
    private long cut;
    private long nextCutReport = 1;

    /**
     * @param maxMessageSize the longest message in bytes (a UDP datagram), or 0 for no limit (TCP and TLS)
     * @param report the sink's diagnostic channel
     */
    public SyslogSink(
            Rfc5424Encoder encoder,
            DeliveryChannel channel,
            int maxMessageSize,
            Consumer<String> report,
            String description) {
        this.encoder = encoder;
        this.channel = channel;
        this.maxMessageSize = maxMessageSize;
        this.report = report;
        this.description = description;
    }

    @Override
    public void write(LogRecord record) throws IOException {
        byte[] message = encoder.encode(record);
        if (maxMessageSize > 0 && message.length > maxMessageSize) {
            int length = message.length;
            message = MessageCut.cut(message, maxMessageSize);
            cut++;
            if (cut == nextCutReport) {
                nextCutReport *= 10;
                report.accept("cut a message of " + length + " bytes (logger " + record.loggerName() + ") to "
                        + message.length + " bytes, max-message-size; " + cut + " messages cut so far");
            }
        }
        channel.offer(message);
    }

    @Override
    public void flush() {
        channel.flush();
    }

    @Override
    public void close() throws IOException {
        if (cut > 0) {
            report.accept(cut + " messages were cut to max-message-size (" + maxMessageSize + " bytes)");
        }
        channel.close();
    }

    @Override
    public String toString() {
        return "syslog sink, " + description;
    }
}
