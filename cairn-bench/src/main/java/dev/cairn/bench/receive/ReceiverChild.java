package dev.cairn.bench.receive;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code cairn receive} in a child JVM, writing to one file; killed with SIGKILL and started again on its port. */
final class ReceiverChild {

    private final Path output;
    private final Path stderr;
    private Process process;
    private int port;

    ReceiverChild(Path output) {
        this.output = output;
        this.stderr = output.resolveSibling(output.getFileName() + ".receiver.err");
    }

    /** Starts listening on {@code port} (0: any free port) and waits until it does. */
    int start(int port) throws IOException, InterruptedException {
        Files.deleteIfExists(stderr);
        process = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.cairn.cli.Main",
                        "receive",
                        "--tcp",
                        "127.0.0.1:" + port,
                        "--output",
                        output.toString(),
                        "--file-option",
                        "max-bytes=0"))
                .redirectError(stderr.toFile())
                .redirectOutput(new File("/dev/null"))
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (Files.exists(stderr)) {
                for (String line : Files.readAllLines(stderr, StandardCharsets.UTF_8)) {
                    if (line.startsWith("cairn receive: listening on tcp ")) {
                        this.port = Integer.parseInt(line.substring(line.lastIndexOf(':') + 1));
                        return this.port;
                    }
                }
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("cairn receive did not start: " + Files.readString(stderr));
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: drains and writes what it has. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    int port() {
        return port;
    }
}
