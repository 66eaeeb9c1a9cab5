package dev.cairn.slf4j;

import dev.cairn.Level;
import dev.cairn.LogEvent;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.LoggingEvent;
import org.slf4j.spi.LoggingEventAware;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * An SLF4J logger over Cairn's logger of the same name. Level checks are Cairn's (one field read); messages keep
 * SLF4J's {@code {}} and trailing-throwable conventions, which Cairn shares, and are formatted only when written.
 * Markers become a {@code tags} array field; the fluent API ({@code atInfo()…}) writes key-values straight into
 * Cairn's record through {@link CairnEventBuilder}, and events built elsewhere arrive through
 * {@link LoggingEventAware}.
 */
final class CairnSlf4jLogger implements org.slf4j.Logger, LoggingEventAware {

    private static final Object[] NO_ARGS = new Object[0];

    private final dev.cairn.Logger logger;

    CairnSlf4jLogger(dev.cairn.Logger logger) {
        this.logger = logger;
    }

    @Override
    public String getName() {
        return logger.name();
    }

    @Override
    public boolean isEnabledForLevel(org.slf4j.event.Level level) {
        return logger.isEnabled(levelOf(level));
    }

    @Override
    public LoggingEventBuilder makeLoggingEventBuilder(org.slf4j.event.Level level) {
        return CairnEventBuilder.start(logger.atLevel(levelOf(level)));
    }

    @Override
    public void log(LoggingEvent event) {
        LogEvent record = logger.atLevel(levelOf(event.getLevel()));
        List<Marker> markers = event.getMarkers();
        if (markers != null && !markers.isEmpty()) {
            record.with("tags", tags(markers));
        }
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        if (pairs != null) {
            for (KeyValuePair pair : pairs) {
                record.with(pair.key, pair.value);
            }
        }
        if (event.getThrowable() != null) {
            record.cause(event.getThrowable());
        }
        Object[] args = event.getArgumentArray();
        String message = event.getMessage();
        record.log(message == null ? "" : message, args == null ? NO_ARGS : args);
    }

    static Level levelOf(org.slf4j.event.Level level) {
        switch (level) {
            case TRACE:
                return Level.TRACE;
            case DEBUG:
                return Level.DEBUG;
            case INFO:
                return Level.INFO;
            case WARN:
                return Level.WARN;
            default:
                return Level.ERROR;
        }
    }

    private static List<String> tags(List<Marker> markers) {
        List<String> names = new ArrayList<>(markers.size());
        for (Marker marker : markers) {
            names.add(marker.getName());
        }
        return names;
    }

    /** Logs through the fluent path so that {@code marker} becomes the {@code tags} field. */
    private void logMarked(Level level, Marker marker, String message, Object[] args) {
        LogEvent record = logger.atLevel(level);
        if (marker != null) {
            record.with("tags", List.of(marker.getName()));
        }
        record.log(message, args);
    }

    @Override
    public boolean isTraceEnabled() {
        return logger.isTraceEnabled();
    }

    @Override
    public boolean isTraceEnabled(Marker marker) {
        return logger.isTraceEnabled();
    }

    @Override
    public void trace(String msg) {
        logger.trace(msg);
    }

    @Override
    public void trace(String format, Object arg) {
        logger.trace(format, arg);
    }

    @Override
    public void trace(String format, Object arg1, Object arg2) {
        logger.trace(format, arg1, arg2);
    }

    @Override
    public void trace(String format, Object... arguments) {
        logger.trace(format, arguments);
    }

    @Override
    public void trace(String msg, Throwable t) {
        logger.trace(msg, (Object) t);
    }

    @Override
    public void trace(Marker marker, String msg) {
        if (logger.isTraceEnabled()) {
            logMarked(Level.TRACE, marker, msg, NO_ARGS);
        }
    }

    @Override
    public void trace(Marker marker, String format, Object arg) {
        if (logger.isTraceEnabled()) {
            logMarked(Level.TRACE, marker, format, new Object[] {arg});
        }
    }

    @Override
    public void trace(Marker marker, String format, Object arg1, Object arg2) {
        if (logger.isTraceEnabled()) {
            logMarked(Level.TRACE, marker, format, new Object[] {arg1, arg2});
        }
    }

    @Override
    public void trace(Marker marker, String format, Object... arguments) {
        if (logger.isTraceEnabled()) {
            logMarked(Level.TRACE, marker, format, arguments);
        }
    }

    @Override
    public void trace(Marker marker, String msg, Throwable t) {
        if (logger.isTraceEnabled()) {
            logMarked(Level.TRACE, marker, msg, new Object[] {t});
        }
    }

    @Override
    public boolean isDebugEnabled() {
        return logger.isDebugEnabled();
    }

    @Override
    public boolean isDebugEnabled(Marker marker) {
        return logger.isDebugEnabled();
    }

    @Override
    public void debug(String msg) {
        logger.debug(msg);
    }

    @Override
    public void debug(String format, Object arg) {
        logger.debug(format, arg);
    }

    @Override
    public void debug(String format, Object arg1, Object arg2) {
        logger.debug(format, arg1, arg2);
    }

    @Override
    public void debug(String format, Object... arguments) {
        logger.debug(format, arguments);
    }

    @Override
    public void debug(String msg, Throwable t) {
        logger.debug(msg, (Object) t);
    }

    @Override
    public void debug(Marker marker, String msg) {
        if (logger.isDebugEnabled()) {
            logMarked(Level.DEBUG, marker, msg, NO_ARGS);
        }
    }

    @Override
    public void debug(Marker marker, String format, Object arg) {
        if (logger.isDebugEnabled()) {
            logMarked(Level.DEBUG, marker, format, new Object[] {arg});
        }
    }

    @Override
    public void debug(Marker marker, String format, Object arg1, Object arg2) {
        if (logger.isDebugEnabled()) {
            logMarked(Level.DEBUG, marker, format, new Object[] {arg1, arg2});
        }
    }

    @Override
    public void debug(Marker marker, String format, Object... arguments) {
        if (logger.isDebugEnabled()) {
            logMarked(Level.DEBUG, marker, format, arguments);
        }
    }

    @Override
    public void debug(Marker marker, String msg, Throwable t) {
        if (logger.isDebugEnabled()) {
            logMarked(Level.DEBUG, marker, msg, new Object[] {t});
        }
    }

    @Override
    public boolean isInfoEnabled() {
        return logger.isInfoEnabled();
    }

    @Override
    public boolean isInfoEnabled(Marker marker) {
        return logger.isInfoEnabled();
    }

    @Override
    public void info(String msg) {
        logger.info(msg);
    }

    @Override
    public void info(String format, Object arg) {
        logger.info(format, arg);
    }

    @Override
    public void info(String format, Object arg1, Object arg2) {
        logger.info(format, arg1, arg2);
    }

    @Override
    public void info(String format, Object... arguments) {
        logger.info(format, arguments);
    }

    @Override
    public void info(String msg, Throwable t) {
        logger.info(msg, (Object) t);
    }

    @Override
    public void info(Marker marker, String msg) {
        if (logger.isInfoEnabled()) {
            logMarked(Level.INFO, marker, msg, NO_ARGS);
        }
    }

    @Override
    public void info(Marker marker, String format, Object arg) {
        if (logger.isInfoEnabled()) {
            logMarked(Level.INFO, marker, format, new Object[] {arg});
        }
    }

    @Override
    public void info(Marker marker, String format, Object arg1, Object arg2) {
        if (logger.isInfoEnabled()) {
            logMarked(Level.INFO, marker, format, new Object[] {arg1, arg2});
        }
    }

    @Override
    public void info(Marker marker, String format, Object... arguments) {
        if (logger.isInfoEnabled()) {
            logMarked(Level.INFO, marker, format, arguments);
        }
    }

    @Override
    public void info(Marker marker, String msg, Throwable t) {
        if (logger.isInfoEnabled()) {
            logMarked(Level.INFO, marker, msg, new Object[] {t});
        }
    }

    @Override
    public boolean isWarnEnabled() {
        return logger.isWarnEnabled();
    }

    @Override
    public boolean isWarnEnabled(Marker marker) {
        return logger.isWarnEnabled();
    }

    @Override
    public void warn(String msg) {
        logger.warn(msg);
    }

    @Override
    public void warn(String format, Object arg) {
        logger.warn(format, arg);
    }

    @Override
    public void warn(String format, Object arg1, Object arg2) {
        logger.warn(format, arg1, arg2);
    }

    @Override
    public void warn(String format, Object... arguments) {
        logger.warn(format, arguments);
    }

    @Override
    public void warn(String msg, Throwable t) {
        logger.warn(msg, (Object) t);
    }

    @Override
    public void warn(Marker marker, String msg) {
        if (logger.isWarnEnabled()) {
            logMarked(Level.WARN, marker, msg, NO_ARGS);
        }
    }

    @Override
    public void warn(Marker marker, String format, Object arg) {
        if (logger.isWarnEnabled()) {
            logMarked(Level.WARN, marker, format, new Object[] {arg});
        }
    }

    @Override
    public void warn(Marker marker, String format, Object arg1, Object arg2) {
        if (logger.isWarnEnabled()) {
            logMarked(Level.WARN, marker, format, new Object[] {arg1, arg2});
        }
    }

    @Override
    public void warn(Marker marker, String format, Object... arguments) {
        if (logger.isWarnEnabled()) {
            logMarked(Level.WARN, marker, format, arguments);
        }
    }

    @Override
    public void warn(Marker marker, String msg, Throwable t) {
        if (logger.isWarnEnabled()) {
            logMarked(Level.WARN, marker, msg, new Object[] {t});
        }
    }

    @Override
    public boolean isErrorEnabled() {
        return logger.isErrorEnabled();
    }

    @Override
    public boolean isErrorEnabled(Marker marker) {
        return logger.isErrorEnabled();
    }

    @Override
    public void error(String msg) {
        logger.error(msg);
    }

    @Override
    public void error(String format, Object arg) {
        logger.error(format, arg);
    }

    @Override
    public void error(String format, Object arg1, Object arg2) {
        logger.error(format, arg1, arg2);
    }

    @Override
    public void error(String format, Object... arguments) {
        logger.error(format, arguments);
    }

    @Override
    public void error(String msg, Throwable t) {
        logger.error(msg, (Object) t);
    }

    @Override
    public void error(Marker marker, String msg) {
        if (logger.isErrorEnabled()) {
            logMarked(Level.ERROR, marker, msg, NO_ARGS);
        }
    }

    @Override
    public void error(Marker marker, String format, Object arg) {
        if (logger.isErrorEnabled()) {
            logMarked(Level.ERROR, marker, format, new Object[] {arg});
        }
    }

    @Override
    public void error(Marker marker, String format, Object arg1, Object arg2) {
        if (logger.isErrorEnabled()) {
            logMarked(Level.ERROR, marker, format, new Object[] {arg1, arg2});
        }
    }

    @Override
    public void error(Marker marker, String format, Object... arguments) {
        if (logger.isErrorEnabled()) {
            logMarked(Level.ERROR, marker, format, arguments);
        }
    }

    @Override
    public void error(Marker marker, String msg, Throwable t) {
        if (logger.isErrorEnabled()) {
            logMarked(Level.ERROR, marker, msg, new Object[] {t});
        }
    }
}
