package dev.cairn.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Builds Cairn JSON lines in the core engine's schema and key order, written with Jackson. */
final class LogFixture {

    static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> lines = new ArrayList<>();

    static LogFixture log() {
        return new LogFixture();
    }

    /** A record with the mandatory fields followed by {@code extra} key-values in order. */
    static Map<String, Object> record(String timestamp, String level, String logger, String message, Object... extra) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("timestamp", timestamp);
        m.put("level", level);
        m.put("logger", logger);
        m.put("message", message);
        m.put("thread", "main");
        m.put("process", 4242);
        for (int i = 0; i < extra.length; i += 2) {
            m.put((String) extra[i], extra[i + 1]);
        }
        return m;
    }

    static Map<String, Object> error(String type, String message) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", type);
        e.put("message", message);
        e.put(
                "stack",
                type + ": " + message
                        + "\n\tat shop.Pay.charge(Pay.java:10)\n\tat shop.Checkout.run(Checkout.java:42)");
        return e;
    }

    /** A flow_end record of the shape the core engine writes. */
    static Map<String, Object> flowEnd(
            String timestamp, String flowId, double totalMs, boolean failed, Object... timeline) {
        List<Object> steps = new ArrayList<>();
        for (int i = 0; i < timeline.length; i += 4) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("fn", timeline[i]);
            s.put("ms", timeline[i + 1]);
            s.put("status", timeline[i + 2]);
            s.put("depth", timeline[i + 3]);
            steps.add(s);
        }
        Map<String, Object> m = record(
                timestamp,
                failed ? "ERROR" : "INFO",
                "shop.flow",
                "flow_end",
                "service",
                "checkout",
                "trace_id",
                "0af7651916cd43dd8448eb211c80319c",
                "flow_id",
                flowId,
                "flow_type",
                "flow_end",
                "flow_status",
                failed ? "failed" : "success",
                "total_ms",
                totalMs,
                "steps",
                steps.size(),
                "timeline",
                steps);
        if (failed) {
            m.put("failed_at", "charge_card");
            m.put("step", "2/3");
            m.put("flow_error", "PaymentDeclined: card declined");
        }
        return m;
    }

    LogFixture add(Map<String, Object> record) {
        try {
            lines.add(JSON.writeValueAsString(record));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    LogFixture raw(String line) {
        lines.add(line);
        return this;
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }

    Path write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path writeGzip(Path file) {
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text().getBytes(StandardCharsets.UTF_8));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
