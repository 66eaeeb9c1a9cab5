package dev.cairn.cli.receive;

import dev.cairn.ConfigBuilder;
import dev.cairn.KeyValue;
import dev.cairn.LogSystem;
import dev.cairn.Logger;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/** A log system that ships to a receiver: isolated from the build's environment, diagnostics kept. */
final class SenderLogs {

    private SenderLogs() {}

    static LogSystem build(Path dir, OutputStream diagnostics, Consumer<ConfigBuilder> configuration) {
        return LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .classLoader(null)
                .shutdownHook(false)
                .diagnostics(new PrintStream(diagnostics, true, StandardCharsets.UTF_8))
                .configure(c -> configuration.accept(c.set("cairn.console", "none")))
                .build();
    }

    /** Logs ids {@code [0, threads × perThread)} from {@code threads} threads, each record with its {@code id}. */
    static void logFromThreads(LogSystem system, int threads, int perThread) throws InterruptedException {
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int base = t * perThread;
            Thread thread = new Thread(() -> {
                Logger logger = system.logger("shop");
                for (int i = base; i < base + perThread; i++) {
                    logger.info("order {}", i, KeyValue.kv("id", i));
                }
            });
            started.add(thread);
            thread.start();
        }
        for (Thread thread : started) {
            thread.join();
        }
    }
}
