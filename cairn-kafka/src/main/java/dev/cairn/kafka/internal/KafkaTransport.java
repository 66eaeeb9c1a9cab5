package dev.cairn.kafka.internal;

import dev.cairn.delivery.SendResult;
import dev.cairn.delivery.Transport;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Produces a batch of items to one topic and reads the producer's delivery callbacks as the batch's answer.
 *
 * <p>Each call hands every item to the producer, then {@code flush}es: it returns once each record is acknowledged or
 * has failed, which the producer decides within its own {@code delivery.timeout.ms} (retries included). Then:
 *
 * <ul>
 *   <li>all acknowledged: delivered;
 *   <li>some failed with an error Kafka calls retriable (a timeout, a lost leader): an {@link IOException}, so the
 *       channel sends the whole batch again, counting it as maybe duplicated (the acknowledged records, and a record
 *       that timed out after it was written, arrive twice);
 *   <li>refused for authentication or authorization, none acknowledged: retried, nothing was written;
 *   <li>refused for good (too large, an invalid topic): those records rejected, the rest delivered.
 * </ul>
 *
 * <p>A producer that fails as a whole (closed, a fatal error) is closed and a new one opened for the next batch.
 */
final class KafkaTransport implements Transport {

    private final String topic;
    private final ProducerSettings settings;
    private Producer<byte[], byte[]> producer;

    KafkaTransport(String topic, ProducerSettings settings) {
        this.topic = topic;
        this.settings = settings;
        this.producer = open(settings);
    }

    /**
     * A producer with {@code settings}.
     *
     * @throws IllegalArgumentException when Kafka refuses the settings, its message with credentials hidden
     */
    static Producer<byte[], byte[]> open(ProducerSettings settings) {
        try {
            return new KafkaProducer<>(settings.properties(), new ByteArraySerializer(), new ByteArraySerializer());
        } catch (KafkaException e) {
            throw new IllegalArgumentException(
                    "the Kafka producer refused its settings: " + settings.hideSecrets(messages(e)));
        }
    }

    @Override
    public SendResult send(List<byte[]> items) throws IOException {
        Producer<byte[], byte[]> current = producer();
        BatchOutcome outcome = new BatchOutcome();
        int handed = 0;
        try {
            for (byte[] item : items) {
                current.send(KafkaItem.toRecord(topic, item), outcome);
                handed++;
                if (outcome.firstError() != null) {
                    // Refused before it left (no metadata within max.block.ms, …): the rest would wait as long.
                    break;
                }
            }
            current.flush();
        } catch (InterruptException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while producing a batch to " + topic);
        } catch (KafkaException | IllegalStateException e) {
            discard();
            throw new IOException("the Kafka producer failed (" + settings.hideSecrets(messages(e)) + ")");
        }
        return answer(items.size(), handed, outcome);
    }

    private SendResult answer(int size, int handed, BatchOutcome outcome) throws IOException {
        String reason = outcome.firstError() == null ? "" : settings.hideSecrets(outcome.firstError());
        int acknowledged = outcome.answered() - outcome.maybeWritten() - outcome.notWritten() - outcome.refused();
        if (outcome.maybeWritten() > 0 || outcome.answered() < handed) {
            throw new IOException((size - acknowledged) + " of " + size + " records not acknowledged (" + reason + ")");
        }
        if (handed < size || outcome.notWritten() > 0) {
            if (acknowledged > 0) {
                throw new IOException(
                        (size - acknowledged) + " of " + size + " records not acknowledged (" + reason + ")");
            }
            return SendResult.retry(null, reason);
        }
        if (outcome.refused() > 0) {
            if (size == 1 && outcome.tooLarge() == 1) {
                return SendResult.tooLarge(reason);
            }
            return outcome.refused() == size
                    ? SendResult.rejected(reason)
                    : SendResult.partlyRejected(outcome.refused(), reason);
        }
        return SendResult.delivered();
    }

    private Producer<byte[], byte[]> producer() throws IOException {
        if (producer == null) {
            try {
                producer = open(settings);
            } catch (IllegalArgumentException e) {
                throw new IOException(e.getMessage());
            }
        }
        return producer;
    }

    private void discard() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException e) {
                // Already failed; the next batch opens a new producer either way.
            }
            producer = null;
        }
    }

    /**
     * Closes the producer at once: the channel has already spooled every batch not acknowledged, so what the producer
     * still holds is kept for the next start.
     */
    @Override
    public void close() {
        discard();
    }

    @Override
    public String toString() {
        return "topic " + topic + " at " + settings.bootstrapServers();
    }

    /** The messages of {@code e} and its causes, which may quote a configured value. */
    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 2000; t = t.getCause()) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }
}
