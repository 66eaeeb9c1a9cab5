package dev.cairn.slf4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.Cairn;
import dev.cairn.ConfigBuilder;
import dev.cairn.Format;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The process-wide Cairn system configured to write JSON lines into a buffer, and those lines parsed with Jackson. */
final class JsonConsole {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private JsonConsole() {
    }

    /** Configures {@link Cairn} with JSON to a fresh buffer, plus {@code more}. */
    static JsonConsole configure(Consumer<ConfigBuilder> more) {
        JsonConsole console = new JsonConsole();
        Cairn.configure(c -> {
            c.consoleOutput(console.out).format(Format.JSON).set("cairn.file", "");
            more.accept(c);
        });
        return console;
    }

    /** Every record written so far, parsed. */
    List<JsonNode> records() {
        Cairn.flush();
        List<JsonNode> records = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                try {
                    records.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new UncheckedIOException("not a JSON line: " + line, e);
                }
            }
        }
        return records;
    }

    /** The records of {@code logger} and the loggers below it. */
    List<JsonNode> recordsOf(String logger) {
        List<JsonNode> selected = new ArrayList<>();
        for (JsonNode record : records()) {
            String name = record.path("logger").asText();
            if (name.equals(logger) || name.startsWith(logger + ".")) {
                selected.add(record);
            }
        }
        return selected;
    }
}
