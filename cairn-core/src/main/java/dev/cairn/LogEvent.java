package dev.cairn;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A record being built fluently; nothing is written until a {@code log} method is called.
 *
 * <pre>{@code
 * log.atInfo().with("order_id", id).with("amount", 99.99).cause(e).log("Order {} paid", id);
 * }</pre>
 *
 * <p>When the level is disabled every method is a no-op on a shared instance, so primitive-valued fields cost nothing.
 * An instance is for one statement on one thread, ended by one {@code log} call: do not keep it (it is reused for the
 * thread's next statement).
 *
 * <p><b>Call-site limits</b> write only some calls of a statement, as Flogger's do:
 *
 * <pre>{@code
 * log.atWarn().every(100).log("cache miss for {}", key);                      // the 1st, 101st, 201st… call
 * log.atInfo().atMostEvery(10, SECONDS).log("queue depth {}", depth);          // at most once per 10 s
 * log.atInfo().per(tenant).atMostEvery(1, MINUTES).log("quota near for {}", tenant); // once a minute per tenant
 * }</pre>
 *
 * A statement is known by its logger and its message template (for a message supplier, the supplier's class: one per
 * lambda expression), found without a stack walk; two statements of one logger with the same template share their
 * limit. Limits combine: a call is written when every condition holds, counted from the last written call (of the same
 * {@code per} key). A written record carries {@code suppressed}, the calls skipped since the previous one, when there
 * were any. A skipped call allocates nothing (with up to two message arguments; a {@code Supplier} is not called).
 * Bounded: 1,024 statements per logger and 1,024 keys per statement; beyond that they share one limit.
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

    /** Writes only every {@code n}th call of this statement, starting with the first; {@code n} of 1 or less: all. */
    LogEvent every(int n);

    /** Writes this statement at most once per {@code interval} (the log system's ticker); null or not positive: no limit. */
    LogEvent atMostEvery(Duration interval);

    /** Writes this statement at most once per {@code amount} {@code unit}s; not positive: no limit. */
    LogEvent atMostEvery(long amount, TimeUnit unit);

    /**
     * Applies this statement's limits separately for each distinct {@code key} ({@code equals}): an enum, a tenant or
     * an error code, not an ever-new value. A primitive key is boxed at the call, so pass an object.
     */
    LogEvent per(Object key);

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
