package dev.cairn.servlet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.Format;
import dev.cairn.Level;
import dev.cairn.LogSystem;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

/** A log system writing JSON lines into a buffer, isolated from the process's configuration, and its parsed records. */
final class WebLogs implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final LogSystem system;

    WebLogs(String service) {
        system = LogSystem.builder().environment(Map.of()).systemProperties(new Properties()).classLoader(null)
                .shutdownHook(false).diagnostics(new PrintStream(OutputStream.nullOutputStream()))
                .configure(c -> c.consoleOutput(out).format(Format.JSON).service(service).level(Level.INFO)
                        .level("cairn.http", Level.DEBUG))
                .build();
    }

    synchronized List<JsonNode> records() {
        system.flush();
        List<JsonNode> records = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                try {
                    records.add(JSON.readTree(line));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new UncheckedIOException("not JSON: " + line, e);
                }
            }
        }
        return records;
    }

    List<JsonNode> withMessage(String message) {
        return matching(r -> r.get("message").asText().equals(message));
    }

    List<JsonNode> matching(Predicate<JsonNode> predicate) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode record : records()) {
            if (predicate.test(record)) {
                found.add(record);
            }
        }
        return found;
    }

    /** Waits, at most 10 s, until a record with {@code message} has been written. */
    void await(String message) {
        awaitCount(message, 1);
    }

    /**
     * Waits, at most 10 s, until {@code count} records with {@code message} have been written, and returns them: a
     * client can have its response before the filter has logged the end of the request.
     */
    List<JsonNode> awaitCount(String message, int count) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<JsonNode> found = withMessage(message);
        while (found.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " " + message + " records within 10 s:\n" + text());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            found = withMessage(message);
        }
        return found;
    }

    String text() {
        system.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        system.close();
    }
}
