package dev.cairn.kafka;

import dev.cairn.LogSystem;
import dev.cairn.contract.SinkContract;
import dev.cairn.contract.TestSinkContext;
import dev.cairn.kafka.fixtures.KafkaBroker;
import dev.cairn.spi.Sink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract for the {@code kafka} sink against one real single-node KRaft broker (a child JVM, shared by the class
 * since it takes seconds to start), a topic of its own per test: broken by stopping the broker, repaired by starting it
 * again on the same port and data, stalled by suspending its JVM (SIGSTOP). What reached the topic is read back by a
 * real consumer, each value one JSON record.
 */
class KafkaSinkContractTest extends SinkContract {

    private static final AtomicInteger TOPICS = new AtomicInteger();

    @TempDir
    static Path brokerDir;

    private static KafkaBroker broker;

    private final String topic = "contract-" + TOPICS.incrementAndGet();
    private final List<String> received = new ArrayList<>();
    private KafkaConsumer<byte[], byte[]> consumer;
    private boolean broken;
    private Runnable resume = () -> {};

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaBroker.start(brokerDir);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    @Override
    protected Sink open(LogSystem system) throws Exception {
        broker.createTopic(topic, 1);
        consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        "false",
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        consumer.assign(List.of(new TopicPartition(topic, 0)));
        return new KafkaSinkProvider()
                .create(new TestSinkContext(
                        "under-test",
                        Map.of(
                                "bootstrap.servers", broker.bootstrapServers(),
                                "topic", topic,
                                "batch.max-delay", "10ms",
                                "retry.initial-backoff", "10ms",
                                "retry.max-backoff", "100ms"),
                        system,
                        dir));
    }

    @Override
    protected synchronized List<String> delivered() {
        if (!broken) {
            consumer.poll(Duration.ofMillis(100))
                    .forEach(record -> received.add(new String(record.value(), StandardCharsets.UTF_8)));
        }
        return List.copyOf(received);
    }

    @Override
    protected synchronized void breakDestination() throws InterruptedException {
        broken = true;
        broker.stop();
    }

    @Override
    protected synchronized void repairDestination() throws Exception {
        broker.start();
        broken = false;
    }

    @Override
    protected Runnable stallDestination() throws Exception {
        resume = broker.pause();
        return resume;
    }

    @Override
    protected Outage outage() {
        return Outage.KEEPS_UNTIL_REPAIRED;
    }

    @Override
    protected synchronized void closeDestination() {
        resume.run();
        if (consumer != null) {
            consumer.close();
        }
    }
}
