package dev.cairn.kafka.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeSet;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

/** The producer properties the sink type declares without loading Kafka are those of the kafka-clients in the build. */
class ProducerOptionsTest {

    @Test
    void properties_areThoseOfTheProducerInTheBuild_lessTheReservedOnes() {
        TreeSet<String> expected = new TreeSet<>(ProducerConfig.configNames());
        assertThat(expected).containsAll(ProducerOptions.RESERVED);
        expected.removeAll(ProducerOptions.RESERVED);

        assertThat(ProducerOptions.PROPERTIES).containsExactlyElementsOf(expected);
    }
}
