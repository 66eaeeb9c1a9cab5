package dev.cairn.bench.otlp;

import static dev.cairn.KeyValue.kv;

import dev.cairn.LogSystem;
import dev.cairn.Logger;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Properties;

/** Cairn with one otlp sink (http/protobuf, defaults otherwise), its diagnostics discarded to keep the output short. */
final class CairnExporter implements Exporter {

    private final LogSystem system;
    private final Logger log;

    CairnExporter(String endpoint) {
        this.system = LogSystem.builder()
                .shutdownHook(false)
                .environment(Map.of())
                .systemProperties(new Properties())
                .diagnostics(new PrintStream(OutputStream.nullOutputStream()))
                .configure(config -> config.set("cairn.console", "none")
                        .set("cairn.sink.otlp.type", "otlp")
                        .set("cairn.sink.otlp.endpoint", endpoint)
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

    /** Records Cairn counted as not handed to the sink (its hand-off queue was full). */
    long dropped() {
        return system.stats().sink("otlp").dropped();
    }

    @Override
    public void close() {
        system.close();
    }
}
