package dev.cairn.kafka.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.spi.SinkOption;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The producer properties a sink starts from, and that its options override them. */
class ProducerSettingsTest {

    @Test
    void defaults_areLosslessAndHearOfAnOutageWithinTenSeconds() {
        ProducerSettings settings = ProducerSettings.of("localhost:9092", "cairn-orders", Map.of(), name -> null);

        assertThat(settings.properties())
                .containsEntry("acks", "all")
                .containsEntry("enable.idempotence", "true")
                .containsEntry("compression.type", "lz4")
                .containsEntry("max.block.ms", "10000")
                .containsEntry("client.id", "cairn-orders");
    }

    @Test
    void anOption_overridesTheDefault() {
        SinkOption<String> maxBlock = ProducerOptions.all().stream()
                .filter(option -> option.name().equals("kafka.max.block.ms"))
                .findFirst()
                .orElseThrow();

        ProducerSettings settings =
                ProducerSettings.of("localhost:9092", "cairn-orders", Map.of(maxBlock, "60000"), name -> null);

        assertThat(settings.properties()).containsEntry("max.block.ms", "60000");
    }
}
