package dev.cairn.slf4j;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.Cairn;
import dev.cairn.ConfigBuilder;
import dev.cairn.Format;
import dev.cairn.testing.JsonLines;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The process-wide Cairn system configured to write JSON lines into a buffer, and those lines parsed with Jackson. */
final class JsonConsole {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private JsonConsole() {}

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
        return JsonLines.parseAll(out);
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
