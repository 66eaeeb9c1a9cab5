package dev.cairn.cli.receive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.cli.Main;
import dev.cairn.testing.Await;
import dev.cairn.testing.ChildJvm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code cairn receive} in a child JVM. Its standard error goes to a file read on demand (reading the pipe while
 * the process ends can lose the last lines).
 */
final class ReceiverProcess implements AutoCloseable {

    private final Process process;
    private final Path stderrFile;

    private ReceiverProcess(Process process, Path stderrFile) {
        this.process = process;
        this.stderrFile = stderrFile;
    }

    /** Starts {@code cairn receive args...} and waits until it listens on every address asked. */
    static ReceiverProcess start(Map<String, String> environment, String... args) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("receive"));
        arguments.addAll(List.of(args));
        long listeners = arguments.stream()
                .filter(a -> a.equals("--tcp") || a.equals("--udp") || a.equals("--tls"))
                .count();
        Path stderrFile = Files.createTempFile("cairn-receive", ".err");
        Process process = ChildJvm.main(Main.class)
                .jvmArguments("-Xmx256m")
                .environment(environment)
                .arguments(arguments.toArray(String[]::new))
                .stderrTo(stderrFile)
                .stdoutTo(Path.of("/dev/null"))
                .start();
        ReceiverProcess receiver = new ReceiverProcess(process, stderrFile);
        Await.until(
                Duration.ofSeconds(30),
                () -> receiver.stderr().stream()
                        .filter(l -> l.contains("listening on"))
                        .count(),
                n -> n == listeners || !process.isAlive(),
                () -> "cairn receive listening: " + receiver.stderr());
        assertThat(process.isAlive())
                .as("cairn receive running: %s", receiver.stderr())
                .isTrue();
        return receiver;
    }

    /** The port of the listener of {@code scheme} ({@code tcp}, {@code tls} or {@code udp}). */
    int port(String scheme) {
        for (String line : stderr()) {
            if (line.startsWith("cairn receive: listening on " + scheme + " ")) {
                return Integer.parseInt(line.substring(line.lastIndexOf(':') + 1));
            }
        }
        throw new AssertionError("no " + scheme + " listener in " + stderr());
    }

    /** The lines written to standard error so far. */
    List<String> stderr() {
        try {
            return Files.readAllLines(stderrFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends SIGTERM and waits for the receiver to drain and end; returns its exit code. */
    int terminate() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("ended after SIGTERM")
                .isTrue();
        return process.exitValue();
    }

    /** Kills the receiver with SIGKILL. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    @Override
    public void close() throws InterruptedException, IOException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        Files.deleteIfExists(stderrFile);
    }
}
