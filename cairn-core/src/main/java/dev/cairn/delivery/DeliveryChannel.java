package dev.cairn.delivery;

import dev.cairn.spi.SinkContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Carries the items of one sink (or one signal of a sink, such as OTLP's logs and spans) to its {@link Transport}:
 * batches them, sends them on a thread of its own, retries what the peer may accept later, spools to disk while the
 * peer is away and counts every item in the sink's statistics.
 *
 * <pre>{@code
 * DeliveryChannel logs = DeliveryChannel.open(context, "logs", new OtlpLogsTransport(endpoint));
 * logs.offer(encodedRecord);
 * }</pre>
 *
 * <p>Threading: {@link #offer}, {@link #flush} and {@link #close} are called by the sink's own thread, one at a time.
 */
public final class DeliveryChannel implements AutoCloseable {

    private final SinkContext context;
    private final Transport transport;
    private final int maxRecords;
    private final List<byte[]> batch = new ArrayList<>();

    private DeliveryChannel(SinkContext context, Transport transport) {
        this.context = context;
        this.transport = transport;
        this.maxRecords = context.option(DeliveryOptions.BATCH_MAX_RECORDS);
    }

    /**
     * Opens the channel {@code channel} of the sink configured by {@code context}, with the sink's
     * {@link DeliveryOptions}; {@code channel} names its spool folder and may be the empty string for a sink with one
     * channel.
     */
    public static DeliveryChannel open(SinkContext context, String channel, Transport transport) {
        Objects.requireNonNull(channel, "channel");
        return new DeliveryChannel(
                Objects.requireNonNull(context, "context"), Objects.requireNonNull(transport, "transport"));
    }

    /** Queues one item, one record in the transport's encoding; never waits on the peer. */
    public void offer(byte[] item) {
        batch.add(Objects.requireNonNull(item, "item"));
        if (batch.size() >= maxRecords) {
            flush();
        }
    }

    /** Hands the items queued so far to the sender without waiting for the peer. */
    public void flush() {
        if (batch.isEmpty()) {
            return;
        }
        try {
            SendResult result = transport.send(List.copyOf(batch));
            if (!(result instanceof SendResult.Delivered)) {
                context.report("batch of " + batch.size() + " records not delivered: " + result);
            }
        } catch (IOException e) {
            context.report("batch of " + batch.size() + " records not delivered: " + e);
        } finally {
            batch.clear();
        }
    }

    /** Sends what is queued within the shutdown timeout, keeps the rest in the spool, and closes the transport. */
    @Override
    public void close() throws IOException {
        flush();
        transport.close();
    }
}
