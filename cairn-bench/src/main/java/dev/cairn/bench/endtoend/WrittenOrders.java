package dev.cairn.bench.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;

/**
 * What a run left in its file, checked line by line with a real JSON parser: each record must be one valid JSON
 * object whose message, {@code order_id}, {@code amount}, {@code user} and {@code request_id} agree with the order id in
 * its message; every id below the expected count must appear exactly once.
 */
record WrittenOrders(long valid, long invalid, long duplicates, long missing, String firstProblem) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads {@code file}, which should hold the records of order ids 0 to {@code expected - 1}. */
    static WrittenOrders read(Path file, long expected) throws IOException {
        BitSet seen = new BitSet((int) expected);
        long valid = 0;
        long invalid = 0;
        long duplicates = 0;
        String firstProblem = null;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                JsonNode record = parse(line);
                String problem = record == null ? "not a JSON object" : problem(record, expected);
                if (problem != null) {
                    invalid++;
                    if (firstProblem == null) {
                        firstProblem = "line " + number + ": " + problem;
                    }
                    continue;
                }
                int id = (int) orderId(record);
                if (seen.get(id)) {
                    duplicates++;
                } else {
                    seen.set(id);
                    valid++;
                }
            }
        }
        return new WrittenOrders(valid, invalid, duplicates, expected - seen.cardinality(), firstProblem);
    }

    /** True when every expected record is there exactly once and nothing else is. */
    boolean complete() {
        return invalid == 0 && duplicates == 0 && missing == 0;
    }

    /** The line as a JSON object, or null when it is not one. */
    private static JsonNode parse(String line) {
        try {
            JsonNode record = JSON.readTree(line);
            return record != null && record.isObject() ? record : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String problem(JsonNode record, long expected) {
        String message = record.path("message").asText();
        if (!message.startsWith("order ") || !message.endsWith(" placed")) {
            return "unexpected message " + message;
        }
        long id;
        try {
            id = Long.parseLong(message.substring("order ".length(), message.length() - " placed".length()));
        } catch (NumberFormatException e) {
            return "no order id in message " + message;
        }
        if (id < 0 || id >= expected) {
            return "order id " + id + " out of range";
        }
        if (orderId(record) != id) {
            return "order_id " + record.path("order_id") + " differs from the message's " + id;
        }
        if (record.path("amount").asDouble() != 99.5) {
            return "amount " + record.path("amount");
        }
        if (!record.path("user").asText().equals("u" + (id & 255))) {
            return "user " + record.path("user");
        }
        if (!record.path("request_id").asText().startsWith("r-")) {
            return "no request_id";
        }
        return null;
    }

    /** The record's {@code order_id}, a number in most libraries' output and a string where the MDC carried it. */
    private static long orderId(JsonNode record) {
        JsonNode value = record.path("order_id");
        if (value.isNumber()) {
            return value.asLong();
        }
        try {
            return Long.parseLong(value.asText());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
