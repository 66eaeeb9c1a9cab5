package dev.cairn.jul;

import dev.cairn.Cairn;
import dev.cairn.Level;
import dev.cairn.LogSystem;
import dev.cairn.Logger;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * A {@code java.util.logging} handler that sends JUL records to Cairn's logger of the same name, levels mapped as
 * SLF4J's bridge does: FINEST → TRACE, FINER and FINE → DEBUG, CONFIG and INFO → INFO, WARNING → WARN, SEVERE → ERROR.
 *
 * <pre>{@code
 * CairnHandler.install();   // once, at start-up
 * }</pre>
 *
 * <p>JUL's own {@code {0}} parameters and resource bundles are applied as JUL would; the result is then Cairn's
 * message, never interpreted further.
 */
public final class CairnHandler extends Handler {

    private final LogSystem system;
    private final SimpleFormatter messages = new SimpleFormatter();

    /** A handler for the process-wide log system. */
    public CairnHandler() {
        this(null);
    }

    /** A handler for {@code system}; null means the process-wide one, looked up at each record. */
    public CairnHandler(LogSystem system) {
        this.system = system;
    }

    /**
     * Replaces the handlers of JUL's root logger with one {@code CairnHandler} and opens the root logger to every
     * level, leaving the level decision to Cairn.
     */
    public static CairnHandler install() {
        return install(null);
    }

    /** As {@link #install()}, for {@code system}. */
    public static CairnHandler install(LogSystem system) {
        java.util.logging.Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        CairnHandler handler = new CairnHandler(system);
        root.addHandler(handler);
        root.setLevel(java.util.logging.Level.ALL);
        return handler;
    }

    /** The Cairn level for a JUL level, by its numeric value so that custom levels map too. */
    public static Level levelOf(java.util.logging.Level level) {
        int value = level.intValue();
        if (value >= java.util.logging.Level.SEVERE.intValue()) {
            return Level.ERROR;
        } else if (value >= java.util.logging.Level.WARNING.intValue()) {
            return Level.WARN;
        } else if (value >= java.util.logging.Level.CONFIG.intValue()) {
            return Level.INFO;
        } else if (value >= java.util.logging.Level.FINE.intValue() - 100) {
            return Level.DEBUG;
        }
        return Level.TRACE;
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null) {
            return;
        }
        String name = record.getLoggerName() == null ? "" : record.getLoggerName();
        Logger logger = system == null ? Cairn.logger(name) : system.logger(name);
        Level level = levelOf(record.getLevel());
        if (!logger.isEnabled(level)) {
            return;
        }
        String message = messages.formatMessage(record);
        Throwable thrown = record.getThrown();
        if (thrown == null) {
            logger.atLevel(level).log(message);
        } else {
            logger.atLevel(level).cause(thrown).log(message);
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
