package dev.cairn.test;

import dev.cairn.Level;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on one captured record.
 *
 * <pre>{@code
 * logs.assertThat().single().hasLevel(Level.WARN).hasLogger("shop.checkout").hasMessage("Card declined")
 *         .hasField("order_id", 42).hasException(PaymentException.class);
 * }</pre>
 */
public final class CapturedRecordAssert extends AbstractAssert<CapturedRecordAssert, CapturedRecord> {

    CapturedRecordAssert(CapturedRecord record) {
        super(record, CapturedRecordAssert.class);
    }

    public CapturedRecordAssert hasLevel(Level level) {
        isNotNull();
        if (actual.level() != level) {
            failWithMessage("expected level %s but was %s in%n  %s", level, actual.level(), actual);
        }
        return this;
    }

    /** Checks the name of the logger that wrote the record. */
    public CapturedRecordAssert hasLogger(String logger) {
        isNotNull();
        if (!actual.logger().equals(logger)) {
            failWithMessage("expected logger %s but was %s in%n  %s", logger, actual.logger(), actual);
        }
        return this;
    }

    /** Checks the message with its placeholders filled in. */
    public CapturedRecordAssert hasMessage(String message) {
        isNotNull();
        if (!actual.message().equals(message)) {
            failWithMessage("expected message%n  \"%s\"%nbut was%n  \"%s\"", message, actual.message());
        }
        return this;
    }

    public CapturedRecordAssert hasMessageContaining(String text) {
        isNotNull();
        if (!actual.message().contains(text)) {
            failWithMessage("expected a message containing \"%s\" but was%n  \"%s\"", text, actual.message());
        }
        return this;
    }

    /**
     * Checks that the record has its own field {@code key} equal to {@code value}; numbers compare by value
     * ({@code 42} matches a logged {@code 42L}). A failure never shows a value the log system redacts.
     */
    public CapturedRecordAssert hasField(String key, Object value) {
        isNotNull();
        if (!actual.fields().containsKey(key)) {
            failWithMessage("expected field %s but the record's fields are %s", key, actual.shownFields());
        }
        Object found = actual.fields().get(key);
        if (!FieldValues.equal(value, found)) {
            boolean redacted = actual.redacts(key);
            failWithMessage(
                    "expected field %s to be %s (%s) but was %s (%s)",
                    key,
                    FieldValues.shown(value, redacted),
                    typeOf(value),
                    FieldValues.shown(found, redacted),
                    typeOf(found));
        }
        return this;
    }

    public CapturedRecordAssert doesNotHaveField(String key) {
        isNotNull();
        if (actual.fields().containsKey(key)) {
            failWithMessage(
                    "expected no field %s but it is %s",
                    key, FieldValues.shown(actual.fields().get(key), actual.redacts(key)));
        }
        return this;
    }

    /**
     * Checks that the context in force when the record was logged (MDC, {@code LogContext}) has {@code key} =
     * {@code value}, numbers compared by value.
     */
    public CapturedRecordAssert hasContext(String key, Object value) {
        isNotNull();
        if (!actual.context().containsKey(key)
                || !FieldValues.equal(value, actual.context().get(key))) {
            failWithMessage(
                    "expected context %s=%s but the context is %s",
                    key, FieldValues.shown(value, actual.redacts(key)), actual.shownContext());
        }
        return this;
    }

    /** Checks that the record's exception is an instance of {@code type}. */
    public CapturedRecordAssert hasException(Class<? extends Throwable> type) {
        isNotNull();
        if (!type.isInstance(actual.throwable())) {
            failWithMessage("expected an exception of type %s but was %s", type.getName(), actual.throwable());
        }
        return this;
    }

    public CapturedRecordAssert hasNoException() {
        isNotNull();
        if (actual.throwable() != null) {
            failWithMessage("expected no exception but was %s", actual.throwable());
        }
        return this;
    }

    private static String typeOf(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }
}
