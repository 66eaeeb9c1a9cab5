package dev.cairn.spring.boot;

import dev.cairn.jul.CairnHandler;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;

/**
 * The {@code java.util.logging} root handler under Boot (Tomcat logs through JUL): Cairn's handler, leaving out the
 * container's repeat of a failed request's stack trace ({@link FailedRequests}).
 */
final class JulBridge extends Handler {

    private final CairnHandler cairn = new CairnHandler();

    /** Replaces the handlers of JUL's root logger with a bridge, as {@link CairnHandler#install()} does. */
    static JulBridge install() {
        java.util.logging.Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        JulBridge bridge = new JulBridge();
        root.addHandler(bridge);
        root.setLevel(java.util.logging.Level.ALL);
        return bridge;
    }

    void uninstall() {
        LogManager.getLogManager().getLogger("").removeHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        if (record != null && !FailedRequests.isRepeat(record.getThrown())) {
            cairn.publish(record);
        }
    }

    @Override
    public void flush() {
        cairn.flush();
    }

    @Override
    public void close() {
        cairn.close();
    }
}
