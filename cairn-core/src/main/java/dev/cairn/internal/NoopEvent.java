package dev.cairn.internal;

import dev.cairn.LogEvent;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** The event returned for a disabled level: shared, stateless, every call does nothing. */
public final class NoopEvent implements LogEvent {

    public static final NoopEvent INSTANCE = new NoopEvent();

    private NoopEvent() {}

    @Override
    public LogEvent with(String key, Object value) {
        return this;
    }

    @Override
    public LogEvent with(String key, long value) {
        return this;
    }

    @Override
    public LogEvent with(String key, double value) {
        return this;
    }

    @Override
    public LogEvent with(String key, boolean value) {
        return this;
    }

    @Override
    public LogEvent with(String key, Supplier<?> value) {
        return this;
    }

    @Override
    public LogEvent cause(Throwable cause) {
        return this;
    }

    @Override
    public LogEvent every(int n) {
        return this;
    }

    @Override
    public LogEvent atMostEvery(Duration interval) {
        return this;
    }

    @Override
    public LogEvent atMostEvery(long amount, TimeUnit unit) {
        return this;
    }

    @Override
    public LogEvent per(Object key) {
        return this;
    }

    @Override
    public void log() {}

    @Override
    public void log(String message) {}

    @Override
    public void log(String message, Object arg) {}

    @Override
    public void log(String message, Object arg1, Object arg2) {}

    @Override
    public void log(String message, Object... args) {}

    @Override
    public void log(Supplier<String> message) {}
}
