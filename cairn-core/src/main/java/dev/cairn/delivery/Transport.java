package dev.cairn.delivery;

import java.io.IOException;
import java.util.List;

/**
 * Sends one batch of items to a network peer in its protocol: an OTLP request, an HTTP post of JSON lines, syslog
 * frames, a Kafka produce, a database insert.
 *
 * <p>Threading: called only by its channel's sender thread, one call at a time, never by the application. A call may
 * block up to the transport's own timeout. The items belong to the channel: read them during the call only.
 */
public interface Transport extends AutoCloseable {

    /**
     * Sends {@code items}, each one record as encoded for this protocol, in order.
     *
     * @return what the peer answered; the channel retries, splits, spools or counts the batch accordingly
     * @throws IOException when the peer could not be reached or did not answer in time: the batch is retried
     */
    SendResult send(List<byte[]> items) throws IOException;

    /** Releases connections; the channel calls nothing afterwards. */
    @Override
    default void close() throws IOException {}
}
