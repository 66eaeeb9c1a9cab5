package dev.cairn.kafka;

import dev.cairn.delivery.DeliveryOptions;
import dev.cairn.kafka.internal.KafkaSink;
import dev.cairn.kafka.internal.ProducerOptions;
import dev.cairn.kafka.internal.ProducerSettings;
import dev.cairn.kafka.internal.RecordHeader;
import dev.cairn.kafka.internal.RecordKey;
import dev.cairn.spi.Sink;
import dev.cairn.spi.SinkContext;
import dev.cairn.spi.SinkOption;
import dev.cairn.spi.SinkProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code kafka} sink type: each record as Cairn's JSON object, produced to a Kafka topic with a key and headers,
 * through the delivery engine (batches, retries, a disk spool while the brokers are away, every record counted).
 *
 * <pre>
 * cairn.sink.events.type=kafka
 * cairn.sink.events.bootstrap.servers=kafka-1:9092,kafka-2:9092
 * cairn.sink.events.topic=logs
 * cairn.sink.events.kafka.sasl.jaas.config=${KAFKA_JAAS}
 * </pre>
 *
 * <p>The producer runs with {@code acks=all}, idempotence on and {@code lz4} compression unless
 * {@code cairn.sink.<name>.kafka.<property>} sets another value for any producer property; values of credentials
 * ({@code sasl.jaas.config}, {@code ssl.*.password}, …) are never printed.
 */
public final class KafkaSinkProvider implements SinkProvider {

    /** The type name, {@code kafka}. */
    public static final String TYPE = "kafka";

    private static final String KAFKA_PRODUCER = "org.apache.kafka.clients.producer.KafkaProducer";
    private static final Pattern HOST_PORT = Pattern.compile("[^\\s,]+:[0-9]{1,5}");
    private static final Pattern TOPIC_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    /** {@code bootstrap.servers}: the brokers to connect to first, {@code host:port} separated by commas. */
    public static final SinkOption<String> BOOTSTRAP_SERVERS =
            SinkOption.required("bootstrap.servers", "host:port pairs separated by commas", raw -> {
                for (String server : raw.split(",")) {
                    if (!HOST_PORT.matcher(server.trim()).matches()) {
                        throw new IllegalArgumentException();
                    }
                }
                return raw;
            });

    /** {@code topic}: the topic records are produced to. */
    public static final SinkOption<String> TOPIC =
            SinkOption.required("topic", "a topic name of 1 to 249 letters, digits, ., _ or -", raw -> {
                if (!TOPIC_NAME.matcher(raw).matches() || raw.equals(".") || raw.equals("..")) {
                    throw new IllegalArgumentException();
                }
                return raw;
            });

    /** {@code key}: the record key, which picks the partition: {@code trace_id} (default), … or {@code none}. */
    public static final SinkOption<String> KEY =
            SinkOption.choice("key", "trace_id", "trace_id", "request_id", "service", "none");

    /** {@code value}: the record value's format; {@code json}, the record as the JSON format writes it. */
    public static final SinkOption<String> VALUE = SinkOption.choice("value", "json", "json");

    /** {@code headers}: the record headers added, some of {@code level}, {@code service}, {@code trace_id}, or none. */
    public static final SinkOption<String> HEADERS = SinkOption.of(
            "headers",
            "none, or some of level, service and trace_id separated by commas",
            "level,service,trace_id",
            raw -> {
                RecordHeader.parseList(raw);
                return raw;
            });

    /** The provider {@link java.util.ServiceLoader} creates; configuration opens the sinks. */
    public KafkaSinkProvider() {}

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<SinkOption<?>> options() {
        List<SinkOption<?>> options = new ArrayList<>(List.of(BOOTSTRAP_SERVERS, TOPIC, KEY, VALUE, HEADERS));
        options.addAll(DeliveryOptions.ALL);
        options.addAll(ProducerOptions.all());
        return options;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException naming the missing jar when kafka-clients is not on the class path (describing the
     *     type needs none of its classes, so the type is listed and configured, and this says what to add)
     */
    @Override
    public Sink create(SinkContext context) {
        requireKafkaClients();
        Map<SinkOption<String>, String> configured = new LinkedHashMap<>();
        for (SinkOption<String> option : ProducerOptions.all()) {
            configured.put(option, context.option(option));
        }
        ProducerSettings settings = ProducerSettings.of(
                context.option(BOOTSTRAP_SERVERS).trim(),
                "cairn-" + context.name(),
                configured,
                context::environmentVariable);
        return KafkaSink.open(
                context,
                context.option(TOPIC),
                RecordKey.parse(context.option(KEY)),
                RecordHeader.parseList(context.option(HEADERS)),
                settings);
    }

    private static void requireKafkaClients() {
        try {
            Class.forName(KAFKA_PRODUCER, false, KafkaSinkProvider.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("the kafka sink type needs kafka-clients (org.apache.kafka:kafka-clients), "
                    + "which is not on the class path: " + KAFKA_PRODUCER + " cannot be loaded");
        }
    }
}
