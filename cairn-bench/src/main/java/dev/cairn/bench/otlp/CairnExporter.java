package dev.cairn.bench.otlp;

import static dev.cairn.KeyValue.kv;

import dev.cairn.LogSystem;
import dev.cairn.Logger;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Cairn with one otlp sink, its defaults (http/protobuf, gzip, batches of 512, the disk spool) unless
 * {@code compression} says otherwise, a fresh spool folder per instance, its diagnostics discarded to keep the output
 * short.
 */
final class CairnExporter implements Exporter {

    private final LogSystem system;
    private final Logger log;

    CairnExporter(String endpoint, String compression) {
        Path directory;
        try {
            directory = Files.createTempDirectory("cairn-otlp-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.system = LogSystem.builder()
                .shutdownHook(false)
                .environment(Map.of())
                .systemProperties(new Properties())
                .workingDirectory(directory)
                .diagnostics(new PrintStream(OutputStream.nullOutputStream()))
                .configure(config -> config.set("cairn.console", "none")
                        .set("cairn.sink.otlp.type", "otlp")
                        .set("cairn.sink.otlp.endpoint", endpoint)
                        .set("cairn.sink.otlp.compression", compression)
                        .service("bench"))
                .build();
        this.log = system.logger("bench.orders");
    }

    @Override
    public void log(int seq) {
        log.info("order placed", kv("seq", seq), kv("sku", "A-1042"), kv("amount", 12.5), kv("user", "u-17"));
    }

    @Override
    public void flush() {
        system.flush();
    }

    @Override
    public void close() {
        system.close();
    }
}
