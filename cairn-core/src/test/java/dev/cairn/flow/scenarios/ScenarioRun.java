package dev.cairn.flow.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one run of a {@link Scenario} left: the records in the order they were written, and what the shop's caller
 * observed (results, exceptions), as text.
 */
public record ScenarioRun(List<JsonNode> records, List<String> observed) {

    /** The records with this message. */
    public List<JsonNode> withMessage(String message) {
        return records.stream()
                .filter(r -> message.equals(r.path("message").asText()))
                .collect(Collectors.toList());
    }

    /** The one record with this message. */
    public JsonNode only(String message) {
        List<JsonNode> found = withMessage(message);
        assertThat(found)
                .as("records with message \"%s\" in %s", message, records)
                .hasSize(1);
        return found.get(0);
    }

    /** Where the one record with this message is among all records. */
    public int position(String message) {
        return records.indexOf(only(message));
    }
}
