package dev.cairn.bench.receive;

import dev.cairn.KeyValue;
import dev.cairn.LogSystem;
import dev.cairn.Logger;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/** Cairn's tcp sink: batches acknowledged by cairn receive, a disk spool while it is away. */
final class CairnShipper implements Shipper {

    private final LogSystem system;
    private final Logger log;

    CairnShipper(int port, Path spool) {
        system = LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .classLoader(null)
                .shutdownHook(false)
                .configure(c -> c.set("cairn.console", "none")
                        .set("cairn.sink.net.type", "tcp")
                        .set("cairn.sink.net.host", "127.0.0.1")
                        .set("cairn.sink.net.port", String.valueOf(port))
                        .set("cairn.sink.net.retry.max-backoff", "1s")
                        .set("cairn.sink.net.spool.dir", spool.toString())
                        .set("cairn.shutdown.timeout", "60s"))
                .build();
        log = system.logger("shop");
    }

    @Override
    public String name() {
        return "Cairn tcp sink (acknowledged, spool 256MB)";
    }

    @Override
    public void log(int id) {
        log.info("order {}", id, KeyValue.kv("id", id));
    }

    @Override
    public void close() {
        system.close();
    }
}
