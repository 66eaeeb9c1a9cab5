package dev.cairn;

import dev.cairn.context.LogContext;
import dev.cairn.internal.Engine;
import dev.cairn.internal.EventBuilder;
import dev.cairn.internal.NoopEvent;
import dev.cairn.internal.limit.LoggerLimits;
import dev.cairn.internal.limit.RateBucket;

/**
 * A named source of records. Obtain one with {@link Cairn#logger(Class)}; loggers are cached per name and safe to
 * share between threads.
 *
 * <pre>{@code
 * private static final Logger log = Cairn.logger(Checkout.class);
 *
 * log.info("Processing order {}", orderId, kv("amount", 99.99));
 * log.atWarn().with("order_id", orderId).cause(e).log("Payment retried");
 * }</pre>
 *
 * <p>A call at a disabled level returns after one comparison: it allocates and formats nothing (the fixed-arity
 * overloads avoid the varargs array). The message is a template, never interpreted beyond {@code {}}
 * placeholders (a backslash before {@code {}} writes it literally): no lookups, no expressions. A failure inside logging
 * never throws into the caller.
 *
 * <p>A configured rate ({@code cairn.limit.<logger>=100/s}) skips calls beyond it before anything is allocated; the
 * next written record carries {@code suppressed}, the calls skipped since the previous one. The fluent API adds limits
 * per statement ({@link LogEvent#every}, {@link LogEvent#atMostEvery}, {@link LogEvent#per}).
 */
public final class Logger {

    private static final Object[] NO_ARGS = new Object[0];

    private final String name;
    private final Engine engine;
    private final LoggerLimits limits;
    private volatile int threshold;

    Logger(String name, Engine engine, int threshold) {
        this.name = name;
        this.engine = engine;
        this.limits = new LoggerLimits(engine.suppressions(), engine.ticker());
        this.threshold = threshold;
    }

    /** The logger's name, e.g. {@code shop.checkout}. */
    public String name() {
        return name;
    }

    /** Whether records at {@code level} are written. */
    public boolean isEnabled(Level level) {
        return enabled(level);
    }

    /**
     * The level check of every call: one comparison, plus one volatile read while some context forces DEBUG on
     * ({@link LogContext.Builder#withDebug()}), and only then a look at this thread's context.
     */
    private boolean enabled(Level level) {
        int ordinal = level.ordinal();
        return ordinal >= threshold || ordinal >= Level.DEBUG.ordinal() && LogContext.debugForced();
    }

    /** Logs at {@code level}, with arguments handled as in {@link #info(String, Object...)}. */
    public void log(Level level, String message, Object... args) {
        if (admits(level)) {
            write(level, message, args);
        }
    }

    /** A fluent record at {@code level}, or a shared no-op when the level is disabled. */
    public LogEvent atLevel(Level level) {
        if (enabled(level)) {
            return EventBuilder.start(engine, name, level, limits);
        }
        return NoopEvent.INSTANCE;
    }

    /**
     * Whether a call at {@code level} is written: the level is enabled and the configured rate of this logger's prefix
     * ({@code cairn.limit.<logger>}) lets it through, or does not limit that level.
     */
    private boolean admits(Level level) {
        return enabled(level) && limits.admits(level);
    }

    /** Hands an admitted call to the engine, with the calls the configured rate suppressed since the last one. */
    private void write(Level level, String message, Object[] args) {
        engine.log(name, level, message, args, limits.takeSuppressed(level));
    }

    /** Applies the configured rate of this logger's prefix ({@code null}: none) from now on. */
    void rateBucket(RateBucket bucket) {
        limits.bucket(bucket);
    }

    /** Sets the ordinal of the lowest enabled level; {@code Level.values().length} disables the logger. */
    void threshold(int threshold) {
        this.threshold = threshold;
    }

    /** Whether TRACE records of this logger are written; as cheap as one field read. */
    public boolean isTraceEnabled() {
        return enabled(Level.TRACE);
    }

    /** Logs {@code message} at TRACE. */
    public void trace(String message) {
        if (admits(Level.TRACE)) {
            write(Level.TRACE, message, NO_ARGS);
        }
    }

    /** Logs at TRACE; {@code arg} fills the first {@code {}}, or is a {@link KeyValue}, a {@code Supplier} or the exception. */
    public void trace(String message, Object arg) {
        if (admits(Level.TRACE)) {
            write(Level.TRACE, message, new Object[] {arg});
        }
    }

    /** Logs at TRACE with two arguments, handled as in {@link #trace(String, Object...)}. */
    public void trace(String message, Object arg1, Object arg2) {
        if (admits(Level.TRACE)) {
            write(Level.TRACE, message, new Object[] {arg1, arg2});
        }
    }

    /** Logs at TRACE with three arguments, handled as in {@link #trace(String, Object...)}. */
    public void trace(String message, Object arg1, Object arg2, Object arg3) {
        if (admits(Level.TRACE)) {
            write(Level.TRACE, message, new Object[] {arg1, arg2, arg3});
        }
    }

    /**
     * Logs at TRACE: {@link KeyValue} arguments become fields, {@code Supplier} arguments are called, the last
     * non-field argument is the exception if it is a {@code Throwable}, and the rest fill {@code {}} in order.
     */
    public void trace(String message, Object... args) {
        if (admits(Level.TRACE)) {
            write(Level.TRACE, message, args);
        }
    }

    /** A fluent TRACE record, or a shared no-op when TRACE is disabled. */
    public LogEvent atTrace() {
        return atLevel(Level.TRACE);
    }

    /** Whether DEBUG records of this logger are written; as cheap as one field read. */
    public boolean isDebugEnabled() {
        return enabled(Level.DEBUG);
    }

    /** Logs {@code message} at DEBUG. */
    public void debug(String message) {
        if (admits(Level.DEBUG)) {
            write(Level.DEBUG, message, NO_ARGS);
        }
    }

    /** Logs at DEBUG; {@code arg} fills the first {@code {}}, or is a {@link KeyValue}, a {@code Supplier} or the exception. */
    public void debug(String message, Object arg) {
        if (admits(Level.DEBUG)) {
            write(Level.DEBUG, message, new Object[] {arg});
        }
    }

    /** Logs at DEBUG with two arguments, handled as in {@link #debug(String, Object...)}. */
    public void debug(String message, Object arg1, Object arg2) {
        if (admits(Level.DEBUG)) {
            write(Level.DEBUG, message, new Object[] {arg1, arg2});
        }
    }

    /** Logs at DEBUG with three arguments, handled as in {@link #debug(String, Object...)}. */
    public void debug(String message, Object arg1, Object arg2, Object arg3) {
        if (admits(Level.DEBUG)) {
            write(Level.DEBUG, message, new Object[] {arg1, arg2, arg3});
        }
    }

    /**
     * Logs at DEBUG: {@link KeyValue} arguments become fields, {@code Supplier} arguments are called, the last
     * non-field argument is the exception if it is a {@code Throwable}, and the rest fill {@code {}} in order.
     */
    public void debug(String message, Object... args) {
        if (admits(Level.DEBUG)) {
            write(Level.DEBUG, message, args);
        }
    }

    /** A fluent DEBUG record, or a shared no-op when DEBUG is disabled. */
    public LogEvent atDebug() {
        return atLevel(Level.DEBUG);
    }

    /** Whether INFO records of this logger are written; as cheap as one field read. */
    public boolean isInfoEnabled() {
        return enabled(Level.INFO);
    }

    /** Logs {@code message} at INFO. */
    public void info(String message) {
        if (admits(Level.INFO)) {
            write(Level.INFO, message, NO_ARGS);
        }
    }

    /** Logs at INFO; {@code arg} fills the first {@code {}}, or is a {@link KeyValue}, a {@code Supplier} or the exception. */
    public void info(String message, Object arg) {
        if (admits(Level.INFO)) {
            write(Level.INFO, message, new Object[] {arg});
        }
    }

    /** Logs at INFO with two arguments, handled as in {@link #info(String, Object...)}. */
    public void info(String message, Object arg1, Object arg2) {
        if (admits(Level.INFO)) {
            write(Level.INFO, message, new Object[] {arg1, arg2});
        }
    }

    /** Logs at INFO with three arguments, handled as in {@link #info(String, Object...)}. */
    public void info(String message, Object arg1, Object arg2, Object arg3) {
        if (admits(Level.INFO)) {
            write(Level.INFO, message, new Object[] {arg1, arg2, arg3});
        }
    }

    /**
     * Logs at INFO: {@link KeyValue} arguments become fields, {@code Supplier} arguments are called, the last
     * non-field argument is the exception if it is a {@code Throwable}, and the rest fill {@code {}} in order.
     */
    public void info(String message, Object... args) {
        if (admits(Level.INFO)) {
            write(Level.INFO, message, args);
        }
    }

    /** A fluent INFO record, or a shared no-op when INFO is disabled. */
    public LogEvent atInfo() {
        return atLevel(Level.INFO);
    }

    /** Whether WARN records of this logger are written; as cheap as one field read. */
    public boolean isWarnEnabled() {
        return enabled(Level.WARN);
    }

    /** Logs {@code message} at WARN. */
    public void warn(String message) {
        if (admits(Level.WARN)) {
            write(Level.WARN, message, NO_ARGS);
        }
    }

    /** Logs at WARN; {@code arg} fills the first {@code {}}, or is a {@link KeyValue}, a {@code Supplier} or the exception. */
    public void warn(String message, Object arg) {
        if (admits(Level.WARN)) {
            write(Level.WARN, message, new Object[] {arg});
        }
    }

    /** Logs at WARN with two arguments, handled as in {@link #warn(String, Object...)}. */
    public void warn(String message, Object arg1, Object arg2) {
        if (admits(Level.WARN)) {
            write(Level.WARN, message, new Object[] {arg1, arg2});
        }
    }

    /** Logs at WARN with three arguments, handled as in {@link #warn(String, Object...)}. */
    public void warn(String message, Object arg1, Object arg2, Object arg3) {
        if (admits(Level.WARN)) {
            write(Level.WARN, message, new Object[] {arg1, arg2, arg3});
        }
    }

    /**
     * Logs at WARN: {@link KeyValue} arguments become fields, {@code Supplier} arguments are called, the last
     * non-field argument is the exception if it is a {@code Throwable}, and the rest fill {@code {}} in order.
     */
    public void warn(String message, Object... args) {
        if (admits(Level.WARN)) {
            write(Level.WARN, message, args);
        }
    }

    /** A fluent WARN record, or a shared no-op when WARN is disabled. */
    public LogEvent atWarn() {
        return atLevel(Level.WARN);
    }

    /** Whether ERROR records of this logger are written; as cheap as one field read. */
    public boolean isErrorEnabled() {
        return enabled(Level.ERROR);
    }

    /** Logs {@code message} at ERROR. */
    public void error(String message) {
        if (admits(Level.ERROR)) {
            write(Level.ERROR, message, NO_ARGS);
        }
    }

    /** Logs at ERROR; {@code arg} fills the first {@code {}}, or is a {@link KeyValue}, a {@code Supplier} or the exception. */
    public void error(String message, Object arg) {
        if (admits(Level.ERROR)) {
            write(Level.ERROR, message, new Object[] {arg});
        }
    }

    /** Logs at ERROR with two arguments, handled as in {@link #error(String, Object...)}. */
    public void error(String message, Object arg1, Object arg2) {
        if (admits(Level.ERROR)) {
            write(Level.ERROR, message, new Object[] {arg1, arg2});
        }
    }

    /** Logs at ERROR with three arguments, handled as in {@link #error(String, Object...)}. */
    public void error(String message, Object arg1, Object arg2, Object arg3) {
        if (admits(Level.ERROR)) {
            write(Level.ERROR, message, new Object[] {arg1, arg2, arg3});
        }
    }

    /**
     * Logs at ERROR: {@link KeyValue} arguments become fields, {@code Supplier} arguments are called, the last
     * non-field argument is the exception if it is a {@code Throwable}, and the rest fill {@code {}} in order.
     */
    public void error(String message, Object... args) {
        if (admits(Level.ERROR)) {
            write(Level.ERROR, message, args);
        }
    }

    /** A fluent ERROR record, or a shared no-op when ERROR is disabled. */
    public LogEvent atError() {
        return atLevel(Level.ERROR);
    }

    /** Whether FATAL records of this logger are written; as cheap as one field read. */
    public boolean isFatalEnabled() {
        return enabled(Level.FATAL);
    }

    /** Logs {@code message} at FATAL. */
    public void fatal(String message) {
        if (admits(Level.FATAL)) {
            write(Level.FATAL, message, NO_ARGS);
        }
    }

    /** Logs at FATAL; {@code arg} fills the first {@code {}}, or is a {@link KeyValue}, a {@code Supplier} or the exception. */
    public void fatal(String message, Object arg) {
        if (admits(Level.FATAL)) {
            write(Level.FATAL, message, new Object[] {arg});
        }
    }

    /** Logs at FATAL with two arguments, handled as in {@link #fatal(String, Object...)}. */
    public void fatal(String message, Object arg1, Object arg2) {
        if (admits(Level.FATAL)) {
            write(Level.FATAL, message, new Object[] {arg1, arg2});
        }
    }

    /** Logs at FATAL with three arguments, handled as in {@link #fatal(String, Object...)}. */
    public void fatal(String message, Object arg1, Object arg2, Object arg3) {
        if (admits(Level.FATAL)) {
            write(Level.FATAL, message, new Object[] {arg1, arg2, arg3});
        }
    }

    /**
     * Logs at FATAL: {@link KeyValue} arguments become fields, {@code Supplier} arguments are called, the last
     * non-field argument is the exception if it is a {@code Throwable}, and the rest fill {@code {}} in order.
     */
    public void fatal(String message, Object... args) {
        if (admits(Level.FATAL)) {
            write(Level.FATAL, message, args);
        }
    }

    /** A fluent FATAL record, or a shared no-op when FATAL is disabled. */
    public LogEvent atFatal() {
        return atLevel(Level.FATAL);
    }

    @Override
    public String toString() {
        return "Logger[" + name + "]";
    }
}
