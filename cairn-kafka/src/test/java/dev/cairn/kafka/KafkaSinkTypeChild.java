package dev.cairn.kafka;

import dev.cairn.LogSystem;
import java.nio.file.Path;

/**
 * A child JVM's main: a log system configured from its system properties, as an application's would be, logging one
 * record; {@link KafkaProviderLoadingTest} starts it with and without kafka-clients on the class path.
 */
public final class KafkaSinkTypeChild {

    private KafkaSinkTypeChild() {}

    public static void main(String[] args) {
        try (LogSystem system = LogSystem.builder()
                .workingDirectory(Path.of(args[0]))
                .shutdownHook(false)
                .build()) {
            system.logger("child").info("configured");
        }
    }
}
