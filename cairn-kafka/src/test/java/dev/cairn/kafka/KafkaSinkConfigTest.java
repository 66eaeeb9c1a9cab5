package dev.cairn.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.LogStats;
import dev.cairn.LogSystem;
import dev.cairn.spi.SinkProvider;
import dev.cairn.testing.ServiceRegistration;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration of the kafka sink: errors name the key and what is allowed, and never print a credential. */
class KafkaSinkConfigTest {

    private static final String SECRET = "hunter2-do-not-print";
    private static final String JAAS =
            "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"app\" password=\"" + SECRET
                    + "\";";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

    /** A log system configured as a deployment would be: {@code options} as system properties. */
    private LogSystem logs(Map<String, String> environment, Map<String, String> options) {
        Properties properties = new Properties();
        options.forEach((key, value) -> properties.setProperty("cairn.sink.events." + key, value));
        return LogSystem.builder()
                .environment(environment)
                .systemProperties(properties)
                .workingDirectory(dir)
                .shutdownHook(false)
                .diagnostics(new PrintStream(diagnostics, true, StandardCharsets.UTF_8))
                .configure(c -> c.set("cairn.console", "none").set("cairn.shutdown.timeout", "1s"))
                .build();
    }

    private static Map<String, String> valid(String... more) {
        Map<String, String> options = new HashMap<>();
        options.put("type", "kafka");
        options.put("bootstrap.servers", "127.0.0.1:1");
        options.put("topic", "logs");
        for (int i = 0; i < more.length; i += 2) {
            options.put(more[i], more[i + 1]);
        }
        return options;
    }

    private String diagnostics() {
        return diagnostics.toString(StandardCharsets.UTF_8);
    }

    private static boolean hasSink(LogSystem system) {
        return system.stats().sinks().stream().anyMatch(s -> s.name().equals("events"));
    }

    @Test
    void registration_serviceFileAndModuleInfoNameTheSameProvider() {
        ServiceRegistration registration = ServiceRegistration.of(KafkaSinkProvider.class, SinkProvider.class);

        assertThat(registration.descriptor().name()).isEqualTo("dev.cairn.kafka");
        assertThat(registration.declared()).containsExactly(KafkaSinkProvider.class.getName());
        assertThat(registration.listed()).isEqualTo(registration.declared());
    }

    @Test
    void validConfiguration_opensTheSink_withoutReports() {
        try (LogSystem system = logs(Map.of(), valid())) {
            assertThat(hasSink(system)).isTrue();
        }
        assertThat(diagnostics()).doesNotContain("events");
    }

    @Test
    void missingTopic_leavesTheSinkOut_namingTheKey() {
        Map<String, String> options = valid();
        options.remove("topic");
        try (LogSystem system = logs(Map.of(), options)) {
            assertThat(hasSink(system)).isFalse();
        }
        assertThat(diagnostics()).contains("cairn.sink.events.topic").contains("left out");
    }

    @Test
    void badValues_nameTheKeyAndWhatIsAllowed() {
        try (LogSystem system = logs(Map.of(), valid("key", "partition", "headers", "level,host"))) {
            assertThat(hasSink(system)).isTrue();
        }
        assertThat(diagnostics())
                .contains("cairn.sink.events.key")
                .contains("trace_id, request_id, service or none")
                .contains("cairn.sink.events.headers")
                .contains("level, service and trace_id");
    }

    @Test
    void badBootstrapServersOrTopic_areRefused() {
        try (LogSystem system = logs(Map.of(), valid("bootstrap.servers", "kafka-without-port", "topic", "a b"))) {
            assertThat(hasSink(system)).isFalse();
        }
        assertThat(diagnostics())
                .contains("cairn.sink.events.bootstrap.servers")
                .contains("host:port pairs")
                .contains("cairn.sink.events.topic");
    }

    @Test
    void unknownProducerProperty_isReportedAsUnknown() {
        try (LogSystem system = logs(Map.of(), valid("kafka.ackz", "all"))) {
            assertThat(hasSink(system)).isTrue();
        }
        assertThat(diagnostics()).contains("unknown key cairn.sink.events.kafka.ackz");
    }

    @Test
    void producerPropertyKafkaRefuses_isReported_withoutCredentials() {
        try (LogSystem system = logs(Map.of(), valid("kafka.acks", "maybe", "kafka.sasl.jaas.config", JAAS))) {
            assertThat(hasSink(system)).isFalse();
        }
        assertThat(diagnostics())
                .contains("cannot open sink events")
                .contains("acks")
                .doesNotContain(SECRET);
    }

    @Test
    void credentialFromTheEnvironment_isUsed_andAnUnsetVariableIsNamedNotPrinted() {
        try (LogSystem system = logs(
                Map.of("KAFKA_JAAS", JAAS),
                valid(
                        "kafka.sasl.jaas.config",
                        "${KAFKA_JAAS}",
                        "kafka.security.protocol",
                        "SASL_PLAINTEXT",
                        "kafka.sasl.mechanism",
                        "PLAIN"))) {
            assertThat(hasSink(system)).isTrue();
            assertThat(system.stats().sink("events").toString()).doesNotContain(SECRET);
        }
        assertThat(diagnostics()).doesNotContain(SECRET);

        try (LogSystem system = logs(Map.of(), valid("kafka.sasl.jaas.config", "${KAFKA_JAAS}"))) {
            assertThat(hasSink(system)).isFalse();
        }
        assertThat(diagnostics()).contains("kafka.sasl.jaas.config uses ${KAFKA_JAAS}, which is not set");
    }

    @Test
    void kafkaClientLoggers_areNotProduced_otherRecordsAre() {
        try (LogSystem system = logs(Map.of(), valid("batch.max-delay", "1m"))) {
            system.logger("shop").info("one");
            system.logger("org.apache.kafka.clients.NetworkClient")
                    .warn("connection to node -1 could not be established");
            system.logger("org.apache.kafka").info("two");
            system.logger("org.apache.kafkaesque").info("three");
            system.flush();
            LogStats.DeliveryStats stats = system.stats().sink("events").delivery();
            assertThat(stats.inFlight() + stats.inSpool() + stats.delivered() + stats.dropped())
                    .isEqualTo(2);
        }
    }
}
