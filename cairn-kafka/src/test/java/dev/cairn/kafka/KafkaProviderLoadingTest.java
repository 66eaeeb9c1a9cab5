package dev.cairn.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.LogSystem;
import dev.cairn.testing.ChildJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code kafka} type describes itself without loading kafka-clients: its classes start kafka-clients' logging,
 * which, routed to Cairn through SLF4J, re-entered Cairn while it was loading its sink types, so the type was left out
 * ("failed to describe itself"). A class path without kafka-clients shows it: the type is still listed, and a sink of
 * it says which jar is missing.
 */
class KafkaProviderLoadingTest {

    @TempDir
    Path dir;

    @Test
    void withoutKafkaClients_theTypeDescribesItself_andASinkOfItNamesTheMissingJar() throws Exception {
        ChildJvm.Exit exit = ChildJvm.main(KafkaSinkTypeChild.class)
                .classPath(List.of(
                        ChildJvm.locationOf(LogSystem.class),
                        ChildJvm.locationOf(KafkaSinkProvider.class),
                        ChildJvm.locationOf(KafkaSinkTypeChild.class)))
                .jvmArguments(
                        "-Dcairn.console=none",
                        "-Dcairn.sink.events.type=kafka",
                        "-Dcairn.sink.events.bootstrap.servers=127.0.0.1:1",
                        "-Dcairn.sink.events.topic=logs",
                        "-Dcairn.sink.events.kafka.linger.ms=5")
                .arguments(dir.toString())
                .run(Duration.ofSeconds(60));

        assertThat(exit.code()).as(exit.stderr()).isZero();
        assertThat(exit.stderr())
                .doesNotContain("failed to describe itself")
                .doesNotContain("unknown sink type")
                .doesNotContain("unknown option")
                .contains("cannot open sink events of type kafka")
                .contains("needs kafka-clients (org.apache.kafka:kafka-clients), which is not on the class path");
    }
}
