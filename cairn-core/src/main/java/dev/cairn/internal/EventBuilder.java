package dev.cairn.internal;

import dev.cairn.Level;
import dev.cairn.LogEvent;
import dev.cairn.internal.limit.LimitState;
import dev.cairn.internal.limit.LoggerLimits;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A fluent record at an enabled level: collects fields, the cause and call-site limits, then hands everything to the
 * engine once.
 *
 * <p>Reuse: each thread keeps one builder, which {@link #start} hands out again once its previous record was logged
 * (as Log4j2's reusable {@code LogBuilder}), and fields stay unboxed until the engine copies them into the record. So
 * a call that a limit skips allocates nothing, and neither does an asynchronous record with primitive fields once the
 * queue's slots are in use. A builder still in use when its thread starts another record (a value computed for it
 * logs, or a statement was abandoned without a {@code log} call) is left to its statement and a new one takes its
 * place, so nesting and abandoned statements stay correct.
 */
public final class EventBuilder implements LogEvent {

    private static final ThreadLocal<EventBuilder> CURRENT = new ThreadLocal<>();
    /** The longest interval kept (about 73 years), so that adding it to a ticker reading cannot overflow. */
    private static final long MAX_NANOS = Long.MAX_VALUE / 4;

    private final PendingFields fields = new PendingFields();
    /** The nesting state of the thread that made this builder, the only thread that uses it. */
    private final NestedLogging nested = NestedLogging.current();
    /** The arguments of {@code log(message, arg)} and {@code log(message, arg1, arg2)}, lent to the engine. */
    private final Object[] oneArg = new Object[1];

    private final Object[] twoArgs = new Object[2];
    private Engine engine;
    private String logger;
    private Level level;
    private LoggerLimits limits;
    private Throwable cause;
    private int every;
    private long minNanos;
    private boolean keyed;
    private Object key;
    private boolean inUse;

    private EventBuilder() {}

    /** This thread's builder, reset for a record of {@code logger} at {@code level}. */
    public static EventBuilder start(Engine engine, String logger, Level level, LoggerLimits limits) {
        EventBuilder builder = CURRENT.get();
        if (builder == null || builder.inUse) {
            builder = new EventBuilder();
            CURRENT.set(builder);
        }
        builder.inUse = true;
        builder.engine = engine;
        builder.logger = logger;
        builder.level = level;
        builder.limits = limits;
        builder.every = 0;
        builder.minNanos = 0;
        builder.keyed = false;
        return builder;
    }

    @Override
    public LogEvent with(String key, Object value) {
        fields.add(key, value);
        return this;
    }

    @Override
    public LogEvent with(String key, long value) {
        fields.add(key, value);
        return this;
    }

    @Override
    public LogEvent with(String key, double value) {
        fields.add(key, value);
        return this;
    }

    @Override
    public LogEvent with(String key, boolean value) {
        fields.add(key, (Object) value);
        return this;
    }

    @Override
    public LogEvent with(String key, Supplier<?> value) {
        fields.add(key, value);
        return this;
    }

    @Override
    public LogEvent cause(Throwable cause) {
        this.cause = cause;
        return this;
    }

    @Override
    public LogEvent every(int n) {
        this.every = n;
        return this;
    }

    @Override
    public LogEvent atMostEvery(Duration interval) {
        this.minNanos = interval == null || interval.isNegative() ? 0 : saturatedNanos(interval);
        return this;
    }

    @Override
    public LogEvent atMostEvery(long amount, TimeUnit unit) {
        this.minNanos = unit == null || amount <= 0 ? 0 : Math.min(unit.toNanos(amount), MAX_NANOS);
        return this;
    }

    @Override
    public LogEvent per(Object key) {
        this.keyed = true;
        this.key = key;
        return this;
    }

    @Override
    public void log() {
        long suppressed = admit("");
        if (suppressed >= 0) {
            write("", null, false, suppressed);
        }
    }

    @Override
    public void log(String message) {
        long suppressed = admit(message);
        if (suppressed >= 0) {
            write(message, null, false, suppressed);
        }
    }

    @Override
    public void log(String message, Object arg) {
        long suppressed = admit(message);
        if (suppressed >= 0) {
            oneArg[0] = arg;
            write(message, oneArg, true, suppressed);
        }
    }

    @Override
    public void log(String message, Object arg1, Object arg2) {
        long suppressed = admit(message);
        if (suppressed >= 0) {
            twoArgs[0] = arg1;
            twoArgs[1] = arg2;
            write(message, twoArgs, true, suppressed);
        }
    }

    @Override
    public void log(String message, Object... args) {
        long suppressed = admit(message);
        if (suppressed >= 0) {
            write(message, args, false, suppressed);
        }
    }

    @Override
    public void log(Supplier<String> message) {
        long suppressed = admit(message == null ? null : message.getClass());
        if (suppressed >= 0) {
            write(ObjectText.supplied(message), null, false, suppressed);
        }
    }

    /**
     * Applies the call-site limits (of the statement named by {@code statement}), then the logger's configured rate.
     *
     * @return -1 when the call is skipped (the builder is then released), else the calls the limits skipped since the
     *     last written one
     */
    private long admit(Object statement) {
        if (every > 1 || minNanos > 0) {
            return admitAtCallSite(statement);
        }
        if (!limits.admits(level)) {
            release();
            return -1;
        }
        return limits.takeSuppressed(level);
    }

    /** {@link #admit} for a statement with call-site limits, kept apart from the common path that has none. */
    private long admitAtCallSite(Object statement) {
        LimitState site = limits.passCallSite(statement, every, minNanos, keyed, key);
        if (site == null) {
            release();
            return -1;
        }
        if (!limits.admits(level)) {
            // The calls the site skipped stay counted there, for the next record written from it.
            release();
            return -1;
        }
        return site.takeSkipped() + limits.takeSuppressed(level);
    }

    /**
     * Hands the record to the engine, which copies the fields, then releases this builder; logging while the record is
     * captured (a supplier, a {@code toString()}) finds the builder in use and takes a new one.
     */
    private void write(String message, Object[] args, boolean lent, long suppressed) {
        try {
            engine.log(logger, level, message, args, lent, fields, suppressed, cause, nested);
        } finally {
            release();
        }
    }

    private void release() {
        fields.clear();
        oneArg[0] = null;
        twoArgs[0] = null;
        twoArgs[1] = null;
        cause = null;
        key = null;
        inUse = false;
    }

    private static long saturatedNanos(Duration duration) {
        try {
            return Math.min(duration.toNanos(), MAX_NANOS);
        } catch (ArithmeticException e) {
            return MAX_NANOS;
        }
    }
}
