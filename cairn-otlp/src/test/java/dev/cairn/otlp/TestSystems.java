package dev.cairn.otlp;

import dev.cairn.ConfigBuilder;
import dev.cairn.LogSystem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/** A log system whose only sink is an otlp sink named {@code otlp}, with its diagnostics kept. */
final class TestSystems implements AutoCloseable {

    final LogSystem system;
    private final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

    TestSystems(Path directory, Map<String, String> environment, Consumer<ConfigBuilder> configuration) {
        this.system = LogSystem.builder()
                .shutdownHook(false)
                .environment(environment)
                .systemProperties(new Properties())
                .workingDirectory(directory)
                .diagnostics(new PrintStream(diagnostics, true, StandardCharsets.UTF_8))
                .configure(config -> {
                    config.set("cairn.console", "none").set("cairn.sink.otlp.type", "otlp");
                    configuration.accept(config);
                })
                .build();
    }

    String diagnostics() {
        return diagnostics.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        system.close();
    }
}
