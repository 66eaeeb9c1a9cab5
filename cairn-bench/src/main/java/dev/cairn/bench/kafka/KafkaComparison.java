package dev.cairn.bench.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.KeyValue;
import dev.cairn.LogStats;
import dev.cairn.LogSystem;
import dev.cairn.Logger;
import dev.cairn.kafka.fixtures.KafkaBroker;
import dev.cairn.kafka.fixtures.TopicReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.message.MapMessage;

/**
 * Cairn's {@code kafka} sink against Log4j2's {@code KafkaAppender}, both with the same producer settings ({@code
 * acks=all}, idempotence, {@code lz4}, the same timeouts), producing the same records to a real single-node broker
 * (KRaft, a child JVM) in the same run; every topic is read back with a real consumer, so a figure is only printed for
 * records that arrived.
 *
 * <ul>
 *   <li>throughput: 4 threads log {@code records} records each; records/s from the first call until every record is
 *       acknowledged (Cairn: its delivery statistics; Log4j2: its context stopped, which closes the producer);
 *   <li>outage: 4 threads log {@code outage-records} each; after the first half the broker is stopped for 20 s, the
 *       second half is logged while it is away, then it starts again on the same data: records lost (ids missing from
 *       the topic), duplicates, and when the logging threads were done (the broker restarts after 20 s either way).
 *       {@code records} 0 runs only the outage.
 * </ul>
 *
 * Run from the repository root after {@code mvn -pl cairn-bench -am package -DskipTests}:
 *
 * <pre>
 * java -cp "cairn-bench/target/classes:$(cat cairn-bench/target/classpath.txt)" \
 *     dev.cairn.bench.kafka.KafkaComparison 100000 25000 target/kafka-bench
 * </pre>
 */
public final class KafkaComparison {

    private static final int THREADS = 4;
    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private KafkaComparison() {}

    /** One library's Kafka output. */
    private interface Subject extends AutoCloseable {
        void log(int id);

        /** Returns once every record logged is acknowledged or given up on, and the library is closed. */
        @Override
        void close();
    }

    /** The producer settings both libraries get. */
    private record ProducerTimeouts(int deliveryTimeoutMs, int requestTimeoutMs) {
        String describe() {
            return "acks=all, enable.idempotence=true, compression.type=lz4, delivery.timeout.ms=" + deliveryTimeoutMs
                    + ", request.timeout.ms=" + requestTimeoutMs + ", other producer settings Kafka's defaults";
        }
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int outageRecords = args.length > 1 ? Integer.parseInt(args[1]) : 25_000;
        Path dir = Path.of(args.length > 2 ? args[2] : "target/kafka-bench").toAbsolutePath();
        Files.createDirectories(dir);
        // The Kafka clients log through SLF4J, which finds Logback here; they would write to the console.
        System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        ProducerTimeouts defaults = new ProducerTimeouts(120_000, 30_000);
        ProducerTimeouts shortDelivery = new ProducerTimeouts(10_000, 5_000);
        List<String> rows = new ArrayList<>();
        try (KafkaBroker broker = KafkaBroker.start(dir.resolve("broker"))) {
            if (records > 0) {
                System.out.println(
                        "Throughput, " + THREADS + " threads x " + records + " records; " + defaults.describe());
                rows.add(throughput(broker, dir, "cairn", records, defaults));
                rows.add(throughput(broker, dir, "log4j2-async", records, defaults));
                rows.add(throughput(broker, dir, "log4j2-sync", Math.max(1, records / 20), defaults));
            }
            for (ProducerTimeouts timeouts : List.of(defaults, shortDelivery)) {
                System.out.println("Outage of " + OUTAGE.toSeconds() + " s, " + THREADS + " threads x " + outageRecords
                        + " records; " + timeouts.describe());
                rows.add(outage(broker, dir, "cairn", outageRecords, timeouts));
                rows.add(outage(broker, dir, "log4j2-async", outageRecords, timeouts));
            }
        }
        System.out.println();
        rows.forEach(System.out::println);
    }

    private static String throughput(KafkaBroker broker, Path dir, String library, int perThread, ProducerTimeouts t)
            throws Exception {
        String topic = "throughput-" + library;
        broker.createTopic(topic, 3);
        int total = THREADS * perThread;
        long started = System.nanoTime();
        long logged;
        try (Subject subject = open(library, broker, dir, topic, total, t)) {
            List<Thread> threads = start(subject, 0, perThread, null, null);
            for (Thread thread : threads) {
                thread.join();
            }
            logged = System.nanoTime();
        }
        long done = System.nanoTime();
        Received received = read(broker, topic, total);
        double seconds = (done - started) / 1e9;
        String row = String.format(
                Locale.ROOT,
                "| throughput | %s | %,d | %,.0f records/s | %.2f s | %.2f s | %,d | %,d | %,d |",
                library,
                total,
                total / seconds,
                (logged - started) / 1e9,
                seconds,
                received.distinct,
                total - received.distinct,
                received.count - received.distinct);
        System.out.println(row);
        return row;
    }

    private static String outage(KafkaBroker broker, Path dir, String library, int perThread, ProducerTimeouts t)
            throws Exception {
        String topic = "outage-" + library + "-" + t.deliveryTimeoutMs();
        broker.createTopic(topic, 3);
        int total = THREADS * perThread;
        CountDownLatch halfLogged = new CountDownLatch(THREADS);
        CountDownLatch brokerDown = new CountDownLatch(1);
        AtomicLong lastDone = new AtomicLong(Long.MIN_VALUE);
        long heldUp;
        long started = System.nanoTime();
        try (Subject subject = open(library, broker, dir, topic, total, t)) {
            List<Thread> threads = start(subject, 0, perThread, halfLogged, brokerDown);
            List<Thread> watchers = new ArrayList<>();
            for (Thread thread : threads) {
                // When the last logging thread was done, whether before or after the broker came back.
                Thread watcher = new Thread(() -> {
                    try {
                        thread.join();
                        lastDone.accumulateAndGet(System.nanoTime(), Math::max);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                watcher.start();
                watchers.add(watcher);
            }
            halfLogged.await();
            broker.stop();
            long stopped = System.nanoTime();
            brokerDown.countDown();
            for (Thread thread : threads) {
                thread.join(
                        Math.max(1, TimeUnit.NANOSECONDS.toMillis(OUTAGE.toNanos() - (System.nanoTime() - stopped))));
            }
            long left = OUTAGE.toNanos() - (System.nanoTime() - stopped);
            if (left > 0) {
                // The outage is real time: the broker stays away 20 s, as an operator's restart would.
                TimeUnit.NANOSECONDS.sleep(left);
            }
            broker.start();
            for (Thread watcher : watchers) {
                watcher.join();
            }
            heldUp = lastDone.get() - stopped;
        }
        long done = System.nanoTime();
        Received received = read(broker, topic, total);
        String row = String.format(
                Locale.ROOT,
                "| outage (delivery.timeout.ms=%d) | %s | %,d | logging threads done %.1f s after the stop | %.1f s"
                        + " to the end | %,d | %,d | %,d |",
                t.deliveryTimeoutMs(),
                library,
                total,
                heldUp / 1e9,
                (done - started) / 1e9,
                received.distinct,
                total - received.distinct,
                received.count - received.distinct);
        System.out.println(row);
        return row;
    }

    /** Threads logging ids {@code base + thread * perThread …}; with latches, each waits halfway for the second. */
    private static List<Thread> start(
            Subject subject, int base, int perThread, CountDownLatch halfLogged, CountDownLatch resume) {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int first = base + t * perThread;
            Thread thread = new Thread(() -> {
                for (int id = first; id < first + perThread; id++) {
                    if (halfLogged != null && id == first + perThread / 2) {
                        halfLogged.countDown();
                        try {
                            resume.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                    subject.log(id);
                }
            });
            threads.add(thread);
            thread.start();
        }
        return threads;
    }

    private record Received(long count, long distinct) {}

    private static Received read(KafkaBroker broker, String topic, int total) {
        List<ConsumerRecord<byte[], byte[]>> records =
                TopicReader.readAll(broker.bootstrapServers(), topic, total, Duration.ofSeconds(60));
        BitSet ids = new BitSet(total);
        for (ConsumerRecord<byte[], byte[]> record : records) {
            try {
                ids.set(JSON.readTree(record.value()).get("id").asInt());
            } catch (IOException e) {
                throw new UncheckedIOException("not a JSON record in " + topic, e);
            }
        }
        return new Received(records.size(), ids.cardinality());
    }

    private static Subject open(
            String library, KafkaBroker broker, Path dir, String topic, int total, ProducerTimeouts t) {
        return switch (library) {
            case "cairn" -> cairn(broker, dir, topic, total, t);
            case "log4j2-async" -> log4j2(broker, topic, false, t);
            case "log4j2-sync" -> log4j2(broker, topic, true, t);
            default -> throw new IllegalArgumentException(library);
        };
    }

    private static Subject cairn(KafkaBroker broker, Path dir, String topic, int total, ProducerTimeouts t) {
        Properties properties = new Properties();
        Map.of(
                        "cairn.console", "none",
                        "cairn.service", "bench",
                        "cairn.shutdown.timeout", "60s",
                        "cairn.sink.events.type", "kafka",
                        "cairn.sink.events.bootstrap.servers", broker.bootstrapServers(),
                        "cairn.sink.events.topic", topic,
                        "cairn.sink.events.key", "none",
                        "cairn.sink.events.headers", "none",
                        "cairn.sink.events.spool.dir",
                                dir.resolve("spool-" + topic).toString())
                .forEach(properties::setProperty);
        properties.setProperty("cairn.sink.events.kafka.delivery.timeout.ms", String.valueOf(t.deliveryTimeoutMs()));
        properties.setProperty("cairn.sink.events.kafka.request.timeout.ms", String.valueOf(t.requestTimeoutMs()));
        LogSystem system = LogSystem.builder()
                .environment(Map.of())
                .systemProperties(properties)
                .workingDirectory(dir)
                .shutdownHook(false)
                .diagnostics(new PrintStream(System.err, true))
                .build();
        Logger logger = system.logger("shop.orders");
        return new Subject() {
            @Override
            public void log(int id) {
                logger.info("order {}", id, KeyValue.kv("id", id), KeyValue.kv("order_id", "ord-" + id));
            }

            @Override
            public void close() {
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
                while (System.nanoTime() - deadline < 0) {
                    LogStats.DeliveryStats stats = system.stats().sink("events").delivery();
                    if (stats.delivered() + stats.rejected() + stats.dropped() >= total
                            && stats.inFlight() == 0
                            && stats.inSpool() == 0) {
                        break;
                    }
                    try {
                        TimeUnit.MILLISECONDS.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
                System.out.println("  cairn: " + system.stats().sink("events").delivery());
                system.close();
            }
        };
    }

    private static Subject log4j2(KafkaBroker broker, String topic, boolean syncSend, ProducerTimeouts t) {
        System.setProperty("bench.kafka.topic", topic);
        System.setProperty("bench.kafka.servers", broker.bootstrapServers());
        System.setProperty("bench.kafka.syncSend", String.valueOf(syncSend));
        System.setProperty("bench.kafka.deliveryTimeoutMs", String.valueOf(t.deliveryTimeoutMs()));
        System.setProperty("bench.kafka.requestTimeoutMs", String.valueOf(t.requestTimeoutMs()));
        LoggerContext context;
        try {
            context = new LoggerContext(
                    "kafka-" + topic,
                    null,
                    KafkaComparison.class
                            .getClassLoader()
                            .getResource("kafka/log4j2.xml")
                            .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        context.start();
        org.apache.logging.log4j.Logger logger = context.getLogger("shop.orders");
        return new Subject() {
            @Override
            public void log(int id) {
                logger.info(new MapMessage<>(3)
                        .with("message", "order " + id)
                        .with("id", id)
                        .with("order_id", "ord-" + id));
            }

            @Override
            public void close() {
                context.stop();
            }
        };
    }
}
