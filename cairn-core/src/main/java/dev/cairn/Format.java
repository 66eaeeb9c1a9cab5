package dev.cairn;

import dev.cairn.internal.config.Terminal;
import java.util.Map;

/** How console records are written. */
public enum Format {
    /** One JSON object per line. */
    JSON,
    /** {@code timestamp LEVEL logger - message key=value}, colored on a terminal. */
    TEXT,
    /** Text on a terminal, JSON otherwise. */
    AUTO;

    /**
     * This format as the console applies it: {@link #AUTO} becomes {@link #TEXT} when the process's standard streams
     * are an interactive terminal (and {@code TERM} in {@code environment} is not {@code dumb}), {@link #JSON}
     * otherwise; the other two stay as they are.
     */
    public Format onConsole(Map<String, String> environment) {
        if (this != AUTO) {
            return this;
        }
        return Terminal.isInteractive(environment) ? TEXT : JSON;
    }
}
