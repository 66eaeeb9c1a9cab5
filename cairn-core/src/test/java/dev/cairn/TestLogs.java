package dev.cairn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.testing.Await;
import dev.cairn.testing.JsonLines;
import dev.cairn.testing.Records;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A log system isolated from the process: no environment, no system properties, no cairn.properties, console output
 * and diagnostics captured in memory. Records are parsed with Jackson.
 */
final class TestLogs implements AutoCloseable {

    final ByteArrayOutputStream console = new ByteArrayOutputStream();
    final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    /** Times every duration of this system: no time passes unless a test advances it. */
    final ManualTicker ticker = new ManualTicker();

    final LogSystem system;

    private TestLogs(
            Map<String, String> environment,
            Properties properties,
            Path workingDirectory,
            Consumer<ConfigBuilder> configuration) {
        system = LogSystem.builder()
                .environment(environment)
                .systemProperties(properties)
                .workingDirectory(workingDirectory)
                .classLoader(null)
                .ticker(ticker)
                .diagnostics(new PrintStream(diagnostics, true, StandardCharsets.UTF_8))
                .configure(c -> {
                    c.consoleOutput(console);
                    configuration.accept(c);
                })
                .build();
    }

    /**
     * A builder reading no environment, no system properties and no {@code cairn.properties}, with {@code dir} as
     * working directory, no shutdown hook, and diagnostics written to {@code diagnostics}.
     */
    static LogSystem.Builder isolated(Path dir, OutputStream diagnostics) {
        return LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .classLoader(null)
                .shutdownHook(false)
                .diagnostics(new PrintStream(diagnostics, true, StandardCharsets.UTF_8));
    }

    /** JSON console output at TRACE, plus {@code configuration}. */
    static TestLogs json(Consumer<ConfigBuilder> configuration) {
        return new TestLogs(
                Map.of(),
                new Properties(),
                Path.of("target/no-such-dir"),
                c -> configuration.accept(c.format(Format.JSON).level(Level.TRACE)));
    }

    static TestLogs json() {
        return json(c -> {});
    }

    /** Text console output at TRACE, plus {@code configuration}. */
    static TestLogs text(Consumer<ConfigBuilder> configuration) {
        return new TestLogs(
                Map.of(),
                new Properties(),
                Path.of("target/no-such-dir"),
                c -> configuration.accept(c.format(Format.TEXT).level(Level.TRACE)));
    }

    /** A system reading the given sources, with only console capture set programmatically. */
    static TestLogs withSources(
            Map<String, String> environment,
            Properties properties,
            Path workingDirectory,
            Consumer<ConfigBuilder> configuration) {
        return new TestLogs(environment, properties, workingDirectory, configuration);
    }

    Logger logger(String name) {
        return system.logger(name);
    }

    /** Everything written to the console so far, after waiting for the writer thread to catch up. */
    String output() {
        system.flush();
        return console.toString(StandardCharsets.UTF_8);
    }

    List<String> lines() {
        String text = output();
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Every console line parsed as one JSON object (a blank line fails too). */
    List<JsonNode> records() {
        return lines().stream().map(JsonLines::parse).collect(Collectors.toList());
    }

    /** The records whose message is exactly {@code message}. */
    List<JsonNode> withMessage(String message) {
        return Records.withMessage(records(), message);
    }

    /** Waits, at most 10 s, until {@code count} records with {@code message} are written; returns them. */
    List<JsonNode> awaitMessages(String message, int count) {
        return Await.until(
                () -> withMessage(message),
                found -> found.size() >= count,
                () -> "expected " + count + " " + message + " records:\n" + output());
    }

    JsonNode single() {
        List<JsonNode> records = records();
        if (records.size() != 1) {
            throw new AssertionError("expected one record, got " + records.size() + ":\n" + output());
        }
        return records.get(0);
    }

    List<String> diagnosticLines() {
        system.flush();
        String text = diagnostics.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    @Override
    public void close() {
        system.close();
    }
}
