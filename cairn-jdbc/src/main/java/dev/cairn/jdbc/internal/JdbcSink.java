package dev.cairn.jdbc.internal;

import dev.cairn.delivery.DeliveryChannel;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.Sink;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * A sink of type {@code jdbc}: turns each record into a row and offers it to its delivery channel, whose sender thread
 * writes the batches to the database.
 *
 * <p>Blocking budget: it does not {@link #mayBlock()}, like the {@code http} sink: offering never waits on the
 * database (when the sender is behind, the channel spools the batch, a local write).
 */
final class JdbcSink implements Sink {

    private final RowEncoder encoder;
    private final DeliveryChannel channel;
    private final JdbcTransport transport;
    private final Consumer<String> report;

    JdbcSink(RowEncoder encoder, DeliveryChannel channel, JdbcTransport transport, Consumer<String> report) {
        this.encoder = encoder;
        this.channel = channel;
        this.transport = transport;
        this.report = report;
    }

    @Override
    public void write(LogRecord record) {
        long replacedBefore = encoder.replaced();
        Row row = encoder.encode(record);
        if (replacedBefore == 0 && encoder.replaced() > 0) {
            report.accept("a value held a NUL character or a lone surrogate, which the table cannot store; such"
                    + " characters are written as U+FFFD (the count is reported at close)");
        }
        channel.offer(row.toItem());
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
            if (encoder.replaced() > 0 || encoder.cut() > 0) {
                report.accept(
                        encoder.replaced() + " values had a NUL character or a lone surrogate replaced by U+FFFD, "
                                + encoder.cut() + " values were cut to cairn.max-value-length");
            }
        }
    }

    @Override
    public String toString() {
        return "jdbc sink, " + transport;
    }
}
