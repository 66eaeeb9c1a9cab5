package dev.cairn.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Selections from a list of parsed log records. */
public final class Records {

    private Records() {}

    /** The records whose {@code message} is exactly {@code message}, in order. */
    public static List<JsonNode> withMessage(List<JsonNode> records, String message) {
        return matching(records, record -> message.equals(record.path("message").asText(null)));
    }

    /** The records {@code predicate} accepts, in order. */
    public static List<JsonNode> matching(List<JsonNode> records, Predicate<? super JsonNode> predicate) {
        return records.stream().filter(predicate).collect(Collectors.toList());
    }

    /** The one record with {@code message}; fails the test, listing the records, if there is not exactly one. */
    public static JsonNode only(List<JsonNode> records, String message) {
        List<JsonNode> found = withMessage(records, message);
        if (found.size() != 1) {
            throw new AssertionError(
                    "expected one record with message \"" + message + "\", found " + found.size() + " in " + records);
        }
        return found.get(0);
    }
}
