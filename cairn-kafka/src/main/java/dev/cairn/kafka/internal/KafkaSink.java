package dev.cairn.kafka.internal;

import dev.cairn.Format;
import dev.cairn.delivery.DeliveryChannel;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordEncoder;
import dev.cairn.spi.Sink;
import dev.cairn.spi.SinkContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A sink of type {@code kafka}: encodes each record as Cairn's JSON with its key and headers, and offers it to its
 * delivery channel, whose sender thread produces the batches.
 *
 * <p>Blocking budget: it does not {@link #mayBlock()}, as the {@code http} sink: offering never waits on the brokers
 * (when the sender is behind, the channel writes the batch to its spool, a local write).
 *
 * <p>No feedback loop: records of loggers under {@code org.apache.kafka} (the producer's own, when the application
 * routes SLF4J into Cairn) are not produced, as the producer would log again about sending them; the other sinks still
 * write them.
 */
public final class KafkaSink implements Sink {

    private static final String KAFKA_LOGGERS = "org.apache.kafka";

    private final RecordEncoder encoder;
    private final DeliveryChannel channel;
    private final KafkaTransport transport;
    private final RecordKey key;
    private final List<RecordHeader> headers;
    private final List<String> headerNames;
    private final String service;

    private KafkaSink(
            RecordEncoder encoder,
            DeliveryChannel channel,
            KafkaTransport transport,
            RecordKey key,
            List<RecordHeader> headers,
            String service) {
        this.encoder = encoder;
        this.channel = channel;
        this.transport = transport;
        this.key = key;
        this.headers = headers;
        this.headerNames = headers.stream().map(RecordHeader::headerName).toList();
        this.service = service;
    }

    /**
     * Opens the sink configured by {@code context}: its producer (which checks {@code settings}) and its channel.
     *
     * @throws IllegalArgumentException when Kafka refuses the producer settings (credentials hidden)
     */
    public static KafkaSink open(
            SinkContext context, String topic, RecordKey key, List<RecordHeader> headers, ProducerSettings settings) {
        KafkaTransport transport = new KafkaTransport(topic, settings);
        DeliveryChannel channel;
        try {
            channel = DeliveryChannel.open(context, "", transport);
        } catch (RuntimeException e) {
            transport.close();
            throw e;
        }
        return new KafkaSink(context.encoder(Format.JSON), channel, transport, key, headers, context.service());
    }

    /** Whether records of {@code logger} are kept from Kafka sinks: the Kafka client's own. */
    static boolean isKafkaLogger(String logger) {
        return logger.startsWith(KAFKA_LOGGERS)
                && (logger.length() == KAFKA_LOGGERS.length() || logger.charAt(KAFKA_LOGGERS.length()) == '.');
    }

    @Override
    public void write(LogRecord record) throws IOException {
        if (isKafkaLogger(record.loggerName())) {
            return;
        }
        List<String> values = new ArrayList<>(headers.size());
        List<String> names = headerNames;
        for (RecordHeader header : headers) {
            String value = header.of(record, service);
            if (value == null) {
                names = null;
                break;
            }
            values.add(value);
        }
        if (names == null) {
            names = new ArrayList<>(headers.size());
            values.clear();
            for (RecordHeader header : headers) {
                String value = header.of(record, service);
                if (value != null) {
                    names.add(header.headerName());
                    values.add(value);
                }
            }
        }
        // A buffer per record: a value that logs while this one is encoded writes a nested record meanwhile.
        ItemBuffer item = new ItemBuffer();
        KafkaItem.writePrefix(item, key.of(record, service), names, values);
        encoder.encode(record, item);
        channel.offer(item.toItem());
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
        return "kafka sink, " + transport;
    }
}
