package dev.cairn.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON lines (a log file, a captured console) into records parsed by Jackson; a line that is not one JSON value
 * throws an {@link UncheckedIOException} naming the line. Blank lines are skipped.
 */
public final class JsonLines {

    /** Strict: text after the first JSON value (an extra closing brace, say) fails the parse. */
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonLines() {}

    /** The shared Jackson mapper these records are read with. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One line parsed. */
    public static JsonNode parse(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not valid JSON: " + line, e);
        }
    }

    /** Every non-blank line of {@code text} parsed, in order. */
    public static List<JsonNode> parseAll(String text) {
        return parseAll(text.split("\n"));
    }

    /** Every non-blank line parsed, in order. */
    public static List<JsonNode> parseAll(List<String> lines) {
        return parseAll(lines.toArray(String[]::new));
    }

    /** Everything written to a captured stream so far (UTF-8), parsed. */
    public static List<JsonNode> parseAll(ByteArrayOutputStream captured) {
        return parseAll(captured.toString(StandardCharsets.UTF_8));
    }

    /** Every line of a file (UTF-8) parsed; a missing file has none. */
    public static List<JsonNode> read(Path file) throws IOException {
        return Files.exists(file) ? parseAll(Files.readAllLines(file, StandardCharsets.UTF_8)) : List.of();
    }

    private static List<JsonNode> parseAll(String[] lines) {
        List<JsonNode> records = new ArrayList<>(lines.length);
        for (String line : lines) {
            if (!line.isBlank()) {
                records.add(parse(line));
            }
        }
        return records;
    }
}
