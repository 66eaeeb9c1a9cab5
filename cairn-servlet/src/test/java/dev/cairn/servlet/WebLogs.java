package dev.cairn.servlet;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.Format;
import dev.cairn.Level;
import dev.cairn.LogSystem;
import dev.cairn.testing.Await;
import dev.cairn.testing.JsonLines;
import dev.cairn.testing.Records;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

/** A log system writing JSON lines into a buffer, isolated from the process's configuration, and its parsed records. */
final class WebLogs implements AutoCloseable {

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
        return JsonLines.parseAll(out);
    }

    List<JsonNode> withMessage(String message) {
        return Records.withMessage(records(), message);
    }

    List<JsonNode> matching(Predicate<JsonNode> predicate) {
        return Records.matching(records(), predicate);
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
        return Await.until(() -> withMessage(message), found -> found.size() >= count,
                () -> "expected " + count + " " + message + " records:\n" + text());
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
