package dev.cairn.internal;

import dev.cairn.Level;
import dev.cairn.LogEvent;
import java.util.function.Supplier;

/** A fluent record at an enabled level: collects fields and the cause, then hands everything to the engine once. */
public final class EventBuilder implements LogEvent {

    private final Engine engine;
    private final String logger;
    private final Level level;
    private final FieldList fields = new FieldList();
    private Throwable cause;

    public EventBuilder(Engine engine, String logger, Level level) {
        this.engine = engine;
        this.logger = logger;
        this.level = level;
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
        fields.add(key, value);
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
    public void log() {
        engine.log(logger, level, "", null, fields, cause);
    }

    @Override
    public void log(String message) {
        engine.log(logger, level, message, null, fields, cause);
    }

    @Override
    public void log(String message, Object arg) {
        engine.log(logger, level, message, new Object[] {arg}, fields, cause);
    }

    @Override
    public void log(String message, Object arg1, Object arg2) {
        engine.log(logger, level, message, new Object[] {arg1, arg2}, fields, cause);
    }

    @Override
    public void log(String message, Object... args) {
        engine.log(logger, level, message, args, fields, cause);
    }

    @Override
    public void log(Supplier<String> message) {
        engine.log(logger, level, ObjectText.supplied(message), null, fields, cause);
    }
}
