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
 */
final class CairnEventBuilder implements LoggingEventBuilder, CallerBoundaryAware {

    private static final Object[] NO_ARGS = new Object[0];

    private final LogEvent event;
    private Object[] arguments = NO_ARGS;
    private int argumentCount;
    private String message;
    private Supplier<String> messageSupplier;
    private List<String> tags;

    CairnEventBuilder(LogEvent event) {
        this.event = event;
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
        String text = message == null ? "" : message;
        if (argumentCount == 0) {
            event.log(text);
        } else {
            event.log(text, Arrays.copyOf(arguments, argumentCount));
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
            event.log(message == null ? "" : message, argument);
            return;
        }
        setMessage(message);
        addArgument(argument);
        log();
    }

    @Override
    public void log(String message, Object argument1, Object argument2) {
        if (argumentCount == 0 && tags == null) {
            event.log(message == null ? "" : message, argument1, argument2);
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
}
