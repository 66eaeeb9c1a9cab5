package dev.cairn;

/** How console records are written. */
public enum Format {
    /** One JSON object per line. */
    JSON,
    /** {@code timestamp LEVEL logger - message key=value}, colored on a terminal. */
    TEXT,
    /** Text on a terminal, JSON otherwise. */
    AUTO
}
