/**
 * A sink of type {@code kafka}: each record as Cairn's JSON, produced to an Apache Kafka topic by the delivery engine,
 * which batches, retries, spools to disk while the brokers are away and counts every record.
 */
@SuppressWarnings("requires-automatic") // kafka-clients is an automatic module: its jar names no module.
module dev.cairn.kafka {
    requires transitive dev.cairn;
    requires kafka.clients;

    exports dev.cairn.kafka;

    provides dev.cairn.spi.SinkProvider with
            dev.cairn.kafka.KafkaSinkProvider;
}
