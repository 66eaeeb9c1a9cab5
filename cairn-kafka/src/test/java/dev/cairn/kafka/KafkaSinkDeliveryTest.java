package dev.cairn.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.KeyValue;
import dev.cairn.LogStats;
import dev.cairn.LogSystem;
import dev.cairn.Logger;
import dev.cairn.context.LogContext;
import dev.cairn.kafka.fixtures.KafkaBroker;
import dev.cairn.kafka.fixtures.TopicReader;
import dev.cairn.testing.Await;
import dev.cairn.testing.JsonLines;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kafka sink against a real single-node broker (KRaft) in a child JVM, read back by a real consumer. */
class KafkaSinkDeliveryTest {

    private static final int THREADS = 4;
    private static final String SERVICE = "checkout";

    @TempDir
    static Path brokerDir;

    private static KafkaBroker broker;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaBroker.start(brokerDir);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    private LogSystem logs(ByteArrayOutputStream diagnostics, String topic, Map<String, String> options) {
        return LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .shutdownHook(false)
                .diagnostics(new PrintStream(diagnostics, true, StandardCharsets.UTF_8))
                .configure(c -> {
                    c.set("cairn.console", "none")
                            .set("cairn.service", SERVICE)
                            .set("cairn.shutdown.timeout", "30s")
                            .set("cairn.sink.events.type", "kafka")
                            .set("cairn.sink.events.bootstrap.servers", broker.bootstrapServers())
                            .set("cairn.sink.events.topic", topic);
                    options.forEach((key, value) -> c.set("cairn.sink.events." + key, value));
                })
                .build();
    }

    /** Starts {@code THREADS} threads, each logging {@code count} records with ids from {@code thread * count}. */
    private static List<Thread> logInThreads(LogSystem system, int count, Consumer<Integer> beforeEach) {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int base = t * count;
            Thread thread = new Thread(() -> {
                Logger logger = system.logger("shop.orders");
                for (int i = base; i < base + count; i++) {
                    beforeEach.accept(i);
                    // A trace per 100 records; the first 100 of each thread have none (no key, no trace_id header).
                    if (i % count < 100) {
                        logger.info("order {}", i, KeyValue.kv("id", i));
                    } else {
                        try (var scope = LogContext.with("trace_id", "trace-" + (i / 100))
                                .open()) {
                            logger.info("order {}", i, KeyValue.kv("id", i));
                        }
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        return threads;
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static Map<String, String> headers(ConsumerRecord<byte[], byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), text(header.value()));
        }
        return headers;
    }

    @Test
    void fourThreads_everyRecordConsumedOnce_withKeysAndHeadersAsConfigured() throws Exception {
        int perThread = 100_000;
        int total = THREADS * perThread;
        String topic = "orders";
        broker.createTopic(topic, 3);
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        try (LogSystem system = logs(diagnostics, topic, Map.of("batch.max-records", "2000"))) {
            for (Thread thread : logInThreads(system, perThread, i -> {})) {
                thread.join();
            }
            Await.until(
                    Duration.ofMinutes(2),
                    () -> system.stats().sink("events").delivery(),
                    stats -> stats.delivered() == total,
                    () -> "every record delivered: " + system.stats().sink("events") + "; " + diagnostics);
            LogStats.DeliveryStats stats = system.stats().sink("events").delivery();
            assertThat(stats.dropped()).isZero();
            assertThat(stats.rejected()).isZero();
        }

        List<ConsumerRecord<byte[], byte[]>> records =
                TopicReader.readAll(broker.bootstrapServers(), topic, total, Duration.ofMinutes(1));
        Set<Integer> ids = new HashSet<>();
        Map<String, Integer> partitionOfKey = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            JsonNode json = JsonLines.parse(text(record.value()));
            assertThat(ids.add(json.get("id").asInt()))
                    .as("id %s once", json.get("id"))
                    .isTrue();
            assertThat(json.get("message").asText())
                    .isEqualTo("order " + json.get("id").asInt());
            assertThat(json.get("service").asText()).isEqualTo(SERVICE);
            Map<String, String> headers = headers(record);
            assertThat(headers).containsEntry("level", "INFO").containsEntry("service", SERVICE);
            String traceId = json.has("trace_id") ? json.get("trace_id").asText() : null;
            assertThat(text(record.key())).isEqualTo(traceId);
            assertThat(headers.get("trace_id")).isEqualTo(traceId);
            if (traceId != null) {
                assertThat(partitionOfKey.computeIfAbsent(traceId, k -> record.partition()))
                        .as("one partition per trace")
                        .isEqualTo(record.partition());
            }
        }
        assertThat(ids).hasSize(total);
        assertThat(records).hasSize(total);
        assertThat(records.stream().filter(r -> r.key() == null)).hasSize(THREADS * 100);
        assertThat(records.stream().map(ConsumerRecord::partition).distinct()).hasSize(3);
    }

    @Test
    void brokerStoppedFor20sMidStream_everyRecordConsumed_andLoggingNeverHeldUp() throws Exception {
        int perThread = 25_000;
        int total = THREADS * perThread;
        String topic = "outage";
        broker.createTopic(topic, 3);
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        CountDownLatch halfLogged = new CountDownLatch(THREADS);
        CountDownLatch brokerDown = new CountDownLatch(1);
        Map<String, String> options = Map.of(
                "batch.max-records", "1000",
                "retry.initial-backoff", "200ms",
                "retry.max-backoff", "1s",
                // The producer gives up after 5 s, so batches go back to the channel and its spool during the outage.
                "kafka.delivery.timeout.ms", "5000",
                "kafka.request.timeout.ms", "2000",
                "kafka.max.block.ms", "2000");
        try (LogSystem system = logs(diagnostics, topic, options)) {
            List<Thread> threads = logInThreads(system, perThread, i -> {
                if (i % perThread == perThread / 2) {
                    halfLogged.countDown();
                    try {
                        brokerDown.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            halfLogged.await();
            Await.until(
                    Duration.ofMinutes(1),
                    () -> system.stats().sink("events").delivery().delivered(),
                    delivered -> delivered > 0,
                    () -> "records delivered before the outage: "
                            + system.stats().sink("events"));
            broker.stop();
            long stoppedAt = System.nanoTime();
            brokerDown.countDown();
            for (Thread thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(20));
            }
            assertThat(threads).as("logging finished while the broker is down").noneMatch(Thread::isAlive);
            assertThat(System.nanoTime() - stoppedAt).isLessThan(TimeUnit.SECONDS.toNanos(20));
            // The outage itself is real time: the broker stays away 20 s, as an operator's restart would.
            TimeUnit.NANOSECONDS.sleep(TimeUnit.SECONDS.toNanos(20) - (System.nanoTime() - stoppedAt));
            LogStats.DeliveryStats duringOutage = system.stats().sink("events").delivery();
            assertThat(duringOutage.delivered()).isLessThan(total);
            assertThat(duringOutage.spooled())
                    .as("spooled while the broker was away")
                    .isPositive();
            broker.start();

            Await.until(
                    Duration.ofMinutes(2),
                    () -> system.stats().sink("events").delivery(),
                    stats -> stats.delivered() >= total && stats.inFlight() == 0 && stats.inSpool() == 0,
                    () -> "every record delivered after the outage: "
                            + system.stats().sink("events"));
            LogStats.DeliveryStats stats = system.stats().sink("events").delivery();
            assertThat(stats.dropped()).isZero();
            assertThat(stats.rejected()).isZero();
            assertThat(stats.retried()).isPositive();

            List<ConsumerRecord<byte[], byte[]>> records =
                    TopicReader.readAll(broker.bootstrapServers(), topic, total, Duration.ofMinutes(1));
            Set<Integer> ids = new HashSet<>();
            for (ConsumerRecord<byte[], byte[]> record : records) {
                ids.add(JsonLines.parse(text(record.value())).get("id").asInt());
            }
            assertThat(ids).hasSize(total);
            long duplicates = records.size() - ids.size();
            assertThat(duplicates).as("duplicates, against %s", stats).isLessThanOrEqualTo(stats.maybeDuplicated());
            assertThat((long) records.size()).isBetween(stats.delivered(), stats.delivered() + stats.maybeDuplicated());
        }
    }
}
