package dev.cairn.delivery;

import dev.cairn.LogStats;
import dev.cairn.internal.delivery.Backoff;
import dev.cairn.internal.delivery.BatchChannel;
import dev.cairn.internal.delivery.ChannelSettings;
import dev.cairn.internal.delivery.DeliveryHost;
import dev.cairn.spi.SinkContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Carries the items of one sink (or one signal of a sink, such as OTLP's logs and spans) to its {@link Transport}:
 * batches them, sends them on a thread of its own, retries what the peer may accept later, spools to disk while the
 * peer is away and counts every item in the sink's statistics. Delivery is at-least-once: an item whose answer was
 * lost is sent again (see {@link LogStats.DeliveryStats#maybeDuplicated()}).
 *
 * <pre>{@code
 * DeliveryChannel logs = DeliveryChannel.open(context, "logs", new OtlpLogsTransport(endpoint));
 * logs.offer(encodedRecord);
 * }</pre>
 *
 * <p>Threading: {@link #offer}, {@link #flush} and {@link #close} are called by the sink's own thread, one at a time.
 * {@code offer} never waits on the peer: when the sender is behind it writes the batch to the spool, a local write.
 * So a sink built on a channel can answer {@code false} from {@link dev.cairn.spi.Sink#mayBlock()} and be called on
 * the writer thread, where its records are never dropped for lack of room in a hand-off queue.
 */
public final class DeliveryChannel implements AutoCloseable {

    private final BatchChannel engine;

    private DeliveryChannel(BatchChannel engine) {
        this.engine = engine;
    }

    /**
     * Opens the channel {@code channel} of the sink configured by {@code context}, with the sink's
     * {@link DeliveryOptions}; {@code channel} names its spool folder and may be the empty string for a sink with one
     * channel.
     */
    public static DeliveryChannel open(SinkContext context, String channel, Transport transport) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(transport, "transport");
        DeliveryHost host =
                context instanceof DeliveryHost ? (DeliveryHost) context : DeliveryHost.standalone(context::report);
        String spoolDir = context.option(DeliveryOptions.SPOOL_DIR);
        Path folder = spoolDir.equals(DeliveryOptions.SPOOL_DIR.defaultValue())
                ? context.resolve("cairn-spool").resolve(context.name())
                : context.resolve(spoolDir);
        if (!channel.isEmpty()) {
            folder = folder.resolve(channel);
        }
        ChannelSettings settings = new ChannelSettings(
                context.option(DeliveryOptions.BATCH_MAX_RECORDS),
                context.option(DeliveryOptions.BATCH_MAX_BYTES),
                context.option(DeliveryOptions.BATCH_MAX_DELAY).toNanos(),
                new Backoff(
                        context.option(DeliveryOptions.RETRY_INITIAL_BACKOFF).toNanos(),
                        context.option(DeliveryOptions.RETRY_MAX_BACKOFF).toNanos()),
                folder,
                context.option(DeliveryOptions.SPOOL_MAX_BYTES));
        String label = channel.isEmpty() ? context.name() : context.name() + "-" + channel;
        String prefix = channel.isEmpty() ? "" : "channel " + channel + ": ";
        return new DeliveryChannel(new BatchChannel(
                label, transport, settings, host, problem -> context.report(prefix + problem), context.clock()));
    }

    /** Queues one item, one record in the transport's encoding; never waits on the peer. */
    public void offer(byte[] item) {
        engine.offer(Objects.requireNonNull(item, "item"));
    }

    /**
     * Wakes the sender. Items already offered are the sender's: it sends them once their batch is full or
     * {@code batch.max-delay} has passed.
     */
    public void flush() {
        engine.flush();
    }

    /** This channel's counters now (the sink's statistics add those of all its channels). */
    public LogStats.DeliveryStats stats() {
        return engine.stats();
    }

    /** Sends what is queued within the shutdown timeout, keeps the rest in the spool, and closes the transport. */
    @Override
    public void close() throws IOException {
        engine.close();
    }
}
