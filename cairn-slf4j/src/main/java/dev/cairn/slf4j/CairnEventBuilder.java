package dev.cairn.slf4j;

import dev.cairn.LogEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Marker;
import org.slf4j.spi.CallerBoundaryAware;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * SLF4J's fluent builder ({@code log.atInfo()…}) writing straight into Cairn's record: key-values become fields as they
 * are added, with no {@code LoggingEvent} or key-value list in between. Hand-written because it is on the hot path of
 * every fluent SLF4J call (SLF4J's default builder copies everything into lists first).
 *
 * <p>Messages keep SLF4J's conventions, which Cairn shares: {@code {}} placeholders filled from the arguments, a
 * trailing throwable as the cause; markers become the {@code tags} field, as on the classic API.
 *
 * <p>Reuse: each thread keeps one builder, handed out again by {@link #start} once its previous statement was logged,
 * as Cairn's own {@code LogEvent} is; so a fluent call allocates only what SLF4J's API makes the caller allocate
 * (boxed values, argument arrays). A builder still in use when its thread starts another statement (a value computed
 * for it logs, or a statement was abandoned without a {@code log} call) is left to its statement and a new one takes
 * its place. A builder is released before the record is handed to Cairn, so logging while it is written reuses it;
 * like Cairn's {@code LogEvent}, it is for one statement: do not keep it past its {@code log} call.
 */
final class CairnEventBuilder implements LoggingEventBuilder, CallerBoundaryAware {

    private static final ThreadLocal<CairnEventBuilder> CURRENT = new ThreadLocal<>();
    private static final Object[] NO_ARGS = new Object[0];

    private LogEvent event;
    private Object[] arguments = NO_ARGS;
    private int argumentCount;
    private String message;
    private Supplier<String> messageSupplier;
    private List<String> tags;
    private boolean inUse;

    private CairnEventBuilder() {}

    /** This thread's builder, reset for a statement that fills {@code event}. */
    static CairnEventBuilder start(LogEvent event) {
        CairnEventBuilder builder = CURRENT.get();
        if (builder == null || builder.inUse) {
            builder = new CairnEventBuilder();
            CURRENT.set(builder);
        }
        builder.inUse = true;
        builder.event = event;
        return builder;
    }

    @Override
    public LoggingEventBuilder setCause(Throwable cause) {
        event.cause(cause);
        return this;
    }

    @Override
    public LoggingEventBuilder addMarker(Marker marker) {
        if (marker != null) {
            if (tags == null) {
                tags = new ArrayList<>(2);
            }
            tags.add(marker.getName());
        }
        return this;
    }

    @Override
    public LoggingEventBuilder addArgument(Object argument) {
        if (argumentCount == arguments.length) {
            arguments = Arrays.copyOf(arguments, Math.max(4, argumentCount * 2));
        }
        arguments[argumentCount++] = argument;
        return this;
    }

    @Override
    public LoggingEventBuilder addArgument(Supplier<?> argument) {
        return addArgument(argument == null ? null : argument.get());
    }

    @Override
    public LoggingEventBuilder addKeyValue(String key, Object value) {
        event.with(key, value);
        return this;
    }

    @Override
    public LoggingEventBuilder addKeyValue(String key, Supplier<Object> value) {
        event.with(key, value);
        return this;
    }

    @Override
    public LoggingEventBuilder setMessage(String message) {
        this.message = message;
        this.messageSupplier = null;
        return this;
    }

    @Override
    public LoggingEventBuilder setMessage(Supplier<String> message) {
        this.messageSupplier = message;
        this.message = null;
        return this;
    }

    /** Cairn finds the caller's frame itself, skipping SLF4J and Cairn; the boundary SLF4J offers is not needed. */
    @Override
    public void setCallerBoundary(String fqcn) {}

    @Override
    public void log() {
        if (messageSupplier != null) {
            message = messageSupplier.get();
        }
        writeTags();
        LogEvent record = event;
        String text = message == null ? "" : message;
        int count = argumentCount;
        Object first = count > 0 ? arguments[0] : null;
        Object second = count > 1 ? arguments[1] : null;
        // Up to two arguments go by fixed arity: Cairn makes their array only if the record is written.
        Object[] copied = count > 2 ? Arrays.copyOf(arguments, count) : NO_ARGS;
        release();
        if (count == 0) {
            record.log(text);
        } else if (count == 1) {
            record.log(text, first);
        } else if (count == 2) {
            record.log(text, first, second);
        } else {
            record.log(text, copied);
        }
    }

    @Override
    public void log(String message) {
        setMessage(message);
        log();
    }

    @Override
    public void log(String message, Object argument) {
        if (argumentCount == 0 && tags == null) {
            LogEvent record = event;
            release();
            record.log(message == null ? "" : message, argument);
            return;
        }
        setMessage(message);
        addArgument(argument);
        log();
    }

    @Override
    public void log(String message, Object argument1, Object argument2) {
        if (argumentCount == 0 && tags == null) {
            LogEvent record = event;
            release();
            record.log(message == null ? "" : message, argument1, argument2);
            return;
        }
        setMessage(message);
        addArgument(argument1);
        addArgument(argument2);
        log();
    }

    @Override
    public void log(String message, Object... arguments) {
        setMessage(message);
        if (arguments != null) {
            for (Object argument : arguments) {
                addArgument(argument);
            }
        }
        log();
    }

    @Override
    public void log(Supplier<String> message) {
        setMessage(message);
        log();
    }

    private void writeTags() {
        if (tags != null) {
            event.with("tags", List.copyOf(tags));
        }
    }

    /** Forgets the statement, letting go of its values, and makes this builder free for the thread's next one. */
    private void release() {
        if (argumentCount > 0) {
            Arrays.fill(arguments, 0, argumentCount, null);
            argumentCount = 0;
        }
        message = null;
        messageSupplier = null;
        tags = null;
        inUse = false;
    }
}
