package dev.cairn;

import java.util.function.Supplier;

/**
 * A record being built fluently; nothing is written until a {@code log} method is called.
 *
 * <pre>{@code
 * log.atInfo().with("order_id", id).with("amount", 99.99).cause(e).log("Order {} paid", id);
 * }</pre>
 *
 * <p>When the level is disabled every method is a no-op on a shared instance, so primitive-valued fields cost nothing.
 * An instance is for one statement on one thread: do not keep it.
 */
public interface LogEvent {

    /** Adds a field. */
    LogEvent with(String key, Object value);

    /** Adds a numeric field without boxing when the level is disabled. */
    LogEvent with(String key, long value);

    /** Adds a numeric field without boxing when the level is disabled. */
    LogEvent with(String key, double value);

    /** Adds a boolean field. */
    LogEvent with(String key, boolean value);

    /** Adds a field whose value is computed only if the record is written. */
    LogEvent with(String key, Supplier<?> value);

    /** Sets the record's exception. */
    LogEvent cause(Throwable cause);

    /** Writes the record with an empty message. */
    void log();

    /** Writes the record with {@code message}. */
    void log(String message);

    /** Writes the record; {@code arg} fills the first {@code {}}. */
    void log(String message, Object arg);

    /** Writes the record; the arguments fill the {@code {}} in order. */
    void log(String message, Object arg1, Object arg2);

    /** Writes the record, with arguments handled as in {@link Logger#info(String, Object...)}. */
    void log(String message, Object... args);

    /** Writes the record with a message computed only now. */
    void log(Supplier<String> message);
}
