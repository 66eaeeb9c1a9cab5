package dev.cairn.kafka;

import dev.cairn.LogSystem;
import dev.cairn.contract.SinkContract;
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
 * since it takes seconds to start), a topic of its own per test: broken by killing the broker (a crash: quicker than a
 * controlled shutdown), repaired by starting it again on the same port and data, stalled by suspending its JVM
 * (SIGSTOP). What reached the topic is read back by a real consumer, each value one JSON record.
 */
class KafkaSinkContractTest extends SinkContract {

    private static final AtomicInteger TOPICS = new AtomicInteger();

    @TempDir
    static Path brokerDir;

    private static KafkaBroker broker;

    private final String topic = "contract-" + TOPICS.incrementAndGet();
    private final List<String> received = new ArrayList<>();
    private KafkaConsumer<byte[], byte[]> consumer;
    /** Whether the broker is stopped: a test that failed between breaking and repairing it leaves it so. */
    private static volatile boolean broken;

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
        if (broken) {
            broker.start();
            broken = false;
        }
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
                .create(context(
                        system,
                        Map.of(
                                "bootstrap.servers",
                                broker.bootstrapServers(),
                                "topic",
                                topic,
                                // The producer gives a batch up (and the channel reports the outage) within seconds,
                                // not after its defaults (a minute blocked in send() while it has no metadata,
                                // max.block.ms; two minutes in flush(), delivery.timeout.ms), so the contract's short
                                // outage is reported while it lasts.
                                "kafka.max.block.ms",
                                "2000",
                                "kafka.delivery.timeout.ms",
                                "2000",
                                "kafka.request.timeout.ms",
                                "1000")));
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
    protected void breakDestination() throws InterruptedException {
        broken = true;
        broker.kill();
    }

    @Override
    protected void repairDestination() throws Exception {
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
