package dev.cairn.test;

import dev.cairn.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on the records a test captured, in the order they were logged.
 *
 * <pre>{@code
 * logs.assertThat().withLevel(Level.ERROR).single().hasException(IOException.class);
 * logs.assertThat().containsMessagesInOrder("Charging card", "Card declined");
 * logs.assertThat().doesNotContain(password);
 * }</pre>
 */
public final class CapturedRecordsAssert extends AbstractAssert<CapturedRecordsAssert, List<CapturedRecord>> {

    CapturedRecordsAssert(List<CapturedRecord> records) {
        super(List.copyOf(records), CapturedRecordsAssert.class);
    }

    /** Checks that exactly {@code expected} records were captured. */
    public CapturedRecordsAssert hasSize(int expected) {
        isNotNull();
        if (actual.size() != expected) {
            failWithMessage("expected %d captured records but found %d:%n%s", expected, actual.size(), listing());
        }
        return this;
    }

    /** Checks that no record was captured. */
    public CapturedRecordsAssert isEmpty() {
        return hasSize(0);
    }

    /** Checks that the messages, in order, are exactly {@code messages}. */
    public CapturedRecordsAssert containsExactlyMessages(String... messages) {
        isNotNull();
        if (!messages().equals(Arrays.asList(messages))) {
            failWithMessage(
                    "expected exactly the messages%n  %s%nbut the captured records are:%n%s",
                    Arrays.asList(messages), listing());
        }
        return this;
    }

    /** Checks that {@code messages} were logged in this order, possibly with other records between them. */
    public CapturedRecordsAssert containsMessagesInOrder(String... messages) {
        isNotNull();
        int next = 0;
        for (String message : messages()) {
            if (next < messages.length && message.equals(messages[next])) {
                next++;
            }
        }
        if (next < messages.length) {
            failWithMessage(
                    "expected the messages%n  %s%nin this order; \"%s\" was not found after the ones before it"
                            + " among the captured records:%n%s",
                    Arrays.asList(messages), messages[next], listing());
        }
        return this;
    }

    /** Checks that some record has {@code level} and the message {@code message}. */
    public CapturedRecordsAssert contains(Level level, String message) {
        isNotNull();
        if (actual.stream().noneMatch(r -> r.level() == level && r.message().equals(message))) {
            failWithMessage(
                    "expected a %s record with message \"%s\" among the captured records:%n%s",
                    level, message, listing());
        }
        return this;
    }

    /**
     * Checks that no captured record contains {@code secret}, as logged or as written: in its message, logger,
     * context, fields at any depth, exception and causes, in the JSON line and in the text lines Cairn's layouts make
     * of it with this process's configuration. A secret that redaction masks therefore passes.
     */
    public CapturedRecordsAssert doesNotContain(String secret) {
        isNotNull();
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("the secret to look for must not be empty");
        }
        for (int i = 0; i < actual.size(); i++) {
            CapturedRecord record = actual.get(i);
            checkOutput(i, record, "JSON", record.json(), secret);
            checkOutput(i, record, "text", record.text(), secret);
        }
        return this;
    }

    private void checkOutput(int index, CapturedRecord record, String format, String output, String secret) {
        if (output.contains(secret)) {
            failWithMessage(
                    "captured record %d (%s %s) contains the secret in its %s output (shown as <SECRET>):%n%s",
                    index, record.level(), record.logger(), format, output.replace(secret, "<SECRET>"));
        }
    }

    /** Assertions on the only captured record; fails unless exactly one was captured. */
    public CapturedRecordAssert single() {
        hasSize(1);
        return new CapturedRecordAssert(actual.get(0));
    }

    /** Assertions on the record at {@code index} in logging order. */
    public CapturedRecordAssert record(int index) {
        isNotNull();
        if (index < 0 || index >= actual.size()) {
            failWithMessage(
                    "expected a captured record at index %d but there are %d:%n%s", index, actual.size(), listing());
        }
        return new CapturedRecordAssert(actual.get(index));
    }

    /** Assertions on the records at {@code level} only. */
    public CapturedRecordsAssert withLevel(Level level) {
        return filtered(r -> r.level() == level);
    }

    /** Assertions on the records of the logger {@code logger} only (not the loggers below it). */
    public CapturedRecordsAssert fromLogger(String logger) {
        return filtered(r -> r.logger().equals(logger));
    }

    /** Assertions on the records whose message contains {@code text} only. */
    public CapturedRecordsAssert withMessageContaining(String text) {
        return filtered(r -> r.message().contains(text));
    }

    private CapturedRecordsAssert filtered(Predicate<CapturedRecord> filter) {
        isNotNull();
        return new CapturedRecordsAssert(actual.stream().filter(filter).collect(Collectors.toList()));
    }

    private List<String> messages() {
        List<String> messages = new ArrayList<>(actual.size());
        for (CapturedRecord record : actual) {
            messages.add(record.message());
        }
        return messages;
    }

    private String listing() {
        if (actual.isEmpty()) {
            return "  (none)";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < actual.size(); i++) {
            out.append(String.format("  %d: %s%n", i, actual.get(i)));
        }
        return out.toString();
    }
}
